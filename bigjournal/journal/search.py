"""Search across names and notes as the user types.

SQLite journals use the FTS5 index kept by triggers (see the first migration);
PostgreSQL journals use its own full-text search. Never ``LIKE '%word%'`` over notes.
"""

from __future__ import annotations

import re

from sqlalchemy import String, cast, func, literal, select, text, union_all

from bigjournal.journal.records import SearchHit
from bigjournal.model import Contact, Interaction, Member, Organisation, Promise
from bigjournal.store import Journal

KINDS = {1: "organisation", 2: "contact", 3: "member", 4: "meeting", 5: "promise"}
WORD = re.compile(r"\w+", re.UNICODE)


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


def _search_postgresql(journal: Journal, typed: str, limit: int) -> list[SearchHit]:
    words = WORD.findall(typed)
    tsquery = func.to_tsquery("simple", " & ".join(f"{w}:*" for w in [*words[:-1], words[-1]]))
    sources = [
        ("organisation", Organisation, Organisation.name, Organisation.notes),
        ("contact", Contact, Contact.name, Contact.role + " " + Contact.notes),
        ("member", Member, Member.name, Member.notes),
        (
            "meeting",
            Interaction,
            Interaction.title,
            Interaction.notes + " " + Interaction.decisions,
        ),
        ("promise", Promise, Promise.description, Promise.status_note),
    ]
    selects = []
    for kind, entity, title, body in sources:
        document = func.to_tsvector("simple", title + " " + body)
        selects.append(
            select(
                literal(kind).label("kind"),
                entity.id.label("id"),
                cast(title, String).label("title"),
                func.left(body, 120).label("snippet"),
            ).where(document.op("@@")(tsquery))
        )
    with journal.reading() as session:
        rows = session.execute(union_all(*selects).limit(limit)).all()
    return [SearchHit(kind=k, id=i, title=t, snippet=s) for k, i, t, s in rows]
