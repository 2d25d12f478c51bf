"""The server set-up in docs/team-journal.md, run for real: groups, logins, observers, backups.

The SQL blocks of the page are run in order against the test server (names made
unique for the run), and the journal is then used as the page promises.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bigjournal.errors import SaveError
from bigjournal.journal.people import add_member, list_members, update_member
from bigjournal.journal.search import search
from bigjournal.model import Member
from bigjournal.store.team import open_team_journal, set_up_shared_journal
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
            "journal_owner",
            "journal_team",
            "journal_observers",
            "aisha",
            "gareth",
            "councillor_ruth",
        )
    }
    # What `createuser --pwprompt` does (the test server trusts loopback logins).
    for login in ("journal_owner", "aisha", "gareth", "councillor_ruth"):
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
        if database == names["millbrook_journal"]:
            # The page's `bigjournal team setup`, run as the owner.
            report = set_up_shared_journal(
                postgres_server.url(database, user=names["journal_owner"]),
                team=(names["journal_team"],),
                observers=(names["journal_observers"],),
            )
            assert report.owner == names["journal_owner"] and report.upgraded
    yield names
    postgres_server.drop_database(names["millbrook_journal"])
    postgres_server.drop_database(names["millbrook_journal"] + "_restored")
    for role in ("journal_observers", "journal_team", "journal_owner"):
        postgres_server.admin(f"DROP OWNED BY {names[role]}", database="postgres")
    for role in (
        "aisha", "gareth", "councillor_ruth", "journal_observers", "journal_team", "journal_owner"
    ):  # fmt: skip
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
        assert owner == docs_server["journal_owner"]
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
    postgres_server.admin(f"CREATE DATABASE {restored} OWNER {docs_server['journal_owner']}")
    subprocess.run(
        [bindir / "pg_restore", *connection, f"--dbname={restored}", "--no-owner",
         f"--role={docs_server['journal_owner']}", str(dump)],
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


def test_the_page_gives_the_set_up_command_the_fixture_runs() -> None:
    page = DOCS.read_text(encoding="utf-8")
    assert (
        "bigjournal team setup postgresql+psycopg://journal_owner@localhost/millbrook_journal "
        "--team journal_team --observers journal_observers"
    ) in page


# --- Issue 16 (10): what a volunteer's or an observer's login can do, attacked --------

DESTRUCTIVE = (
    "DROP TABLE organisations CASCADE",
    "DROP TABLE alembic_version",
    "ALTER TABLE organisations ADD COLUMN taken integer",
    "ALTER TABLE organisations DISABLE TRIGGER organisations_editor",
    "ALTER TABLE members OWNER TO CURRENT_USER",
    "DROP TRIGGER members_editor ON members",
    "DROP FUNCTION bigjournal_stamp_editor() CASCADE",
    "CREATE OR REPLACE FUNCTION bigjournal_stamp_editor() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    "TRUNCATE organisations CASCADE",
    "TRUNCATE search_index",
    "UPDATE alembic_version SET version_num = '9999'",
    "DELETE FROM alembic_version",
    "CREATE TABLE taken (id integer)",
    "SET session_replication_role = replica",
)


def psycopg_connection(server: PostgresServer, database: str) -> Any:
    import psycopg

    return psycopg.connect(
        host=server.host, port=server.port, user=server.user, password=server.password,
        dbname=database, connect_timeout=10,
    )  # fmt: skip


def _as(
    server: PostgresServer, database: str, login: str, *statements: str, undo: bool = False
) -> list[str]:
    """Run each statement as ``login`` (each in its own transaction, rolled back with
    ``undo``); "done", or the state of the error that refused it."""
    import psycopg

    states = []
    with psycopg.connect(
        host=server.host, port=server.port, user=login, dbname=database, connect_timeout=10
    ) as connection:
        for statement in statements:
            try:
                with connection.transaction(force_rollback=undo):
                    connection.execute(statement)  # type: ignore[arg-type]
                states.append("done")
            except psycopg.Error as error:
                states.append(str(error.sqlstate))
    return states


def test_no_volunteer_or_observer_login_can_drop_alter_or_empty_a_table(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    database = docs_server["millbrook_journal"]
    with open_team_journal(postgres_server.url(database, user=docs_server["aisha"])) as aisha:
        add_member(aisha, name="Ruth Okafor", role="chair")
    team_role = docs_server["journal_team"]
    for login, prelude in (
        (docs_server["aisha"], ()),
        (docs_server["gareth"], (f"SET ROLE {team_role}",)),  # acting as the group
        (docs_server["councillor_ruth"], ()),
    ):
        states = _as(postgres_server, database, login, *prelude, *DESTRUCTIVE)
        refused = states[len(prelude) :]
        # 42501 insufficient privilege, 42809/42883 never reached: nothing was done.
        outcome = "; ".join(f"{s} → {r}" for s, r in zip(DESTRUCTIVE, refused, strict=True))
        assert set(refused) == {"42501"}, f"{login}: {outcome}"
        # Handing the table to everyone is only a warning from the server: nothing given.
        _as(postgres_server, database, login, *prelude, "GRANT ALL ON organisations TO PUBLIC")
    with psycopg_connection(postgres_server, database) as connection:
        given = connection.execute(
            "SELECT pg_get_userbyid(a.grantee), a.privilege_type FROM pg_class c, "
            "aclexplode(c.relacl) a WHERE c.oid = 'organisations'::regclass "
            "AND a.grantee <> c.relowner"
        ).fetchall()
    assert sorted(given) == sorted(
        [(team_role, p) for p in ("SELECT", "INSERT", "UPDATE", "DELETE")]
        + [(docs_server["journal_observers"], "SELECT")]
    )
    # The journal is whole and still works for everyone.
    with open_team_journal(postgres_server.url(database, user=docs_server["gareth"])) as gareth:
        assert [m.name for m in list_members(gareth)] == ["Ruth Okafor"]
        add_member(gareth, name="Gareth Lloyd", role="worker")
        assert [hit.title for hit in search(gareth, "okafor")] == ["Ruth Okafor"]
    # Rows are the volunteers' to change; the observer only reads.
    assert _as(
        postgres_server, database, docs_server["aisha"],
        "UPDATE members SET notes = 'Chairs in June'",
        "DELETE FROM members WHERE name = 'Gareth Lloyd'",
    ) == ["done", "done"]  # fmt: skip
    assert _as(
        postgres_server, database, docs_server["councillor_ruth"],
        "SELECT count(*) FROM members",
        "UPDATE members SET notes = ''",
        "DELETE FROM members",
        "INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', now())",
    ) == ["done", "42501", "42501", "42501"]  # fmt: skip


def test_updated_by_is_the_login_the_server_saw_whatever_the_client_writes(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    database = docs_server["millbrook_journal"]
    aisha_login, gareth_login = docs_server["aisha"], docs_server["gareth"]
    with open_team_journal(postgres_server.url(database, user=aisha_login)) as aisha:
        ruth = add_member(aisha, name="Ruth Okafor", role="chair")
        # Through BigJournal's own session: the client claims Gareth made the edit.
        with aisha.transaction() as session:
            member = session.get(Member, ruth.id)
            assert member is not None
            member.notes = "Chairs in June"
            member.updated_by = gareth_login
    # Straight at the server, inserting and updating with a false name.
    assert _as(
        postgres_server, database, aisha_login,
        "UPDATE members SET notes = 'Chairs in July', updated_by = 'gareth_the_forger'",
        "INSERT INTO members (uuid, name, role, phone, email, conflicts_of_interest, notes, "
        "created_at, updated_at, version, updated_by) SELECT gen_random_uuid()::text, "
        "'Zoë Fletcher', role, '', '', '', '', now(), now(), 1, 'someone else' FROM members",
    ) == ["done", "done"]  # fmt: skip
    # Acting as the team's group does not hide who the login is either.
    assert _as(
        postgres_server, database, gareth_login,
        f"SET ROLE {docs_server['journal_team']}",
        f"UPDATE members SET notes = 'Gareth was here', updated_by = '{aisha_login}' "
        "WHERE name = 'Zoë Fletcher'",
    ) == ["done", "done"]  # fmt: skip
    gareth_url = postgres_server.url(database, user=gareth_login)
    with open_team_journal(gareth_url) as gareth, gareth.reading() as session:
        found = dict(session.execute(text("SELECT name, updated_by FROM members")).all())
    assert found == {"Ruth Okafor": aisha_login, "Zoë Fletcher": gareth_login}


def test_every_record_table_has_the_servers_editor_stamp(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from bigjournal.model import Base

    database = docs_server["millbrook_journal"]
    aisha_url = postgres_server.url(database, user=docs_server["aisha"])
    with open_team_journal(aisha_url) as aisha, aisha.reading() as session:
        stamped = set(
            session.execute(
                text(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = c.relname || '_editor' AND t.tgenabled = 'O'"
                )
            ).scalars()
        )
    records = {name for name, table in Base.metadata.tables.items() if "updated_by" in table.c}
    assert records and records == stamped


def test_an_observer_cannot_carry_an_unlocked_copy_of_the_journal_away(
    postgres_server: PostgresServer, docs_server: dict[str, str], tmp_path: Path
) -> None:
    from bigjournal.errors import BackupError
    from bigjournal.exchange.archive import export_archive
    from bigjournal.exchange.errors import ExportError
    from bigjournal.exchange.server_backups import make_server_backup
    from bigjournal.store.backup import backup_folder

    database = docs_server["millbrook_journal"]
    with open_team_journal(postgres_server.url(database, user=docs_server["aisha"])) as aisha:
        add_member(aisha, name="Ruth Okafor", role="chair", notes="Lives at 4 Mill Lane")
    observer_url = postgres_server.url(database, user=docs_server["councillor_ruth"])
    with open_team_journal(observer_url) as observer:
        with pytest.raises(BackupError) as refused:
            make_server_backup(observer, pg_dump=False)
        assert str(refused.value).startswith(
            f"No backup was made: “{docs_server['councillor_ruth']}” may read this shared "
            "journal but not change it"
        )
        with pytest.raises(ExportError, match="may not take an unlocked copy"):
            export_archive(
                observer, tmp_path / "copy.bigjournal", passphrase=None, unencrypted=True
            )
    assert not (tmp_path / "copy.bigjournal").exists()
    folder = backup_folder(observer_url)
    assert not folder.exists() or not any(folder.iterdir())
    # A volunteer of the team still backs the journal up.
    with open_team_journal(postgres_server.url(database, user=docs_server["aisha"])) as aisha:
        assert make_server_backup(aisha, pg_dump=False).counts["members"] == 1


def test_an_observer_asking_the_command_line_for_a_backup_gets_a_sentence(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from tests.team.test_team_cli import bigjournal

    database = docs_server["millbrook_journal"]
    observer_url = postgres_server.url(database, user=docs_server["councillor_ruth"])
    result = bigjournal("--journal", observer_url, "backup", "--pg-dump", "no")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "may read this shared journal but not change it" in result.stderr
    assert "No backup was made" in result.stderr


def test_only_the_owner_sets_up_or_upgrades_and_a_volunteer_is_told_who(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from bigjournal.errors import JournalOpenError
    from bigjournal.store.team import check_connection

    database = docs_server["millbrook_journal"]
    owner = docs_server["journal_owner"]
    aisha_url = postgres_server.url(database, user=docs_server["aisha"])
    with pytest.raises(JournalOpenError, match=f"is not the shared journal's owner .“{owner}”"):
        set_up_shared_journal(aisha_url)
    # Made by an older BigJournal (taken back to 0005 by its owner): a volunteer may not
    # upgrade it.
    from sqlalchemy import create_engine

    from tests.reliability.test_migration_0005 import downgrade_to

    as_owner = create_engine(postgres_server.url(database, user=owner))
    try:
        downgrade_to(as_owner, "0005")
    finally:
        as_owner.dispose()
    with pytest.raises(JournalOpenError) as refused:
        open_team_journal(aisha_url)
    message = str(refused.value)
    assert f"only its owner (“{owner}”) may change its tables" in message
    assert f"bigjournal team setup postgresql+psycopg://{owner}@" in message
    checked = check_connection(aisha_url)
    assert not checked.ok and "only its owner" in checked.summary
    with psycopg_connection(postgres_server, database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0005",)
        ]  # nothing was changed by the refused openings
    # The owner brings it up to date; the groups keep their shares without being named.
    report = set_up_shared_journal(postgres_server.url(database, user=owner))
    assert report.upgraded
    assert report.team == (docs_server["journal_team"],)
    assert report.observers == (docs_server["journal_observers"],)
    with open_team_journal(aisha_url) as aisha:
        add_member(aisha, name="Ruth Okafor", role="chair")


def test_a_volunteer_cannot_set_up_an_empty_journal(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from bigjournal.errors import JournalOpenError

    empty = docs_server["millbrook_journal"] + "_restored"  # dropped by the fixture
    postgres_server.admin(
        f"CREATE DATABASE {empty} OWNER {docs_server['journal_owner']}",
        f"GRANT CONNECT ON DATABASE {empty} TO {docs_server['journal_team']}",
    )
    postgres_server.admin("REVOKE CREATE ON SCHEMA public FROM PUBLIC", database=empty)
    with pytest.raises(JournalOpenError, match="is empty, and only its owner"):
        open_team_journal(postgres_server.url(empty, user=docs_server["aisha"]))
    assert _as(
        postgres_server, empty, docs_server["aisha"],
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    ) == ["done"]  # fmt: skip


def test_the_set_up_command_runs_as_the_owner_and_refuses_a_volunteer(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from tests.team.test_team_cli import bigjournal

    database = docs_server["millbrook_journal"]
    owner_url = postgres_server.url(database, user=docs_server["journal_owner"])
    done = bigjournal("team", "setup", owner_url)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    from bigjournal.store.migrations import head_revision

    assert lines[0].endswith(f"is already up to date (schema {head_revision()}).")
    assert f"Its tables belong to “{docs_server['journal_owner']}”" in done.stdout
    assert f"May read and change records: {docs_server['journal_team']}." in done.stdout
    assert f"May only read: {docs_server['journal_observers']}." in done.stdout
    refused = bigjournal("team", "setup", postgres_server.url(database, user=docs_server["aisha"]))
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "is not the shared journal's owner" in refused.stderr


MOVE_BLOCK = re.compile(
    r"```sql\n-- to move an older journal, in the database: (\w+)\n(.*?)```", re.DOTALL
)

#: The set-up this page gave before issue 16: the team's group owned the tables, and
#: each volunteer's login acted as it.
OLDER_SET_UP = (
    ("postgres", "CREATE ROLE journal_team NOLOGIN"),
    ("postgres", "CREATE ROLE journal_observers NOLOGIN"),
    ("postgres", "CREATE DATABASE millbrook_journal OWNER journal_team"),
    ("postgres", "REVOKE ALL ON DATABASE millbrook_journal FROM PUBLIC"),
    ("postgres", "GRANT CONNECT, TEMPORARY ON DATABASE millbrook_journal TO journal_team"),
    ("postgres", "GRANT CONNECT ON DATABASE millbrook_journal TO journal_observers"),
    ("millbrook_journal", "GRANT USAGE ON SCHEMA public TO journal_observers"),
    ("millbrook_journal", "GRANT CREATE ON SCHEMA public TO journal_team"),  # PostgreSQL < 15
    (
        "millbrook_journal",
        "ALTER DEFAULT PRIVILEGES FOR ROLE journal_team IN SCHEMA public "
        "GRANT SELECT ON TABLES TO journal_observers",
    ),
    ("postgres", "CREATE ROLE aisha LOGIN"),
    ("postgres", "GRANT journal_team TO aisha"),
    ("postgres", "ALTER ROLE aisha IN DATABASE millbrook_journal SET role = 'journal_team'"),
    ("postgres", "CREATE ROLE councillor_ruth LOGIN"),
    ("postgres", "GRANT journal_observers TO councillor_ruth"),
)


#: How many of DESTRUCTIVE a volunteer's login could run on a journal set up that way.
OLDER_SET_UP_ALLOWED = 13  # all but SET session_replication_role (superusers only)


def test_an_older_set_up_moves_to_an_owner_as_the_page_says(
    postgres_server: PostgresServer,
) -> None:
    suffix = postgres_server.new_database_name("older").removeprefix("bigjournal_test_")
    names = {
        name: f"{name}_{suffix}"
        for name in (
            "millbrook_journal", "journal_owner", "journal_team", "journal_observers",
            "aisha", "councillor_ruth",
        )
    }  # fmt: skip

    def named(statement: str) -> str:
        for old, new in names.items():
            statement = re.sub(rf"\b{old}\b", new, statement)
        return statement

    database = names["millbrook_journal"]
    try:
        for where, statement in OLDER_SET_UP:
            postgres_server.admin(named(statement), database=names.get(where, where))
        aisha_url = postgres_server.url(database, user=names["aisha"])
        with open_team_journal(aisha_url) as aisha:  # made the tables, as the team
            add_member(aisha, name="Ruth Okafor", role="chair")
        # The attack, before the move (each statement undone again).
        before = _as(postgres_server, database, names["aisha"], *DESTRUCTIVE, undo=True)
        allowed = [s for s, state in zip(DESTRUCTIVE, before, strict=True) if state == "done"]
        assert len(allowed) == OLDER_SET_UP_ALLOWED, allowed
        # The page's way out: the owner login, the SQL block, then team setup as the owner.
        postgres_server.admin(f"CREATE ROLE {names['journal_owner']} LOGIN")
        (block,) = MOVE_BLOCK.findall(DOCS.read_text(encoding="utf-8"))
        block_database, statements = block
        assert block_database == "millbrook_journal"
        postgres_server.admin(
            *(named(s) for s in statements.split(";") if s.strip()), database=database
        )
        report = set_up_shared_journal(
            postgres_server.url(database, user=names["journal_owner"]),
            team=(names["journal_team"],),
            observers=(names["journal_observers"],),
        )
        assert report.owner == names["journal_owner"]
        assert report.warnings == ()
        states = _as(postgres_server, database, names["aisha"], *DESTRUCTIVE)
        assert set(states) == {"42501"}, list(zip(DESTRUCTIVE, states, strict=True))
        with open_team_journal(aisha_url) as aisha:
            add_member(aisha, name="Gareth Lloyd", role="worker")
            assert [m.name for m in list_members(aisha)] == ["Gareth Lloyd", "Ruth Okafor"]
            with aisha.reading() as session:
                editors = set(session.execute(text("SELECT updated_by FROM members")).scalars())
            assert editors == {names["aisha"]}
        with open_team_journal(
            postgres_server.url(database, user=names["councillor_ruth"])
        ) as observer:
            assert len(list_members(observer)) == 2
            with pytest.raises(SaveError, match="may read this shared journal"):
                add_member(observer, name="Someone Else", role="rep")
    finally:
        postgres_server.drop_database(database)
        for role in (
            "aisha", "councillor_ruth", "journal_observers", "journal_team", "journal_owner"
        ):  # fmt: skip
            postgres_server.admin(f"DROP ROLE IF EXISTS {names[role]}")


def test_team_check_warns_a_volunteer_acting_as_the_group_that_owns_the_tables(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from bigjournal.store.team import check_connection

    database = docs_server["millbrook_journal"]
    aisha_url = postgres_server.url(database, user=docs_server["aisha"])
    assert not any("could drop" in line for line in check_connection(aisha_url).details)
    owner_url = postgres_server.url(database, user=docs_server["journal_owner"])
    assert not any("could drop" in line for line in check_connection(owner_url).details)
    # The older way: the tables belong to the team's group.
    postgres_server.admin(
        f"REASSIGN OWNED BY {docs_server['journal_owner']} TO {docs_server['journal_team']}",
        database=database,
    )
    warned = [line for line in check_connection(aisha_url).details if "could drop" in line]
    assert warned and f"acts as “{docs_server['journal_team']}”" in warned[0]
    assert "section 10" in warned[0]


def test_a_volunteer_imports_a_laptop_journal_and_the_server_names_them(
    postgres_server: PostgresServer, docs_server: dict[str, str], demo_template: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    from bigjournal.exchange import export_archive, import_archive, read_archive
    from bigjournal.store import open_journal

    archive = tmp_path / "laptop.bigjournal"
    with open_journal(demo_template, automatic_backups=False) as laptop:
        export_archive(laptop, archive, passphrase=None, unencrypted=True)
    database = docs_server["millbrook_journal"]
    with open_team_journal(postgres_server.url(database, user=docs_server["aisha"])) as aisha:
        done = import_archive(aisha, read_archive(archive))
        assert done.added > 200
        with aisha.reading() as session:
            editors = set(session.execute(text("SELECT updated_by FROM promises")).scalars())
            editors |= set(session.execute(text("SELECT updated_by FROM contacts")).scalars())
    assert editors == {docs_server["aisha"]}
    # A big import ends with ANALYZE: on tables it does not own, the server only warns.
    assert _as(postgres_server, database, docs_server["aisha"], "ANALYZE") == ["done"]


def test_running_set_up_again_takes_back_more_than_row_privileges(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    database = docs_server["millbrook_journal"]
    owner_url = postgres_server.url(database, user=docs_server["journal_owner"])
    team_role = docs_server["journal_team"]
    # Someone gave the team everything (TRUNCATE, TRIGGER, REFERENCES) by hand…
    postgres_server.admin(
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {team_role}", database=database
    )
    assert _as(
        postgres_server, database, docs_server["aisha"], "TRUNCATE members CASCADE", undo=True
    ) == ["done"]
    # …and running the set-up again, naming no group, leaves the team its rows only.
    report = set_up_shared_journal(owner_url)
    assert report.team == (team_role,) and not report.upgraded
    assert _as(
        postgres_server, database, docs_server["aisha"],
        "TRUNCATE members CASCADE", "UPDATE alembic_version SET version_num = '0001'",
        "SELECT count(*) FROM members",
    ) == ["42501", "42501", "done"]  # fmt: skip


def test_set_up_can_make_the_team_observers_and_refuses_a_group_that_is_not_there(
    postgres_server: PostgresServer, docs_server: dict[str, str]
) -> None:
    from bigjournal.errors import ValidationError

    database = docs_server["millbrook_journal"]
    owner_url = postgres_server.url(database, user=docs_server["journal_owner"])
    team_role = docs_server["journal_team"]
    with pytest.raises(ValidationError, match="no role called “nobody_here”"):
        set_up_shared_journal(owner_url, team=("nobody_here",))
    with pytest.raises(ValidationError, match="cannot be both"):
        set_up_shared_journal(owner_url, team=(team_role,), observers=(team_role,))
    report = set_up_shared_journal(owner_url, observers=(team_role,))  # a pause for the team
    assert report.team == () and team_role in report.observers
    insert = "INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', now())"
    assert _as(postgres_server, database, docs_server["aisha"], insert, undo=True) == ["42501"]
    report = set_up_shared_journal(owner_url, team=(team_role,))
    assert report.team == (team_role,)
    assert _as(postgres_server, database, docs_server["aisha"], insert, undo=True) == ["done"]
