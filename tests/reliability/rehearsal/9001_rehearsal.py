"""A rehearsal migration, for the crash harness only (never shipped).

It does what real schema changes on SQLite do in batch mode: rebuild tables (copy
into a new table, drop the old, rename), here for contacts and meetings, which other
tables reference with ON DELETE CASCADE. Killing the process part-way through must
leave the journal exactly at its old version; finishing must lose nothing.

Revision ID: 9001_rehearsal
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bigjournal.store.migrations import head_revision

revision: str = "9001_rehearsal"
down_revision: str | None = head_revision()
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("contacts", "interactions", "promises"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("rehearsal", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in ("contacts", "interactions", "promises"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.drop_column("rehearsal")
