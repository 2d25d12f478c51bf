"""Headless commands to build, correct and read a journal: organisations and people.

Meetings and promises are in :mod:`bigjournal.cli.meetings`. Every record kind has
``add``, ``edit`` (any field; the record named by its number or an unambiguous name)
and ``delete`` (saying what goes with it, asking first), with the use cases' own
validation, as the window has.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any, TypeAlias

from bigjournal import wording
from bigjournal.cli import clock
from bigjournal.cli.common import day, days, fmt_date, how_many, journal_from
from bigjournal.cli.editing import (
    CLEARS,
    add_duplicate_ok_option,
    add_yes_option,
    confirm_deletion,
    confirm_not_duplicate,
    day_or_blank,
    given,
    listed,
    nothing_to_change,
    record_key,
    report,
    report_deleted,
)
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal import settings as journal_settings
from bigjournal.journal.health import health_of_organisations
from bigjournal.journal.organisations import (
    add_organisation,
    delete_organisation,
    find_organisation,
    link_organisations,
    list_organisations,
    organisation_deletion_impact,
    organisation_detail,
    unlink_organisations,
    update_organisation,
)
from bigjournal.journal.people import (
    add_contact,
    add_member,
    contact_deletion_impact,
    contact_detail,
    delete_contact,
    delete_member,
    find_contact,
    find_member,
    list_contacts,
    list_members,
    member_deletion_impact,
    update_contact,
    update_member,
)
from bigjournal.journal.records import ContactDetail, OrganisationDetail, SearchHit
from bigjournal.journal.search import search
from bigjournal.model.vocabulary import (
    ContactKind,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    Purpose,
    RelationshipType,
    Side,
)

Parsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _values(enum: Any) -> str:
    return ", ".join(m.value for m in enum)


def register(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    from bigjournal.cli import meetings

    _register_organisations(subparsers, common)
    _register_contacts(subparsers, common)
    _register_members(subparsers, common)
    meetings.register(subparsers, common)
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


def group_of(subparsers: Parsers, name: str, help_text: str) -> Parsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    group = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    return group


NAMED_BY = "its number (as the list shows it) or its name; a name that matches several is refused"


# --- organisations --------------------------------------------------------------


def _organisation_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    blank = f" {CLEARS}" if editing else ""
    when = day_or_blank if editing else day
    parser.add_argument(
        "--also",
        dest="other_kinds",
        action="append",
        metavar="KIND",
        help="another role it has for the partnership, beside its main kind (repeat for "
        f"more; e.g. --also lto for a housing association that is also the LTO){blank}",
    )
    parser.add_argument(
        "--parent", help=f"the organisation it is part of (council → department){blank}"
    )
    parser.add_argument(
        "--tier",
        dest="council_tier",
        help=f"council tier: unitary, county, district_or_borough, parish_or_town{blank}",
    )
    parser.add_argument(
        "--type",
        dest="relationship_type",
        help=f"type of relationship: {_values(RelationshipType)}{blank}",
    )
    parser.add_argument(
        "--purpose",
        dest="purposes",
        action="append",
        help=f"a purpose (repeat for more): {_values(Purpose)}{blank}",
    )
    parser.add_argument(
        "--holder",
        dest="holders",
        action="append",
        help=f"a member who holds the relationship (repeat for more){blank}",
    )
    parser.add_argument(
        "--every",
        dest="contact_every_days",
        type=days,
        metavar="DAYS",
        help="agreed rhythm of contact, in days" + (" (0 clears it)" if editing else ""),
    )
    parser.add_argument("--since", dest="relationship_since", type=when, metavar="DATE")
    for option in ("phone", "email", "website", "address", "notes"):
        parser.add_argument(f"--{option}")
    parser.add_argument("--history", dest="relationship_notes", help="history of the relationship")
    parser.add_argument("--next-steps", dest="next_steps")


ORG_KEYS = (
    "parent",
    "council_tier",
    "relationship_type",
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
ORG_LISTS = ("other_kinds", "purposes", "holders")


def _organisation_changes(args: argparse.Namespace, keys: tuple[str, ...]) -> dict[str, Any]:
    changes = given(args, keys)
    for key in ORG_LISTS:
        values = listed(getattr(args, key, None))
        if values is not None:
            changes[key] = values
    return changes


def _register_organisations(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = group_of(subparsers, "org", "organisations and the relationship with each")
    add = group.add_parser("add", parents=[common], help="add an organisation")
    add.add_argument("name")
    add.add_argument("--kind", required=True, help=f"one of: {_values(OrganisationKind)}")
    _organisation_options(add, editing=False)
    add_duplicate_ok_option(add)
    add.set_defaults(run=run_org_add)
    edit = group.add_parser(
        "edit",
        parents=[common],
        help="change an organisation",
        description="Change any field of an organisation; the ones not given stay as they "
        "are. A repeated option (--also, --purpose, --holder) replaces the whole list.",
    )
    edit.add_argument("organisation", help=NAMED_BY)
    edit.add_argument("--name")
    edit.add_argument("--kind", help=f"its main kind: {_values(OrganisationKind)}")
    _organisation_options(edit, editing=True)
    edit.set_defaults(run=run_org_edit)
    delete = group.add_parser(
        "delete",
        parents=[common],
        help="delete an organisation with its contacts and promises",
        description="Delete an organisation, with its contacts and promises (meetings stay). "
        "Says what goes with it and asks first.",
    )
    delete.add_argument("organisation", help=NAMED_BY)
    add_yes_option(delete)
    delete.set_defaults(run=run_org_delete)
    group.add_parser("list", parents=[common], help="list organisations").set_defaults(
        run=run_org_list
    )
    show = group.add_parser("show", parents=[common], help="one organisation with its track record")
    show.add_argument("organisation", help=NAMED_BY)
    show.add_argument("--on", type=day, help="as of this date (default: --today)")
    show.set_defaults(run=run_org_show)
    link = group.add_parser("link", parents=[common], help="link two organisations")
    link.add_argument("first")
    link.add_argument("second")
    link.add_argument("--description", default="")
    link.set_defaults(run=run_org_link)
    unlink = group.add_parser(
        "unlink",
        parents=[common],
        help="remove the link between two organisations",
        description="Forget that two organisations work together. Both organisations, "
        "their people and meetings stay.",
    )
    unlink.add_argument("first", help=NAMED_BY)
    unlink.add_argument("second", help=NAMED_BY)
    unlink.set_defaults(run=run_org_unlink)


def run_org_add(args: argparse.Namespace) -> int:
    details = _organisation_changes(args, ORG_KEYS)
    with journal_from(args) as journal:
        confirm_not_duplicate(args, journal, "organisation", args.name, "an organisation")
        added = add_organisation(journal, name=args.name, kind=args.kind, **details)
    report(args, "organisation", added)
    return 0


def run_org_edit(args: argparse.Namespace) -> int:
    changes = _organisation_changes(args, ("name", "kind", *ORG_KEYS))
    if not changes:
        raise nothing_to_change("--every 28")
    with journal_from(args) as journal:
        found = find_organisation(journal, record_key(args.organisation))
        changed = update_organisation(journal, found.id, changes)
    report(args, "organisation", changed, verb="Changed")
    return 0


def run_org_delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_organisation(journal, record_key(args.organisation))
        impact = organisation_deletion_impact(journal, found.id)
        if impact.parts:
            raise ValidationError(
                f"“{found.name}” still has {impact.parts} department(s) or team(s). Delete "
                "them, or move them to another organisation with: bigjournal org edit "
                "DEPARTMENT --parent OTHER"
            )
        confirm_deletion(
            args, f"Delete “{found.name}” (#{found.id}) from the journal? {impact.describe()}"
        )
        delete_organisation(journal, found.id)
    report_deleted(args, "organisation", found, impact)
    return 0


def run_org_list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        rows = list_organisations(journal)
        health = health_of_organisations(journal, today=clock.today())
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
                    ", ".join(k.label for k in r.kinds),
                    r.relationship_type.label if r.relationship_type else "",
                    ", ".join(h.name for h in r.holders),
                    fmt_date(r.last_contact_on),
                    health[r.id].word.label if r.id in health else "",
                ]
                for r in _tree_order(rows)
            ],
            ["id", "organisation", "kind", "relationship", "held by", "last contact", "health"],
        )

    if args.json:  # each row with its health: the word and its reasons
        from bigjournal.journal.jsonable import to_jsonable

        shown = [{**to_jsonable(r), "health": to_jsonable(health.get(r.id))} for r in rows]
        emit(True, shown, render)
        return 0
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
    today = args.on or clock.today()
    with journal_from(args) as journal:
        found = find_organisation(journal, record_key(args.organisation))
        detail = organisation_detail(journal, found.id, today=today)
    emit(args.json, detail, lambda d: render_organisation(d, today))
    return 0


def render_organisation(d: OrganisationDetail, on: Any = None) -> Iterator[str]:
    today = on or clock.today()
    yield f"{d.name} (#{d.id})"
    kind = ", ".join(k.label for k in d.kinds) + (
        f", {d.council_tier.label}" if d.council_tier else ""
    )
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
            f"  Rhythm: every {wording.count(d.contact_every_days, 'day')}; "
            f"last contact {fmt_date(d.last_contact_on)}, next due {fmt_date(d.next_contact_due)}"
        )
    if d.health is not None:
        yield f"  Health: {d.health.describe()}"
    theirs, ours = d.track_records.sentences()
    yield f"  Track record: {theirs}"
    yield f"                {ours}"
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
            yield (
                f"  {c.display_name}, {c.role or c.kind.label} ({c.organisation.name})"
                f"{left}{successor} #{c.id}"
            )
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


def run_org_unlink(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        first, second = unlink_organisations(
            journal, record_key(args.first), record_key(args.second)
        )
    emit(
        args.json,
        {"unlinked": [first, second]},
        lambda _d: [f"Removed the link between “{first.name}” and “{second.name}”."],
    )
    return 0


# --- contacts -------------------------------------------------------------------


def _contact_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    blank = f" {CLEARS}" if editing else ""
    parser.add_argument(
        "--title", help=f"Cllr, Dr, Revd… kept apart from the name, so lists sort by name{blank}"
    )
    parser.add_argument("--role", help=f"their job or position{blank}")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--elected",
        dest="kind",
        action="store_const",
        const=ContactKind.ELECTED_MEMBER.value,
        help="an elected member (councillor)",
    )
    kind.add_argument(
        "--officer",
        dest="kind",
        action="store_const",
        const=ContactKind.OFFICER.value,
        help="an officer (staff)" + ("" if editing else "; the default"),
    )
    parser.add_argument("--ward", help=f"an elected member's ward{blank}")
    parser.add_argument(
        "--term-ends", dest="term_ends_on", type=day_or_blank if editing else day, metavar="DATE"
    )
    parser.add_argument("--phone", help=f"the main phone number{blank}")
    parser.add_argument("--email", help=f"the main email address{blank}")
    parser.add_argument(
        "--other-phone",
        dest="other_phones",
        action="append",
        metavar="PHONE",
        help="a further phone number (repeat for more"
        + ("; replaces the list" if editing else "")
        + f"){blank}",
    )
    parser.add_argument(
        "--other-email",
        dest="other_emails",
        action="append",
        metavar="EMAIL",
        help="a further email address (repeat for more"
        + ("; replaces the list" if editing else "")
        + f"){blank}",
    )
    parser.add_argument(
        "--prefers",
        dest="preferred_contact",
        help=f"how they prefer to be contacted: {_values(PreferredContact)}{blank}",
    )
    parser.add_argument("--notes")
    parser.add_argument("--private-notes", dest="private_notes")


CONTACT_KEYS = (
    "title",
    "role",
    "kind",
    "ward",
    "term_ends_on",
    "phone",
    "email",
    "preferred_contact",
    "notes",
    "private_notes",
)


def _contact_changes(args: argparse.Namespace, keys: tuple[str, ...]) -> dict[str, Any]:
    changes = given(args, keys)
    for key in ("other_phones", "other_emails"):
        values = listed(getattr(args, key, None))
        if values is not None:
            changes[key] = values
    return changes


def _register_contacts(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = group_of(subparsers, "contact", "people at organisations")
    add = group.add_parser("add", parents=[common], help="add a contact")
    add.add_argument("name")
    add.add_argument(
        "--org",
        dest="organisation",
        required=True,
        help="the organisation, department or team they work for",
    )
    _contact_options(add, editing=False)
    add_duplicate_ok_option(add)
    add.set_defaults(run=run_contact_add)
    edit = group.add_parser(
        "edit",
        parents=[common],
        help="change a contact (or move them to another department)",
        description="Change any field of a contact; the ones not given stay as they are. "
        "--org moves them to another organisation or department, keeping their history. "
        "Someone who has left is recorded with: bigjournal leave.",
    )
    edit.add_argument("contact", help=NAMED_BY)
    edit.add_argument("--name")
    edit.add_argument("--org", dest="organisation", help="move them to this organisation")
    _contact_options(edit, editing=True)
    edit.set_defaults(run=run_contact_edit)
    delete = group.add_parser(
        "delete",
        parents=[common],
        help="delete a contact entered by mistake",
        description="Delete a contact with the promises they made (meetings they attended "
        "stay). Someone who has moved on is better recorded with: bigjournal leave.",
    )
    delete.add_argument("contact", help=NAMED_BY)
    add_yes_option(delete)
    delete.set_defaults(run=run_contact_delete)
    listing = group.add_parser("list", parents=[common], help="list contacts")
    listing.add_argument("--org", dest="organisation")
    listing.add_argument("--active", action="store_true", help="leave out people who have left")
    listing.set_defaults(run=run_contact_list)
    show = group.add_parser("show", parents=[common], help="one contact")
    show.add_argument("contact", help=NAMED_BY)
    show.set_defaults(run=run_contact_show)


def run_contact_add(args: argparse.Namespace) -> int:
    details = _contact_changes(args, CONTACT_KEYS)
    with journal_from(args) as journal:
        confirm_not_duplicate(args, journal, "contact", args.name, "a contact")
        added = add_contact(journal, name=args.name, organisation=args.organisation, **details)
    report(args, "contact", added)
    return 0


def run_contact_edit(args: argparse.Namespace) -> int:
    changes = _contact_changes(args, ("name", "organisation", *CONTACT_KEYS))
    if not changes:
        raise nothing_to_change("--title Cllr")
    with journal_from(args) as journal:
        found = find_contact(journal, record_key(args.contact))
        changed = update_contact(journal, found.id, changes)
    report(args, "contact", changed, verb="Changed")
    return 0


def run_contact_delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_contact(journal, record_key(args.contact))
        impact = contact_deletion_impact(journal, found.id)
        confirm_deletion(
            args, f"Delete {found.name} (#{found.id}) from the journal? {impact.describe()}"
        )
        delete_contact(journal, found.id)
    report_deleted(args, "contact", found, impact)
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
                        c.display_name,
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
        found = find_contact(journal, record_key(args.contact))
        detail = contact_detail(journal, found.id, today=clock.today())
    emit(args.json, detail, render_contact)
    return 0


def render_contact(d: ContactDetail) -> Iterator[str]:
    c = d.contact
    yield f"{c.display_name} (#{c.id}) — {c.role or c.kind.label}, {c.organisation.name}"
    if c.ward:
        yield f"  Ward: {c.ward}; term ends {fmt_date(c.term_ends_on)}"
    for label, values in (("Phone", c.phones), ("Email", c.emails)):
        if values:
            yield f"  {label}: {'; '.join(values)}"
    if c.preferred_contact:
        yield f"  Prefers: {c.preferred_contact.label}"
    if c.left_on:
        yield f"  LEFT on {fmt_date(c.left_on)}" + (f" for {c.went_to}" if c.went_to else "")
        if c.successor:
            yield f"  Successor: {c.successor.name}"
    yield f"  Track record: {d.track_record.sentence(Side.THEIRS)}"
    if c.notes:
        yield f"  Notes: {c.notes}"
    if d.meetings:
        yield f"  Meetings: {len(d.meetings)}, latest {fmt_date(d.meetings[0].occurred_on)}"


# --- members --------------------------------------------------------------------


def _member_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    blank = f" {CLEARS}" if editing else ""
    when = day_or_blank if editing else day
    parser.add_argument("--phone", help=f"phone number{blank}")
    parser.add_argument("--email", help=f"email address{blank}")
    parser.add_argument("--joined", dest="joined_on", type=when, metavar="DATE")
    if editing:
        parser.add_argument(
            "--stepped-down",
            dest="stepped_down_on",
            type=when,
            metavar="DATE",
            help="correct the date they stepped down (to step down, use: bigjournal "
            f"step-down){blank}",
        )
    parser.add_argument(
        "--conflicts", dest="conflicts_of_interest", help="declared conflicts of interest"
    )
    parser.add_argument("--notes")


MEMBER_KEYS = ("phone", "email", "joined_on", "stepped_down_on", "conflicts_of_interest", "notes")


def _register_members(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    group = group_of(subparsers, "member", "members of the partnership (our side)")
    add = group.add_parser("add", parents=[common], help="add a member")
    add.add_argument("name")
    add.add_argument("--role", required=True, help=f"one of: {_values(MemberRole)}")
    _member_options(add, editing=False)
    add_duplicate_ok_option(add)
    add.set_defaults(run=run_member_add)
    edit = group.add_parser(
        "edit",
        parents=[common],
        help="change a member",
        description="Change any field of a partnership member; the ones not given stay.",
    )
    edit.add_argument("member", help=NAMED_BY)
    edit.add_argument("--name")
    edit.add_argument("--role", help=f"one of: {_values(MemberRole)}")
    _member_options(edit, editing=True)
    edit.set_defaults(run=run_member_edit)
    delete = group.add_parser(
        "delete",
        parents=[common],
        help="delete a member entered by mistake",
        description="Delete a member with the promises they made (meetings stay; the "
        "relationships they held lose them as a holder). A member who leaves the "
        "partnership is recorded with: bigjournal step-down.",
    )
    delete.add_argument("member", help=NAMED_BY)
    add_yes_option(delete)
    delete.set_defaults(run=run_member_delete)
    listing = group.add_parser("list", parents=[common], help="list members")
    listing.add_argument("--active", action="store_true", help="leave out former members")
    listing.set_defaults(run=run_member_list)


def run_member_add(args: argparse.Namespace) -> int:
    details = given(args, MEMBER_KEYS)
    with journal_from(args) as journal:
        confirm_not_duplicate(args, journal, "member", args.name, "a member")
        added = add_member(journal, name=args.name, role=args.role, **details)
    report(args, "member", added)
    return 0


def run_member_edit(args: argparse.Namespace) -> int:
    changes = given(args, ("name", "role", *MEMBER_KEYS))
    if not changes:
        raise nothing_to_change("--role chair")
    with journal_from(args) as journal:
        found = find_member(journal, record_key(args.member))
        changed = update_member(journal, found.id, changes)
    report(args, "member", changed, verb="Changed")
    return 0


def run_member_delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_member(journal, record_key(args.member))
        impact = member_deletion_impact(journal, found.id)
        confirm_deletion(
            args, f"Delete {found.name} (#{found.id}) from the journal? {impact.describe()}"
        )
        delete_member(journal, found.id)
    report_deleted(args, "member", found, impact)
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
