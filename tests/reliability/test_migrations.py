"""Proof: a fixture journal of every schema version upgrades with all its data intact.

``tests/data/journal-<revision>.sqlite`` holds one journal per shipped schema version
(made by ``tests/data/make_fixtures.py``); a kill during a migration is covered by the
crash harness's ``migrate`` mode.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bigjournal.store import open_journal
from bigjournal.store.backup import list_backups
from bigjournal.store.migrations import head_revision, known_revisions
from tests.reliability.migrate import REHEARSAL, rehearse_migration, snapshot

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))
from make_fixtures import describe  # noqa: E402

FIXTURES = sorted(DATA.glob("journal-*.sqlite"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    have = {path.stem.removeprefix("journal-") for path in FIXTURES}
    assert have == set(known_revisions()), "run tests/data/make_fixtures.py"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_fixture_upgrades_to_the_latest_with_all_data_intact(
    fixture: Path, tmp_path: Path
) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text())
    journal_path = tmp_path / fixture.name
    shutil.copyfile(fixture, journal_path)
    with open_journal(journal_path):
        pass
    digested = {table: before["columns"] for table, before in expected["tables"].items()}
    upgraded = describe(journal_path, digested)
    assert upgraded["revision"] == head_revision()
    for table, before in expected["tables"].items():
        after = upgraded["tables"][table]
        if table == "settings":  # a migration may add settings, never remove them
            assert after["rows"] >= before["rows"]
            continue
        assert after["rows"] == before["rows"], table
        assert after["digest"] == before["digest"], f"{table} content changed"
    if expected["revision"] != head_revision():
        reasons = [info.reason for info in list_backups(journal_path)]
        assert any(reason.startswith("before upgrading") for reason in reasons)


@pytest.mark.parametrize("fixture", FIXTURES[-1:], ids=lambda p: p.stem)
def test_a_table_rebuilding_migration_keeps_every_linked_row(fixture: Path, tmp_path: Path) -> None:
    """Batch migrations drop and recreate tables: with foreign keys on, SQLite's
    implicit DELETE would cascade and empty the attendance lists."""
    journal_path = tmp_path / fixture.name
    shutil.copyfile(fixture, journal_path)
    with open_journal(journal_path):
        pass
    _, before, _ = snapshot(journal_path)
    rehearse_migration(journal_path)
    revision, after, integrity = snapshot(journal_path)
    assert (revision, integrity) == (REHEARSAL, "ok")
    assert after == before
    assert after["interaction_contacts"] > 0


def test_the_revisions_read_without_alembic_are_alembics_own() -> None:
    """The opening path reads ``versions/*.py`` itself so that it need not import Alembic."""
    from alembic.script import ScriptDirectory

    from bigjournal.store.migrations import alembic_config, revision_chain

    script = ScriptDirectory.from_config(alembic_config())
    walked = [revision.revision for revision in script.walk_revisions()]
    assert list(revision_chain()) == list(reversed(walked))
    assert head_revision() == script.get_current_head()
    assert known_revisions() == frozenset(walked)


OPEN_AND_REPORT = """
import sys
from bigjournal.store import open_journal
with open_journal(sys.argv[1]) as journal:
    pass
print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
"""


def run_opening(journal_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, str(journal_path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_opening_an_up_to_date_journal_never_imports_alembic(tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite"
    assert run_opening(journal_path) != "[]", "creating a journal runs the migrations"
    assert run_opening(journal_path) == "[]"


@pytest.mark.parametrize("fixture", FIXTURES[:1], ids=lambda p: p.stem)
def test_an_old_journal_is_still_upgraded_through_alembic(fixture: Path, tmp_path: Path) -> None:
    journal_path = tmp_path / fixture.name
    shutil.copyfile(fixture, journal_path)
    assert "'alembic'" in run_opening(journal_path)
    assert describe(journal_path)["revision"] == head_revision()
