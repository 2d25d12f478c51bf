"""Alembic migrations, run by the program itself when a journal is opened.

One revision per schema version. A journal whose revision this program does not
know was written by a newer BigJournal and is refused before anything is written.

Alembic is imported only when a journal needs upgrading: importing it costs about
150 ms of CPU, at every start of the app and of every command, while an up-to-date
journal only needs its stored revision compared with the newest one. The known
revisions are read from the ``revision =`` / ``down_revision =`` lines of the files
in ``versions/`` (a test checks they agree with Alembic's own ScriptDirectory).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from bigjournal.errors import NewerJournalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>None|\"[^\"]*\"|'[^']*')",
    re.MULTILINE,
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def revision_chain() -> tuple[str, ...]:
    """The revisions from the first schema to the newest, read without Alembic.

    Each file in ``versions/`` names its ``revision`` and the ``down_revision`` it
    follows; BigJournal's history is one straight line, and anything else (a branch,
    a gap, a file whose lines cannot be read) is a programming error caught here.
    """
    parents: dict[str, str | None] = {}
    for source in sorted(VERSIONS_DIR.glob("*.py")):
        found = {
            match["name"]: (None if match["value"] == "None" else match["value"][1:-1])
            for match in _ASSIGNMENT.finditer(source.read_text(encoding="utf-8"))
        }
        if "revision" not in found or "down_revision" not in found:
            raise RuntimeError(f"{source.name} does not name its revision and down_revision")
        revision = found["revision"]
        assert revision is not None
        parents[revision] = found["down_revision"]
    children = {parent: child for child, parent in parents.items()}
    if len(children) != len(parents):
        raise RuntimeError("the migrations branch: two revisions follow the same one")
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise RuntimeError("the migrations do not form one line from the first schema")
    return tuple(chain)


def known_revisions() -> frozenset[str]:
    return frozenset(revision_chain())


def head_revision() -> str:
    return revision_chain()[-1]


def refuse_if_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerJournalError(
            "This journal was made by a newer version of BigJournal. Please update "
            "BigJournal to open it; the journal was left untouched."
        )


def stored_revision(connection: Connection) -> str | None:
    """The revision written in the journal (None for a new, empty database)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).fetchall()
    if len(rows) > 1:  # never written by BigJournal: let Alembic say what it means
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0]) if rows else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return stored_revision(connection)


def upgrade(engine: Engine) -> bool:
    """Bring the journal to the newest schema in one transaction; True if it changed."""
    with engine.begin() as connection:
        current = stored_revision(connection)
        refuse_if_newer(current)
        if current == head_revision():
            return False
        refuse_unless_owner(connection, current)
        _run_alembic_upgrade(connection)
        # Fresh statistics: without them SQLite can pick a bad index (see issue 9).
        connection.execute(text("ANALYZE"))
    return True


def refuse_unless_owner(connection: Connection, current: str | None) -> None:
    """On a server, only the journal's owner may make or change its tables.

    A team journal's tables belong to an owner role that no volunteer logs in as
    (docs/team-journal.md): a volunteer's login has row privileges only, so it can
    neither drop nor alter a table — nor upgrade the journal. Their BigJournal says
    who may, and how, instead of failing half-way with "permission denied".
    SQLite files have one user and are never refused here.
    """
    if connection.dialect.name != "postgresql":
        return
    if current is None:
        owner, may = connection.execute(
            text(
                "SELECT pg_get_userbyid(d.datdba), pg_has_role(current_user, d.datdba, 'USAGE') "
                "FROM pg_database d WHERE d.datname = current_database()"
            )
        ).one()
    else:
        owner, may = connection.execute(
            text(
                "SELECT pg_get_userbyid(c.relowner), "
                "pg_has_role(current_user, c.relowner, 'USAGE') "
                f"FROM pg_class c WHERE c.oid = to_regclass('{VERSION_TABLE}')"
            )
        ).one()
    if may:
        return
    from bigjournal.errors import JournalOpenError
    from bigjournal.store.team import owner_refusal

    raise JournalOpenError(owner_refusal(connection, owner, empty=current is None))


def _run_alembic_upgrade(connection: Any) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
