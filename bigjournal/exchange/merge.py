"""Bringing a checked archive into a journal: a preview first, then one transaction.

Records are matched by ``uuid``. A record the journal lacks is added; one it has is
updated when the archive's copy was edited later (``updated_at``), and otherwise
left as it is, so importing the same archive twice changes nothing the second time.
The rows of a link table (who attended a meeting, who holds a relationship) belong
to their owner record and travel with it. An archive cannot delete: records the
journal has and the archive lacks stay. Into an empty journal, an import reproduces
the exported journal exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from bigjournal.exchange.archive import Archive
from bigjournal.exchange.errors import ArchiveError
from bigjournal.exchange.progress import CancelSignal, Monitor, ProgressCallback
from bigjournal.exchange.schema import REFERENCE, TableSpec, label, table_specs
from bigjournal.store import Journal
from bigjournal.store.search_index import triggers_suspended

CHUNK = 500
ANALYZE_AFTER_ROWS = 1000


@dataclass(frozen=True, slots=True)
class TableChanges:
    """What an import does to one kind of record."""

    table: str
    label: str
    added: int
    updated: int
    unchanged: int
    kept_newer: int  # the journal's own copy was edited later, so it stays


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import will do (before) or did (after); the dialog shows this."""

    tables: tuple[TableChanges, ...]
    into_empty_journal: bool
    archive_created_at: datetime
    partnership: str
    left_out: dict[str, tuple[str, ...]]

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tables)

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tables)

    @property
    def changes_nothing(self) -> bool:
        return self.added == 0 and self.updated == 0

    def table(self, name: str) -> TableChanges:
        return next(t for t in self.tables if t.table == name)


@dataclass(slots=True)
class _TablePlan:
    spec: TableSpec
    added: list[dict[str, Any]]
    updated: list[tuple[dict[str, Any], int, int]]  # row, existing id, new version
    unchanged: int
    kept_newer: int
    replaced_owners: frozenset[str] = frozenset()  # link tables: updated owners' uuids


# Above this many rows written, the search index is rebuilt once instead of row by row.
BULK_INDEX_ROWS = 5_000


def preview_import(journal: Journal, archive: Archive) -> ImportPreview:
    """What importing ``archive`` would add and update, without changing anything."""
    with journal.reading() as session:
        plans, empty = _plan(session, archive)
    return _preview(archive, plans, empty)


def import_archive(
    journal: Journal,
    archive: Archive,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelSignal | None = None,
) -> ImportPreview:
    """Import in one transaction: all of it, or (on any error or cancel) nothing."""
    monitor = Monitor(progress, cancel, stopped_message="Import stopped: nothing was changed.")
    try:
        with journal.transaction() as session:
            plans, empty = _plan(session, archive)
            rows = sum(len(plan.added) + len(plan.updated) for plan in plans)
            if rows >= BULK_INDEX_ROWS:
                # A trigger per row costs more than the import itself on a big archive.
                with triggers_suspended(session.connection()):
                    _apply(session, archive, plans, monitor)
            else:
                _apply(session, archive, plans, monitor)
            _refuse_loops(session)
            monitor.stage("Saving")
            monitor.check()
    except (IntegrityError, StatementError) as error:
        if isinstance(error, DBAPIError) and not isinstance(error, IntegrityError):
            raise
        raise ArchiveError(
            "The archive holds a record this journal cannot accept "
            f"({_reason(error)}). Nothing was imported."
        ) from error
    done = _preview(archive, plans, empty)
    if done.added + done.updated >= ANALYZE_AFTER_ROWS:
        _analyze(journal)
    return done


def _refuse_loops(session: Session) -> None:
    """A part of an organisation may not, however indirectly, contain itself."""
    for spec in table_specs():
        for name in spec.self_references:
            if name != "parent_uuid":
                continue  # a successor chain may come back round; a parent chain may not
            column = spec.table.c[spec.field(name).column_name]
            parents = dict(session.execute(select(spec.table.c.id, column)).all())
            for start in parents:
                seen = set()
                current: int | None = start
                while current is not None:
                    if current in seen:
                        raise ArchiveError(
                            f"The archive would make one of the {label(spec.name)} part of "
                            "itself (through its parents), so it was not imported. Nothing "
                            "was changed."
                        )
                    seen.add(current)
                    current = parents.get(current)


def _reason(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0][:200]


def _analyze(journal: Journal) -> None:
    """Fresh statistics after a big import, so SQLite keeps choosing good indexes."""
    with journal.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()


def _preview(archive: Archive, plans: list[_TablePlan], empty: bool) -> ImportPreview:
    return ImportPreview(
        tables=tuple(
            TableChanges(
                table=plan.spec.name,
                label=label(plan.spec.name),
                added=len(plan.added),
                updated=len(plan.updated),
                unchanged=plan.unchanged,
                kept_newer=plan.kept_newer,
            )
            for plan in plans
            if plan.spec.owner is None
        ),
        into_empty_journal=empty,
        archive_created_at=archive.manifest.created_at,
        partnership=archive.manifest.partnership,
        left_out=archive.manifest.left_out,
    )


def _existing(session: Session, spec: TableSpec) -> dict[Any, tuple[int | None, datetime, int]]:
    """The journal's rows by identity: (id, updated_at, version)."""
    table = spec.table
    if spec.is_record:
        query = select(table.c.uuid, table.c.id, table.c.updated_at, table.c.version)
        return {uuid: (id_, stamp, version) for uuid, id_, stamp, version in session.execute(query)}
    (key_field,) = spec.identity
    key_column = table.c[spec.field(key_field).column_name]
    keys: Sequence[tuple[Any, datetime]] = session.execute(
        select(key_column, table.c.updated_at)
    ).all()
    return {key: (None, stamp, 0) for key, stamp in keys}


def _plan(session: Session, archive: Archive) -> tuple[list[_TablePlan], bool]:
    plans: list[_TablePlan] = []
    empty = True
    changed_owners: dict[str, set[str]] = {}
    updated_owners: dict[str, frozenset[str]] = {}
    for spec in table_specs():
        incoming = archive.rows.get(spec.name, [])
        if spec.owner is not None:
            owner_table = spec.field(spec.owner).target
            assert owner_table is not None
            owners = changed_owners[owner_table]
            rows = [row for row in incoming if row[spec.owner] in owners]
            plans.append(
                _TablePlan(
                    spec, rows, [], len(incoming) - len(rows), 0, updated_owners[owner_table]
                )
            )
            continue
        if not spec.has_updated_at or len(spec.identity) != 1:  # pragma: no cover
            raise TypeError(f"{spec.name}: no rule for merging this table")
        existing = _existing(session, spec)
        if spec.is_record and existing:
            empty = False
        (key,) = spec.identity
        plan = _TablePlan(spec, [], [], 0, 0)
        for row in incoming:
            found = existing.get(row[key])
            if found is None:
                plan.added.append(row)
            elif row["updated_at"] > found[1]:
                id_, _, version = found
                new_version = max(version + 1, row.get("version") or 0)
                plan.updated.append((row, id_ or 0, new_version))
            elif row["updated_at"] == found[1]:
                plan.unchanged += 1
            else:
                plan.kept_newer += 1
        if spec.is_record:
            changed_owners[spec.name] = {row["uuid"] for row in plan.added} | {
                row["uuid"] for row, _, _ in plan.updated
            }
            updated_owners[spec.name] = frozenset(row["uuid"] for row, _, _ in plan.updated)
        plans.append(plan)
    return plans, empty


def _apply(session: Session, archive: Archive, plans: list[_TablePlan], monitor: Monitor) -> None:
    total = sum(len(p.added) + len(p.updated) for p in plans)
    monitor.start(total, "Writing into the journal")
    ids: dict[str, dict[str, int]] = {}
    for plan in plans:
        spec = plan.spec
        monitor.stage(f"Writing {label(spec.name)}")
        if spec.is_record:
            table = spec.table
            ids[spec.name] = dict(session.execute(select(table.c.uuid, table.c.id)).all())
        if spec.owner is not None:
            _replace_links(session, plan, ids, monitor)
        elif spec.is_record:
            _write_records(session, archive, plan, ids, monitor)
        else:
            _write_keyed(session, plan, monitor)


def _values(
    spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]], skip: Iterable[str] = ()
) -> tuple[dict[str, Any], dict[str, str]]:
    """Column values for one row, and the self-references that must wait for phase two."""
    values: dict[str, Any] = {}
    waiting: dict[str, str] = {}
    skipped = set(skip)
    for f in spec.fields:
        if f.name in skipped:
            continue
        value = row[f.name]
        if f.kind == REFERENCE and value is not None:
            assert f.target is not None
            target_id = ids[f.target].get(value)
            if target_id is None:
                if f.target != spec.name:  # pragma: no cover - references were checked
                    raise ArchiveError("The archive refers to a record that is not there.")
                waiting[f.column_name] = value
            value = target_id
        values[f.column_name] = value
    return values, waiting


def _write_records(
    session: Session,
    archive: Archive,
    plan: _TablePlan,
    ids: dict[str, dict[str, int]],
    monitor: Monitor,
) -> None:
    spec = plan.spec
    table = spec.table
    later: list[tuple[str, dict[str, str], dict[str, Any]]] = []
    # Columns SQLAlchemy would stamp on any UPDATE (updated_at, updated_by): phase two
    # must write the archive's values back, or a self-reference would change them.
    stamped = [c.name for c in table.c if c.onupdate is not None]
    for start in range(0, len(plan.added), CHUNK):
        batch = plan.added[start : start + CHUNK]
        params = []
        for row in batch:
            values, waiting = _values(spec, row, ids)
            if waiting:
                later.append((row["uuid"], waiting, {c: row.get(c) for c in stamped}))
            params.append(values)
        session.execute(insert(table), params)
        inserted = [row["uuid"] for row in batch]
        ids[spec.name].update(
            session.execute(
                select(table.c.uuid, table.c.id).where(table.c.uuid.in_(inserted))
            ).all()
        )
        monitor.advance(len(batch))
    # A record the journal already has keeps what the exporter left out on purpose.
    left_out = set(archive.manifest.left_out.get(spec.name, ()))
    skip = [f.name for f in spec.fields if f.column_name in left_out] + ["uuid"]
    columns = [f.column_name for f in spec.fields if f.name not in skip]
    # Columns made from the name (sort keys) are not in archives: made again here.
    derived = [c for c in table.c if c.info.get("derived") and c.info["derived"][0] in columns]
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({name: bindparam(f"_{name}") for name in [*columns, *(c.name for c in derived)]})
    )
    for start in range(0, len(plan.updated), CHUNK):
        changed = plan.updated[start : start + CHUNK]
        params = []
        for row, id_, version in changed:
            values, waiting = _values(spec, row, ids, skip)
            values["version"] = version
            if waiting:
                later.append((row["uuid"], waiting, {c: row.get(c) for c in stamped}))
            for column in derived:
                source, key = column.info["derived"]
                values[column.name] = key(values[source] or "")
            params.append({"_id": id_, **{f"_{k}": v for k, v in values.items()}})
        session.connection().execute(statement, params)
        monitor.advance(len(changed))
    # Phase two: self-references (a parent organisation, a successor) once all exist.
    for uuid, waiting, stamps in later:
        session.execute(
            update(table)
            .where(table.c.id == ids[spec.name][uuid])
            .values({**{c: ids[spec.name][v] for c, v in waiting.items()}, **stamps})
        )
        monitor.check()


def _replace_links(
    session: Session, plan: _TablePlan, ids: dict[str, dict[str, int]], monitor: Monitor
) -> None:
    spec = plan.spec
    assert spec.owner is not None
    owner = spec.field(spec.owner)
    assert owner.target is not None
    owner_column = spec.table.c[owner.column_name]
    owner_ids = sorted(ids[owner.target][uuid] for uuid in plan.replaced_owners)
    # Owners being updated may have had other links: the archive's set replaces them.
    for start in range(0, len(owner_ids), CHUNK):
        session.execute(
            delete(spec.table).where(owner_column.in_(owner_ids[start : start + CHUNK]))
        )
    for start in range(0, len(plan.added), CHUNK):
        batch = plan.added[start : start + CHUNK]
        session.execute(insert(spec.table), [_values(spec, row, ids)[0] for row in batch])
        monitor.advance(len(batch))


def _write_keyed(session: Session, plan: _TablePlan, monitor: Monitor) -> None:
    """Tables identified by a key of their own (settings)."""
    spec = plan.spec
    (key_field,) = spec.identity
    key_column = spec.table.c[spec.field(key_field).column_name]
    no_ids: dict[str, dict[str, int]] = {}
    if plan.added:
        session.execute(insert(spec.table), [_values(spec, row, no_ids)[0] for row in plan.added])
    for row, _, _ in plan.updated:
        values, _ = _values(spec, row, no_ids)
        session.execute(update(spec.table).where(key_column == row[key_field]).values(values))
    monitor.advance(len(plan.added) + len(plan.updated))
