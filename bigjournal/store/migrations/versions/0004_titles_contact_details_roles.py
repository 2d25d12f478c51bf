"""a contact's title, more phones and emails per contact, more roles per organisation

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Issue 14: a volunteer enters every field the journal holds.

- ``contacts.title`` (Cllr, Dr, Revd…) is kept apart from the name, so that lists sort
  by the name and "Cllr" is not mistaken for part of it. Existing names are left as
  they are: a migration never rewrites what the volunteer typed.
- ``contacts.other_phones`` and ``contacts.other_emails``: the existing ``phone`` and
  ``email`` stay the main ones; further ones are kept one a line (the order the
  volunteer gave them), so every place a contact travels (archives, undo, personal
  data) carries them as ordinary columns.
- ``organisation_kinds``: the roles an organisation has for the partnership beside its
  main ``kind`` (a housing association that is also the Locally Trusted Organisation),
  one row each, as ``organisation_purposes`` holds the purposes.

Search: a contact's title joins the text searched for them, so "Cllr Briggs" finds
Helen Briggs (SQLite's FTS5 triggers, PostgreSQL's trigger function). Titles of old
journals are empty, so nothing needs re-indexing.

Portable SQL: the new columns have a constant default, which SQLite adds with a plain
``ALTER TABLE … ADD COLUMN`` (batch mode, no table rebuild: the triggers stay).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORGANISATION_KINDS = (
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
)

# What is searched for a contact, before and after this revision (code 2, title "name").
CONTACT_BODY_BEFORE = ("role", "ward", "went_to", "notes", "private_notes")
CONTACT_BODY = ("title", "role", "ward", "went_to", "notes", "private_notes")

# Every searchable table as of this revision (store/search_index.py rebuilds from it).
SEARCHABLE = {
    "organisations": (1, "name", "notes || ' ' || relationship_notes || ' ' || next_steps"),
    "contacts": (2, "name", " || ' ' || ".join(CONTACT_BODY)),
    "members": (3, "name", "conflicts_of_interest || ' ' || notes"),
    "interactions": (4, "title", "location || ' ' || notes || ' ' || decisions"),
    "promises": (5, "description", "status_note"),
}


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("title", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("other_phones", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("other_emails", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "organisation_kinds",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*ORGANISATION_KINDS, name="organisationkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_organisation_kinds_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", "kind", name=op.f("pk_organisation_kinds")),
    )
    _search_contacts(CONTACT_BODY)


def downgrade() -> None:
    op.drop_table("organisation_kinds")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("other_emails")
        batch_op.drop_column("other_phones")
        batch_op.drop_column("title")
    _search_contacts(CONTACT_BODY_BEFORE)  # SQLite rebuilt the table: its triggers too


def _search_contacts(body_columns: tuple[str, ...]) -> None:
    """Point the contacts' search triggers at ``body_columns`` (both databases)."""
    bind = op.get_bind()
    new_body = " || ' ' || ".join(f"NEW.{column}" for column in body_columns)
    if bind.dialect.name == "sqlite":
        insert = (
            "INSERT INTO search_index(rowid, title, body) "
            f"VALUES (NEW.id * 8 + 2, NEW.name, {new_body});"
        )
        delete = "DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;"
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS contacts_search_{event}")
        op.execute(
            f"CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN {insert} END"
        )
        op.execute(
            "CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN {delete} END"
        )
        return
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    fold = f'"{schema}".bigjournal_fold'
    op.execute(
        f"""CREATE OR REPLACE FUNCTION "{schema}".contacts_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "{schema}".search_index WHERE rowid = OLD.id * 8 + 2;
        RETURN NULL;
    END IF;
    INSERT INTO "{schema}".search_index AS entry (rowid, title, body, document)
    VALUES (
        NEW.id * 8 + 2, NEW.name, {new_body},
        setweight(to_tsvector('simple', {fold}(NEW.name)), 'A')
            || setweight(to_tsvector('simple', {fold}({new_body})), 'B')
    )
    ON CONFLICT (rowid) DO UPDATE
        SET title = excluded.title, body = excluded.body, document = excluded.document;
    RETURN NULL;
END
$$"""
    )
