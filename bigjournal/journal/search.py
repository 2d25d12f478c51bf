"""Search across names and notes as the user types.

SQLite journals use the FTS5 index kept by triggers (see the first migration);
PostgreSQL journals a ``search_index`` table of ``tsvector``s kept by triggers, with a
GIN index (see migration 0002). Both fold case and accents and treat the last word as
a prefix. Never ``LIKE '%word%'`` over notes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy import Connection, select, text

from bigjournal.journal.records import SearchHit
from bigjournal.model.entities import Contact, Member
from bigjournal.store import Journal

KINDS = {1: "organisation", 2: "contact", 3: "member", 4: "meeting", 5: "promise"}
WORD = re.compile(r"\w+", re.UNICODE)
# Letters and digits only: tsquery syntax gives meaning to the rest (and to "_").
PG_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fts_query(typed: str) -> str | None:
    """Each typed word must match; the last one may still be being typed (prefix)."""
    words = WORD.findall(typed)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(journal: Journal, typed: str, *, limit: int = 50) -> list[SearchHit]:
    query = fts_query(typed)
    if query is None:
        return []
    with journal.reading_rows() as connection:  # the hits and who left, as of one moment
        if journal.is_sqlite:
            hits = _search_sqlite(connection, query, limit)
        else:
            hits = _search_postgresql(connection, typed, limit)
        return _mark_leavers(connection, hits)


def _mark_leavers(connection: Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """Say who has left, so a volunteer does not ring someone who is no longer there."""
    contact_ids = [hit.id for hit in hits if hit.kind == "contact"]
    member_ids = [hit.id for hit in hits if hit.kind == "member"]
    if not contact_ids and not member_ids:
        return hits
    left: dict[tuple[str, int], date] = {}
    if contact_ids:
        for record_id, left_on in connection.execute(
            select(Contact.id, Contact.left_on).where(
                Contact.id.in_(contact_ids), Contact.left_on.is_not(None)
            )
        ):
            left["contact", record_id] = left_on
    if member_ids:
        for record_id, left_on in connection.execute(
            select(Member.id, Member.stepped_down_on).where(
                Member.id.in_(member_ids), Member.stepped_down_on.is_not(None)
            )
        ):
            left["member", record_id] = left_on
    return [
        replace(hit, left_on=left[hit.kind, hit.id]) if (hit.kind, hit.id) in left else hit
        for hit in hits
    ]


def _search_sqlite(connection: Connection, query: str, limit: int) -> list[SearchHit]:
    statement = text(
        "SELECT rowid, title, snippet(search_index, -1, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH :query ORDER BY rank LIMIT :limit"
    )
    rows = connection.execute(statement, {"query": query, "limit": limit}).all()
    return [
        SearchHit(kind=KINDS[rowid % 8], id=rowid // 8, title=title, snippet=snippet)
        for rowid, title, snippet in rows
    ]


def postgresql_query(typed: str) -> str | None:
    """The same rule as :func:`fts_query` in tsquery syntax: 'a':* & 'b':* (last a prefix).

    Only letters and digits reach the query, so nothing the user types can change its
    meaning. Words are folded (case, accents) on the server, as the index was.
    """
    words = PG_WORD.findall(typed)
    if not words:
        return None
    quoted = [f"'{word}'" for word in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


# The best-ranked rows are found on the index alone; snippets are made for those only.
# A snippet comes from the notes when they match, else from the title (as FTS5's does).
POSTGRESQL_SEARCH = text(
    """
    SELECT hit.rowid, hit.title,
           CASE WHEN to_tsvector('simple', bigjournal_fold(hit.body)) @@ hit.query
                THEN ts_headline('simple', hit.body, hit.query, :options)
                ELSE ts_headline('simple', hit.title, hit.query, :options)
           END
    FROM (
        SELECT entry.rowid, entry.title, entry.body, query,
               ts_rank(entry.document, query) AS rank
        FROM search_index AS entry,
             to_tsquery('simple', bigjournal_fold(:query)) AS query
        WHERE entry.document @@ query
        ORDER BY rank DESC, entry.rowid
        LIMIT :limit
    ) AS hit
    ORDER BY hit.rank DESC, hit.rowid
    """
)
HEADLINE_OPTIONS = (
    "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=0, "
    "MaxFragments=1, FragmentDelimiter=…"
)


def _search_postgresql(connection: Connection, typed: str, limit: int) -> list[SearchHit]:
    query = postgresql_query(typed)
    if query is None:
        return []
    rows = connection.execute(
        POSTGRESQL_SEARCH, {"query": query, "limit": limit, "options": HEADLINE_OPTIONS}
    ).all()
    return [
        SearchHit(kind=KINDS[rowid % 8], id=rowid // 8, title=title, snippet=snippet)
        for rowid, title, snippet in rows
    ]
