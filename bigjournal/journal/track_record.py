"""Track records: of the promises that fell due, how many were kept, late, broken.

Computed in one aggregate query, so it stays fast on a journal of any size.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from bigjournal.journal.records import TrackRecord, TrackRecords
from bigjournal.model import Promise
from bigjournal.model.vocabulary import PromiseStatus, Side


def _count(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


@cache
def _track_select() -> Select[Any]:
    """The six counts per side, ``today`` a parameter; add ``where``.

    Built once: its dozen CASE expressions cost more to build (and to key for the
    compiled cache) than the query takes to run on one organisation.
    """
    return select(Promise.side, *_counts()).group_by(Promise.side)


@cache
def _by_organisation_select() -> Select[Any]:
    """The six counts per organisation and side, over the whole journal."""
    return select(Promise.organisation_id, Promise.side, *_counts()).group_by(
        Promise.organisation_id, Promise.side
    )


def _counts() -> list[Any]:
    today = bindparam("today", type_=Promise.due_on.type)
    kept = Promise.status == PromiseStatus.KEPT
    is_open = Promise.status == PromiseStatus.OPEN
    late = and_(Promise.due_on.is_not(None), Promise.status_on > Promise.due_on)
    return [
        _count(
            and_(
                kept,
                or_(
                    Promise.due_on.is_(None),
                    Promise.status_on.is_(None),
                    Promise.status_on <= Promise.due_on,
                ),
            )
        ),
        _count(and_(kept, late)),
        _count(Promise.status == PromiseStatus.BROKEN),
        _count(and_(is_open, Promise.due_on < today)),
        _count(and_(is_open, or_(Promise.due_on.is_(None), Promise.due_on >= today))),
        _count(Promise.status == PromiseStatus.RELEASED),
    ]


@cache
def _organisations_track_select() -> Select[Any]:
    return _track_select().where(
        Promise.organisation_id.in_(bindparam("organisation_ids", expanding=True))
    )


def _track_records(rows: Iterable[Any]) -> TrackRecords:
    by_side = {Side(row[0]): TrackRecord(*(int(n) for n in row[1:])) for row in rows}
    return TrackRecords(
        theirs=by_side.get(Side.THEIRS, TrackRecord()),
        ours=by_side.get(Side.OURS, TrackRecord()),
    )


def track_records_for(reader: Session | Connection, where: Any, today: date) -> TrackRecords:
    """Theirs and ours for the promises matching ``where``."""
    return _track_records(reader.execute(_track_select().where(where), {"today": today}))


def track_records_of_organisations(
    reader: Session | Connection, organisation_ids: Iterable[int], today: date
) -> TrackRecords:
    """Theirs and ours for the promises with these organisations (a statement built once)."""
    return _track_records(
        reader.execute(
            _organisations_track_select(),
            {"today": today, "organisation_ids": list(organisation_ids)},
        )
    )


def track_records_by_organisation(
    reader: Session | Connection, today: date
) -> dict[int, TrackRecords]:
    """Theirs and ours for each organisation's own promises (its departments' apart),
    in one aggregate query over the whole journal."""
    found: dict[int, dict[Side, TrackRecord]] = {}
    for row in reader.execute(_by_organisation_select(), {"today": today}):
        found.setdefault(row[0], {})[Side(row[1])] = TrackRecord(*(int(n) for n in row[2:]))
    return {
        organisation_id: TrackRecords(
            theirs=sides.get(Side.THEIRS, TrackRecord()), ours=sides.get(Side.OURS, TrackRecord())
        )
        for organisation_id, sides in found.items()
    }
