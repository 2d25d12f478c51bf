"""indexes the large-journal benchmarks proved: promises made to a contact, meeting dates

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Measured on the generated fifteen-year journal (docs/performance.md):

- ``ix_promises_made_to_contact_id``: Today's agenda counts each councillor's open
  promises held by OR made to them, and a handover gathers the promises made to the
  leaver. Without it every open promise is scanned once per councillor.
- ``ix_interactions_id_planned_occurred``: last contact per organisation (Today's
  agenda, the organisation list) joins every meeting–organisation link to its meeting;
  this narrow index answers the join without reading the wide meeting rows with their
  notes (about 40% less time).

Plain ``CREATE INDEX``: the same on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_promises_made_to_contact_id", "promises", ["made_to_contact_id"])
    op.create_index(
        "ix_interactions_id_planned_occurred",
        "interactions",
        ["id", "is_planned", "occurred_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_interactions_id_planned_occurred", table_name="interactions")
    op.drop_index("ix_promises_made_to_contact_id", table_name="promises")
