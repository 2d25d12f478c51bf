"""Use cases for organisations and the partnership's relationship with each."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased, selectinload

from bigjournal import wording
from bigjournal.errors import NotFoundError, ValidationError
from bigjournal.journal.edits import update_record
from bigjournal.journal.health import check_in_trends, health_of_detail, outcomes_in_year
from bigjournal.journal.lookup import find, get
from bigjournal.journal.records import (
    LinkRow,
    OrganisationDetail,
    OrganisationRow,
    Ref,
)
from bigjournal.journal.rows import (
    connection_of,
    contact_rows,
    contact_rows_select,
    handover_rows_from,
    handover_rows_select,
    meeting_rows,
    meeting_rows_select,
    promise_rows,
    promise_rows_select,
    refs,
)
from bigjournal.journal.track_record import track_records_of_organisations
from bigjournal.journal.validation import (
    check_email,
    optional_text,
    parse_choice,
    parse_date,
    require_text,
    today_or,
)
from bigjournal.model import (
    CheckIn,
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    OrganisationLink,
    Promise,
    interaction_organisations,
    organisation_kinds,
    organisation_purposes,
    relationship_holders,
)
from bigjournal.model.entities import utc_now
from bigjournal.model.vocabulary import (
    CouncilTier,
    OrganisationKind,
    Purpose,
    RelationshipType,
)
from bigjournal.store import Journal

TEXT_FIELDS = {
    "phone": ("phone number", 60),
    "website": ("website", 300),
}
LONG_TEXT_FIELDS = ("address", "notes", "relationship_notes", "next_steps")
EDITABLE = {
    "name",
    "kind",
    "other_kinds",
    "council_tier",
    "parent",
    "phone",
    "email",
    "website",
    "address",
    "notes",
    "relationship_type",
    "purposes",
    "holders",
    "contact_every_days",
    "relationship_since",
    "relationship_notes",
    "next_steps",
}


def add_organisation(
    journal: Journal,
    *,
    name: str,
    kind: OrganisationKind | str,
    **details: Any,
) -> Ref:
    """Add an organisation (and, optionally, the relationship with it)."""
    with journal.transaction() as session:
        organisation = Organisation(name="", kind=OrganisationKind.OTHER)
        _apply(session, organisation, {"name": name, "kind": kind, **details})
        session.add(organisation)
        session.flush()
        _apply_purposes(session, organisation, details.get("purposes"), bump=False)
        _apply_other_kinds(session, organisation, details.get("other_kinds"), bump=False)
        return Ref(organisation.id, organisation.uuid, organisation.name)


def update_organisation(
    journal: Journal,
    organisation_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Ref:
    """Change some fields of an organisation; the others stay as they are."""

    def apply(session: Session, organisation: Organisation, changes: Mapping[str, Any]) -> None:
        _apply(session, organisation, changes)
        _apply_purposes(session, organisation, changes.get("purposes"))
        if "other_kinds" in changes:
            _apply_other_kinds(session, organisation, changes["other_kinds"] or ())
        elif "kind" in changes:  # the new main kind is no longer one of the others
            _apply_other_kinds(session, organisation, None)

    return update_record(
        journal,
        Organisation,
        organisation_id,
        changes,
        allowed=EDITABLE,
        apply=apply,
        expected_version=expected_version,
    )


def _apply(session: Session, organisation: Organisation, changes: Mapping[str, Any]) -> None:
    if "name" in changes:
        organisation.name = require_text(changes["name"], "organisation's name", field="name")
    if "kind" in changes:
        organisation.kind = parse_choice(
            OrganisationKind, changes["kind"], "kind of organisation", field="kind"
        )
    if "council_tier" in changes:
        tier = changes["council_tier"]
        organisation.council_tier = (
            parse_choice(CouncilTier, tier, "council tier", field="council_tier") if tier else None
        )
    if "parent" in changes:
        _set_parent(session, organisation, changes["parent"])
    for key, (what, limit) in TEXT_FIELDS.items():
        if key in changes:
            setattr(organisation, key, optional_text(changes[key], what, field=key, limit=limit))
    if "email" in changes:
        organisation.email = check_email(changes["email"])
    for key in LONG_TEXT_FIELDS:
        if key in changes:
            setattr(organisation, key, (changes[key] or "").strip())
    if "relationship_type" in changes:
        value = changes["relationship_type"]
        organisation.relationship_type = (
            parse_choice(RelationshipType, value, "type of relationship", field="relationship_type")
            if value
            else None
        )
    if "contact_every_days" in changes:
        organisation.contact_every_days = _rhythm(changes["contact_every_days"])
    if "relationship_since" in changes:
        organisation.relationship_since = parse_date(
            changes["relationship_since"], "start of the relationship", field="relationship_since"
        )
    if "holders" in changes:
        holders = [find(session, Member, h) for h in changes["holders"] or ()]
        organisation.holders = list({m.id: m for m in holders}.values())
        organisation.updated_at = utc_now()  # holders are part of the record: bump its version


def _rhythm(value: Any) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            "The agreed rhythm of contact is a number of days, like 28 for every four weeks.",
            "contact_every_days",
        ) from None
    if days < 1 or days > 3660:
        raise ValidationError(
            "The agreed rhythm of contact must be between 1 day and 10 years.",
            "contact_every_days",
        )
    return days


def _set_parent(session: Session, organisation: Organisation, parent: int | str | None) -> None:
    if parent in (None, ""):
        organisation.parent_id = None
        return
    found = find(session, Organisation, parent)
    if organisation.id is not None and (
        found.id == organisation.id or found.id in descendant_ids(session, organisation.id)
    ):
        raise ValidationError(
            f"“{found.name}” cannot contain “{organisation.name}”: "
            "an organisation cannot be part of itself.",
            "parent",
        )
    organisation.parent_id = found.id


def _apply_purposes(
    session: Session,
    organisation: Organisation,
    purposes: Iterable[Purpose | str] | None,
    *,
    bump: bool = True,
) -> None:
    if purposes is None:
        return
    chosen = {parse_choice(Purpose, p, "purpose", field="purposes") for p in purposes}
    session.execute(
        delete(organisation_purposes).where(
            organisation_purposes.c.organisation_id == organisation.id
        )
    )
    if chosen:
        session.execute(
            insert(organisation_purposes),
            [{"organisation_id": organisation.id, "purpose": p} for p in sorted(chosen)],
        )
    if bump:
        organisation.updated_at = utc_now()  # purposes are part of the record: bump its version


def _apply_other_kinds(
    session: Session,
    organisation: Organisation,
    kinds: Iterable[OrganisationKind | str] | None,
    *,
    bump: bool = True,
) -> None:
    """The roles beside the main kind; ``None`` keeps them, less the main kind."""
    table = organisation_kinds
    mine = table.c.organisation_id == organisation.id
    if kinds is None:
        session.execute(delete(table).where(mine, table.c.kind == organisation.kind))
        return
    if isinstance(kinds, str):
        kinds = [k for k in kinds.replace(";", ",").split(",") if k.strip()]
    chosen = {
        parse_choice(OrganisationKind, k, "kind of organisation", field="other_kinds")
        for k in kinds
    }
    chosen.discard(organisation.kind)
    order = list(OrganisationKind)
    session.execute(delete(table).where(mine))
    if chosen:
        session.execute(
            insert(table),
            [
                {"organisation_id": organisation.id, "kind": k}
                for k in sorted(chosen, key=order.index)
            ],
        )
    if bump:
        organisation.updated_at = utc_now()  # the roles are part of the record: bump its version


def other_kinds_by_organisation(
    reader: Session | Connection, ids: Iterable[int] | None = None
) -> dict[int, tuple[OrganisationKind, ...]]:
    """Each organisation's roles beside its main kind, in the vocabulary's order."""
    query = select(organisation_kinds.c.organisation_id, organisation_kinds.c.kind)
    if ids is not None:
        query = query.where(organisation_kinds.c.organisation_id.in_(list(ids)))
    found: dict[int, list[OrganisationKind]] = {}
    for organisation_id, kind in reader.execute(query):
        found.setdefault(organisation_id, []).append(OrganisationKind(kind))
    order = list(OrganisationKind)
    return {k: tuple(sorted(v, key=order.index)) for k, v in found.items()}


def descendant_ids(reader: Session | Connection, organisation_id: int) -> set[int]:
    """Every department, team or surgery below an organisation, however deep.

    One recursive query that walks the parent index down from the organisation, rather
    than reading every organisation's parent (2,000 of them on a large journal) into
    Python. ``UNION`` (not ``UNION ALL``) ends the walk even if a cycle slipped in.
    """
    return set(reader.execute(_descendants(), {"organisation_id": organisation_id}).scalars())


@cache
def _descendants() -> Select[Any]:
    tree = (
        select(Organisation.id)
        .where(Organisation.parent_id == bindparam("organisation_id"))
        .cte("tree", recursive=True)
    )
    below = aliased(Organisation)
    tree = tree.union(select(below.id).join(tree, below.parent_id == tree.c.id))
    return select(tree.c.id)


def purposes_by_organisation(
    session: Session, ids: Iterable[int] | None = None
) -> dict[int, tuple[Purpose, ...]]:
    query = select(organisation_purposes.c.organisation_id, organisation_purposes.c.purpose)
    if ids is not None:
        query = query.where(organisation_purposes.c.organisation_id.in_(list(ids)))
    result: dict[int, list[Purpose]] = {}
    for organisation_id, purpose in session.execute(query):
        result.setdefault(organisation_id, []).append(Purpose(purpose))
    order = list(Purpose)
    return {k: tuple(sorted(v, key=order.index)) for k, v in result.items()}


def last_contact_query() -> Any:
    """Per organisation, the date of the latest interaction that took place."""
    return (
        select(
            interaction_organisations.c.organisation_id,
            func.max(Meeting.occurred_on).label("last_on"),
        )
        .join(Meeting, Meeting.id == interaction_organisations.c.interaction_id)
        .where(Meeting.is_planned.is_(False))
        .group_by(interaction_organisations.c.organisation_id)
    )


def last_contact_with_parts(reader: Session | Connection) -> dict[int, date]:
    """Per organisation, the latest contact with it *or any of its departments*.

    A meeting with a council's Highways department is contact with the council: its
    page counts it (``include_parts``), so Today and the list must too (issue 16).
    """
    own: dict[int, date] = dict(reader.execute(last_contact_query()).all())
    parents: dict[int, int | None] = dict(
        reader.execute(select(Organisation.id, Organisation.parent_id)).all()
    )
    return rolled_up_to_parents(own, parents)


def rolled_up_to_parents(own: dict[int, date], parents: dict[int, int | None]) -> dict[int, date]:
    """Each organisation's latest date, carried up to every organisation it is part of."""
    rolled = dict(own)
    for organisation, on in own.items():
        seen = {organisation}
        above = parents.get(organisation)
        while above is not None and above not in seen:  # a loop in bad data ends here
            seen.add(above)
            if rolled.get(above) is None or rolled[above] < on:
                rolled[above] = on
            above = parents.get(above)
    return rolled


def list_organisations(
    journal: Journal, *, with_last_contact: bool = True
) -> list[OrganisationRow]:
    """All organisations, by name, with their relationship at a glance.

    ``with_last_contact=False`` leaves ``last_contact_on`` empty: finding it reads every
    meeting's link to an organisation (over half of this call's time on fifteen years
    of records), and a screen that does not show it need not pay for it.
    """
    with journal.reading() as session:
        organisations = session.scalars(
            select(Organisation)
            .options(selectinload(Organisation.holders))
            .order_by(Organisation.sort_name, Organisation.id)  # the language's order
        ).all()
        purposes = purposes_by_organisation(session)
        other_kinds = other_kinds_by_organisation(session)
        last = last_contact_with_parts(session) if with_last_contact else {}
        return [
            OrganisationRow(
                id=o.id,
                uuid=o.uuid,
                name=o.name,
                kind=o.kind,
                parent_id=o.parent_id,
                relationship_type=o.relationship_type,
                purposes=purposes.get(o.id, ()),
                holders=refs(o.holders),
                contact_every_days=o.contact_every_days,
                last_contact_on=last.get(o.id),
                other_kinds=other_kinds.get(o.id, ()),
            )
            for o in organisations
        ]


def find_organisation(journal: Journal, name: str | int) -> Ref:
    with journal.reading() as session:
        found = find(session, Organisation, name)
        return Ref(found.id, found.uuid, found.name)


def organisation_detail(
    journal: Journal,
    organisation_id: int,
    *,
    today: date | None = None,
    meeting_limit: int = 50,
    include_parts: bool = True,
) -> OrganisationDetail:
    """Everything about one relationship: contacts, timeline, promises, track record.

    With ``include_parts`` the promises, meetings and track record also cover the
    organisation's departments and teams, as a council's page should.
    """
    with journal.reading_rows() as connection:
        return read_organisation_detail(
            connection,
            organisation_id,
            today=today_or(today),
            meeting_limit=meeting_limit,
            include_parts=include_parts,
        )


@cache
def _page_statements() -> dict[str, Any]:
    """The organisation page's statements, built once with parameters.

    Plain columns throughout (no entities): loading a busy council's contacts and
    handovers as entities, with their organisations and successors, cost as much as
    all its queries took to run (issue 9). Built once, each is compiled once and
    keyed once; ``organisation_ids`` is the organisation with its departments.
    """
    one: BindParameter[int] = bindparam("organisation_id")
    scope: BindParameter[list[int]] = bindparam("organisation_ids", expanding=True)
    link = interaction_organisations.c
    parent = aliased(Organisation)
    meeting_ids = select(link.interaction_id).where(link.organisation_id.in_(scope)).distinct()
    return {
        "organisation": select(
            Organisation.id,
            Organisation.uuid,
            Organisation.name,
            Organisation.kind,
            Organisation.council_tier,
            parent.id,
            parent.uuid,
            parent.name,
            Organisation.phone,
            Organisation.email,
            Organisation.website,
            Organisation.address,
            Organisation.notes,
            Organisation.relationship_type,
            Organisation.contact_every_days,
            Organisation.relationship_since,
            Organisation.relationship_notes,
            Organisation.next_steps,
            Organisation.version,
        )
        .outerjoin(parent, parent.id == Organisation.parent_id)
        .where(Organisation.id == one),
        "children": select(Organisation.id, Organisation.uuid, Organisation.name).where(
            Organisation.parent_id == one
        ),
        "holders": select(Member.id, Member.uuid, Member.name)
        .join(relationship_holders, relationship_holders.c.member_id == Member.id)
        .where(relationship_holders.c.organisation_id == one)
        .order_by(Member.name),
        # The purposes and the other roles (revision 0004) in one statement, as stored.
        "purposes_and_kinds": select(
            literal("purpose"), type_coerce(organisation_purposes.c.purpose, String)
        )
        .where(organisation_purposes.c.organisation_id == one)
        .union_all(
            select(literal("kind"), type_coerce(organisation_kinds.c.kind, String)).where(
                organisation_kinds.c.organisation_id == one
            )
        ),
        "links": select(
            Organisation.id, Organisation.uuid, Organisation.name, OrganisationLink.description
        )
        .select_from(OrganisationLink)
        .join(
            Organisation,
            or_(
                and_(
                    OrganisationLink.organisation_id == one,
                    Organisation.id == OrganisationLink.linked_organisation_id,
                ),
                and_(
                    OrganisationLink.linked_organisation_id == one,
                    Organisation.id == OrganisationLink.organisation_id,
                ),
            ),
        )
        .order_by(Organisation.name),
        "contacts": contact_rows_select()
        .where(Contact.organisation_id.in_(scope))
        .order_by(Contact.left_on.is_not(None), func.lower(Contact.name)),
        "meetings": meeting_rows_select()
        .where(Meeting.id.in_(meeting_ids))
        .order_by(Meeting.occurred_on.desc(), Meeting.id.desc())
        .limit(bindparam("meeting_limit")),
        "meeting_count": select(func.count()).select_from(meeting_ids.subquery()),
        "promises": promise_rows_select()
        .where(Promise.organisation_id.in_(scope))
        .order_by(Promise.due_on.is_(None), Promise.due_on, Promise.id),
        "handovers": handover_rows_select()
        .where(
            Handover.contact_id.in_(
                select(Contact.id).where(Contact.organisation_id.in_(scope)).scalar_subquery()
            )
        )
        .order_by(Handover.left_on.desc()),
        "last_contact": select(func.max(Meeting.occurred_on))
        .join(interaction_organisations, link.interaction_id == Meeting.id)
        .where(link.organisation_id.in_(scope), Meeting.is_planned.is_(False)),
    }


def read_organisation_detail(
    reader: Session | Connection,
    organisation_id: int,
    *,
    today: date,
    meeting_limit: int = 50,
    include_parts: bool = True,
) -> OrganisationDetail:
    """``organisation_detail`` inside a caller's transaction (a briefing pack reads many)."""
    connection = connection_of(reader)
    statements = _page_statements()
    one = {"organisation_id": organisation_id}
    o = connection.execute(statements["organisation"], one).first()
    if o is None:
        raise NotFoundError("That organisation is no longer in the journal.")
    scope = [
        organisation_id,
        *(descendant_ids(connection, organisation_id) if include_parts else ()),
    ]
    inside = {"organisation_ids": scope}
    last_contact_on = connection.execute(statements["last_contact"], inside).scalar()
    relationship_since, every = o[15], o[14]
    anchor = last_contact_on or relationship_since
    children = connection.execute(statements["children"], one).all()
    order = list(Purpose)
    kinds_order = list(OrganisationKind)
    purposes: list[Purpose] = []
    other_kinds: list[OrganisationKind] = []
    for what, value in connection.execute(statements["purposes_and_kinds"], one):
        if what == "purpose":
            purposes.append(Purpose(value))
        else:
            other_kinds.append(OrganisationKind(value))
    detail = OrganisationDetail(
        id=o[0],
        uuid=o[1],
        name=o[2],
        kind=o[3],
        council_tier=o[4],
        parent=Ref(o[5], o[6], o[7]) if o[5] is not None else None,
        children=tuple(
            Ref(*child) for child in sorted(children, key=lambda child: child[2].casefold())
        ),
        links=tuple(
            LinkRow(Ref(*row[:3]), row[3]) for row in connection.execute(statements["links"], one)
        ),
        phone=o[8],
        email=o[9],
        website=o[10],
        address=o[11],
        notes=o[12],
        relationship_type=o[13],
        purposes=tuple(sorted(purposes, key=order.index)),
        holders=tuple(Ref(*row) for row in connection.execute(statements["holders"], one)),
        contact_every_days=every,
        relationship_since=relationship_since,
        relationship_notes=o[16],
        next_steps=o[17],
        last_contact_on=last_contact_on,
        next_contact_due=anchor + timedelta(days=every) if every and anchor else None,
        contacts=tuple(contact_rows(connection, statements["contacts"], inside)),
        meetings=tuple(
            meeting_rows(
                connection, statements["meetings"], {**inside, "meeting_limit": meeting_limit}
            )
        ),
        meeting_count=connection.execute(statements["meeting_count"], inside).scalar() or 0,
        promises=tuple(promise_rows(connection, statements["promises"], inside)),
        track_records=track_records_of_organisations(connection, scope, today),
        handovers=tuple(handover_rows_from(connection, statements["handovers"], inside)),
        version=o[18],
        other_kinds=tuple(sorted(other_kinds, key=kinds_order.index)),
    )
    # The health is read from the page itself and the latest check-ins (issue 21).
    trend = check_in_trends(connection, [organisation_id]).get(organisation_id)
    achieved = sum(outcomes_in_year(connection, today, scope).values())
    health = health_of_detail(detail, today, check_in=trend, outcomes_in_year=achieved)
    return replace(detail, health=health)


def link_organisations(
    journal: Journal, first: int | str, second: int | str, description: str = ""
) -> None:
    """Record that two organisations work together (e.g. borough and county)."""
    with journal.transaction() as session:
        a = find(session, Organisation, first)
        b = find(session, Organisation, second)
        if a.id == b.id:
            raise ValidationError("An organisation cannot be linked to itself.")
        exists = session.scalar(
            select(OrganisationLink.id).where(
                or_(
                    and_(
                        OrganisationLink.organisation_id == a.id,
                        OrganisationLink.linked_organisation_id == b.id,
                    ),
                    and_(
                        OrganisationLink.organisation_id == b.id,
                        OrganisationLink.linked_organisation_id == a.id,
                    ),
                )
            )
        )
        if exists:
            link = session.get(OrganisationLink, exists)
            assert link is not None
            link.description = optional_text(description, "description", field="description")
            return
        session.add(
            OrganisationLink(
                organisation_id=a.id,
                linked_organisation_id=b.id,
                description=optional_text(description, "description", field="description"),
            )
        )


def unlink_organisations(journal: Journal, first: int | str, second: int | str) -> tuple[Ref, Ref]:
    """Forget that two organisations work together; the pair, for saying so.

    Only the link goes: both organisations, their people and meetings stay.
    """
    with journal.transaction() as session:
        a = find(session, Organisation, first)
        b = find(session, Organisation, second)
        links = session.scalars(
            select(OrganisationLink).where(
                or_(
                    and_(
                        OrganisationLink.organisation_id == a.id,
                        OrganisationLink.linked_organisation_id == b.id,
                    ),
                    and_(
                        OrganisationLink.organisation_id == b.id,
                        OrganisationLink.linked_organisation_id == a.id,
                    ),
                )
            )
        ).all()
        if not links:
            raise ValidationError(
                f"“{a.name}” and “{b.name}” are not linked, so there is no link to remove."
            )
        for link in links:
            session.delete(link)
        return Ref(a.id, a.uuid, a.name), Ref(b.id, b.uuid, b.name)


@dataclass(frozen=True, slots=True)
class DeletionImpact:
    """What goes with a record when it is deleted, to tell the user first."""

    contacts: int = 0
    promises: int = 0
    meetings_unlinked: int = 0
    check_ins: int = 0
    parts: int = 0

    def describe(self) -> str:
        items = [
            (self.contacts, "contact"),
            (self.promises, "promise"),
            (self.check_ins, "check-in"),
        ]
        gone = [wording.count(n, word) for n, word in items if n]
        text = "Its " + ", ".join(gone) + " will be deleted too." if gone else ""
        if self.meetings_unlinked:
            text += (
                f" {wording.count(self.meetings_unlinked, 'meeting')} "
                + ("stays" if self.meetings_unlinked == 1 else "stay")
                + " in the journal without it."
            )
        return text.strip()


def organisation_deletion_impact(journal: Journal, organisation_id: int) -> DeletionImpact:
    with journal.reading() as session:
        return _impact(session, organisation_id)


def _impact(session: Session, organisation_id: int) -> DeletionImpact:
    def count(query: Any) -> int:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    return DeletionImpact(
        contacts=count(select(Contact.id).where(Contact.organisation_id == organisation_id)),
        promises=count(select(Promise.id).where(Promise.organisation_id == organisation_id)),
        meetings_unlinked=count(
            select(interaction_organisations.c.interaction_id).where(
                interaction_organisations.c.organisation_id == organisation_id
            )
        ),
        check_ins=count(select(CheckIn.id).where(CheckIn.organisation_id == organisation_id)),
        parts=count(select(Organisation.id).where(Organisation.parent_id == organisation_id)),
    )


def delete_organisation(journal: Journal, organisation_id: int) -> DeletionImpact:
    """Delete an organisation with its contacts and promises (not its departments)."""
    with journal.transaction() as session:
        organisation = get(session, Organisation, organisation_id)
        impact = _impact(session, organisation_id)
        if impact.parts:
            raise ValidationError(
                f"“{organisation.name}” still has {impact.parts} department(s) or team(s). "
                "Delete them or move them to another organisation first."
            )
        session.execute(delete(Promise).where(Promise.organisation_id == organisation_id))
        session.execute(delete(Contact).where(Contact.organisation_id == organisation_id))
        session.execute(delete(Organisation).where(Organisation.id == organisation.id))
        return impact


def link_ids(journal: Journal, organisation_id: int) -> set[int]:
    """The ids of an organisation's links (either way), for undoing a change to them."""
    with journal.reading() as session:
        return set(
            session.scalars(
                select(OrganisationLink.id).where(
                    or_(
                        OrganisationLink.organisation_id == organisation_id,
                        OrganisationLink.linked_organisation_id == organisation_id,
                    )
                )
            )
        )


def set_links(
    journal: Journal, organisation_id: int, links: Iterable[tuple[int | str, str]]
) -> None:
    """Make an organisation's links exactly these (other organisation, note) pairs.

    One transaction: links not listed are forgotten, listed ones added or given their
    note. Used by the editor, which shows every link of the organisation at once.
    """
    with journal.transaction() as session:
        organisation = get(session, Organisation, organisation_id)
        wanted: dict[int, str] = {}
        for other, note in links:
            found = find(session, Organisation, other)
            if found.id == organisation.id:
                raise ValidationError("An organisation cannot be linked to itself.", "links")
            wanted[found.id] = optional_text(note, "note on the link", field="links")
        existing = session.scalars(
            select(OrganisationLink).where(
                or_(
                    OrganisationLink.organisation_id == organisation.id,
                    OrganisationLink.linked_organisation_id == organisation.id,
                )
            )
        ).all()
        for link in existing:
            other_id = (
                link.linked_organisation_id
                if link.organisation_id == organisation.id
                else link.organisation_id
            )
            if other_id not in wanted:
                session.delete(link)
                continue
            note = wanted.pop(other_id)
            if link.description != note:
                link.description = note
        for other_id, note in wanted.items():
            session.add(
                OrganisationLink(
                    organisation_id=organisation.id,
                    linked_organisation_id=other_id,
                    description=note,
                )
            )
