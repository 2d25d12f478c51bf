"""Today's agenda: what needs doing, computed in a handful of queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, exists, func, select
from sqlalchemy.orm import Session

from bigjournal.journal import settings
from bigjournal.journal.handovers import single_points_of_contact, term_warning_days, terms_ending
from bigjournal.journal.kinds import KINDS
from bigjournal.journal.organisations import last_contact_query, rolled_up_to_parents
from bigjournal.journal.records import Agenda, QuietRelationship, Ref
from bigjournal.journal.rows import (
    contact_rows,
    contact_rows_select,
    handover_rows_from,
    handover_rows_select,
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
)
from bigjournal.journal.validation import today_or
from bigjournal.model import (
    Contact,
    Handover,
    Meeting,
    Organisation,
    Promise,
    interaction_organisations,
)
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

DUE_SOON_DAYS = 7
PLANNED_AHEAD_DAYS = 7
#: A broken promise with no new date agreed is followed up on Today for this long.
FOLLOW_UP_DAYS = 90


def today_agenda(
    journal: Journal, *, today: date | None = None, limit: int | None = None
) -> Agenda:
    """Promises due within a week or overdue, lapsed rhythms, leavers, plans, risks.

    With ``limit``, each side's due promises are only the first ``limit`` (soonest due)
    and ``theirs_due_total`` / ``ours_due_total`` say how many there are: fifteen years
    of records can hold tens of thousands of overdue promises, which no screen shows
    at once and which took most of the agenda's time to load.
    """
    today = today_or(today)
    warning_days = term_warning_days(journal)
    chosen = settings.get_settings(journal)
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    due = (Promise.status == PromiseStatus.OPEN, Promise.due_on <= horizon)
    with journal.reading() as session:
        if limit is None:
            rows = promise_rows(
                session,
                promise_rows_select().where(*due).order_by(Promise.due_on, Promise.id),
            )
            theirs = tuple(r for r in rows if r.side is Side.THEIRS)
            ours = tuple(r for r in rows if r.side is Side.OURS)
            totals = {Side.THEIRS: len(theirs), Side.OURS: len(ours)}
        else:
            theirs, ours = (
                tuple(
                    promise_rows(
                        session,
                        promise_rows_select()
                        .where(*due, Promise.side == side)
                        .order_by(Promise.due_on, Promise.id)
                        .limit(max(limit, 0)),
                    )
                )
                for side in (Side.THEIRS, Side.OURS)
            )
            totals = {Side.THEIRS: 0, Side.OURS: 0}
            totals.update(
                session.execute(
                    select(Promise.side, func.count()).where(*due).group_by(Promise.side)
                ).all()
            )

        # Only relationships with an agreed rhythm can go quiet: look only at theirs.
        # Contact with a department is contact with the council it is part of.
        quiet: list[QuietRelationship] = []
        rhythmic = session.execute(
            select(
                Organisation.id,
                Organisation.uuid,
                Organisation.name,
                Organisation.contact_every_days,
                Organisation.relationship_since,
            ).where(Organisation.contact_every_days.is_not(None))
        ).all()
        last = _last_contact_of_rhythmic(session, rhythmic, today)
        for org_id, uuid, name, every, since in rhythmic:
            assert every is not None
            anchor = last.get(org_id) or since
            if anchor is None:
                continue
            due_since = anchor + timedelta(days=every)
            if due_since < today:
                quiet.append(
                    QuietRelationship(Ref(org_id, uuid, name), every, last.get(org_id), due_since)
                )
        quiet.sort(key=lambda q: q.due_since)

        any_handover = exists().where(Handover.contact_id == Contact.id)
        left = contact_rows(
            session,
            contact_rows_select()
            .where(Contact.left_on.is_not(None), ~any_handover)
            .order_by(Contact.left_on, Contact.id),
        )
        pending = handover_rows_from(
            session,
            handover_rows_select()
            .where(Handover.completed_on.is_(None))
            .order_by(Handover.left_on, Handover.id),
        )
        planned = meeting_rows(
            session,
            meeting_rows_select()
            .add_columns(Meeting.starts_at)
            .where(
                Meeting.is_planned.is_(True),
                Meeting.occurred_on >= today,
                Meeting.occurred_on <= today + timedelta(days=PLANNED_AHEAD_DAYS),
            ),
            soonest_first=True,
        )
        broken = promise_rows(
            session,
            promise_rows_select()
            .where(
                Promise.status == PromiseStatus.BROKEN,
                Promise.status_on >= today - timedelta(days=FOLLOW_UP_DAYS),
                Promise.status_on <= today,
                Promise.renewal_id.is_(None),  # type: ignore[attr-defined]
            )
            .order_by(Promise.status_on.desc(), Promise.id.desc())
            .limit(max(limit, 0) if limit is not None else None),
        )
        return Agenda(
            today=today,
            theirs_due=theirs,
            ours_due=ours,
            gone_quiet=tuple(quiet),
            left_without_handover=tuple(left),
            pending_handovers=tuple(pending),
            planned=tuple(planned),
            single_points=tuple(single_points_of_contact(session)),
            terms_ending=tuple(terms_ending(session, today, warning_days)),
            theirs_due_total=totals[Side.THEIRS],
            ours_due_total=totals[Side.OURS],
            reminders=tuple(
                declared.reminders(session, today, chosen)
                for declared in KINDS
                if declared.reminders is not None
            ),
            broken_to_follow_up=tuple(broken),
        )


def _last_contact_of_rhythmic(
    session: Session,
    rhythmic: Sequence[Row[int, str, str, int | None, date | None]],
    today: date,
) -> dict[int, date]:
    """The latest contact with each organisation that has a rhythm, or any of its parts
    (the same dates as :func:`last_contact_with_parts`, for these organisations).

    Fifteen years hold some 220,000 meeting–organisation links; most relationships were
    in touch within their rhythm, which only the recent meetings can show. So the
    meetings since the longest rhythm are read first (the date index), and only the
    organisations with no contact in that time have all their links read.
    """
    if not rhythmic:
        return {}
    parents: dict[int, int | None] = {
        org_id: parent_id
        for org_id, parent_id in session.execute(select(Organisation.id, Organisation.parent_id))
    }
    since = today - timedelta(days=max(row.contact_every_days or 0 for row in rhythmic))
    recent = _rolled_up(
        session.execute(last_contact_query().where(Meeting.occurred_on >= since)).all(),
        parents,
    )
    wanted = {row.id for row in rhythmic}
    missing = wanted - recent.keys()
    if not missing:
        return recent
    # Those organisations and every part below them: their whole history of contact.
    children: dict[int, list[int]] = {}
    for organisation, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(organisation)
    below, stack = set(missing), list(missing)
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in below:
                below.add(child)
                stack.append(child)
    older = _rolled_up(
        session.execute(
            last_contact_query().where(
                interaction_organisations.c.organisation_id.in_(sorted(below))
            )
        ).all(),
        parents,
    )
    return {**recent, **{org: on for org, on in older.items() if org in missing}}


def _rolled_up(own_rows: Sequence[Row[Any]], parents: dict[int, int | None]) -> dict[int, date]:
    """Each organisation's date, carried up to every organisation it is part of."""
    own: dict[int, date] = dict(own_rows)  # type: ignore[arg-type]
    return rolled_up_to_parents(own, parents)
