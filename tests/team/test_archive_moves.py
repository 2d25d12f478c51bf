"""A laptop journal moves into a team journal through the successor archive, and back.

The journals are real: a SQLite file on "the laptop" and a PostgreSQL database on the
test server. Each comparison is a canonical dump of every table made through
SQLAlchemy from the database's own catalogue (tests/team/canonical.py), ignoring only
the integer keys, which differ from journal to journal by design — and, going into a
team journal, ``updated_by``, which the server writes itself (the importing login).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bigjournal.exchange import KeyStrength, export_archive, import_archive, read_archive
from bigjournal.journal.meetings import MeetingDraft, count_meetings, log_meeting
from bigjournal.journal.organisations import add_organisation, find_organisation
from bigjournal.journal.people import add_contact, find_contact
from bigjournal.journal.promises import PromiseDraft, add_promise, list_promises
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY
from tests.postgres_server import PostgresServer
from tests.team.canonical import canonical_dump

EDITOR = "updated_by"
Dump = dict[str, list[tuple[tuple[str, Any], ...]]]

FAST = KeyStrength(n=2**10)
PASSPHRASE = "a long walk by the canal"


def move(source: Journal, into: Journal, archive: Path) -> None:
    """Export from one journal and import into the other, as two computers would."""
    export_archive(source, archive, passphrase=PASSPHRASE, strength=FAST)
    import_archive(into, read_archive(archive, passphrase=PASSPHRASE))


def without_editor(dump: Dump) -> Dump:
    """The dump without ``updated_by``: a team journal's server writes its own."""
    return {
        table: [tuple(cell for cell in row if cell[0] != "updated_by") for row in rows]
        for table, rows in dump.items()
    }


def editors(dump: Dump) -> set[object]:
    return {
        value for rows in dump.values() for row in rows for key, value in row if key == "updated_by"
    }


@pytest.fixture
def laptop_demo(demo_template: Path, tmp_path: Path) -> Path:
    """The demo partnership's journal on a laptop (always a SQLite file)."""
    copy = tmp_path / "laptop.sqlite"
    shutil.copyfile(demo_template, copy)
    return copy


@pytest.fixture
def team_url(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    name = postgres_server.new_database_name("team")
    url = postgres_server.create_database(name, template=postgres_template)
    yield url
    postgres_server.drop_database(name)


def test_laptop_to_team_and_back_loses_and_changes_nothing(
    laptop_demo: Path, team_url: str, tmp_path: Path
) -> None:
    with open_journal(laptop_demo) as laptop:
        original = canonical_dump(laptop)
        assert len(original["promises"]) > 50 and len(original["interactions"]) > 50
        with open_journal(team_url) as team:
            move(laptop, team, tmp_path / "to-team.bigjournal")
            in_team = canonical_dump(team)
            assert without_editor(in_team) == without_editor(original)
            # The server writes who wrote each record: the login that imported them.
            assert editors(in_team) == {"postgres"}
            with open_journal(tmp_path / "back-on-a-laptop.sqlite") as back:
                move(team, back, tmp_path / "from-team.bigjournal")
                assert canonical_dump(back) == in_team


def test_after_an_import_the_team_journal_takes_new_records(
    laptop_demo: Path, team_url: str, tmp_path: Path
) -> None:
    """Imported rows must not leave the server's id counters behind the records."""
    with open_journal(laptop_demo) as laptop, open_journal(team_url) as team:
        move(laptop, team, tmp_path / "to-team.bigjournal")
        before = count_meetings(team)
        organisation = add_organisation(
            team, name="Riverside Food Bank", kind="voluntary_organisation"
        )
        contact = add_contact(
            team, name="Tomasz Wójcik", organisation=organisation.id, role="Coordinator"
        )
        log_meeting(
            team,
            MeetingDraft(
                occurred_on=date(2026, 6, 10),
                title="First visit to the food bank",
                organisations=(organisation.id,),
                contacts=(contact.id,),
                promises=(
                    PromiseDraft(
                        description="Share the community fridge rota",
                        side="ours",
                        due_on=TODAY,
                        organisation=organisation.id,
                    ),
                ),
            ),
            today=TODAY,
        )
        add_promise(
            team,
            PromiseDraft(
                description="Send the food bank's opening hours",
                side="theirs",
                made_by=contact.id,
                organisation=organisation.id,
            ),
            made_on=TODAY,
        )
        assert count_meetings(team) == before + 1
        assert find_organisation(team, "Riverside Food Bank").id == organisation.id
        assert find_contact(team, "Tomasz Wójcik").id == contact.id
        promised = {p.description for p in list_promises(team, organisation=organisation.id)}
        assert promised == {"Share the community fridge rota", "Send the food bank's opening hours"}


def test_an_export_while_a_colleague_saves_is_one_consistent_moment(
    laptop_demo: Path, team_url: str, tmp_path: Path
) -> None:
    """The archive is a snapshot: a record saved half-way through is wholly in or out."""
    with open_journal(laptop_demo) as laptop, open_journal(team_url) as team:
        move(laptop, team, tmp_path / "to-team.bigjournal")
        expected = canonical_dump(team)
        with open_journal(team_url) as colleague:
            saved: list[str] = []

            def colleague_saves(_done: int, _total: int, what: str) -> None:
                # Once the exporter has started, a colleague adds an organisation and
                # a contact there, then a meeting with them.
                if what.startswith("Writing") and not saved:
                    saved.append(what)
                    organisation = add_organisation(
                        colleague, name="Late Night Pharmacy", kind="business"
                    )
                    add_contact(colleague, name="Ola Bello", organisation=organisation.id)

            archive = tmp_path / "snapshot.bigjournal"
            export_archive(
                team, archive, passphrase=None, unencrypted=True, progress=colleague_saves
            )
            assert saved
        with open_journal(tmp_path / "copy.sqlite") as copy:
            import_archive(copy, read_archive(archive))
            assert canonical_dump(copy) == expected


def test_work_done_offline_merges_back_into_the_team_journal(
    laptop_demo: Path, team_url: str, tmp_path: Path
) -> None:
    """The server is down: work on a laptop copy, then bring that work back; nothing lost."""
    with open_journal(laptop_demo) as laptop, open_journal(team_url) as team:
        move(laptop, team, tmp_path / "to-team.bigjournal")
    with open_journal(team_url) as team, open_journal(tmp_path / "offline.sqlite") as offline:
        move(team, offline, tmp_path / "take-away.bigjournal")
        # Offline, on the laptop: a new organisation and a meeting with it.
        food_bank = add_organisation(offline, name="Riverside Food Bank", kind="business")
        log_meeting(
            offline,
            MeetingDraft(
                occurred_on=date(2026, 6, 12), title="Fridge rota", organisations=(food_bank.id,)
            ),
            today=TODAY,
        )
        # Meanwhile, on the server, a colleague adds an organisation of their own.
        add_organisation(team, name="Canal Trust", kind="voluntary_organisation")
        meetings_on_server = count_meetings(team)
        # The server is back: the laptop's work goes in through the archive.
        move(offline, team, tmp_path / "bring-back.bigjournal")
        assert find_organisation(team, "Riverside Food Bank")
        assert find_organisation(team, "Canal Trust")
        assert count_meetings(team) == meetings_on_server + 1
        # Bringing the same work back twice changes nothing.
        settled = canonical_dump(team)
        move(offline, team, tmp_path / "again.bigjournal")
        assert canonical_dump(team) == settled
