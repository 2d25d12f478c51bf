"""Floors: the same results as the app's screens, hand-written in raw ``sqlite3`` SQL.

Each function returns plain tuples with the rows and columns the screen shows (names
of the organisation, maker, holder…), computed the way a careful person would write
it by hand. Nothing is cached between calls.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

Row = tuple[Any, ...]


def connect(path: str) -> sqlite3.Connection:
    """A plain connection with the app's pragmas (WAL, foreign keys)."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


def marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


PROMISE_SELECT = """
SELECT p.id, p.uuid, p.description, p.side,
       o.id, o.uuid, o.name,
       mbc.id, mbc.uuid, mbc.name, mbm.id, mbm.uuid, mbm.name,
       mtc.id, mtc.uuid, mtc.name, mtm.id, mtm.uuid, mtm.name,
       hc.id, hc.uuid, hc.name, hm.id, hm.uuid, hm.name,
       p.made_on, p.due_on, p.status, p.status_on, p.status_note, p.interaction_id, p.version
FROM promises AS p
JOIN organisations AS o ON o.id = p.organisation_id
LEFT JOIN contacts AS mbc ON mbc.id = p.made_by_contact_id
LEFT JOIN members AS mbm ON mbm.id = p.made_by_member_id
LEFT JOIN contacts AS mtc ON mtc.id = p.made_to_contact_id
LEFT JOIN members AS mtm ON mtm.id = p.made_to_member_id
LEFT JOIN contacts AS hc ON hc.id = p.holder_contact_id
LEFT JOIN members AS hm ON hm.id = p.holder_member_id
"""

CONTACT_SELECT = """
SELECT c.id, c.uuid, c.name, c.role, o.id, o.uuid, o.name, c.kind, c.ward, c.term_ends_on,
       c.phone, c.email, c.preferred_contact, c.left_on, c.went_to,
       s.id, s.uuid, s.name, c.notes, c.version
FROM contacts AS c
JOIN organisations AS o ON o.id = c.organisation_id
LEFT JOIN contacts AS s ON s.id = c.successor_id
"""

HANDOVER_SELECT = """
SELECT h.id, h.uuid,
       coalesce(c.id, m.id), coalesce(c.uuid, m.uuid), coalesce(c.name, m.name),
       h.member_id IS NOT NULL, o.id, o.uuid, o.name, h.left_on, h.went_to,
       coalesce(sc.id, sm.id), coalesce(sc.uuid, sm.uuid), coalesce(sc.name, sm.name),
       h.post_vacant, h.notes, h.introduction_on, h.completed_on
FROM handovers AS h
LEFT JOIN contacts AS c ON c.id = h.contact_id
LEFT JOIN organisations AS o ON o.id = c.organisation_id
LEFT JOIN members AS m ON m.id = h.member_id
LEFT JOIN contacts AS sc ON sc.id = h.successor_contact_id AND h.contact_id IS NOT NULL
LEFT JOIN members AS sm ON sm.id = h.successor_member_id AND h.contact_id IS NULL
"""

MEETING_SELECT = (
    "SELECT i.id, i.uuid, i.occurred_on, i.kind, i.title, i.is_planned FROM interactions AS i "
)


def meeting_organisations(db: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[Row]]:
    found: dict[int, list[Row]] = {}
    for meeting_id, *org in db.execute(
        "SELECT io.interaction_id, o.id, o.uuid, o.name FROM interaction_organisations AS io "
        f"JOIN organisations AS o ON o.id = io.organisation_id "
        f"WHERE io.interaction_id IN ({marks(ids)}) ORDER BY o.name",
        list(ids),
    ):
        found.setdefault(meeting_id, []).append(tuple(org))
    return found


def meetings_with_organisations(db: sqlite3.Connection, rows: list[Row]) -> list[Row]:
    orgs = meeting_organisations(db, [r[0] for r in rows])
    return [(*r, tuple(orgs.get(r[0], ()))) for r in rows]


def overdue_promises(
    db: sqlite3.Connection, today: date, organisation_id: int | None = None
) -> list[Row]:
    where = "WHERE p.status = 'open' AND p.due_on < ?"
    params: list[object] = [today.isoformat()]
    if organisation_id is not None:
        where += " AND p.organisation_id = ?"
        params.append(organisation_id)
    return db.execute(
        f"{PROMISE_SELECT} {where} ORDER BY p.due_on IS NULL, p.due_on, p.id", params
    ).fetchall()


def meeting_page(db: sqlite3.Connection, limit: int = 100, offset: int = 0) -> list[Row]:
    rows = db.execute(
        f"{MEETING_SELECT} ORDER BY i.occurred_on DESC, i.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return meetings_with_organisations(db, rows)


def search(db: sqlite3.Connection, query: str, limit: int = 50) -> list[Row]:
    """The exact index, then (words of three letters or more) the stemmed one of
    revision 0005, merged by rank: the same hits the app finds."""
    rows = [
        (rowid, title, snippet, rank)
        for rowid, title, snippet, rank in db.execute(
            "SELECT rowid, title, snippet(search_index, -1, '[', ']', '…', 12), rank "
            "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
    ]
    if any(len(word.strip('"*')) >= 3 for word in query.split()):
        seen = {row[0] for row in rows}
        rows.extend(
            row
            for row in db.execute(
                "SELECT rowid, title, snippet(search_index_stems, -1, '[', ']', '…', 12), rank "
                "FROM search_index_stems WHERE search_index_stems MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
            if row[0] not in seen
        )
        rows.sort(key=lambda row: row[3])
    return [row[:3] for row in rows[:limit]]


def contact_page(db: sqlite3.Connection, limit: int = 200) -> list[Row]:
    """The first page of contacts in the language's order (revision 0005's key), with
    every column a row of the list holds (its organisation and successor named)."""
    return db.execute(
        "SELECT c.id, c.uuid, c.name, c.role, o.id, o.uuid, o.name, c.kind, c.ward, "
        "c.term_ends_on, c.phone, c.email, c.preferred_contact, c.left_on, c.went_to, "
        "s.id, s.uuid, s.name, c.notes, c.version "
        "FROM contacts AS c JOIN organisations AS o ON o.id = c.organisation_id "
        "LEFT JOIN contacts AS s ON s.id = c.successor_id "
        "ORDER BY c.sort_name, c.id LIMIT ?",
        (limit,),
    ).fetchall()


def meeting_page_by_title(db: sqlite3.Connection, limit: int = 100) -> list[Row]:
    rows = db.execute(f"{MEETING_SELECT} ORDER BY i.sort_title, i.id LIMIT ?", (limit,)).fetchall()
    return meetings_with_organisations(db, rows)


def agenda(db: sqlite3.Connection, today: date, limit: int | None = None) -> dict[str, list[Row]]:
    """Every section of Today's agenda; with ``limit``, each side's first due promises
    and how many are due on each side (as Today shows them)."""
    horizon = (today + timedelta(days=7)).isoformat()
    iso = today.isoformat()
    due_counts: list[Row] = []
    if limit is None:
        due = db.execute(
            f"{PROMISE_SELECT} WHERE p.status = 'open' AND p.due_on <= ? ORDER BY p.due_on, p.id",
            (horizon,),
        ).fetchall()
    else:
        due = []
        for side in ("theirs", "ours"):
            due += db.execute(
                f"{PROMISE_SELECT} WHERE p.status = 'open' AND p.due_on <= ? AND p.side = ? "
                "ORDER BY p.due_on, p.id LIMIT ?",
                (horizon, side, limit),
            ).fetchall()
        due_counts = db.execute(
            "SELECT side, count(*) FROM promises WHERE status = 'open' AND due_on <= ? "
            "GROUP BY side",
            (horizon,),
        ).fetchall()
    quiet = _gone_quiet(db, today)
    left = db.execute(
        f"{CONTACT_SELECT} WHERE c.left_on IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM handovers AS h WHERE h.contact_id = c.id) "
        "ORDER BY c.left_on",
    ).fetchall()
    pending = db.execute(
        f"{HANDOVER_SELECT} WHERE h.completed_on IS NULL ORDER BY h.left_on"
    ).fetchall()
    planned = db.execute(
        f"{MEETING_SELECT} WHERE i.is_planned = 1 AND i.occurred_on >= ? AND i.occurred_on <= ? "
        "ORDER BY i.occurred_on, i.starts_at",
        (iso, (today + timedelta(days=7)).isoformat()),
    ).fetchall()
    organisations = {
        r[0]: r
        for r in db.execute(
            "SELECT id, uuid, name, parent_id, relationship_type, contact_every_days "
            "FROM organisations"
        )
    }

    def top_of(organisation_id: int) -> int:
        for _ in range(50):
            parent = organisations[organisation_id][3]
            if parent is None:
                break
            organisation_id = parent
        return organisation_id

    active: dict[int, list[Row]] = {}
    for contact in db.execute(
        "SELECT id, uuid, name, organisation_id FROM contacts WHERE left_on IS NULL"
    ):
        active.setdefault(top_of(contact[3]), []).append(contact[:3])
    holders: dict[int, list[Row]] = {}
    for organisation_id, *member in db.execute(
        "SELECT rh.organisation_id, m.id, m.uuid, m.name FROM relationship_holders AS rh "
        "JOIN members AS m ON m.id = rh.member_id WHERE m.stepped_down_on IS NULL"
    ):
        holders.setdefault(organisation_id, []).append(tuple(member))
    single = []
    for o in sorted(organisations.values(), key=lambda o: o[2].casefold()):
        if o[3] is not None:
            continue
        contacts, held = active.get(o[0], []), holders.get(o[0], [])
        if len(contacts) <= 1 or len(held) <= 1:  # one person, or nobody (issue 15)
            single.append((o[:3], contacts[0] if len(contacts) == 1 else None, held))
    warning = db.execute("SELECT value FROM settings WHERE key = 'term_warning_days'").fetchone()
    until = (today + timedelta(days=int(warning[0]) if warning else 56)).isoformat()
    terms = []
    for row in db.execute(
        """
        SELECT c.id, c.uuid, c.name, o.id, o.uuid, o.name, c.ward, c.term_ends_on,
               (SELECT count(*) FROM promises AS p WHERE p.status = 'open'
                AND (p.holder_contact_id = c.id OR p.made_to_contact_id = c.id))
        FROM contacts AS c JOIN organisations AS o ON o.id = c.organisation_id
        WHERE c.kind = 'elected_member' AND c.left_on IS NULL
          AND c.term_ends_on >= ? AND c.term_ends_on <= ?
        ORDER BY c.term_ends_on, c.name
        """,
        (iso, until),
    ):
        chain, organisation_id = [], row[3]
        while organisation_id is not None and len(chain) < 20:
            chain.append(organisations[organisation_id][:3])
            organisation_id = organisations[organisation_id][3]
        terms.append((*row, chain))
    return {
        "due": due,
        "due_counts": due_counts,
        "gone_quiet": quiet,
        "left_without_handover": left,
        "pending_handovers": pending,
        "planned": meetings_with_organisations(db, planned),
        "single_points": single,
        "terms_ending": terms,
    }


def organisation_page(
    db: sqlite3.Connection, organisation_id: int, today: date, meeting_limit: int = 50
) -> dict[str, Any]:
    """An organisation's page: its departments' records too, and the track record."""
    organisation = db.execute(
        "SELECT o.*, p.id, p.uuid, p.name FROM organisations AS o "
        "LEFT JOIN organisations AS p ON p.id = o.parent_id WHERE o.id = ?",
        (organisation_id,),
    ).fetchone()
    scope = [
        r[0]
        for r in db.execute(
            "WITH RECURSIVE tree(id) AS (SELECT ? UNION "
            "SELECT o.id FROM organisations AS o JOIN tree ON o.parent_id = tree.id) "
            "SELECT id FROM tree",
            (organisation_id,),
        )
    ]
    inside = f"({marks(scope)})"
    children = db.execute(
        "SELECT id, uuid, name FROM organisations WHERE parent_id = ?", (organisation_id,)
    ).fetchall()
    links = db.execute(
        "SELECT o.id, o.uuid, o.name, l.description FROM organisation_links AS l "
        "JOIN organisations AS o ON o.id = CASE WHEN l.organisation_id = ? "
        "THEN l.linked_organisation_id ELSE l.organisation_id END "
        "WHERE l.organisation_id = ? OR l.linked_organisation_id = ? ORDER BY o.name",
        (organisation_id, organisation_id, organisation_id),
    ).fetchall()
    purposes = db.execute(
        "SELECT purpose FROM organisation_purposes WHERE organisation_id = ?", (organisation_id,)
    ).fetchall()
    holders = db.execute(
        "SELECT m.id, m.uuid, m.name FROM relationship_holders AS rh "
        "JOIN members AS m ON m.id = rh.member_id WHERE rh.organisation_id = ? ORDER BY m.name",
        (organisation_id,),
    ).fetchall()
    contacts = db.execute(
        f"{CONTACT_SELECT} WHERE c.organisation_id IN {inside} "
        "ORDER BY c.left_on IS NOT NULL, lower(c.name)",
        scope,
    ).fetchall()
    meeting_ids = (
        f"SELECT interaction_id FROM interaction_organisations WHERE organisation_id IN {inside}"
    )
    meetings = db.execute(
        f"{MEETING_SELECT} WHERE i.id IN ({meeting_ids}) "
        "ORDER BY i.occurred_on DESC, i.id DESC LIMIT ?",
        [*scope, meeting_limit],
    ).fetchall()
    meeting_count = db.execute(
        f"SELECT count(DISTINCT interaction_id) FROM interaction_organisations "
        f"WHERE organisation_id IN {inside}",
        scope,
    ).fetchone()[0]
    promises = db.execute(
        f"{PROMISE_SELECT} WHERE p.organisation_id IN {inside} "
        "ORDER BY p.due_on IS NULL, p.due_on, p.id",
        scope,
    ).fetchall()
    contact_ids = [c[0] for c in contacts]
    handovers = db.execute(
        f"{HANDOVER_SELECT} WHERE h.contact_id IN ({marks(contact_ids)}) ORDER BY h.left_on DESC",
        contact_ids,
    ).fetchall()
    last_on = db.execute(
        "SELECT max(i.occurred_on) FROM interaction_organisations AS io "
        "JOIN interactions AS i ON i.id = io.interaction_id "
        f"WHERE io.organisation_id IN {inside} AND i.is_planned = 0",
        scope,
    ).fetchone()[0]
    track = db.execute(
        f"""
        SELECT side,
          sum(status = 'kept' AND (due_on IS NULL OR status_on IS NULL OR status_on <= due_on)),
          sum(status = 'kept' AND due_on IS NOT NULL AND status_on > due_on),
          sum(status = 'broken'),
          sum(status = 'open' AND due_on < ?),
          sum(status = 'open' AND (due_on IS NULL OR due_on >= ?)),
          sum(status = 'released')
        FROM promises WHERE organisation_id IN {inside} GROUP BY side
        """,
        [today.isoformat(), today.isoformat(), *scope],
    ).fetchall()
    return {
        "organisation": organisation,
        "children": children,
        "links": links,
        "purposes": purposes,
        "holders": holders,
        "contacts": contacts,
        "meetings": meetings_with_organisations(db, meetings),
        "meeting_count": meeting_count,
        "promises": promises,
        "handovers": handovers,
        "last_contact_on": last_on,
        "track_records": track,
    }


def organisation_list(db: sqlite3.Connection) -> list[Row]:
    """All organisations by name, with purposes, holders and the last contact."""
    purposes: dict[int, list[str]] = {}
    for organisation_id, purpose in db.execute(
        "SELECT organisation_id, purpose FROM organisation_purposes"
    ):
        purposes.setdefault(organisation_id, []).append(purpose)
    holders: dict[int, list[Row]] = {}
    for organisation_id, *member in db.execute(
        "SELECT rh.organisation_id, m.id, m.uuid, m.name FROM relationship_holders AS rh "
        "JOIN members AS m ON m.id = rh.member_id ORDER BY m.name"
    ):
        holders.setdefault(organisation_id, []).append(tuple(member))
    last = dict(
        db.execute(
            "SELECT io.organisation_id, max(i.occurred_on) FROM interaction_organisations AS io "
            "JOIN interactions AS i ON i.id = io.interaction_id WHERE i.is_planned = 0 "
            "GROUP BY io.organisation_id"
        ).fetchall()
    )
    return [
        (*row, purposes.get(row[0], []), holders.get(row[0], []), last.get(row[0]))
        for row in db.execute(
            "SELECT id, uuid, name, kind, parent_id, relationship_type, contact_every_days "
            "FROM organisations ORDER BY lower(name), id"
        )
    ]


_LAST_CONTACT = (
    "SELECT io.organisation_id, max(i.occurred_on) FROM interaction_organisations AS io "
    "JOIN interactions AS i ON i.id = io.interaction_id WHERE i.is_planned = 0 AND {} "
    "GROUP BY io.organisation_id"
)


def _gone_quiet(db: sqlite3.Connection, today: date) -> list[Row]:
    """Relationships past their rhythm, a department's meeting counting for the council
    above it (issue 16): the links since the longest rhythm first, then the whole
    history only of the organisations not met since (as the app reads them)."""
    rhythmic = db.execute(
        "SELECT id, uuid, name, contact_every_days, relationship_since FROM organisations "
        "WHERE contact_every_days IS NOT NULL"
    ).fetchall()
    if not rhythmic:
        return []
    parents = dict(db.execute("SELECT id, parent_id FROM organisations").fetchall())

    def rolled(rows: list[Row]) -> dict[int, str]:
        out = dict(rows)
        for organisation, on in rows:
            seen, above = {organisation}, parents.get(organisation)
            while above is not None and above not in seen:
                seen.add(above)
                if out.get(above) is None or out[above] < on:
                    out[above] = on
                above = parents.get(above)
        return out

    since = (today - timedelta(days=max(r[3] for r in rhythmic))).isoformat()
    last = rolled(db.execute(_LAST_CONTACT.format("i.occurred_on >= ?"), (since,)).fetchall())
    missing = {r[0] for r in rhythmic} - last.keys()
    if missing:
        below, stack = set(missing), list(missing)
        children: dict[int, list[int]] = {}
        for organisation, parent in parents.items():
            if parent is not None:
                children.setdefault(parent, []).append(organisation)
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in below:
                    below.add(child)
                    stack.append(child)
        marks = ",".join("?" * len(below))
        older = rolled(
            db.execute(
                _LAST_CONTACT.format(f"io.organisation_id IN ({marks})"), sorted(below)
            ).fetchall()
        )
        last.update({k: v for k, v in older.items() if k in missing})
    quiet = []
    for org_id, uuid, name, every, relationship_since in rhythmic:
        anchor = last.get(org_id) or relationship_since
        if anchor is None:
            continue
        due_since = (date.fromisoformat(anchor[:10]) + timedelta(days=every)).isoformat()
        if due_since < today.isoformat():
            quiet.append((org_id, uuid, name, every, last.get(org_id), due_since))
    quiet.sort(key=lambda q: q[5])
    return quiet
