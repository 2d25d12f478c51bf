"""topics that run across meetings and organisations

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Issue 21, item 5: "Street lighting on Canal Walk" involves the borough's highways
team, the county and the parish. A topic is a record of its own, and meetings and
promises are tagged with it.

- ``topics``: a record (identity, times, version, ``updated_by``) with a name, an
  optional description and ``closed_on`` (a finished topic keeps its history but
  leaves the pickers). Names are unique with case ignored by the use cases, not by
  an index: two journals merged may each have made "Street lighting".
- ``interaction_topics`` and ``promise_topics``: which meetings and promises are on
  which topic. Deleting a topic (or a meeting, or a promise) removes its links only
  (``ON DELETE CASCADE`` on the link, nothing else).

Portable SQL: new tables only, constant defaults; the existing tables are untouched,
so their search triggers stay. Topics are not in the search index (a topic's
meetings and promises are found through the topic instead). On PostgreSQL the new
record table gets the server's ``updated_by`` stamp, as revision 0006 gave every
record table (the statements are repeated here so this revision stands alone).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Revision 0006's trigger function, which stamps the login in ``updated_by``.
STAMP_FUNCTION = "bigjournal_stamp_editor"


def upgrade() -> None:
    op.create_table(
        "topics",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("uuid", name=op.f("uq_topics_uuid")),
    )
    with op.batch_alter_table("topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topics_name"), ["name"], unique=False)
    for table, column, target in (
        ("interaction_topics", "interaction_id", "interactions"),
        ("promise_topics", "promise_id", "promises"),
    ):
        op.create_table(
            table,
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("topic_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [column],
                [f"{target}.id"],
                name=op.f(f"fk_{table}_{column}_{target}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["topic_id"],
                ["topics.id"],
                name=op.f(f"fk_{table}_topic_id_topics"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(column, "topic_id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_topic", ["topic_id", column], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
        op.execute(
            f'CREATE TRIGGER topics_editor BEFORE INSERT OR UPDATE ON "{schema}".topics '
            f'FOR EACH ROW EXECUTE FUNCTION "{schema}".{STAMP_FUNCTION}()'
        )


def downgrade() -> None:
    # The links first: dropping topics with them in place would cascade into them.
    for table in ("promise_topics", "interaction_topics"):
        op.drop_index(f"ix_{table}_topic", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_topics_name", table_name="topics")
    op.drop_table("topics")  # its trigger goes with it
