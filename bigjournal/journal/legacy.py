"""The legacy report's content: every relationship's outcomes, track record and
current holders, for the end of a programme or a change of chair (issue 21, item 4).

Read in one transaction with a handful of aggregate queries (track records for the
whole journal at once, every outcome, every current contact), so a journal of any
size is read in the same few statements.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bigjournal.journal.briefing import Partnership, read_partnership
from bigjournal.journal.outcomes import OutcomeRow, read_outcomes, total_pence
from bigjournal.journal.records import Ref, TrackRecord, TrackRecords
from bigjournal.journal.track_record import track_records_by_organisation
from bigjournal.journal.validation import today_or
from bigjournal.model import Contact, Organisation
from bigjournal.model.vocabulary import Beneficiary
from bigjournal.store import Journal

#: Their current people named for one relationship (the rest are counted).
CONTACTS_NAMED = 6


@dataclass(frozen=True, slots=True)
class LegacyRelationship:
    """One organisation as a successor needs it: who holds it, how promises went,
    and what it achieved."""

    organisation: Ref
    kind: str
    part_of: str
    relationship: str
    since: date | None
    #: Our side: "Aisha Rahman (Chair)".
    holders: tuple[str, ...]
    #: Their side, current people: "Karen Booth, Community Investment Lead".
    contacts: tuple[str, ...]
    contacts_total: int
    track_records: TrackRecords
    outcomes: tuple[OutcomeRow, ...]

    @property
    def funding_pence(self) -> int:
        return total_pence(self.outcomes)


@dataclass(frozen=True, slots=True)
class LegacyReport:
    partnership: Partnership
    today: date
    relationships: tuple[LegacyRelationship, ...]

    @property
    def outcomes(self) -> tuple[OutcomeRow, ...]:
        return tuple(o for r in self.relationships for o in r.outcomes)

    @property
    def funding_pence(self) -> int:
        return total_pence(self.outcomes)

    def benefiting(self) -> dict[Beneficiary, int]:
        """How many outcomes benefit each side, every side named (0 when none)."""
        counted = Counter(o.beneficiary for o in self.outcomes)
        return {side: counted.get(side, 0) for side in Beneficiary}


def legacy_report(journal: Journal, *, today: date | None = None) -> LegacyReport:
    """Every relationship worth handing on, by name: an organisation with a type of
    relationship, someone holding it, an outcome, or a promise either way."""
    today = today_or(today)
    with journal.reading() as session:
        records = track_records_by_organisation(session, today)
        outcomes: dict[int, list[OutcomeRow]] = {}
        for row in read_outcomes(session):
            outcomes.setdefault(row.organisation.id, []).append(row)
        people: dict[int, list[str]] = {}
        for organisation_id, name, title, role in session.execute(
            select(Contact.organisation_id, Contact.name, Contact.title, Contact.role)
            .where(Contact.left_on.is_(None))
            .order_by(Contact.organisation_id, Contact.sort_name, Contact.id)
        ):
            named = f"{title} {name}".strip() if title else name
            people.setdefault(organisation_id, []).append(f"{named}, {role}" if role else named)
        partnership = read_partnership(session, journal)
        roles = {member.id: member.role.label for member in partnership.members}
        found = session.scalars(
            select(Organisation)
            .options(selectinload(Organisation.holders), selectinload(Organisation.parent))
            .order_by(Organisation.sort_name, func.lower(Organisation.name), Organisation.id)
        ).all()
        relationships = []
        for organisation in found:
            track = records.get(organisation.id, TrackRecords(TrackRecord(), TrackRecord()))
            has_promises = any(
                side.due or side.open_not_due or side.released
                for side in (track.theirs, track.ours)
            )
            if not (
                organisation.relationship_type
                or organisation.holders
                or organisation.id in outcomes
                or has_promises
            ):
                continue
            theirs = people.get(organisation.id, [])
            relationships.append(
                LegacyRelationship(
                    organisation=Ref(organisation.id, organisation.uuid, organisation.name),
                    kind=organisation.kind.label,
                    part_of=organisation.parent.name if organisation.parent else "",
                    relationship=(
                        organisation.relationship_type.label
                        if organisation.relationship_type
                        else ""
                    ),
                    since=organisation.relationship_since,
                    holders=tuple(
                        f"{m.name} ({roles[m.id]})" if m.id in roles else m.name
                        for m in organisation.holders
                    ),
                    contacts=tuple(theirs[:CONTACTS_NAMED]),
                    contacts_total=len(theirs),
                    track_records=track,
                    outcomes=tuple(outcomes.get(organisation.id, ())),
                )
            )
        return LegacyReport(partnership, today, tuple(relationships))
