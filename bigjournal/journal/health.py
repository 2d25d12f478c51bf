"""A relationship's health, in words with its reasons, from what the journal knows.

Issue 21, item 2. The research warns against a single score: relationships "ebb and
flow", and a number nobody can explain helps no one. So the indicator is a word
(:class:`HealthWord`: growing, steady, needs attention, at risk, just starting) with
the reasons that led to it, each something a volunteer can check and act on:

- the agreed rhythm of contact, kept or lapsed (or no contact for over a year);
- promises kept on both sides (of those that fell due);
- a relationship hanging on one contact or one member, or on nobody;
- handovers still pending after someone left;
- the latest check-in on the eight criteria, once check-ins are recorded: pass a
  :class:`CheckInTrend` (criteria rated higher or lower than at the check-in before).

:func:`assess` is the rule, on plain :class:`HealthFacts`; :func:`health_of_detail`
reads them from an organisation's page (no queries), :func:`health_of_organisations`
from the whole journal in a handful of aggregate queries (the organisation list).
Both give the same answer for the same organisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import Session

from bigjournal.journal.records import (
    Health,
    HealthWord,
    OrganisationDetail,
    TrackRecord,
    TrackRecords,
)
from bigjournal.journal.track_record import track_records_by_organisation
from bigjournal.journal.validation import today_or
from bigjournal.model import (
    CheckIn,
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Outcome,
    interaction_organisations,
    relationship_holders,
)
from bigjournal.model.vocabulary import Criterion
from bigjournal.store import Journal
from bigjournal.wording import count

#: With no rhythm agreed, this long without contact is a reason for concern.
QUIET_WITHOUT_RHYTHM_DAYS = 365
#: Of the promises that fell due, kept at least this share counts in the relationship's
#: favour; below ``POOR_SHARE``, against it.
GOOD_SHARE = 0.8
POOR_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class CheckInTrend:
    """What the latest check-in says against the one before (issue 21, item 1).

    ``lower`` and ``higher`` name the criteria (as said: "trust", "shared goals")
    rated lower or higher than at the check-in of ``since``.
    """

    held_on: date
    since: date | None = None
    lower: tuple[str, ...] = ()
    higher: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HealthFacts:
    """What the indicator is made from, for one relationship.

    ``contacts`` and ``holders`` are None for a department or team: its people and
    holders count towards the organisation it is part of, as Today counts them.
    """

    contact_every_days: int | None
    last_contact_on: date | None
    relationship_since: date | None
    theirs: TrackRecord
    ours: TrackRecord
    contacts: int | None = None
    only_contact: str | None = None
    holders: int | None = None
    only_holder: str | None = None
    #: Who left (a name each) with their handover still pending.
    pending_handovers: tuple[str, ...] = ()
    check_in: CheckInTrend | None = None
    #: Outcomes achieved in the year to today (its departments' too): what the
    #: relationship delivers (the 2022 report's section 4) weighs for it.
    outcomes_in_year: int = 0


def assess(facts: HealthFacts, today: date) -> Health:
    """The word and its reasons. Each reason weighs for (+) or against (-); the word
    comes from their balance, and a serious reason (a lapsed rhythm, a relationship
    hanging on nobody) keeps it from "steady" or "growing" however the rest goes."""
    signals: list[tuple[int, str]] = []
    signals += _rhythm(facts, today)
    signals += _promises("they", facts.theirs)
    signals += _promises("we", facts.ours)
    signals += _people(facts)
    if facts.pending_handovers:
        names = facts.pending_handovers
        if len(names) == 1:
            signals.append((-1, f"handover pending since {names[0]} left"))
        else:
            pending = f"{count(len(names), 'handover')} pending ({', '.join(names[:3])})"
            signals.append((-1, pending))
    signals += _check_in(facts.check_in, today)
    if facts.outcomes_in_year:
        signals.append((1, f"{count(facts.outcomes_in_year, 'outcome')} achieved this year"))
    reasons = tuple(reason for _weight, reason in signals)
    starting = (
        facts.last_contact_on is None
        and facts.theirs.due == 0
        and facts.ours.due == 0
        and facts.check_in is None
    )
    if starting:
        return Health(HealthWord.JUST_STARTING, reasons)
    score = sum(weight for weight, _reason in signals)
    serious = any(weight <= -2 for weight, _reason in signals)
    if score >= 2 and not serious:
        word = HealthWord.GROWING
    elif score >= 0 and not serious:
        word = HealthWord.STEADY
    elif score >= -2:
        word = HealthWord.NEEDS_ATTENTION
    else:
        word = HealthWord.AT_RISK
    return Health(word, reasons)


def rhythm_words(days: int) -> str:
    """An agreed rhythm as said: "4 weeks", "week", "month", "3 months", "10 days"."""
    if days % 7 == 0:
        weeks = days // 7
        return "week" if weeks == 1 else f"{weeks} weeks"
    if days in (30, 31):
        return "month"
    if days % 30 == 0:
        return count(days // 30, "month")
    if days in (365, 366):
        return "year"
    return count(days, "day")


def _ago(days: int) -> str:
    if days < 60:
        return count(days, "day")
    if days < 730:
        return count(days // 30, "month")
    return count(days // 365, "year")


def _rhythm(facts: HealthFacts, today: date) -> list[tuple[int, str]]:
    last = facts.last_contact_on
    every = facts.contact_every_days
    if every:
        said = f"contact every {rhythm_words(every)}"
        anchor = last or facts.relationship_since
        if anchor is None:
            return [(0, f"{said} agreed; no contact yet")]
        due = anchor + timedelta(days=every)
        if due >= today:
            return [(1, f"{said} kept")] if last is not None else [(0, f"{said} agreed")]
        if last is None:
            return [(-2, f"{said} lapsed: no contact yet")]
        return [(-2, f"{said} lapsed: last contact {_ago((today - last).days)} ago")]
    if last is None:
        return [(0, "no meetings recorded yet")]
    quiet = (today - last).days
    if quiet > QUIET_WITHOUT_RHYTHM_DAYS:
        return [(-1, f"no contact for {_ago(quiet)}, and no regular contact agreed")]
    return [(0, "no regular contact agreed")]


def _promises(who: str, record: TrackRecord) -> list[tuple[int, str]]:
    if record.due == 0:
        return []
    noun = "promise" if record.due == 1 else "promises"
    said = f"{who} kept {record.kept:,} of {record.due:,} {noun}"
    share = record.kept / record.due
    if share >= GOOD_SHARE:
        return [(1, said)]
    if share < POOR_SHARE:
        return [(-1, said)]
    return [(0, said)]


def _people(facts: HealthFacts) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    if facts.contacts is not None:
        if facts.contacts == 0:
            found.append((-2, "no contact there yet"))
        elif facts.contacts == 1:
            found.append((-1, f"only one contact ({facts.only_contact})"))
        else:
            found.append((0, f"{count(facts.contacts, 'contact')} there"))
    if facts.holders is not None:
        if facts.holders == 0:
            found.append((-2, "nobody holds the relationship"))
        elif facts.holders == 1:
            found.append((-1, f"held by one member only ({facts.only_holder})"))
    return found


def _check_in(trend: CheckInTrend | None, today: date) -> list[tuple[int, str]]:
    if trend is None:
        return []
    since = trend.since or trend.held_on
    when = f"{since:%B}" if since.year == today.year else f"{since:%B %Y}"
    found: list[tuple[int, str]] = []
    if trend.lower:
        found.append((-1, f"{_listed(trend.lower)} rated lower since {when}"))
    if trend.higher:
        found.append((1, f"{_listed(trend.higher)} rated higher since {when}"))
    return found


def _listed(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- reading the facts ----------------------------------------------------------------

#: Each criterion as said in a reason ("trust rated lower since March").
CRITERIA_SAID = {
    Criterion.MUTUAL_KNOWLEDGE: "mutual knowledge",
    Criterion.UNDERSTANDING: "understanding",
    Criterion.TRUST: "trust",
    Criterion.RESPECT: "respect",
    Criterion.COMMON_LANGUAGE: "common language",
    Criterion.SHARED_GOALS: "shared goals",
    Criterion.DEFINED_ROLES: "defined roles",
    Criterion.CAPACITY: "capacity to follow through",
}


@cache
def _trend_select(some: bool) -> Any:
    """Every check-in's ratings, newest first per organisation (built once: the
    organisation page runs it each time it is shown)."""
    columns = [getattr(CheckIn, criterion.value) for criterion in CRITERIA_SAID]
    query = select(CheckIn.organisation_id, CheckIn.held_on, *columns).order_by(
        CheckIn.organisation_id, CheckIn.held_on.desc(), CheckIn.id.desc()
    )
    if some:
        query = query.where(CheckIn.organisation_id.in_(bindparam("ids", expanding=True)))
    return query


def check_in_trends(
    reader: Session | Connection, organisation_ids: Iterable[int] | None = None
) -> dict[int, CheckInTrend]:
    """Per organisation, its latest check-in against the one before: which criteria
    were rated lower or higher (a criterion left unrated either time is not compared)."""
    parameters = {} if organisation_ids is None else {"ids": list(organisation_ids)}
    latest: dict[int, list[Any]] = {}
    for row in reader.execute(_trend_select(organisation_ids is not None), parameters):
        kept = latest.setdefault(row[0], [])
        if len(kept) < 2:
            kept.append(row)
    trends: dict[int, CheckInTrend] = {}
    for organisation_id, rows in latest.items():
        now = rows[0]
        if len(rows) == 1:
            trends[organisation_id] = CheckInTrend(held_on=now[1])
            continue
        before = rows[1]
        lower, higher = [], []
        for index, said in enumerate(CRITERIA_SAID.values(), start=2):
            if now[index] is None or before[index] is None:
                continue
            if now[index] < before[index]:
                lower.append(said)
            elif now[index] > before[index]:
                higher.append(said)
        trends[organisation_id] = CheckInTrend(now[1], before[1], tuple(lower), tuple(higher))
    return trends


#: How far back an outcome counts for a relationship's health.
OUTCOME_YEAR_DAYS = 365


@cache
def _outcomes_select(some: bool) -> Any:
    query = (
        select(Outcome.organisation_id, func.count())
        .where(Outcome.achieved_on > bindparam("since"), Outcome.achieved_on <= bindparam("on"))
        .group_by(Outcome.organisation_id)
    )
    if some:
        query = query.where(Outcome.organisation_id.in_(bindparam("ids", expanding=True)))
    return query


def outcomes_in_year(
    reader: Session | Connection, today: date, organisation_ids: Iterable[int] | None = None
) -> dict[int, int]:
    """Per organisation (its own, not its departments'), the outcomes of the year to today."""
    parameters: dict[str, Any] = {"since": today - timedelta(days=OUTCOME_YEAR_DAYS), "on": today}
    if organisation_ids is not None:
        parameters["ids"] = list(organisation_ids)
    rows = reader.execute(_outcomes_select(organisation_ids is not None), parameters)
    return {organisation_id: number for organisation_id, number in rows}


def facts_of_detail(
    detail: OrganisationDetail,
    *,
    check_in: CheckInTrend | None = None,
    outcomes_in_year: int = 0,
) -> HealthFacts:
    """The facts of an organisation's page (its departments included), read no further."""
    active = [c for c in detail.contacts if c.is_active]
    top = detail.parent is None
    return HealthFacts(
        contact_every_days=detail.contact_every_days,
        last_contact_on=detail.last_contact_on,
        relationship_since=detail.relationship_since,
        theirs=detail.track_records.theirs,
        ours=detail.track_records.ours,
        contacts=len(active) if top else None,
        only_contact=active[0].name if top and len(active) == 1 else None,
        holders=len(detail.holders) if top else None,
        only_holder=detail.holders[0].name if top and len(detail.holders) == 1 else None,
        pending_handovers=tuple(
            h.leaver.name
            for h in sorted(detail.handovers, key=lambda h: (h.left_on, h.id))
            if h.is_pending and not h.leaver_is_member
        ),
        check_in=check_in,
        outcomes_in_year=outcomes_in_year,
    )


def health_of_detail(
    detail: OrganisationDetail,
    today: date,
    *,
    check_in: CheckInTrend | None = None,
    outcomes_in_year: int = 0,
) -> Health:
    """The health of the relationship an organisation's page shows."""
    facts = facts_of_detail(detail, check_in=check_in, outcomes_in_year=outcomes_in_year)
    return assess(facts, today)


def health_of_organisations(
    journal: Journal,
    *,
    today: date | None = None,
    check_ins: Mapping[int, CheckInTrend] | None = None,
) -> dict[int, Health]:
    """Every organisation's health (by id), each with its departments, in a handful of
    aggregate queries: for the organisation list, sorted by health. ``check_ins`` (by
    organisation) replaces the trends read from the recorded check-ins."""
    today = today_or(today)
    with journal.reading() as session:
        facts = read_health_facts(session, today, check_ins=check_ins)
    return {organisation_id: assess(f, today) for organisation_id, f in facts.items()}


def read_health_facts(
    session: Session, today: date, *, check_ins: Mapping[int, CheckInTrend] | None = None
) -> dict[int, HealthFacts]:
    """:class:`HealthFacts` of every organisation, as :func:`facts_of_detail` reads one."""
    organisations = session.execute(
        select(
            Organisation.id,
            Organisation.parent_id,
            Organisation.contact_every_days,
            Organisation.relationship_since,
        )
    ).all()
    parents = {row.id: row.parent_id for row in organisations}

    def with_above(organisation_id: int) -> list[int]:
        """The organisation and every one it is part of (a loop in bad data ends)."""
        chain = [organisation_id]
        above = parents.get(organisation_id)
        while above is not None and above not in chain:
            chain.append(above)
            above = parents.get(above)
        return chain

    chains = {organisation_id: with_above(organisation_id) for organisation_id in parents}
    last: dict[int, date] = {}
    for organisation_id, on in session.execute(_last_contact()):
        for up in chains.get(organisation_id, ()):
            if up not in last or last[up] < on:
                last[up] = on
    records: dict[int, list[TrackRecords]] = {}
    for organisation_id, record in track_records_by_organisation(session, today).items():
        for up in chains.get(organisation_id, ()):
            records.setdefault(up, []).append(record)
    contacts: dict[int, list[str]] = {}
    for organisation_id, name in session.execute(
        select(Contact.organisation_id, Contact.name)
        .where(Contact.left_on.is_(None))
        .order_by(func.lower(Contact.name), Contact.id)
    ):
        for up in chains.get(organisation_id, ()):
            contacts.setdefault(up, []).append(name)
    holders: dict[int, list[str]] = {}
    for organisation_id, name in session.execute(
        select(relationship_holders.c.organisation_id, Member.name)
        .join(Member, Member.id == relationship_holders.c.member_id)
        .order_by(Member.name)
    ):
        holders.setdefault(organisation_id, []).append(name)
    pending: dict[int, list[str]] = {}
    for organisation_id, name in session.execute(
        select(Contact.organisation_id, Contact.name)
        .join(Handover, Handover.contact_id == Contact.id)
        .where(Handover.completed_on.is_(None))
        .order_by(Handover.left_on, Handover.id)
    ):
        for up in chains.get(organisation_id, ()):
            pending.setdefault(up, []).append(name)
    trends = check_in_trends(session) if check_ins is None else check_ins
    achieved: dict[int, int] = {}
    for organisation_id, number in outcomes_in_year(session, today).items():
        for up in chains.get(organisation_id, ()):
            achieved[up] = achieved.get(up, 0) + number
    found: dict[int, HealthFacts] = {}
    for row in organisations:
        top = row.parent_id is None
        people = contacts.get(row.id, [])
        holding = holders.get(row.id, [])
        found[row.id] = HealthFacts(
            contact_every_days=row.contact_every_days,
            last_contact_on=last.get(row.id),
            relationship_since=row.relationship_since,
            theirs=_sum(r.theirs for r in records.get(row.id, [])),
            ours=_sum(r.ours for r in records.get(row.id, [])),
            contacts=len(people) if top else None,
            only_contact=people[0] if top and len(people) == 1 else None,
            holders=len(holding) if top else None,
            only_holder=holding[0] if top and len(holding) == 1 else None,
            pending_handovers=tuple(pending.get(row.id, [])),
            check_in=trends.get(row.id),
            outcomes_in_year=achieved.get(row.id, 0),
        )
    return found


def _last_contact() -> Any:
    """Per organisation, its own latest contact that took place (not a plan)."""
    link = interaction_organisations.c
    return (
        select(link.organisation_id, func.max(Meeting.occurred_on))
        .join(Meeting, Meeting.id == link.interaction_id)
        .where(Meeting.is_planned.is_(False))
        .group_by(link.organisation_id)
    )


def _sum(records: Iterable[TrackRecord]) -> TrackRecord:
    totals = dict.fromkeys((f.name for f in fields(TrackRecord)), 0)
    for record in records:
        for name in totals:
            totals[name] += getattr(record, name)
    return TrackRecord(**totals)
