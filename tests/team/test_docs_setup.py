"""The server set-up in docs/team-journal.md, run for real: groups, logins, observers, backups.

The SQL blocks of the page are run in order against the test server (names made
unique for the run), and the journal is then used as the page promises.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bigjournal.errors import SaveError
from bigjournal.journal.people import add_member, list_members, update_member
from bigjournal.journal.search import search
from bigjournal.model import Member
from bigjournal.store.team import open_team_journal
from tests.postgres_server import PostgresServer, find_bindir

DOCS = Path(__file__).resolve().parents[2] / "docs" / "team-journal.md"
SQL_BLOCK = re.compile(r"```sql\n-- in the database: (\w+)\n(.*?)```", re.DOTALL)


def sql_blocks(names: dict[str, str]) -> list[tuple[str, str]]:
    """(database, statements) for each SQL block of the page, with this run's names."""
    blocks = []
    for database, body in SQL_BLOCK.findall(DOCS.read_text(encoding="utf-8")):
        for old, new in names.items():
            body = re.sub(rf"\b{old}\b", new, body)
            database = names.get(database, database)
        blocks.append((database, body.strip()))
    return blocks


@pytest.fixture
def docs_server(postgres_server: PostgresServer) -> Iterator[dict[str, str]]:
    """The page's set-up, done on the test server; its names for this run."""
    suffix = postgres_server.new_database_name("docs").removeprefix("bigjournal_test_")
    names = {
        name: f"{name}_{suffix}"
        for name in (
            "millbrook_journal",
            "journal_team",
            "journal_observers",
            "aisha",
            "gareth",
            "councillor_ruth",
        )
    }
    # What `createuser --pwprompt` does (the test server trusts loopback logins).
    for login in ("aisha", "gareth", "councillor_ruth"):
        postgres_server.admin(f"CREATE ROLE {names[login]} LOGIN")
    blocks = sql_blocks(names)
    assert len(blocks) == 4, "the page's SQL blocks changed: update this test"
    for database, statements in blocks:
        # psql runs them one by one (CREATE DATABASE cannot be inside a transaction).
        each = [s for s in statements.split(";") if s.strip()]
        postgres_server.admin(*each, database=database)
        if f"GRANT {names['journal_team']} TO {names['aisha']}" in statements:
            # The page's volunteer block, for a second volunteer.
            postgres_server.admin(
                *(s.replace(names["aisha"], names["gareth"]) for s in each), database=database
            )
    yield names
    postgres_server.drop_database(names["millbrook_journal"])
    postgres_server.drop_database(names["millbrook_journal"] + "_restored")
    for role in ("aisha", "gareth", "councillor_ruth", "journal_observers", "journal_team"):
        postgres_server.admin(f"DROP ROLE {names[role]}")


def test_volunteers_share_the_journal_and_observers_only_read(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    database = docs_server["millbrook_journal"]
    aisha_url = postgres_server.url(database, user=docs_server["aisha"])
    with open_team_journal(aisha_url) as aisha:  # the first opening sets the journal up
        ruth = add_member(aisha, name="Ruth Okafor", role="chair", notes="Chairs in June")
        with aisha.reading() as session:
            assert session.get(Member, ruth.id).updated_by == docs_server["aisha"]  # type: ignore[union-attr]
            owner = session.execute(
                text("SELECT tableowner FROM pg_tables WHERE tablename = 'members'")
            ).scalar()
        assert owner == docs_server["journal_team"]
    with open_team_journal(postgres_server.url(database, user=docs_server["gareth"])) as gareth:
        update_member(gareth, ruth.id, {"notes": "Chairs in July"}, expected_version=1)
    with open_team_journal(
        postgres_server.url(database, user=docs_server["councillor_ruth"])
    ) as observer:
        assert [m.name for m in list_members(observer)] == ["Ruth Okafor"]
        with pytest.raises(SaveError, match="may read this shared journal but not change it"):
            add_member(observer, name="Someone Else", role="rep")


def test_a_logical_dump_restores_into_a_working_journal(
    postgres_server: PostgresServer, docs_server: dict[str, str], tmp_path: Path
) -> None:
    if not postgres_server.checks_passwords:
        pytest.skip("needs the test suite's own cluster (its pg_dump and superuser)")
    database = docs_server["millbrook_journal"]
    with open_team_journal(postgres_server.url(database, user=docs_server["aisha"])) as aisha:
        add_member(aisha, name="Zoë Fletcher", role="resident_member", notes="Runs the café")
    dump = tmp_path / "journal.dump"
    bindir = find_bindir()
    connection = ["-h", postgres_server.host, "-p", str(postgres_server.port), "-U", "postgres"]
    subprocess.run(
        [bindir / "pg_dump", *connection, "--format=custom", f"--file={dump}", database],
        check=True,
        timeout=120,
    )
    restored = database + "_restored"
    postgres_server.admin(f"CREATE DATABASE {restored} OWNER {docs_server['journal_team']}")
    subprocess.run(
        [bindir / "pg_restore", *connection, f"--dbname={restored}", "--no-owner",
         f"--role={docs_server['journal_team']}", str(dump)],
        check=True,
        timeout=120,
    )  # fmt: skip
    postgres_server.admin(
        f"GRANT CONNECT ON DATABASE {restored} TO {docs_server['journal_team']}",
    )
    with open_team_journal(postgres_server.url(restored, user=docs_server["gareth"])) as back:
        assert [m.name for m in list_members(back)] == ["Zoë Fletcher"]
        assert [hit.title for hit in search(back, "cafe")] == ["Zoë Fletcher"]
        add_member(back, name="Gareth Lloyd", role="worker")
