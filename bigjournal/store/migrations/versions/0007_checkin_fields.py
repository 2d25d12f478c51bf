"""a check-in's people and hopes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Issue 21: a check-in on the eight criteria records who took part and, optionally,
where the partnership hopes the relationship will be.

- ``check_ins.took_part``: the people who took part, one a line (personal data:
  forget and subject access read it).
- ``check_ins.hopes``: where the partnership hopes it will be, in its own words.

Portable SQL: both columns have a constant default, which SQLite adds with a plain
``ALTER TABLE … ADD COLUMN`` (batch mode, no table rebuild: the triggers stay).
Check-ins are not searched, so the search index is untouched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("took_part", "hopes")


def upgrade() -> None:
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        for column in reversed(COLUMNS):
            batch_op.drop_column(column)
