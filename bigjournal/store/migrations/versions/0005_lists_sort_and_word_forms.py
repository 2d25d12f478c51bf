"""lists: names in the language's order, and search that finds word forms (issue 15)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

1. ``contacts.sort_name``, ``organisations.sort_name`` and ``interactions.sort_title``:
   the key that orders a name as a reader expects (Łucja with the Ls, a person's
   title such as "Cllr" ignored), made in Python by ``bigjournal.model.collation``
   whenever a name is written, and indexed with the id so the paged lists walk an
   index in that order when sorted by a column. Compared byte by byte on both
   databases (``COLLATE "C"`` on PostgreSQL), so both give the same order. The keys
   of the records already there are made here by the same function. The meeting
   list sorted by kind gets an index of its own (``ix_interactions_kind``).
2. Search finds word forms ("lamps" finds "lamp", "meeting" finds "meetings") and
   still finds a word while it is being typed ("organisa" finds "organisation"):
   a stemmed index beside the exact one, because a stemmed index alone loses the
   typed prefix (the stem of "organisation" is "organis", not a prefix of it).

   - SQLite: ``search_index_stems``, an FTS5 table with the ``porter`` tokenizer over
     ``unicode61 remove_diacritics 2`` that keeps no text of its own
     (``content='search_index'``: snippets read the exact index's text). The search
     triggers of revision 0004 are replaced by ones that keep both; the new table is
     filled from the exact one.
   - PostgreSQL: each ``search_index.document`` holds the ``english`` configuration's
     stems beside the ``simple`` words, all of the folded (unaccented) text, in the
     same GIN index; the trigger functions of revisions 0002 and 0004 are replaced.
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from bigjournal.model.collation import organisation_sort_key, sort_key

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each table's sort key: (its column, the column it is made from, the function).
SORTED: dict[str, tuple[str, str, Callable[[str], str]]] = {
    "contacts": ("sort_name", "name", sort_key),
    "organisations": ("sort_name", "name", organisation_sort_key),
    "interactions": ("sort_title", "title", organisation_sort_key),
}

# A frozen copy of revision 0004's list (SQLite): kind code, title, body expression
# (0004 added a contact's title to what is searched for them).
SQLITE_SEARCHABLE = {
    "organisations": (1, "name", "notes || ' ' || relationship_notes || ' ' || next_steps"),
    "contacts": (
        2,
        "name",
        "title || ' ' || role || ' ' || ward || ' ' || went_to || ' ' || notes || ' ' "
        "|| private_notes",
    ),
    "members": (3, "name", "conflicts_of_interest || ' ' || notes"),
    "interactions": (4, "title", "location || ' ' || notes || ' ' || decisions"),
    "promises": (5, "description", "status_note"),
}
# A frozen copy of revision 0004's list (PostgreSQL; 0002's, with a contact's title).
POSTGRESQL_SEARCHABLE = {
    "organisations": (1, "name", ("notes", "relationship_notes", "next_steps")),
    "contacts": (2, "name", ("title", "role", "ward", "went_to", "notes", "private_notes")),
    "members": (3, "name", ("conflicts_of_interest", "notes")),
    "interactions": (4, "title", ("location", "notes", "decisions")),
    "promises": (5, "description", ("status_note",)),
}
STEMS_TABLE = (
    "CREATE VIRTUAL TABLE search_index_stems USING fts5(title, body, "
    "content='search_index', tokenize = 'porter unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    bind = op.get_bind()
    for table, (column, _source, _key) in SORTED.items():
        op.add_column(table, sa.Column(column, _sort_key_type(), nullable=True))
    _fill_sort_keys(bind)
    for table, (column, _source, _key) in SORTED.items():
        op.create_index(f"ix_{table}_{column}", table, [column, "id"])
    # The meeting list sorted by kind pages through this one.
    op.create_index("ix_interactions_kind", "interactions", ["kind", "id"])
    if bind.dialect.name == "sqlite":
        op.execute(STEMS_TABLE)
        _replace_sqlite_triggers(with_stems=True)
        op.execute(
            "INSERT INTO search_index_stems(rowid, title, body) "
            "SELECT rowid, title, body FROM search_index"
        )
    elif bind.dialect.name == "postgresql":
        _replace_postgresql_search(with_stems=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _replace_sqlite_triggers(with_stems=False)
        op.execute("DROP TABLE IF EXISTS search_index_stems")
    elif bind.dialect.name == "postgresql":
        _replace_postgresql_search(with_stems=False)
    op.drop_index("ix_interactions_kind", table_name="interactions")
    for table, (column, _source, _key) in reversed(SORTED.items()):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        # Not a batch rebuild: dropping the old organisations table would break the
        # foreign keys that point at it. SQLite has had DROP COLUMN since 3.35.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _sort_key_type() -> sa.types.TypeEngine[str]:
    return sa.String(1000).with_variant(sa.String(1000, collation="C"), "postgresql")


def _fill_sort_keys(bind: sa.Connection) -> None:
    """The keys of what is there, made by the app's own function (so they match what
    it writes from now on); a later change to that function needs a migration too."""
    for table, (column, source, key) in SORTED.items():
        rows = bind.execute(sa.text(f"SELECT id, {source} FROM {table}")).all()
        if rows:
            bind.execute(
                sa.text(f"UPDATE {table} SET {column} = :key WHERE id = :id"),
                [{"id": row_id, "key": key(text or "")} for row_id, text in rows],
            )


def _replace_sqlite_triggers(*, with_stems: bool) -> None:
    """Revision 0004's triggers, keeping the stemmed index too when ``with_stems``."""
    for table, (code, title, body) in SQLITE_SEARCHABLE.items():
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{event}")
        new_body = " || ' ' || ".join(f"NEW.{part.strip()}" for part in body.split("|| ' ' ||"))
        key = f"NEW.id * 8 + {code}"
        old_key = f"OLD.id * 8 + {code}"
        insert = (
            f"INSERT INTO search_index(rowid, title, body) VALUES ({key}, NEW.{title}, {new_body});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = {old_key};"
        if with_stems:
            insert += (
                f" INSERT INTO search_index_stems(rowid, title, body) "
                f"VALUES ({key}, NEW.{title}, {new_body});"
            )
            # A table that keeps no text is told what it indexed before the text goes.
            delete = (
                "INSERT INTO search_index_stems(search_index_stems, rowid, title, body) "
                f"SELECT 'delete', rowid, title, body FROM search_index "
                f"WHERE rowid = {old_key}; " + delete
            )
        op.execute(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )


def _document(fold: str, title: str, body: str, *, with_stems: bool) -> str:
    """The weighted tsvector of a title and a body (SQL), stems beside words or not."""
    configurations = ("simple", "english") if with_stems else ("simple",)
    parts = [
        f"setweight(to_tsvector('{configuration}', {fold}({text})), '{weight}')"
        for text, weight in ((title, "A"), (body, "B"))
        for configuration in configurations
    ]
    return " || ".join(parts)


def _replace_postgresql_search(*, with_stems: bool) -> None:
    """Revision 0004's trigger functions with ``_document``; every document remade."""
    bind = op.get_bind()
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    fold = f'"{schema}".bigjournal_fold'
    for table, (code, title, body_columns) in POSTGRESQL_SEARCHABLE.items():
        body = " || ' ' || ".join(f"NEW.{column}" for column in body_columns)
        document = _document(fold, f"NEW.{title}", body, with_stems=with_stems)
        function = f'"{schema}".{table}_search'
        op.execute(
            f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "{schema}".search_index WHERE rowid = OLD.id * 8 + {code};
        RETURN NULL;
    END IF;
    INSERT INTO "{schema}".search_index AS entry (rowid, title, body, document)
    VALUES (NEW.id * 8 + {code}, NEW.{title}, {body}, {document})
    ON CONFLICT (rowid) DO UPDATE
        SET title = excluded.title, body = excluded.body, document = excluded.document;
    RETURN NULL;
END
$$"""
        )
    # The title and body stored are what each document was made from.
    document = _document(fold, "title", "body", with_stems=with_stems)
    op.execute(f'UPDATE "{schema}".search_index SET document = {document}')
