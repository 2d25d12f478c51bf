"""outcomes: what a relationship achieved, for the partnership, the agency or the area

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Issue 21, item 4: an outcome records what a relationship achieved (2022 report, §4) —
a seat at the table, an introduction, practical help (for the partnership); a route
into the community, local knowledge (for the agency); funding leveraged, with an
amount in pence, or a community asset (for the area). It belongs to an organisation
(deleted with it) and may name the meeting or the promise it came from (``SET NULL``:
deleting either leaves the outcome standing).

Portable SQL: a new table, with constant defaults only. On PostgreSQL the server
stamps ``updated_by`` on it as on every record table (revision 0006's trigger).
Outcomes are not searched, so the search index is untouched.
"""

from collections.abc import Sequence
from importlib import import_module

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "outcomes"
#: £100 million in pence, as ``model.entities.LARGEST_AMOUNT_PENCE`` says today.
LARGEST_AMOUNT_PENCE = 10_000_000_000
BENEFICIARIES = ("partnership", "agency", "area")
KINDS = (
    "seat_at_the_table",
    "introduction",
    "practical_help",
    "route_into_the_community",
    "local_knowledge",
    "funding_leveraged",
    "community_asset",
    "other",
)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column(
            "beneficiary",
            sa.Enum(*BENEFICIARIES, name="beneficiary", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(*KINDS, name="outcomekind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=False),
        sa.Column("amount_pence", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "amount_pence IS NULL OR "
            f"(amount_pence >= 0 AND amount_pence <= {LARGEST_AMOUNT_PENCE})",
            name=op.f("ck_outcomes_amount"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_outcomes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_outcomes_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_outcomes_promise_id_promises"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outcomes_uuid")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            "ix_outcomes_organisation_achieved", ["organisation_id", "achieved_on", "id"]
        )
        batch_op.create_index(batch_op.f("ix_outcomes_interaction_id"), ["interaction_id"])
        batch_op.create_index(batch_op.f("ix_outcomes_promise_id"), ["promise_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        editor = import_module("bigjournal.store.migrations.versions.0006_team_owner_role")
        schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
        for statement in editor.stamp_editor(TABLE, schema):
            op.execute(statement)


def downgrade() -> None:
    # The table's own trigger goes with it on PostgreSQL.
    op.drop_table(TABLE)
