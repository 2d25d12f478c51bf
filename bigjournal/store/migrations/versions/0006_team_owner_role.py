"""team journals: the server says who changed a record (issue 16)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

On PostgreSQL every record table gets a ``BEFORE INSERT OR UPDATE`` trigger that sets
``updated_by`` to the login that made the change (``session_user``: the volunteer's
own login, even when their session acts as a group role with ``SET ROLE``). Whatever
a client writes there is replaced, so no volunteer's BigJournal — nor a program
talking to the server directly — can attribute an edit to someone else. Only the
tables' owner could switch the trigger off (``ALTER TABLE``), and since this revision
the tables belong to an owner role that no volunteer logs in as
(docs/team-journal.md); ``SET session_replication_role``, which would skip triggers,
is for superusers only.

The function runs as the caller (not ``SECURITY DEFINER``): it needs no rights of its
own. On SQLite this revision does nothing: a journal file on a laptop has one user,
and BigJournal writes that user's name itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "bigjournal_stamp_editor"
TRIGGER_SUFFIX = "_editor"


def record_tables(bind: sa.Connection) -> list[str]:
    """The tables of this schema with an ``updated_by`` column (every record table)."""
    return list(
        bind.execute(
            sa.text(
                "SELECT table_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND column_name = 'updated_by' "
                "ORDER BY table_name"
            )
        ).scalars()
    )


def stamp_editor(table: str, schema: str) -> list[str]:
    """The statements that make the server stamp ``updated_by`` on ``table``.

    Later revisions that add a record table call this for it.
    """
    return [
        f'DROP TRIGGER IF EXISTS {table}{TRIGGER_SUFFIX} ON "{schema}".{table}',
        f"CREATE TRIGGER {table}{TRIGGER_SUFFIX} BEFORE INSERT OR UPDATE ON "
        f'"{schema}".{table} FOR EACH ROW EXECUTE FUNCTION "{schema}".{FUNCTION}()',
    ]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(
        f"""CREATE OR REPLACE FUNCTION "{schema}".{FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_by := left(session_user::text, 200);
    RETURN NEW;
END
$$"""
    )
    for table in record_tables(bind):
        for statement in stamp_editor(table, schema):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in record_tables(bind):
        op.execute(f"DROP TRIGGER IF EXISTS {table}{TRIGGER_SUFFIX} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
