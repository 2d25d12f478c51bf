"""Track records: of the promises that fell due, how many were kept, late, broken.

Computed in one aggregate query, so it stays fast on a journal of any size.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from bigjournal.journal.records import TrackRecord, TrackRecords
from bigjournal.model import Promise
from bigjournal.model.vocabulary import PromiseStatus, Side


def _count(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def track_records_for(session: Session, where: Any, today: date) -> TrackRecords:
    """Theirs and ours for the promises matching ``where``."""
    kept = Promise.status == PromiseStatus.KEPT
    is_open = Promise.status == PromiseStatus.OPEN
    late = and_(Promise.due_on.is_not(None), Promise.status_on > Promise.due_on)
    rows = session.execute(
        select(
            Promise.side,
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
        )
        .where(where)
        .group_by(Promise.side)
    ).all()
    by_side = {Side(row[0]): TrackRecord(*(int(n) for n in row[1:])) for row in rows}
    return TrackRecords(
        theirs=by_side.get(Side.THEIRS, TrackRecord()),
        ours=by_side.get(Side.OURS, TrackRecord()),
    )
