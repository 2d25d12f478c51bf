"""Undoing a deletion: snapshot what a delete will remove, and put it back exactly.

Before a record is deleted, :func:`snapshot_deletion` reads (with SQLAlchemy Core)
every row the deletion will remove — the record, the rows the use case deletes with
it, and the rows the database cascades to — and every reference the database will
set to NULL. :func:`restore` re-inserts the rows with the same ids, UUIDs and
versions and puts the references back, in one transaction, so an undone delete
leaves the journal as it was (search index included: its triggers fire on insert).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from bigjournal.errors import ValidationError
from bigjournal.model import Base, Contact, Interaction, Member, Organisation, Promise, Record
from bigjournal.model.vocabulary import Side
from bigjournal.store import Journal


@dataclass
class Snapshot:
    """Rows to re-insert (by table, in dependency order) and references to re-point."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: (table, primary key, column, values to put back) for each reference set to NULL;
    #: the values include ``updated_at``, which an UPDATE would otherwise move on.
    references: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(self.rows.values())


def snapshot_deletion(journal: Journal, kind: str, record_id: int, **options: Any) -> Snapshot:
    """What deleting the record (as the use case for ``kind`` does) will take with it.

    ``kind`` is organisation, contact, member, meeting or promise; ``options`` mirror the
    use case's (``with_promises`` for a meeting).
    """
    with journal.reading() as session:
        roots = _roots(session, kind, record_id, **options)
        return _collect(session, roots)


def _roots(session: Session, kind: str, record_id: int, **options: Any) -> dict[str, set[int]]:
    """The rows the use case itself deletes; the database cascades from these."""
    tables: dict[str, set[int]] = defaultdict(set)

    def ids(query: Any) -> set[int]:
        return set(session.scalars(query).all())

    if kind == "organisation":
        tables["organisations"].add(record_id)
        tables["promises"] |= ids(select(Promise.id).where(Promise.organisation_id == record_id))
        tables["contacts"] |= ids(select(Contact.id).where(Contact.organisation_id == record_id))
    elif kind == "contact":
        tables["contacts"].add(record_id)
        tables["promises"] |= ids(
            select(Promise.id).where(
                Promise.made_by_contact_id == record_id, Promise.side == Side.THEIRS
            )
        )
    elif kind == "meeting":
        tables["interactions"].add(record_id)
        if options.get("with_promises"):
            tables["promises"] |= ids(select(Promise.id).where(Promise.interaction_id == record_id))
    elif kind == "promise":
        tables["promises"].add(record_id)
    elif kind == "member":  # as people.delete_member: the promises they made go too
        tables["members"].add(record_id)
        tables["promises"] |= ids(
            select(Promise.id).where(
                Promise.made_by_member_id == record_id, Promise.side == Side.OURS
            )
        )
    else:
        raise ValueError(f"unknown kind: {kind}")
    return tables


def _collect(session: Session, roots: dict[str, set[int]]) -> Snapshot:
    metadata = Base.metadata
    deleted: dict[str, set[int]] = defaultdict(set)
    association_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen_association: set[tuple[str, tuple[Any, ...]]] = set()
    pending = [(name, set(ids)) for name, ids in roots.items() if ids]
    while pending:
        name, ids = pending.pop()
        ids -= deleted[name]
        if not ids:
            continue
        deleted[name] |= ids
        for table in metadata.sorted_tables:
            for key in table.foreign_keys:
                if key.column.table.name != name or key.ondelete != "CASCADE":
                    continue
                column = key.parent
                if "id" in table.c:
                    found = set(
                        session.scalars(select(table.c.id).where(column.in_(list(ids)))).all()
                    )
                    pending.append((table.name, found))
                else:
                    for row in session.execute(select(table).where(column.in_(list(ids)))):
                        mapping = dict(row._mapping)
                        marker = (table.name, tuple(mapping[c.name] for c in table.primary_key))
                        if marker not in seen_association:
                            seen_association.add(marker)
                            association_rows[table.name].append(mapping)
    snapshot = Snapshot()
    for table in metadata.sorted_tables:
        if deleted.get(table.name):
            snapshot.rows[table.name] = [
                dict(row._mapping)
                for row in session.execute(
                    select(table).where(table.c.id.in_(sorted(deleted[table.name])))
                )
            ]
        elif association_rows.get(table.name):
            snapshot.rows[table.name] = association_rows[table.name]
    # References the database will set to NULL in rows that survive the deletion.
    for table in metadata.sorted_tables:
        if "id" not in table.c:
            continue
        for key in table.foreign_keys:
            target = key.column.table.name
            if key.ondelete != "SET NULL" or not deleted.get(target):
                continue
            column = key.parent
            query = select(table.c.id, column, table.c.updated_at).where(
                column.in_(sorted(deleted[target]))
            )
            for row_id, value, updated_at in session.execute(query):
                if row_id in deleted.get(table.name, set()):
                    continue  # the row itself goes and comes back whole
                values = {column.name: value, "updated_at": updated_at}
                snapshot.references.append((table.name, {"id": row_id}, column.name, values))
    return snapshot


def restore(journal: Journal, snapshot: Snapshot) -> None:
    """Put back what a deletion removed, all or nothing."""
    tables = Base.metadata.tables
    with journal.transaction() as session:
        exists = _already_there(session, snapshot)
        if exists:
            raise ValidationError(
                f"The deleted {exists} is already back in the journal, "
                "so it was not restored twice."
            )
        later: list[tuple[Table, Any, dict[str, Any]]] = []
        for name, rows in snapshot.rows.items():
            table = tables[name]
            own_keys = [key.parent.name for key in table.foreign_keys if key.column.table is table]
            prepared = []
            for row in rows:
                row = dict(row)
                for column in own_keys:
                    # A reference within the same table (a contact's successor) is
                    # put back once every row of the table is in.
                    if row.get(column) is not None:
                        values = {column: row[column], "updated_at": row["updated_at"]}
                        later.append((table, row["id"], values))
                        row[column] = None
                prepared.append(row)
            if prepared:
                session.execute(table.insert(), prepared)
        for table, row_id, values in later:
            session.execute(update(table).where(table.c.id == row_id).values(values))
        for name, key, column, values in snapshot.references:
            table = tables[name]
            session.execute(
                update(table)
                .where(*(table.c[k] == v for k, v in key.items()), table.c[column].is_(None))
                .values(values)
            )


def _already_there(session: Session, snapshot: Snapshot) -> str | None:
    nouns: dict[str, tuple[type[Record], str]] = {
        "organisations": (Organisation, "organisation"),
        "contacts": (Contact, "contact"),
        "members": (Member, "member"),
        "interactions": (Interaction, "meeting"),
        "promises": (Promise, "promise"),
    }
    for name, (entity, noun) in nouns.items():
        ids = [row["id"] for row in snapshot.rows.get(name, [])]
        if ids and session.scalar(select(entity.id).where(entity.id.in_(ids)).limit(1)):
            return noun
    return None


# --- undoing a change that touches several records --------------------------------
#
# A handover updates the leaver, moves or closes their promises, adds the handover,
# perhaps a new contact and a planned introduction. Rather than write an inverse for
# each use case, the caller names the rows a change may touch (a :class:`Scope`), the
# rows are read before and after (:func:`capture`), and :func:`return_to` puts either
# state back: rows added are deleted, rows changed get their old values (version and
# times included), rows removed come back with the same ids.


@dataclass(frozen=True)
class Scope:
    """The rows one change may touch.

    ``ids``: rows by id; ``added_after``: the highest id of a table before the change
    (rows above it are the change's own); ``links``: association rows whose column
    (e.g. ``organisation_id``) holds one of the ids. Association rows of added rows
    (a new meeting's organisations) are found by themselves.
    """

    ids: dict[str, frozenset[int]]
    added_after: dict[str, int]
    links: dict[str, tuple[str, frozenset[int]]]


@dataclass(frozen=True)
class RowState:
    """The scoped rows as they were at one moment, by table and primary key."""

    scope: Scope
    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def change_scope(
    journal: Journal,
    ids: dict[str, Any] | None = None,
    *,
    adds: tuple[str, ...] = (),
    links: dict[str, tuple[str, Any]] | None = None,
) -> Scope:
    """Name what a change is about to touch (call it before the change)."""
    tables = Base.metadata.tables
    with journal.reading() as session:
        added_after = {
            name: int(session.scalar(select(func.max(tables[name].c.id))) or 0) for name in adds
        }
    return Scope(
        ids={name: frozenset(values) for name, values in (ids or {}).items()},
        added_after=added_after,
        links={name: (column, frozenset(v)) for name, (column, v) in (links or {}).items()},
    )


def capture(journal: Journal, scope: Scope) -> RowState:
    with journal.reading() as session:
        return RowState(scope, _read_scope(session, scope))


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[column.name] for column in table.primary_key)


def _read_scope(session: Session, scope: Scope) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    for table in Base.metadata.sorted_tables:
        conditions: list[Any] = []
        if "id" in table.c:
            if scope.ids.get(table.name):
                conditions.append(table.c.id.in_(sorted(scope.ids[table.name])))
            if table.name in scope.added_after:
                conditions.append(table.c.id > scope.added_after[table.name])
        else:
            if table.name in scope.links:
                column, values = scope.links[table.name]
                conditions.append(table.c[column].in_(sorted(values)))
            for key in table.foreign_keys:
                target = key.column.table.name
                if target in scope.added_after:
                    conditions.append(key.parent > scope.added_after[target])
        if not conditions:
            continue
        for row in session.execute(select(table).where(or_(*conditions))):
            mapping = dict(row._mapping)
            rows[table.name][_key(table, mapping)] = mapping
    return dict(rows)


def return_to(journal: Journal, target: RowState, current: RowState) -> None:
    """Put the scoped rows back as ``target`` had them, if they are still as ``current``.

    If someone changed one of them since (its version moved on, or it is gone), nothing
    is changed and the volunteer is told why.
    """
    with journal.transaction() as session:
        now = _read_scope(session, current.scope)
        for name, rows in current.rows.items():
            for key, row in rows.items():
                there = now.get(name, {}).get(key)
                same = there is not None and (
                    there.get("version") == row.get("version") if "version" in row else True
                )
                if not same:
                    raise ValidationError(
                        "Something this change touched was edited since, so it was not "
                        "undone or redone; make the change by hand instead."
                    )
        later: list[tuple[Table, tuple[Any, ...], dict[str, Any]]] = []
        for table in Base.metadata.sorted_tables:
            before = current.rows.get(table.name, {})
            for key, row in target.rows.get(table.name, {}).items():
                if key in before:
                    continue
                row = dict(row)
                for foreign in table.foreign_keys:
                    column = foreign.parent.name
                    if foreign.column.table is table and row.get(column) is not None:
                        later.append((table, key, {column: row[column]}))
                        row[column] = None
                session.execute(table.insert().values(row))
        for table in Base.metadata.sorted_tables:
            before = current.rows.get(table.name, {})
            for key, row in target.rows.get(table.name, {}).items():
                if key in before and before[key] != row:
                    session.execute(update(table).where(_where(table, key)).values(row))
        for table, key, values in later:
            session.execute(update(table).where(_where(table, key)).values(values))
        for table in reversed(Base.metadata.sorted_tables):
            wanted = target.rows.get(table.name, {})
            for key in current.rows.get(table.name, {}):
                if key not in wanted:
                    session.execute(delete(table).where(_where(table, key)))


def _where(table: Table, key: tuple[Any, ...]) -> Any:
    return and_(*(column == value for column, value in zip(table.primary_key, key, strict=True)))


# --- the version an undo expects ------------------------------------------------------

VERSIONED: dict[str, type[Record]] = {
    "organisation": Organisation,
    "contact": Contact,
    "meeting": Interaction,
    "promise": Promise,
}


def current_version(journal: Journal, kind: str, record_id: int) -> int | None:
    """The record's version now (None if it is gone), so undo can refuse a newer save."""
    from bigjournal.model import Member

    entity = VERSIONED.get(kind, Member if kind == "member" else None)
    if entity is None:
        raise ValueError(f"unknown kind: {kind}")
    with journal.reading() as session:
        return session.scalar(select(entity.version).where(entity.id == record_id))
