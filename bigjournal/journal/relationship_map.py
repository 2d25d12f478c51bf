"""The partnership's map: every relationship at a glance (issue 21, item 3).

The map draws the partnership in the middle and each organisation around it, grouped
by its kind, with its departments beside it. For each it needs the type of
relationship, its health in a word (:mod:`bigjournal.journal.health`, the same rule the
organisation list uses), who in the partnership holds it, how many active contacts
there are, and three warnings the research keeps finding (DOMAIN.md):

- it hangs on one person (or nobody): one active contact, or one member holding it —
  the same test as Today's "single points of contact";
- it has gone quiet: the agreed rhythm lapsed (as Today lists it), or, with no rhythm
  agreed, no contact for over a year (as the health indicator says);
- a handover is pending since someone there left.

:func:`relationship_map` reads all of it in one reading transaction with a fixed
handful of statements, whatever the number of organisations. The window
(``gui/views/map.py``) and print (``reports/map.py``) draw it the same way through
:mod:`bigjournal.journal.map_layout`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bigjournal.journal import settings
from bigjournal.journal.health import (
    QUIET_WITHOUT_RHYTHM_DAYS,
    HealthFacts,
    assess,
    read_health_facts,
)
from bigjournal.journal.records import Health, HealthWord, Ref
from bigjournal.journal.validation import today_or
from bigjournal.model import Contact, Member, Organisation, Setting, relationship_holders
from bigjournal.model.vocabulary import OrganisationKind, RelationshipType
from bigjournal.store import Journal

#: The groups of the map, in the order they go round it, each with the kinds it holds.
#: A department standing alone (no parent) is drawn with the councils.
GROUPS: tuple[tuple[str, tuple[OrganisationKind, ...]], ...] = (
    ("Councils", (OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.COUNCIL_DEPARTMENT)),
    ("Housing associations", (OrganisationKind.HOUSING_ASSOCIATION,)),
    ("Schools and colleges", (OrganisationKind.SCHOOL_OR_COLLEGE,)),
    ("Health", (OrganisationKind.HEALTH_AGENCY,)),
    ("Police", (OrganisationKind.POLICE,)),
    ("Voluntary and community", (OrganisationKind.VOLUNTARY_ORGANISATION,)),
    ("Businesses", (OrganisationKind.BUSINESS,)),
    ("Funders", (OrganisationKind.FUNDER,)),
    ("Locally Trusted Organisation", (OrganisationKind.LTO,)),
    ("Other", (OrganisationKind.OTHER,)),
)
OTHER_GROUP = "Other"


@dataclass(frozen=True, slots=True)
class MapDepartment:
    """A department or team drawn beside the organisation it is part of.

    ``depth`` is 1 for a department, 2 for a team inside one, and so on.
    """

    organisation: Ref
    relationship_type: RelationshipType | None
    health: HealthWord
    active_contacts: int
    depth: int = 1


@dataclass(frozen=True, slots=True)
class MapOrganisation:
    """One organisation not part of another: a point on the map, and its line."""

    organisation: Ref
    kind: OrganisationKind
    relationship_type: RelationshipType | None
    health: Health
    #: The members of the partnership holding the relationship (still serving).
    holders: tuple[str, ...]
    #: Active contacts there, its departments' included.
    active_contacts: int
    single_point: bool
    gone_quiet: bool
    handover_pending: bool
    departments: tuple[MapDepartment, ...] = ()

    @property
    def name(self) -> str:
        return self.organisation.name

    def warnings(self) -> tuple[str, ...]:
        """The markers, in words (the key's words; screen readers and the PDF's text)."""
        found = []
        if self.single_point:
            found.append(SINGLE_POINT_WORDS)
        if self.gone_quiet:
            found.append(GONE_QUIET_WORDS)
        if self.handover_pending:
            found.append(HANDOVER_WORDS)
        return tuple(found)

    def holders_said(self) -> str:
        """ "Held by Asha Patel and Tom Reid", or "Nobody holds it"."""
        if not self.holders:
            return "Nobody holds it"
        if len(self.holders) == 1:
            return f"Held by {self.holders[0]}"
        if len(self.holders) == 2:
            return f"Held by {self.holders[0]} and {self.holders[1]}"
        return f"Held by {self.holders[0]}, {self.holders[1]} and {len(self.holders) - 2} more"

    def contacts_said(self) -> str:
        number = self.active_contacts
        return f"{number:,} active contact" + ("" if number == 1 else "s")

    def describe(self) -> str:
        """The whole point in one sentence, for a screen reader."""
        kind = self.relationship_type.label.lower() if self.relationship_type else "type not said"
        parts = [
            f"{self.name} ({kind})",
            f"health: {self.health.word.label.lower()}",
            self.holders_said(),
            self.contacts_said(),
            *self.warnings(),
        ]
        if self.departments:
            names = ", ".join(d.organisation.name for d in self.departments)
            parts.append(f"departments: {names}")
        return "; ".join(parts)


SINGLE_POINT_WORDS = "hangs on one person"
GONE_QUIET_WORDS = "gone quiet"
HANDOVER_WORDS = "handover pending"


@dataclass(frozen=True, slots=True)
class MapGroup:
    """Organisations of one kind (or of the kinds a group holds), by name."""

    name: str
    organisations: tuple[MapOrganisation, ...]


@dataclass(frozen=True, slots=True)
class RelationshipMap:
    """The partnership's world: its name in the middle, the groups around it."""

    partnership: str
    today: date
    groups: tuple[MapGroup, ...]

    @property
    def organisations(self) -> tuple[MapOrganisation, ...]:
        return tuple(o for group in self.groups for o in group.organisations)

    def __iter__(self) -> Iterator[MapOrganisation]:
        return iter(self.organisations)

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def describe(self) -> str:
        """Every organisation in a sentence each (the view's accessible description)."""
        if self.is_empty:
            return "The map is empty: no organisations are in the journal yet."
        lines = [f"The map of {self.partnership}'s relationships."]
        for group in self.groups:
            lines.append(f"{group.name}:")
            lines += [f"{o.describe()}." for o in group.organisations]
        return "\n".join(lines)


def group_of(kind: OrganisationKind) -> str:
    """The map's group for a kind of organisation."""
    for name, kinds in GROUPS:
        if kind in kinds:
            return name
    return OTHER_GROUP


def is_gone_quiet(facts: HealthFacts, today: date) -> bool:
    """Today's rule for a lapsed rhythm (``agenda.today_agenda``'s ``gone_quiet``), or
    the health indicator's year without contact when no rhythm was agreed."""
    last = facts.last_contact_on
    if facts.contact_every_days:
        anchor = last or facts.relationship_since
        return anchor is not None and anchor + timedelta(days=facts.contact_every_days) < today
    return last is not None and (today - last).days > QUIET_WITHOUT_RHYTHM_DAYS


def relationship_map(journal: Journal, *, today: date | None = None) -> RelationshipMap:
    """The map's content, read in one transaction."""
    today = today_or(today)
    with journal.reading() as session:
        return read_relationship_map(session, journal, today)


def read_relationship_map(session: Session, journal: Journal, today: date) -> RelationshipMap:
    """:func:`relationship_map` inside a reading the caller holds (the briefing pack's)."""
    organisations = session.execute(
        select(
            Organisation.id,
            Organisation.uuid,
            Organisation.name,
            Organisation.kind,
            Organisation.parent_id,
            Organisation.relationship_type,
        ).order_by(Organisation.sort_name, Organisation.id)
    ).all()
    facts = read_health_facts(session, today)
    holders: dict[int, list[str]] = {}
    for organisation_id, name in session.execute(
        select(relationship_holders.c.organisation_id, Member.name)
        .join(Member, Member.id == relationship_holders.c.member_id)
        .where(Member.stepped_down_on.is_(None))
        .order_by(func.lower(Member.name), Member.id)
    ):
        holders.setdefault(organisation_id, []).append(name)
    own_contacts: dict[int, int] = {
        organisation_id: number
        for organisation_id, number in session.execute(
            select(Contact.organisation_id, func.count())
            .where(Contact.left_on.is_(None))
            .group_by(Contact.organisation_id)
        )
    }
    named = session.scalar(select(Setting.value).where(Setting.key == settings.PARTNERSHIP_NAME))
    partnership = (named or "").strip() or (
        journal.path.stem if journal.path is not None else "The partnership"
    )

    parents = {row.id: row.parent_id for row in organisations}
    children: dict[int, list[int]] = {}
    for row in organisations:  # by name, so each organisation's departments are too
        if row.parent_id is not None and row.parent_id in parents:
            children.setdefault(row.parent_id, []).append(row.id)
    by_id = {row.id: row for row in organisations}

    def departments_of(top: int) -> list[MapDepartment]:
        found: list[MapDepartment] = []
        seen = {top}

        def walk(organisation_id: int, depth: int) -> None:
            for child in children.get(organisation_id, ()):
                if child in seen:  # a loop in bad data ends here
                    continue
                seen.add(child)
                row = by_id[child]
                found.append(
                    MapDepartment(
                        Ref(row.id, row.uuid, row.name),
                        row.relationship_type,
                        assess(facts[row.id], today).word,
                        own_contacts.get(row.id, 0),
                        depth,
                    )
                )
                walk(child, depth + 1)

        walk(top, 1)
        return found

    grouped: dict[str, list[MapOrganisation]] = {}
    for row in organisations:
        if row.parent_id is not None and row.parent_id in parents:
            continue  # drawn beside the organisation it is part of
        own = facts[row.id]
        serving = tuple(holders.get(row.id, ()))
        contacts = own.contacts or 0
        grouped.setdefault(group_of(row.kind), []).append(
            MapOrganisation(
                organisation=Ref(row.id, row.uuid, row.name),
                kind=row.kind,
                relationship_type=row.relationship_type,
                health=assess(own, today),
                holders=serving,
                active_contacts=contacts,
                single_point=contacts <= 1 or len(serving) <= 1,
                gone_quiet=is_gone_quiet(own, today),
                handover_pending=bool(own.pending_handovers),
                departments=tuple(departments_of(row.id)),
            )
        )
    groups = tuple(
        MapGroup(name, tuple(grouped[name])) for name, _kinds in GROUPS if name in grouped
    )
    return RelationshipMap(partnership=partnership, today=today, groups=groups)
