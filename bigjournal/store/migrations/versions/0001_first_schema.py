"""first schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "interactions",
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "email",
                "walkabout",
                "event",
                "facilitated_conversation",
                "visit",
                "other",
                name="interactionkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("is_planned", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_interactions_uuid")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_occurred", ["occurred_on", "id"], unique=False)

    op.create_table(
        "members",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "worker",
                "chair",
                "resident_member",
                "lto",
                "rep",
                "non_resident_member",
                name="memberrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("stepped_down_on", sa.Date(), nullable=True),
        sa.Column("conflicts_of_interest", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("uuid", name=op.f("uq_members_uuid")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_members_name"), ["name"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "local_authority",
                "council_department",
                "housing_association",
                "school_or_college",
                "health_agency",
                "police",
                "voluntary_organisation",
                "business",
                "funder",
                "lto",
                "other",
                name="organisationkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "council_tier",
            sa.Enum(
                "unitary",
                "county",
                "district_or_borough",
                "parish_or_town",
                name="counciltier",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "relationship_type",
            sa.Enum(
                "powerful_ally",
                "friend_or_acquaintance",
                "client_or_contractor",
                name="relationshiptype",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("contact_every_days", sa.Integer(), nullable=True),
        sa.Column("relationship_since", sa.Date(), nullable=True),
        sa.Column("relationship_notes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "contact_every_days IS NULL OR contact_every_days > 0",
            name=op.f("ck_organisations_rhythm"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organisations.id"],
            name=op.f("fk_organisations_parent_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisations_uuid")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisations_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "check_ins",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("mutual_knowledge", sa.Integer(), nullable=True),
        sa.Column("understanding", sa.Integer(), nullable=True),
        sa.Column("trust", sa.Integer(), nullable=True),
        sa.Column("respect", sa.Integer(), nullable=True),
        sa.Column("common_language", sa.Integer(), nullable=True),
        sa.Column("shared_goals", sa.Integer(), nullable=True),
        sa.Column("defined_roles", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_check_ins_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sa.UniqueConstraint("uuid", name=op.f("uq_check_ins_uuid")),
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_ins_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("officer", "elected_member", name="contactkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("ward", sa.String(length=200), nullable=False),
        sa.Column("term_ends_on", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "preferred_contact",
            sa.Enum(
                "email",
                "phone",
                "text_message",
                "in_person",
                "letter",
                name="preferredcontact",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("went_to", sa.String(length=300), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_contacts_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_successor_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contacts_uuid")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_successor_id"), ["successor_id"], unique=False
        )

    op.create_table(
        "interaction_members",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_members_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_interaction_members_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "member_id", name=op.f("pk_interaction_members")),
    )
    with op.batch_alter_table("interaction_members", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_members_member", ["member_id", "interaction_id"], unique=False
        )

    op.create_table(
        "interaction_organisations",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_organisations_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_interaction_organisations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "organisation_id", name=op.f("pk_interaction_organisations")
        ),
    )
    with op.batch_alter_table("interaction_organisations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_organisations_org", ["organisation_id", "interaction_id"], unique=False
        )

    op.create_table(
        "organisation_links",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("linked_organisation_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["linked_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_links_linked_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_links_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_links")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisation_links_uuid")),
    )
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_links_linked_organisation_id"),
            ["linked_organisation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_links_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "organisation_purposes",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "co_design",
                "sharing_and_networking",
                "informal_support",
                "routes_in",
                "assets_and_infrastructure",
                "funding",
                name="purpose",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_purposes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "purpose", name=op.f("pk_organisation_purposes")
        ),
    )
    op.create_table(
        "relationship_holders",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_relationship_holders_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_relationship_holders_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "member_id", name=op.f("pk_relationship_holders")
        ),
    )
    with op.batch_alter_table("relationship_holders", schema=None) as batch_op:
        batch_op.create_index("ix_relationship_holders_member", ["member_id"], unique=False)

    op.create_table(
        "handovers",
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=False),
        sa.Column("went_to", sa.String(length=300), nullable=False),
        sa.Column("successor_contact_id", sa.Integer(), nullable=True),
        sa.Column("successor_member_id", sa.Integer(), nullable=True),
        sa.Column("post_vacant", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("introduction_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "contact_id IS NULL OR member_id IS NULL", name=op.f("ck_handovers_one_leaver")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_handovers_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_handovers_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["successor_contact_id"],
            ["contacts.id"],
            name=op.f("fk_handovers_successor_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["successor_member_id"],
            ["members.id"],
            name=op.f("fk_handovers_successor_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
        sa.UniqueConstraint("uuid", name=op.f("uq_handovers_uuid")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handovers_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handovers_member_id"), ["member_id"], unique=False)

    op.create_table(
        "interaction_contacts",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_interaction_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_contacts_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "contact_id", name=op.f("pk_interaction_contacts")
        ),
    )
    with op.batch_alter_table("interaction_contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_contacts_contact", ["contact_id", "interaction_id"], unique=False
        )

    op.create_table(
        "promises",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "side",
            sa.Enum("theirs", "ours", name="side", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("made_by_contact_id", sa.Integer(), nullable=True),
        sa.Column("made_by_member_id", sa.Integer(), nullable=True),
        sa.Column("made_to_contact_id", sa.Integer(), nullable=True),
        sa.Column("made_to_member_id", sa.Integer(), nullable=True),
        sa.Column("holder_contact_id", sa.Integer(), nullable=True),
        sa.Column("holder_member_id", sa.Integer(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "kept",
                "broken",
                "released",
                name="promisestatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "holder_contact_id IS NULL OR holder_member_id IS NULL",
            name=op.f("ck_promises_one_holder"),
        ),
        sa.CheckConstraint(
            "made_by_contact_id IS NULL OR made_by_member_id IS NULL",
            name=op.f("ck_promises_one_maker"),
        ),
        sa.ForeignKeyConstraint(
            ["holder_contact_id"],
            ["contacts.id"],
            name=op.f("fk_promises_holder_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["holder_member_id"],
            ["members.id"],
            name=op.f("fk_promises_holder_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_promises_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["made_by_contact_id"],
            ["contacts.id"],
            name=op.f("fk_promises_made_by_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["made_by_member_id"],
            ["members.id"],
            name=op.f("fk_promises_made_by_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["made_to_contact_id"],
            ["contacts.id"],
            name=op.f("fk_promises_made_to_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["made_to_member_id"],
            ["members.id"],
            name=op.f("fk_promises_made_to_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_promises_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
        sa.UniqueConstraint("uuid", name=op.f("uq_promises_uuid")),
    )
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_promises_holder_contact_id"), ["holder_contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_promises_holder_member_id"), ["holder_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_promises_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_promises_made_by_contact_id"), ["made_by_contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_promises_made_by_member_id"), ["made_by_member_id"], unique=False
        )
        batch_op.create_index(
            "ix_promises_organisation_status", ["organisation_id", "status", "due_on"], unique=False
        )
        batch_op.create_index("ix_promises_status_due", ["status", "due_on"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        _create_search_index()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_search_index()

    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index("ix_promises_status_due")
        batch_op.drop_index("ix_promises_organisation_status")
        batch_op.drop_index(batch_op.f("ix_promises_made_by_member_id"))
        batch_op.drop_index(batch_op.f("ix_promises_made_by_contact_id"))
        batch_op.drop_index(batch_op.f("ix_promises_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_promises_holder_member_id"))
        batch_op.drop_index(batch_op.f("ix_promises_holder_contact_id"))

    op.drop_table("promises")
    with op.batch_alter_table("interaction_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_contacts_contact")

    op.drop_table("interaction_contacts")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_member_id"))
        batch_op.drop_index(batch_op.f("ix_handovers_contact_id"))

    op.drop_table("handovers")
    with op.batch_alter_table("relationship_holders", schema=None) as batch_op:
        batch_op.drop_index("ix_relationship_holders_member")

    op.drop_table("relationship_holders")
    op.drop_table("organisation_purposes")
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_links_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_links_linked_organisation_id"))

    op.drop_table("organisation_links")
    with op.batch_alter_table("interaction_organisations", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_organisations_org")

    op.drop_table("interaction_organisations")
    with op.batch_alter_table("interaction_members", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_members_member")

    op.drop_table("interaction_members")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_successor_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_name"))

    op.drop_table("contacts")
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_ins_organisation_id"))

    op.drop_table("check_ins")
    op.drop_table("settings")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organisations_name"))

    op.drop_table("organisations")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_name"))

    op.drop_table("members")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_occurred")

    op.drop_table("interactions")


# Full-text search (SQLite FTS5). One row per searchable record; its rowid is
# ``id * 8 + kind`` so triggers find and replace it without scanning.
SEARCHABLE = {
    # table: (kind code, title expression, body expression)
    "organisations": (1, "name", "notes || ' ' || relationship_notes || ' ' || next_steps"),
    "contacts": (
        2,
        "name",
        "role || ' ' || ward || ' ' || went_to || ' ' || notes || ' ' || private_notes",
    ),
    "members": (3, "name", "conflicts_of_interest || ' ' || notes"),
    "interactions": (4, "title", "location || ' ' || notes || ' ' || decisions"),
    "promises": (5, "description", "status_note"),
}


def _create_search_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (code, title, body) in SEARCHABLE.items():
        new_title = f"NEW.{title}"
        new_body = " || ' ' || ".join(f"NEW.{part.strip()}" for part in body.split("|| ' ' ||"))
        insert = (
            f"INSERT INTO search_index(rowid, title, body) "
            f"VALUES (NEW.id * 8 + {code}, {new_title}, {new_body});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};"
        op.execute(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )


def _drop_search_index() -> None:
    for table in SEARCHABLE:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
