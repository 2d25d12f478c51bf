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

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from bigjournal.errors import ValidationError
from bigjournal.model import Base, Contact, Interaction, Organisation, Promise
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

    ``kind`` is organisation, contact, meeting or promise; ``options`` mirror the
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
    nouns = {
        "organisations": (Organisation, "organisation"),
        "contacts": (Contact, "contact"),
        "interactions": (Interaction, "meeting"),
        "promises": (Promise, "promise"),
    }
    for name, (entity, noun) in nouns.items():
        ids = [row["id"] for row in snapshot.rows.get(name, [])]
        if ids and session.scalar(select(entity.id).where(entity.id.in_(ids)).limit(1)):
            return noun
    return None
