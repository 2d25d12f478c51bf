"""Search across names and notes as the user types.

SQLite journals use the FTS5 index kept by triggers (see the first migration);
PostgreSQL journals a ``search_index`` table of ``tsvector``s kept by triggers, with a
GIN index (see migration 0002). Both fold case and accents and treat the last word as
a prefix. Never ``LIKE '%word%'`` over notes.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from bigjournal.journal.records import SearchHit
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
    if journal.is_sqlite:
        return _search_sqlite(journal, query, limit)
    return _search_postgresql(journal, typed, limit)


def _search_sqlite(journal: Journal, query: str, limit: int) -> list[SearchHit]:
    statement = text(
        "SELECT rowid, title, snippet(search_index, -1, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH :query ORDER BY rank LIMIT :limit"
    )
    with journal.reading() as session:
        rows = session.execute(statement, {"query": query, "limit": limit}).all()
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


def _search_postgresql(journal: Journal, typed: str, limit: int) -> list[SearchHit]:
    query = postgresql_query(typed)
    if query is None:
        return []
    with journal.reading() as session:
        rows = session.execute(
            POSTGRESQL_SEARCH, {"query": query, "limit": limit, "options": HEADLINE_OPTIONS}
        ).all()
    return [
        SearchHit(kind=KINDS[rowid % 8], id=rowid // 8, title=title, snippet=snippet)
        for rowid, title, snippet in rows
    ]
