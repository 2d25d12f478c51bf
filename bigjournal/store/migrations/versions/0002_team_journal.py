"""team journal: who changed a record, and PostgreSQL's full-text search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Every record gains ``updated_by`` (the database login on a team journal, the
computer's user name on a laptop), so that the second of two people editing the
same record is told who saved first.

On PostgreSQL, search gets what FTS5 gives SQLite in revision 0001: a
``search_index`` table kept by triggers (same ``id * 8 + kind`` keys), with a GIN
index over a ``tsvector`` of the folded text. Folding lowers the case and removes
accents so that "cafe" finds "café": with the ``unaccent`` extension where it can be
had (trusted since PostgreSQL 13, so a database owner may create it), else with a
``translate()`` over the Latin letters. On SQLite the search part is a no-op.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORD_TABLES = (
    "organisations",
    "organisation_links",
    "members",
    "contacts",
    "interactions",
    "promises",
    "handovers",
    "check_ins",
)

# A frozen copy of revision 0001's list: what is searched, and each kind's code.
SEARCHABLE = {
    "organisations": (1, "name", ("notes", "relationship_notes", "next_steps")),
    "contacts": (2, "name", ("role", "ward", "went_to", "notes", "private_notes")),
    "members": (3, "name", ("conflicts_of_interest", "notes")),
    "interactions": (4, "title", ("location", "notes", "decisions")),
    "promises": (5, "description", ("status_note",)),
}

# Letters with no decomposition that unaccent folds too.
EXTRA_FOLDS = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h"}
TWO_LETTER_FOLDS = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"}


def upgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        _create_postgresql_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _drop_postgresql_search()
    for table in reversed(RECORD_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")


def _create_postgresql_search() -> None:
    bind = op.get_bind()
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    fold = f'"{schema}".bigjournal_fold'
    op.execute(
        f"CREATE FUNCTION {fold}(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
        f"PARALLEL SAFE AS $$ SELECT {_fold_expression(bind)} $$"
    )
    op.execute(
        f'CREATE TABLE "{schema}".search_index ('
        "rowid bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL, "
        "document tsvector NOT NULL)"
    )
    op.execute(
        f'CREATE INDEX ix_search_index_document ON "{schema}".search_index USING gin (document)'
    )
    for table, (code, title, body_columns) in SEARCHABLE.items():
        body = " || ' ' || ".join(f"NEW.{column}" for column in body_columns)
        function = f'"{schema}".{table}_search'
        op.execute(
            f"""CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "{schema}".search_index WHERE rowid = OLD.id * 8 + {code};
        RETURN NULL;
    END IF;
    INSERT INTO "{schema}".search_index AS entry (rowid, title, body, document)
    VALUES (
        NEW.id * 8 + {code}, NEW.{title}, {body},
        setweight(to_tsvector('simple', {fold}(NEW.{title})), 'A')
            || setweight(to_tsvector('simple', {fold}({body})), 'B')
    )
    ON CONFLICT (rowid) DO UPDATE
        SET title = excluded.title, body = excluded.body, document = excluded.document;
    RETURN NULL;
END
$$"""
        )
        op.execute(
            f"CREATE TRIGGER {table}_search AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        # Journals that were shared before this revision: index what they hold.
        old_body = " || ' ' || ".join(body_columns)
        op.execute(
            f'INSERT INTO "{schema}".search_index (rowid, title, body, document) '
            f"SELECT id * 8 + {code}, {title}, {old_body}, "
            f"setweight(to_tsvector('simple', {fold}({title})), 'A') || "
            f"setweight(to_tsvector('simple', {fold}({old_body})), 'B') FROM {table}"
        )


def _fold_expression(bind: sa.Connection) -> str:
    """SQL that lowers and unaccents ``$1``: unaccent where possible, else translate()."""
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
    ).scalar()
    if available:
        try:
            with bind.begin_nested():
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
        except DBAPIError:
            pass  # no right to create it here: fall back below
    extension_schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        )
    ).scalar()
    if extension_schema:
        return (
            f'lower("{extension_schema}".unaccent(\'"{extension_schema}".unaccent\''
            "::regdictionary, $1))"
        )
    return f"lower({translate_expression('$1')})"


def translate_expression(argument: str) -> str:
    """translate() over accented Latin letters, then replace() for the two-letter ones."""
    sources, targets = [], []
    for code_point in range(0xC0, 0x250):
        letter = chr(code_point)
        base = unicodedata.normalize("NFKD", letter)[0]
        if letter in EXTRA_FOLDS:
            base = EXTRA_FOLDS[letter]
        if base != letter and base.isascii() and base.isalpha():
            sources.append(letter)
            targets.append(base)
    expression = f"translate({argument}, '{''.join(sources)}', '{''.join(targets)}')"
    for letter, folded in TWO_LETTER_FOLDS.items():
        expression = f"replace({expression}, '{letter}', '{folded}')"
    return expression


def _drop_postgresql_search() -> None:
    for table in SEARCHABLE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {table}_search()")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP FUNCTION IF EXISTS bigjournal_fold(text)")
