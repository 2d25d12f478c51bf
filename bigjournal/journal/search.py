"""Search across names and notes as the user types.

SQLite journals use the FTS5 index kept by triggers (see the first migration);
PostgreSQL journals a ``search_index`` table of ``tsvector``s kept by triggers, with a
GIN index (see migration 0002). Both fold case and accents and treat the last word as
a prefix. Both also find word forms ("lamps" finds "lamp", "meeting" finds
"meetings": revision 0005), from stems kept beside the exact words: a stemmed index
alone would lose the word being typed ("organisa" is no prefix of the stem
"organis"). Never ``LIKE '%word%'`` over notes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from sqlalchemy import Connection, TextClause, select, text

from bigjournal.journal.kinds import BY_SEARCH_CODE
from bigjournal.journal.records import SearchHit
from bigjournal.model.entities import Contact, Member
from bigjournal.store import Journal

#: The kind of record each code in the index stands for (rowid = id * 8 + code).
KINDS = {code: declared.name for code, declared in BY_SEARCH_CODE.items()}
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
            assert left_on is not None
            left["contact", record_id] = left_on
    if member_ids:
        for record_id, left_on in connection.execute(
            select(Member.id, Member.stepped_down_on).where(
                Member.id.in_(member_ids), Member.stepped_down_on.is_not(None)
            )
        ):
            assert left_on is not None
            left["member", record_id] = left_on
    return [
        replace(hit, left_on=left[hit.kind, hit.id]) if (hit.kind, hit.id) in left else hit
        for hit in hits
    ]


def _sqlite_statement(index: str) -> TextClause:
    return text(
        f"SELECT rowid, title, snippet({index}, -1, '[', ']', '…', 12), rank "
        f"FROM {index} WHERE {index} MATCH :query ORDER BY rank LIMIT :limit"
    )


SQLITE_EXACT = _sqlite_statement("search_index")
SQLITE_STEMS = _sqlite_statement("search_index_stems")
#: Shorter words are never stemmed (FTS5's porter leaves them as they are).
SHORTEST_STEMMED = 3


def _search_sqlite(connection: Connection, query: str, limit: int) -> list[SearchHit]:
    """The exact index (the last word a prefix, as typed) and the stemmed one (revision
    0005: word forms), best ranked first; a record found by both is listed once."""
    parameters = {"query": query, "limit": limit}
    rows = list(connection.execute(SQLITE_EXACT, parameters).all())
    if any(len(word) >= SHORTEST_STEMMED for word in WORD.findall(query)):
        seen = {row[0] for row in rows}
        stems = connection.execute(SQLITE_STEMS, parameters).all()
        rows.extend(row for row in stems if row[0] not in seen)
        rows.sort(key=lambda row: row[3])  # bm25: lower is better
    return [
        SearchHit(kind=KINDS[rowid % 8], id=rowid // 8, title=title, snippet=snippet)
        for rowid, title, snippet, _rank in rows[:limit]
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


def postgresql_terms(typed: str) -> list[str]:
    """:func:`postgresql_query`'s terms one by one ("'lamps'", "'mee':*")."""
    query = postgresql_query(typed)
    return query.split(" & ") if query else []


@cache
def postgresql_statement(words: int) -> TextClause:
    """The search for ``words`` typed words. Each word is found as typed (the last a
    prefix: the ``simple`` words of the document) or by its ``english`` stem (stems
    kept beside them since revision 0005): "lamps" finds "lamp". The best-ranked rows
    are found on the index alone; snippets are made for those only, from the notes
    when they match, else from the title (as FTS5's are)."""
    terms = " && ".join(
        f"(to_tsquery('simple', bigjournal_fold(:term{n})) "
        f"|| to_tsquery('english', bigjournal_fold(:term{n})))"
        for n in range(words)
    )
    return text(
        f"""
    SELECT hit.rowid, hit.title,
           CASE WHEN (to_tsvector('simple', bigjournal_fold(hit.body))
                      || to_tsvector('english', bigjournal_fold(hit.body))) @@ hit.query
                THEN ts_headline('simple', hit.body, hit.query, :options)
                ELSE ts_headline('simple', hit.title, hit.query, :options)
           END
    FROM (
        SELECT entry.rowid, entry.title, entry.body, typed.query,
               ts_rank(entry.document, typed.query) AS rank
        FROM search_index AS entry, (SELECT {terms} AS query) AS typed
        WHERE entry.document @@ typed.query
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
    terms = postgresql_terms(typed)
    if not terms:
        return []
    parameters = {f"term{n}": term for n, term in enumerate(terms)}
    rows = connection.execute(
        postgresql_statement(len(terms)),
        {**parameters, "limit": limit, "options": HEADLINE_OPTIONS},
    ).all()
    return [
        SearchHit(kind=KINDS[rowid % 8], id=rowid // 8, title=title, snippet=snippet)
        for rowid, title, snippet in rows
    ]
