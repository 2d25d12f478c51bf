"""Contacts to and from vCard (``.vcf``), so they reach phones and address books.

We write vCard 3.0 (RFC 2426): the version every phone and address book reads.
We read 2.1, 3.0 and 4.0. Private notes never leave in a vCard. Each card carries
the contact's ``uuid`` as its UID, so cards sent out and brought back are matched
to the same contact instead of being added twice.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from bigjournal import APP_NAME, __version__
from bigjournal.errors import ValidationError
from bigjournal.exchange.errors import ArchiveError
from bigjournal.exchange.textformat import (
    Property,
    content_line,
    escape,
    parse_line,
    split_unescaped,
    unescape,
    unfold,
)
from bigjournal.journal.lookup import find
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts
from bigjournal.journal.records import ContactRow
from bigjournal.journal.validation import check_email, optional_text, require_text
from bigjournal.model import Contact, ContactKind, Organisation, OrganisationKind
from bigjournal.store import Journal
from bigjournal.store.files import write_atomically

MAX_VCARD_BYTES = 20 * 1024 * 1024


# --- writing ----------------------------------------------------------------------


def contacts_as_vcards(
    journal: Journal,
    *,
    organisation: int | str | None = None,
    include_left: bool = False,
) -> tuple[str, int]:
    """The contacts as vCard text, and how many cards it holds."""
    rows = list_contacts(journal, organisation=organisation, include_left=include_left)
    parents = _parent_names(journal)
    cards = [_card(row, parents.get(row.organisation.id)) for row in rows]
    return "".join(cards), len(cards)


def export_vcards(
    journal: Journal,
    destination: str | Path,
    *,
    organisation: int | str | None = None,
    include_left: bool = False,
) -> int:
    """Write the contacts to a ``.vcf`` file (whole or not at all); returns the count."""
    text, count = contacts_as_vcards(journal, organisation=organisation, include_left=include_left)
    write_atomically(Path(destination), text.encode("utf-8"))
    return count


def _parent_names(journal: Journal) -> dict[int, str]:
    organisations = list_organisations(journal)
    names = {o.id: o.name for o in organisations}
    return {o.id: names[o.parent_id] for o in organisations if o.parent_id in names}


def _card(row: ContactRow, parent: str | None) -> str:
    family, given = _split_name(row.name)
    org = [parent, row.organisation.name] if parent else [row.organisation.name]
    lines = [
        "BEGIN:VCARD\r\n",
        content_line("VERSION", "3.0"),
        content_line("PRODID", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"),
        content_line("UID", f"urn:uuid:{row.uuid}"),
        content_line("FN", escape(row.name)),
        content_line("N", f"{escape(family)};{escape(given)};;;"),
        content_line("ORG", ";".join(escape(part) for part in org)),
    ]
    if row.role:
        lines.append(content_line("TITLE", escape(row.role)))
    if row.phone:
        lines.append(content_line("TEL", escape(row.phone), type="WORK,VOICE"))
    if row.email:
        lines.append(content_line("EMAIL", escape(row.email), type="INTERNET,WORK"))
    categories = [row.kind.label]
    if row.ward:
        categories.append(f"Ward: {row.ward}")
    if row.left_on:
        categories.append("Has left")
    lines.append(content_line("CATEGORIES", ",".join(escape(c) for c in categories)))
    note = row.notes
    if row.left_on:
        note = f"Left on {row.left_on:%d %B %Y}" + (f" for {row.went_to}" if row.went_to else "")
        note += f". {row.notes}" if row.notes else "."
    if note:
        lines.append(content_line("NOTE", escape(note)))
    lines.append("END:VCARD\r\n")
    return "".join(lines)


def _split_name(name: str) -> tuple[str, str]:
    """vCard's N wants family and given names; the last word is the best guess."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return words[-1], " ".join(words[:-1])


# --- reading ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Card:
    """One person from a vCard file, as far as the journal can use it."""

    name: str
    organisation: str
    role: str
    phone: str
    email: str
    notes: str
    uid: str
    #: ORG's later components: departments, the most specific last (RFC 6350 §6.6.4).
    departments: tuple[str, ...] = ()
    #: What the card holds that the journal will not keep, in words for the preview.
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CardPlan:
    card: Card
    action: str  # "add", "update", "unchanged", "skip"
    reason: str = ""
    contact_id: int | None = None
    changes: tuple[tuple[str, str], ...] = ()
    organisation_id: int | None = None  # where an added contact goes (None: a new one)
    #: The name of the new organisation or department an added contact goes to.
    organisation_name: str = ""
    #: A word for the preview (a department not in the journal, fields not kept).
    note: str = ""


@dataclass(frozen=True, slots=True)
class VCardImport:
    """What a vCard import will do (preview) or did."""

    plans: tuple[CardPlan, ...]
    new_organisations: tuple[str, ...]
    #: New departments to add, as (department, the organisation it is part of).
    new_departments: tuple[tuple[str, str], ...] = ()

    def count(self, action: str) -> int:
        return sum(1 for p in self.plans if p.action == action)


def parse_vcards(text: str, *, octets: bool = False) -> list[Card]:
    """Every card in a vCard file; lines that are not part of a card are ignored.

    ``octets``: ``text`` is the file's bytes read as Latin-1, so that each value is
    decoded by its declared charset (:func:`read_vcard_file` does this).
    """
    cards: list[Card] = []
    current: list[Property] | None = None
    for line in unfold(text):
        prop = parse_line(line, octets=octets)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            current = []
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if current is not None:
                card = _to_card(current)
                if card is not None:
                    cards.append(card)
            current = None
        elif current is not None:
            current.append(prop)
    return cards


def read_vcard_file(path: str | Path) -> list[Card]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_VCARD_BYTES:
            raise ArchiveError(f"“{path.name}” is far larger than an address book; not read.")
        data = path.read_bytes()
    except OSError as error:
        raise ArchiveError(f"“{path.name}” could not be read ({error.strerror}).") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Outlook's exports
        data = data.decode("utf-16", "replace").encode("utf-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    # One character per byte: every value is then decoded by its own declared charset,
    # else UTF-8, else Windows-1252 (textformat.decode_text), and nothing can fail.
    text = data.decode("latin-1")
    cards = parse_vcards(text, octets=True)
    if not cards and "BEGIN:VCARD" not in text.upper():
        raise ArchiveError(f"“{path.name}” is not a vCard file (no contacts found in it).")
    return cards


def _first(props: list[Property], name: str, prefer: Iterable[str] = ()) -> str:
    matching = [p for p in props if p.name == name and p.value.strip()]
    for wanted in prefer:
        for prop in matching:
            if wanted in prop.param_values("TYPE"):
                return prop.value
    return matching[0].value if matching else ""


def _to_card(props: list[Property]) -> Card | None:
    name = unescape(_first(props, "FN")).strip()
    if not name:
        parts = [unescape(p) for p in split_unescaped(_first(props, "N"), ";")] + [""] * 5
        family, given, middle, prefix, suffix = parts[:5]
        name = " ".join(p for p in (prefix, given, middle, family, suffix) if p).strip()
    if not name:
        return None
    org_parts = [unescape(p).strip() for p in split_unescaped(_first(props, "ORG"), ";")]
    org_parts = [p for p in org_parts if p]
    uid = _first(props, "UID").strip()
    return Card(
        name=name,
        # RFC 6350: the organisation first, then its units ("…Council;Housing").
        organisation=org_parts[0] if org_parts else "",
        departments=tuple(org_parts[1:]),
        role=unescape(_first(props, "TITLE")).strip(),
        phone=_telephone(_first(props, "TEL", prefer=("work", "pref", "voice"))),
        email=unescape(_first(props, "EMAIL", prefer=("work", "pref"))).strip(),
        notes=_clean_note(unescape(_first(props, "NOTE")).strip()),
        uid=uid.removeprefix("urn:uuid:").removeprefix("URN:UUID:"),
        left_out=_left_out(props),
    )


def _telephone(value: str) -> str:
    """A phone number as people write it: vCard 4's ``tel:`` URI without its scheme."""
    number = unescape(value).strip()
    if number[:4].lower() == "tel:":
        number = number[4:].split(";", 1)[0]  # "tel:+44-1632-960123;ext=12"
    return number.strip()


def _clean_note(text: str) -> str:
    """A note without NUL (PostgreSQL cannot hold it; some exporters pad with it).

    Other control characters are kept as a journal keeps them; what prints a note
    neutralises them (cli.output.terminal_safe).
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


#: Properties every card has that say nothing about the person, or that the journal
#: keeps (the first of each kept one).
_STRUCTURE = {"BEGIN", "END", "VERSION", "PRODID", "UID", "REV", "FN", "N", "KIND", "SOURCE"}
_KEPT_ONCE = {"ORG": "organisation", "TITLE": "role", "TEL": "phone number",
              "EMAIL": "email address", "NOTE": "note"}  # fmt: skip
_WORDS = {
    "ADR": "an address",
    "LABEL": "an address",
    "URL": "a web address",
    "CATEGORIES": "categories",
    "BDAY": "a birthday",
    "ANNIVERSARY": "an anniversary",
    "PHOTO": "a photo",
    "LOGO": "a logo",
    "NICKNAME": "a nickname",
    "ROLE": "a role description",
    "IMPP": "a messaging address",
    "GEO": "a location",
    "TZ": "a time zone",
    "RELATED": "related people",
    "GENDER": "a gender",
    "LANG": "a language",
    "MEMBER": "group members",
    "X-SOCIALPROFILE": "a social profile",
}


def _left_out(props: list[Property]) -> tuple[str, ...]:
    """In words, everything on the card the journal will not keep (for the preview)."""
    counts: dict[str, int] = {}
    words: list[str] = []
    for prop in props:
        if prop.name in _STRUCTURE or not prop.value.strip():
            continue
        counts[prop.name] = counts.get(prop.name, 0) + 1
        if prop.name in _KEPT_ONCE:
            if counts[prop.name] == 2:
                words.append(f"more than one {_KEPT_ONCE[prop.name]} (one is kept)")
            continue
        what = _WORDS.get(prop.name, f"“{prop.name.lower()}”")
        if what not in words:
            words.append(what)
    return tuple(words)


def plan_vcard_import(
    journal: Journal,
    cards: list[Card],
    *,
    default_organisation: int | str | None = None,
    add_organisations: bool = False,
) -> VCardImport:
    """Match each card to a contact (by UID, else by name at the organisation)."""
    with journal.reading() as session:
        default_id = (
            find(session, Organisation, default_organisation).id
            if default_organisation is not None
            else None
        )
        known = session.execute(
            select(Organisation.id, Organisation.name, Organisation.parent_id)
        ).all()
        contacts = session.execute(
            select(
                Contact.id,
                Contact.uuid,
                func.lower(Contact.name),
                Contact.organisation_id,
                Contact.role,
                Contact.phone,
                Contact.email,
            )
        ).all()
    organisations: dict[str, int] = {}
    for id_, name, _parent in known:
        organisations.setdefault(name.casefold(), id_)
    within = {(name.casefold(), parent): id_ for id_, name, parent in known}
    names = {id_: name for id_, name, _parent in known}
    by_uuid = {c.uuid: c for c in contacts}
    by_name = {(c[2], c.organisation_id): c for c in contacts}
    plans: list[CardPlan] = []
    new_organisations: list[str] = []
    new_departments: list[tuple[str, str]] = []
    for card in cards:
        problem = _problem(card)
        if problem:
            plans.append(CardPlan(card, "skip", problem))
            continue
        existing = by_uuid.get(card.uid)
        organisation_id = organisations.get(card.organisation.casefold())
        notes = [f"not kept: {', '.join(card.left_out)}"] if card.left_out else []
        target_name = ""
        if existing is None and organisation_id is None:
            if default_id is not None:
                organisation_id = default_id
            elif card.organisation and add_organisations:
                if card.organisation.casefold() not in (n.casefold() for n in new_organisations):
                    new_organisations.append(card.organisation)
                target_name = card.organisation
            else:
                reason = (
                    f"no organisation “{card.organisation}” in the journal"
                    if card.organisation
                    else "the card names no organisation"
                )
                plans.append(CardPlan(card, "skip", reason, note="; ".join(notes)))
                continue
        if existing is None and card.departments and card.organisation:
            # The most specific department the journal has (or will have) takes the card.
            parent_name = target_name or names.get(organisation_id or 0, card.organisation)
            for department in card.departments:
                found = within.get((department.casefold(), organisation_id))
                if found is not None and not target_name:
                    organisation_id, parent_name = found, department
                    continue
                if add_organisations:
                    pair = (department, parent_name)
                    if pair not in new_departments:
                        new_departments.append(pair)
                    organisation_id, target_name, parent_name = None, department, department
                    continue
                notes.append(f"no department “{department}” in the journal: put at {parent_name}")
                break
        if existing is None and organisation_id is not None:
            existing = by_name.get((card.name.lower(), organisation_id))
        note = "; ".join(notes)
        if existing is None:
            plans.append(
                CardPlan(
                    card,
                    "add",
                    organisation_id=organisation_id,
                    organisation_name=target_name,
                    note=note,
                )
            )
            continue
        changes = tuple(
            (key, value)
            for key, value, old in (
                ("role", card.role, existing.role),
                ("phone", card.phone, existing.phone),
                ("email", card.email, existing.email),
            )
            if value and value != old
        )
        action = "update" if changes else "unchanged"
        plans.append(CardPlan(card, action, "", existing.id, changes, note=note))
    return VCardImport(tuple(plans), tuple(new_organisations), tuple(new_departments))


def _problem(card: Card) -> str:
    try:
        require_text(card.name, "name", field="name")
        optional_text(card.role, "role", field="role")
        optional_text(card.phone, "phone number", field="phone", limit=60)
        check_email(card.email)
        for organisation in (card.organisation, *card.departments):
            optional_text(organisation, "organisation", field="organisation")
    except ValidationError as error:
        return str(error)
    return ""


def import_vcards(journal: Journal, plan: VCardImport) -> VCardImport:
    """Apply a plan in one transaction: every card, or (on any error) none."""
    with journal.transaction() as session:
        for name in plan.new_organisations:
            session.add(Organisation(name=name.strip()[:200], kind=OrganisationKind.OTHER))
        session.flush()
        organisations: dict[str, int] = {}
        for id_, name in session.execute(select(Organisation.id, Organisation.name)):
            organisations.setdefault(name.casefold(), id_)
        for department, parent in plan.new_departments:
            parent_id = organisations.get(parent.casefold())
            above = session.get(Organisation, parent_id) if parent_id else None
            council = above is not None and above.kind in (
                OrganisationKind.LOCAL_AUTHORITY,
                OrganisationKind.COUNCIL_DEPARTMENT,
            )
            unit = Organisation(
                name=department.strip()[:200],
                kind=OrganisationKind.COUNCIL_DEPARTMENT if council else OrganisationKind.OTHER,
                parent_id=parent_id,
            )
            session.add(unit)
            session.flush()
            organisations[department.casefold()] = unit.id
        for item in plan.plans:
            card = item.card
            if item.action == "add":
                organisation_id = item.organisation_id or organisations.get(
                    (item.organisation_name or card.organisation).casefold()
                )
                if organisation_id is None:
                    raise ValidationError(
                        f"The organisation for “{card.name}” could not be found; "
                        "nothing was imported."
                    )
                session.add(
                    Contact(
                        name=card.name.strip(),
                        organisation_id=organisation_id,
                        kind=ContactKind.OFFICER,
                        role=card.role.strip(),
                        phone=card.phone.strip(),
                        email=card.email.strip(),
                        notes=card.notes.strip(),
                    )
                )
            elif item.action == "update":
                contact = session.get(Contact, item.contact_id)
                if contact is not None:
                    for key, value in item.changes:
                        setattr(contact, key, value.strip())
    return plan
