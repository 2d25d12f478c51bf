"""Headless commands to build and read a journal: organisations, people, meetings, promises."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from bigjournal.cli.common import day, fmt_date, how_many, journal_from, record_number
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal import settings as journal_settings
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting, meeting_detail
from bigjournal.journal.organisations import (
    add_organisation,
    find_organisation,
    link_organisations,
    list_organisations,
    organisation_detail,
    update_organisation,
)
from bigjournal.journal.people import (
    add_contact,
    add_member,
    contact_detail,
    find_contact,
    list_contacts,
    list_members,
)
from bigjournal.journal.promises import (
    PromiseDraft,
    add_promise,
    list_promises,
    set_promise_status,
)
from bigjournal.journal.records import (
    ContactDetail,
    MeetingDetail,
    OrganisationDetail,
    PromiseRow,
    Ref,
    SearchHit,
)
from bigjournal.journal.search import search
from bigjournal.model.vocabulary import (
    ContactKind,
    InteractionKind,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    PromiseStatus,
    Purpose,
    RelationshipType,
)

Parsers = argparse._SubParsersAction


def _values(enum: Any) -> str:
    return ", ".join(m.value for m in enum)


def register(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    _register_organisations(subparsers, common)
    _register_contacts(subparsers, common)
    _register_members(subparsers, common)
    _register_meetings(subparsers, common)
    _register_promises(subparsers, common)
    found = subparsers.add_parser(
        "search",
        parents=[common],
        help="search names and notes",
        description="Search "
        "organisations, people, meetings and promises; the last word may be unfinished.",
    )
    found.add_argument("words", nargs="+")
    found.add_argument("--limit", type=how_many, default=30)
    found.set_defaults(run=run_search)
    setting = subparsers.add_parser(
        "settings",
        parents=[common],
        help="show or change the journal's settings",
        description=f"Settings kept in the journal: {', '.join(journal_settings.DEFAULTS)}.",
    )
    setting.add_argument("--set", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[])
    setting.set_defaults(run=run_settings)


def _group(subparsers: Parsers, name: str, help_text: str) -> Parsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    group = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    return group


# --- organisations --------------------------------------------------------------


def _relationship_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--parent", help="the organisation it is part of (council → department)")
    parser.add_argument(
        "--tier", help="council tier: unitary, county, district_or_borough, parish_or_town"
    )
    parser.add_argument(
        "--type",
        dest="relationship_type",
        help=f"type of relationship: {_values(RelationshipType)}",
    )
    parser.add_argument(
        "--purpose",
        dest="purposes",
        action="append",
        help=f"a purpose (repeat for more): {_values(Purpose)}",
    )
    parser.add_argument(
        "--holder",
        dest="holders",
        action="append",
        help="a member who holds the relationship (repeat for more)",
    )
    parser.add_argument(
        "--every",
        dest="contact_every_days",
        type=int,
        metavar="DAYS",
        help="agreed rhythm of contact, in days",
    )
    parser.add_argument("--since", dest="relationship_since", type=day)
    for option in ("phone", "email", "website", "address", "notes"):
        parser.add_argument(f"--{option}")
    parser.add_argument("--history", dest="relationship_notes", help="history of the relationship")
    parser.add_argument("--next-steps", dest="next_steps")


ORG_KEYS = (
    "parent",
    "relationship_type",
    "purposes",
    "holders",
    "contact_every_days",
    "relationship_since",
    "phone",
    "email",
    "website",
    "address",
    "notes",
    "relationship_notes",
    "next_steps",
)


def _given(args: argparse.Namespace, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def _register_organisations(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "org", "organisations and the relationship with each")
    add = group.add_parser("add", parents=[common], help="add an organisation")
    add.add_argument("name")
    add.add_argument("--kind", required=True, help=f"one of: {_values(OrganisationKind)}")
    _relationship_options(add)
    add.set_defaults(run=run_org_add)
    edit = group.add_parser("edit", parents=[common], help="change an organisation")
    edit.add_argument("organisation")
    edit.add_argument("--name")
    edit.add_argument("--kind")
    _relationship_options(edit)
    edit.set_defaults(run=run_org_edit)
    group.add_parser("list", parents=[common], help="list organisations").set_defaults(
        run=run_org_list
    )
    show = group.add_parser("show", parents=[common], help="one organisation with its track record")
    show.add_argument("organisation")
    show.add_argument("--on", type=day, help="as of this date")
    show.set_defaults(run=run_org_show)
    link = group.add_parser("link", parents=[common], help="link two organisations")
    link.add_argument("first")
    link.add_argument("second")
    link.add_argument("--description", default="")
    link.set_defaults(run=run_org_link)


def run_org_add(args: argparse.Namespace) -> int:
    details = _given(args, ORG_KEYS)
    if args.tier:
        details["council_tier"] = args.tier
    with journal_from(args) as journal:
        added = add_organisation(journal, name=args.name, kind=args.kind, **details)
    _report_added(args, "organisation", added)
    return 0


def run_org_edit(args: argparse.Namespace) -> int:
    changes = _given(args, ("name", "kind", *ORG_KEYS))
    if args.tier:
        changes["council_tier"] = args.tier
    if not changes:
        raise ValidationError("Nothing to change: give at least one option, like --every 28.")
    with journal_from(args) as journal:
        found = find_organisation(journal, args.organisation)
        changed = update_organisation(journal, found.id, changes)
    _report_added(args, "organisation", changed, verb="Changed")
    return 0


def _report_added(args: argparse.Namespace, noun: str, added: Ref, verb: str = "Added") -> None:
    emit(args.json, added, lambda r: [f"{verb} {noun} “{r.name}” (#{r.id})."])


def run_org_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_organisations(journal)
    by_id = {r.id: r for r in rows}

    def depth(row: Any) -> int:
        level = 0
        while row.parent_id is not None and row.parent_id in by_id and level < 20:
            row, level = by_id[row.parent_id], level + 1
        return level

    def render(rows: list[Any]) -> list[str]:
        if not rows:
            return ["No organisations yet. Add one with: bigjournal org add NAME --kind KIND"]
        return table(
            [
                [
                    f"#{r.id}",
                    "  " * depth(r) + r.name,
                    r.kind.label,
                    r.relationship_type.label if r.relationship_type else "",
                    ", ".join(h.name for h in r.holders),
                    fmt_date(r.last_contact_on),
                ]
                for r in _tree_order(rows)
            ],
            ["id", "organisation", "kind", "relationship", "held by", "last contact"],
        )

    emit(args.json, rows, render)
    return 0


def _tree_order(rows: list[Any]) -> list[Any]:
    children: dict[int | None, list[Any]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    ordered: list[Any] = []

    def walk(parent: int | None) -> None:
        for r in children.get(parent, []):
            ordered.append(r)
            walk(r.id)

    walk(None)
    return ordered


def run_org_show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_organisation(journal, args.organisation)
        detail = organisation_detail(journal, found.id, today=args.on)
    emit(args.json, detail, lambda d: render_organisation(d, args.on))
    return 0


def render_organisation(d: OrganisationDetail, on: Any = None) -> Iterator[str]:
    from datetime import date

    today = on or date.today()
    yield f"{d.name} (#{d.id})"
    kind = d.kind.label + (f", {d.council_tier.label}" if d.council_tier else "")
    yield f"  Kind: {kind}" + (f" — part of {d.parent.name}" if d.parent else "")
    if d.children:
        yield f"  Parts: {', '.join(c.name for c in d.children)}"
    for link in d.links:
        yield f"  Linked: {link.organisation.name}" + (
            f" ({link.description})" if link.description else ""
        )
    if d.relationship_type:
        yield f"  Relationship: {d.relationship_type.label}"
    if d.purposes:
        yield f"  Purposes: {'; '.join(p.label for p in d.purposes)}"
    if d.holders:
        yield f"  Held by: {', '.join(h.name for h in d.holders)}"
    if d.contact_every_days:
        yield (
            f"  Rhythm: every {d.contact_every_days} days; "
            f"last contact {fmt_date(d.last_contact_on)}, next due {fmt_date(d.next_contact_due)}"
        )
    yield f"  Track record — theirs: {d.track_records.theirs.describe()}"
    yield f"  Track record — ours: {d.track_records.ours.describe()}"
    if d.relationship_notes:
        yield f"  History: {d.relationship_notes}"
    if d.next_steps:
        yield f"  Next steps: {d.next_steps}"
    if d.contacts:
        yield ""
        yield f"Contacts ({len(d.contacts)})"
        for c in d.contacts:
            left = f" — LEFT {fmt_date(c.left_on)}" if c.left_on else ""
            successor = f", successor {c.successor.name}" if c.successor else ""
            yield f"  {c.name}, {c.role or c.kind.label} ({c.organisation.name}){left}{successor}"
    open_promises = d.open_promises
    if open_promises:
        yield ""
        yield f"Open promises ({len(open_promises)})"
        for p in open_promises:
            flag = "OVERDUE " if p.is_overdue(today) else ""
            yield (
                f"  {flag}[{p.side.label}] {p.description} — {p.holder_name}, "
                f"due {fmt_date(p.due_on)} #{p.id}"
            )
    if d.meetings:
        yield ""
        yield f"Latest meetings ({min(len(d.meetings), 10)} of {d.meeting_count})"
        for m in d.meetings[:10]:
            planned = " (planned)" if m.is_planned else ""
            yield f"  {fmt_date(m.occurred_on)}  {m.kind.label}: {m.title}{planned} #{m.id}"


def run_org_link(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        link_organisations(journal, args.first, args.second, args.description)
    if not args.json:
        print(f"Linked “{args.first}” and “{args.second}”.")
    return 0


# --- contacts and members -------------------------------------------------------


def _register_contacts(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "contact", "people at organisations")
    add = group.add_parser("add", parents=[common], help="add a contact")
    add.add_argument("name")
    add.add_argument("--org", dest="organisation", required=True)
    add.add_argument("--role")
    add.add_argument("--elected", action="store_true", help="an elected member (councillor)")
    add.add_argument("--ward")
    add.add_argument("--term-ends", dest="term_ends_on", type=day)
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument(
        "--prefers", dest="preferred_contact", help=f"one of: {_values(PreferredContact)}"
    )
    add.add_argument("--notes")
    add.set_defaults(run=run_contact_add)
    listing = group.add_parser("list", parents=[common], help="list contacts")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--active", action="store_true", help="leave out people who have left")
    listing.set_defaults(run=run_contact_list)
    show = group.add_parser("show", parents=[common], help="one contact")
    show.add_argument("contact")
    show.set_defaults(run=run_contact_show)


def run_contact_add(args: argparse.Namespace) -> int:
    details = _given(
        args, ("role", "ward", "term_ends_on", "phone", "email", "preferred_contact", "notes")
    )
    details["kind"] = ContactKind.ELECTED_MEMBER if args.elected else ContactKind.OFFICER
    with journal_from(args) as journal:
        added = add_contact(journal, name=args.name, organisation=args.organisation, **details)
    _report_added(args, "contact", added)
    return 0


def run_contact_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_contacts(journal, organisation=args.organisation, include_left=not args.active)
    emit(
        args.json,
        rows,
        lambda rows: (
            table(
                [
                    [
                        f"#{c.id}",
                        c.name,
                        c.role,
                        c.organisation.name,
                        c.phone,
                        c.email,
                        f"left {fmt_date(c.left_on)}" if c.left_on else "",
                    ]
                    for c in rows
                ],
                ["id", "name", "role", "organisation", "phone", "email", ""],
            )
            or ["No contacts yet."]
        ),
    )
    return 0


def run_contact_show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        detail = contact_detail(journal, find_contact(journal, args.contact).id)
    emit(args.json, detail, render_contact)
    return 0


def render_contact(d: ContactDetail) -> Iterator[str]:
    c = d.contact
    yield f"{c.name} (#{c.id}) — {c.role or c.kind.label}, {c.organisation.name}"
    if c.ward:
        yield f"  Ward: {c.ward}; term ends {fmt_date(c.term_ends_on)}"
    for label, value in (("Phone", c.phone), ("Email", c.email)):
        if value:
            yield f"  {label}: {value}"
    if c.preferred_contact:
        yield f"  Prefers: {c.preferred_contact.label}"
    if c.left_on:
        yield f"  LEFT on {fmt_date(c.left_on)}" + (f" for {c.went_to}" if c.went_to else "")
        if c.successor:
            yield f"  Successor: {c.successor.name}"
    yield f"  Track record: {d.track_record.describe()}"
    if c.notes:
        yield f"  Notes: {c.notes}"
    if d.meetings:
        yield f"  Meetings: {len(d.meetings)}, latest {fmt_date(d.meetings[0].occurred_on)}"


def _register_members(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "member", "members of the partnership (our side)")
    add = group.add_parser("add", parents=[common], help="add a member")
    add.add_argument("name")
    add.add_argument("--role", required=True, help=f"one of: {_values(MemberRole)}")
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument("--joined", dest="joined_on", type=day)
    add.add_argument(
        "--conflicts", dest="conflicts_of_interest", help="declared conflicts of interest"
    )
    add.add_argument("--notes")
    add.set_defaults(run=run_member_add)
    listing = group.add_parser("list", parents=[common], help="list members")
    listing.add_argument("--active", action="store_true", help="leave out former members")
    listing.set_defaults(run=run_member_list)


def run_member_add(args: argparse.Namespace) -> int:
    details = _given(args, ("phone", "email", "joined_on", "conflicts_of_interest", "notes"))
    with journal_from(args) as journal:
        added = add_member(journal, name=args.name, role=args.role, **details)
    _report_added(args, "member", added)
    return 0


def run_member_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_members(journal, include_former=not args.active)
    emit(
        args.json,
        rows,
        lambda rows: (
            table(
                [
                    [
                        f"#{m.id}",
                        m.name,
                        m.role.label,
                        ", ".join(h.name for h in m.holds),
                        f"stepped down {fmt_date(m.stepped_down_on)}" if m.stepped_down_on else "",
                        m.conflicts_of_interest,
                    ]
                    for m in rows
                ],
                ["id", "name", "role", "holds", "", "conflicts of interest"],
            )
            or ["No members yet."]
        ),
    )
    return 0


# --- meetings -------------------------------------------------------------------


def _promise_spec(side: str) -> Any:
    def parse(text: str) -> PromiseDraft:
        parts = [p.strip() for p in text.split("|")]
        if len(parts) not in (2, 3) or not parts[1]:
            raise argparse.ArgumentTypeError(
                f"write the promise as “WHO|WHAT|DUE” (DUE optional), not “{text}”"
            )
        who, what = parts[0], parts[1]
        due = day(parts[2]) if len(parts) == 3 and parts[2] else None
        return PromiseDraft(description=what, side=side, made_by=who or None, due_on=due)

    return parse


def _register_meetings(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "meeting", "meetings and other interactions")
    log = group.add_parser(
        "log",
        parents=[common],
        help="log a meeting with its attendees and promises",
        description="Log a meeting. Promises: --their-promise 'CONTACT|WHAT|DUE' and "
        "--our-promise 'MEMBER|WHAT|DUE' (WHO may be empty; DUE is YYYY-MM-DD, optional).",
    )
    log.add_argument("--date", dest="occurred_on", type=day, required=True)
    log.add_argument("--kind", default="meeting", help=f"one of: {_values(InteractionKind)}")
    log.add_argument("--title", default="")
    log.add_argument("--org", dest="organisations", action="append", default=[])
    log.add_argument(
        "--with",
        dest="contacts",
        action="append",
        default=[],
        help="a contact who attended (repeat for more)",
    )
    log.add_argument(
        "--member",
        dest="members",
        action="append",
        default=[],
        help="a partnership member who attended (repeat for more)",
    )
    log.add_argument("--notes", default="")
    log.add_argument("--decisions", default="")
    log.add_argument("--location", default="")
    log.add_argument(
        "--planned", action="store_true", default=None, help="a meeting arranged for the future"
    )
    log.add_argument(
        "--their-promise",
        dest="their_promises",
        action="append",
        default=[],
        type=_promise_spec("theirs"),
    )
    log.add_argument(
        "--our-promise",
        dest="our_promises",
        action="append",
        default=[],
        type=_promise_spec("ours"),
    )
    log.set_defaults(run=run_meeting_log)
    listing = group.add_parser("list", parents=[common], help="list meetings, newest first")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--limit", type=how_many, default=50)
    listing.set_defaults(run=run_meeting_list)
    show = group.add_parser("show", parents=[common], help="one meeting")
    show.add_argument("meeting", type=record_number, help="the meeting's number")
    show.set_defaults(run=run_meeting_show)


def run_meeting_log(args: argparse.Namespace) -> int:
    # An organisation of an ours-promise defaults to the meeting's single organisation.
    draft = MeetingDraft(
        occurred_on=args.occurred_on,
        kind=args.kind,
        title=args.title,
        organisations=args.organisations,
        contacts=args.contacts,
        members=args.members,
        notes=args.notes,
        decisions=args.decisions,
        location=args.location,
        is_planned=args.planned,
        promises=[*args.their_promises, *args.our_promises],
    )
    with journal_from(args) as journal:
        added = log_meeting(journal, draft)
        detail = meeting_detail(journal, added.id)
    emit(
        args.json,
        detail,
        lambda d: [
            f"Logged “{d.title}” on {fmt_date(d.occurred_on)} (#{d.id}) "
            f"with {len(d.promises)} promise(s)."
        ],
    )
    return 0


def run_meeting_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_meetings(journal, organisation=args.organisation, limit=args.limit)
    emit(
        args.json,
        rows,
        lambda rows: (
            table(
                [
                    [
                        f"#{m.id}",
                        fmt_date(m.occurred_on),
                        m.kind.label,
                        m.title + (" (planned)" if m.is_planned else ""),
                        ", ".join(o.name for o in m.organisations),
                    ]
                    for m in rows
                ],
                ["id", "date", "kind", "title", "with"],
            )
            or ["No meetings yet."]
        ),
    )
    return 0


def run_meeting_show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        detail = meeting_detail(journal, args.meeting)
    emit(args.json, detail, render_meeting)
    return 0


def render_meeting(d: MeetingDetail) -> Iterator[str]:
    yield f"{d.title} (#{d.id})"
    yield f"  {d.kind.label} on {fmt_date(d.occurred_on)}" + (" (planned)" if d.is_planned else "")
    yield f"  With: {', '.join(o.name for o in d.organisations)}"
    if d.contacts:
        yield f"  Their side: {', '.join(c.name for c in d.contacts)}"
    if d.members:
        yield f"  Our side: {', '.join(m.name for m in d.members)}"
    if d.location:
        yield f"  Where: {d.location}"
    if d.notes:
        yield f"  Notes: {d.notes}"
    if d.decisions:
        yield f"  Decisions: {d.decisions}"
    for p in d.promises:
        yield (
            f"  Promise [{p.side.label}] {p.description} — {p.holder_name}, "
            f"due {fmt_date(p.due_on)}, {p.status.label.lower()} #{p.id}"
        )


# --- promises -------------------------------------------------------------------


def _register_promises(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = _group(subparsers, "promise", "promises made, by them and by us")
    add = group.add_parser("add", parents=[common], help="record a promise outside a meeting")
    side = add.add_mutually_exclusive_group(required=True)
    side.add_argument("--theirs", dest="side", action="store_const", const="theirs")
    side.add_argument("--ours", dest="side", action="store_const", const="ours")
    add.add_argument("description")
    add.add_argument("--by", dest="made_by", help="the contact (theirs) or member (ours)")
    add.add_argument("--to", dest="made_to", help="whom it was made to")
    add.add_argument("--org", dest="organisation")
    add.add_argument("--due", dest="due_on", type=day)
    add.add_argument("--made-on", dest="made_on", type=day)
    add.set_defaults(run=run_promise_add)
    listing = group.add_parser("list", parents=[common], help="the promise register")
    listing.add_argument("--theirs", dest="side", action="store_const", const="theirs")
    listing.add_argument("--ours", dest="side", action="store_const", const="ours")
    listing.add_argument("--status", help=f"one of: {_values(PromiseStatus)}")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--overdue", action="store_true")
    listing.set_defaults(run=run_promise_list)
    for action, status in (
        ("keep", "kept"),
        ("break", "broken"),
        ("release", "released"),
        ("reopen", "open"),
    ):
        change = group.add_parser(action, parents=[common], help=f"mark a promise {status}")
        change.add_argument("promise", type=record_number, help="the promise's number")
        change.add_argument("--on", type=day, help="when (default today)")
        change.add_argument("--note", default="")
        change.set_defaults(run=run_promise_status, status=status)


def run_promise_add(args: argparse.Namespace) -> int:
    draft = PromiseDraft(
        description=args.description,
        side=args.side,
        made_by=args.made_by,
        due_on=args.due_on,
        organisation=args.organisation,
        made_to=args.made_to,
    )
    with journal_from(args) as journal:
        added = add_promise(journal, draft, made_on=args.made_on)
    _report_added(args, "promise", added)
    return 0


def run_promise_list(args: argparse.Namespace) -> int:
    from datetime import date

    today = date.today()
    with journal_from(args) as journal:
        rows = list_promises(
            journal,
            side=args.side,
            status=args.status,
            organisation=args.organisation,
            overdue_only=args.overdue,
        )
    emit(args.json, rows, lambda rows: _promise_table(rows, today) or ["No promises match."])
    return 0


def _promise_table(rows: list[PromiseRow], today: Any) -> list[str]:
    return table(
        [
            [
                f"#{p.id}",
                p.side.label,
                p.description,
                p.holder_name,
                p.organisation.name,
                fmt_date(p.due_on),
                "OVERDUE" if p.is_overdue(today) else p.status.label,
            ]
            for p in rows
        ],
        ["id", "side", "promise", "who", "organisation", "due", "status"],
    )


def run_promise_status(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        row = set_promise_status(journal, args.promise, args.status, on=args.on, note=args.note)
    emit(
        args.json,
        row,
        lambda p: [f"Promise #{p.id} “{p.description}” is now {p.status.label.lower()}."],
    )
    return 0


# --- search and settings --------------------------------------------------------


def run_search(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        hits = search(journal, " ".join(args.words), limit=args.limit)
    emit(
        args.json,
        hits,
        lambda hits: (
            [f"{h.kind:<12} #{h.id:<6} {h.title}{_gone(h)} — {h.snippet}" for h in hits]
            or ["Nothing found."]
        ),
    )
    return 0


def _gone(hit: SearchHit) -> str:
    if hit.left_on is None:
        return ""
    return f" ({'stepped down' if hit.kind == 'member' else 'left'} {fmt_date(hit.left_on)})"


def run_settings(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        if args.set:
            journal_settings.set_settings(journal, dict(args.set))
        values = journal_settings.get_settings(journal)
    emit(args.json, values, lambda v: [f"{k}: {val}" for k, val in v.items()])
    return 0
