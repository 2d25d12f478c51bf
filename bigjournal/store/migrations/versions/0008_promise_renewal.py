"""a broken promise given a new date: the new promise points back at the broken one

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

Issue 21, item 7: when a promise is broken and a new date is agreed, a new promise is
made that remembers the one it renews (``promises.renewed_from_id``). The broken one
stays broken, so the track record still counts it; the new one has a track record of
its own. Deleting the broken promise leaves the new one standing (``SET NULL``).

Portable SQL: a nullable column with no default. SQLite adds it with a plain
``ALTER TABLE … ADD COLUMN … REFERENCES`` (no table rebuild: the search triggers on
``promises`` stay); PostgreSQL adds the column, then the named foreign key.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_promises_renewed_from_id_promises"
INDEX = "ix_promises_renewed_from_id"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.add_column(
            "promises",
            sa.Column(
                "renewed_from_id",
                sa.Integer(),
                sa.ForeignKey("promises.id", ondelete="SET NULL"),
                nullable=True,
            ),
            inline_references=True,
        )
    else:
        op.add_column("promises", sa.Column("renewed_from_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            FOREIGN_KEY, "promises", "promises", ["renewed_from_id"], ["id"], ondelete="SET NULL"
        )
    op.create_index(INDEX, "promises", ["renewed_from_id"])


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index(INDEX, table_name="promises")
    if bind.dialect.name != "sqlite":
        op.drop_constraint(FOREIGN_KEY, "promises", type_="foreignkey")
        op.drop_column("promises", "renewed_from_id")
        return
    # SQLite cannot drop a column that is part of a foreign key: the table is rebuilt,
    # which drops its triggers (the search index's), so they are put back as they were.
    triggers = [
        row[0]
        for row in bind.execute(
            sa.text(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'promises'"
            )
        )
        if row[0]
    ]
    # With foreign keys on, dropping the old table deletes its rows first, and the link's
    # ON DELETE SET NULL would then write to the table being dropped: unlink them first.
    op.execute("UPDATE promises SET renewed_from_id = NULL WHERE renewed_from_id IS NOT NULL")
    with op.batch_alter_table("promises", recreate="always") as batch_op:
        batch_op.drop_column("renewed_from_id")
    for sql in triggers:
        op.execute(sql)
