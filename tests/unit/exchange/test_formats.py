"""vCard, iCalendar and CSV: what we write is read back by independent parsers."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from bigjournal.exchange.ical import calendar_text, export_calendar
from bigjournal.exchange.registers import REGISTERS, export_register, register_csv, safe_cell
from bigjournal.exchange.textformat import content_line, escape, parse_line, unescape, unfold
from bigjournal.exchange.vcard import (
    contacts_as_vcards,
    export_vcards,
    import_vcards,
    parse_vcards,
    plan_vcard_import,
    read_vcard_file,
)
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, list_contacts, update_contact
from bigjournal.journal.promises import list_promises
from bigjournal.model import PromiseStatus
from bigjournal.store import Journal
from tests.conftest import TODAY

NOW = datetime(2026, 6, 15, 9, 30, tzinfo=UTC)


# --- vCard ------------------------------------------------------------------------


def test_contacts_reach_an_address_book(demo_journal: Journal, tmp_path: Path) -> None:
    contact = next(c for c in list_contacts(demo_journal, include_left=False) if c.phone)
    update_contact(
        demo_journal,
        contact.id,
        {
            "notes": "Prefers mornings; ask for Zoë, not the desk.\nSecond line",
            "private_notes": "x",
        },
    )
    path = tmp_path / "contacts.vcf"
    count = export_vcards(demo_journal, path)
    active = list_contacts(demo_journal, include_left=False)
    assert count == len(active)
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == count
    card = next(c for c in cards if c.fn.value == contact.name)
    assert card.version.value == "3.0"
    assert card.tel.value == contact.phone
    assert card.org.value[-1] == contact.organisation.name
    assert card.note.value == "Prefers mornings; ask for Zoë, not the desk.\nSecond line"
    assert card.uid.value == f"urn:uuid:{contact.uuid}"
    assert b"private" not in raw.lower()


@settings(max_examples=40, deadline=None)
@given(
    name=st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1).filter(
        lambda s: s.strip()
    ),
    note=st.text(
        st.characters(exclude_categories=("Cs",)).filter(
            # NUL is dropped on import: PostgreSQL cannot hold it (issue 16).
            lambda c: c not in "\r\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x00"
        )
    ),
)
def test_any_text_survives_folding_and_escaping(name: str, note: str) -> None:
    """Independent parser and our own both read back exactly what we wrote."""
    text = (
        "BEGIN:VCARD\r\n"
        + content_line("VERSION", "3.0")
        + content_line("FN", escape(name))
        + content_line("N", escape(name) + ";;;;")
        + content_line("NOTE", escape(note))
        + "END:VCARD\r\n"
    )
    ours = parse_vcards(text)[0]
    assert ours.name == name.strip() and ours.notes == note.strip()
    theirs = vobject.readOne(text)
    assert theirs.fn.value == name
    assert theirs.note.value == note


def test_cards_from_phones_come_in_and_nothing_doubles(
    demo_journal: Journal, tmp_path: Path
) -> None:
    council = add_organisation(demo_journal, name="Ashby Borough Council", kind="local_authority")
    add_contact(demo_journal, name="Nadia Rahman", organisation=council.id, phone="01632 960000")
    phone_export = (
        # vCard 2.1 as old Android phones write it: quoted-printable, bare TYPE params.
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "M=C3=BCller;J=C3=BCrgen;;;\r\nORG:Ashby Borough Council\r\nTEL;WORK;VOICE:01632 960111\r\n"
        "END:VCARD\r\n"
        # vCard 4.0 as iPhones and Google write it, grouped and folded.
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nadia Rahman\r\n"
        "item1.ORG:Ashby Borough \r\n Council;Planning\r\n"
        "TEL;TYPE=cell:07700 900123\r\nEMAIL;TYPE=work:nadia.rahman@ashby.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Nobody\r\nORG:Unknown Trust\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Email\r\nORG:Ashby Borough Council\r\n"
        "EMAIL:not-an-address\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "phone.vcf"
    path.write_text(phone_export, encoding="utf-8")
    cards = read_vcard_file(path)
    assert [c.name for c in cards] == ["Jürgen Müller", "Nadia Rahman", "Sam Nobody", "Bad Email"]
    # RFC 6350: ORG's first part is the organisation, the rest its departments (issue 16:
    # taking the last part made Google's "Council;Housing Department" a new organisation).
    assert cards[1].organisation == "Ashby Borough Council"
    assert cards[1].departments == ("Planning",)
    plan = plan_vcard_import(demo_journal, cards, default_organisation=None)
    actions = {p.card.name: p.action for p in plan.plans}
    assert actions == {
        "Jürgen Müller": "add",
        "Nadia Rahman": "update",  # matched by name at the council; Planning is not a unit
        "Sam Nobody": "skip",
        "Bad Email": "skip",
    }
    nadia_plan = next(p for p in plan.plans if p.card.name == "Nadia Rahman")
    assert "no department “Planning” in the journal" in nadia_plan.note
    before = len(list_contacts(demo_journal))
    import_vcards(demo_journal, plan)
    assert len(list_contacts(demo_journal)) == before + 1
    # Brought in again, with a default organisation: nothing doubles, nothing changes.
    again = plan_vcard_import(demo_journal, cards, default_organisation=council.id)
    actions = {p.card.name: p.action for p in again.plans}
    assert actions["Jürgen Müller"] == "unchanged" and actions["Nadia Rahman"] == "unchanged"
    import_vcards(demo_journal, again)
    nadia = next(c for c in list_contacts(demo_journal) if c.name == "Nadia Rahman")
    assert nadia.phone == "07700 900123" and nadia.email == "nadia.rahman@ashby.example"
    assert len([c for c in list_contacts(demo_journal) if c.name == "Nadia Rahman"]) == 1


def test_our_own_cards_come_back_to_the_same_contacts(demo_journal: Journal) -> None:
    text, count = contacts_as_vcards(demo_journal, include_left=True)
    plan = plan_vcard_import(demo_journal, parse_vcards(text))
    assert plan.count("unchanged") == count and plan.count("add") == 0
    new_org = plan_vcard_import(
        demo_journal,
        parse_vcards("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nORG:Lee Foundation\nEND:VCARD\n"),
        add_organisations=True,
    )
    assert new_org.new_organisations == ("Lee Foundation",)
    import_vcards(demo_journal, new_org)
    assert next(
        c for c in list_contacts(demo_journal) if c.name == "Ann Lee"
    ).organisation.name == ("Lee Foundation")


def test_line_syntax_details() -> None:
    assert unescape(escape("a,b;c\\d\ne")) == "a,b;c\\d\ne"
    assert unfold("A:1\r\n 2\r\n\t3\r\nB:4") == ["A:123", "B:4"]
    prop = parse_line('item2.TEL;TYPE="work,voice";PREF=1:+44 1632')
    assert (
        prop is not None and prop.name == "TEL" and prop.param_values("TYPE") == ["work", "voice"]
    )


def test_not_a_vcard_file(tmp_path: Path) -> None:
    from bigjournal.exchange.errors import ArchiveError

    path = tmp_path / "list.vcf"
    path.write_text("just a list of names")
    with pytest.raises(ArchiveError, match="not a vCard file"):
        read_vcard_file(path)


# --- iCalendar --------------------------------------------------------------------


def test_meetings_and_due_dates_reach_a_calendar(demo_journal: Journal, tmp_path: Path) -> None:
    meeting = list_meetings(demo_journal)[0]
    log_meeting(
        demo_journal,
        MeetingDraft(
            occurred_on=date(2026, 7, 1),
            starts_at=time(19, 0),
            title="Open evening, Ward 3; with the new officer",
            location="Community Centre, Hall 2",
            organisations=[meeting.organisations[0].id],
            notes="Private thoughts about the officer",
        ),
        today=TODAY,
    )
    path = tmp_path / "calendar.ics"
    count = export_calendar(demo_journal, path, now=NOW)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    due = [p for p in list_promises(demo_journal) if p.status is PromiseStatus.OPEN and p.due_on]
    assert len(events) == count == len(list_meetings(demo_journal)) + len(due)
    walkabout = next(e for e in events if "Open evening" in str(e["SUMMARY"]))
    assert str(walkabout["SUMMARY"]).startswith("Open evening, Ward 3; with the new officer")
    assert walkabout.decoded("DTSTART") == datetime(2026, 7, 1, 19, 0)  # floating local time
    assert walkabout.decoded("DTEND") == datetime(2026, 7, 1, 20, 0)
    assert str(walkabout["LOCATION"]) == "Community Centre, Hall 2"
    assert "Private thoughts" not in path.read_text()
    promise_event = next(e for e in events if str(e["UID"]) == f"{due[0].uuid}-due@bigjournal")
    assert promise_event.decoded("DTSTART") == due[0].due_on
    assert str(promise_event["SUMMARY"]) == f"Due: {due[0].description}"
    assert len({str(e["UID"]) for e in events}) == len(events)
    with_notes, _ = calendar_text(demo_journal, with_notes=True, since=date(2026, 7, 1), now=NOW)
    assert (
        "Private thoughts"
        in icalendar.Calendar.from_ical(with_notes).walk("VEVENT")[0]["DESCRIPTION"]
    )


# --- CSV --------------------------------------------------------------------------


@pytest.mark.parametrize("register", REGISTERS)
def test_every_register_opens_as_a_spreadsheet(
    demo_journal: Journal, tmp_path: Path, register: str
) -> None:
    path = tmp_path / f"{register}.csv"
    count = export_register(demo_journal, register, path, today=TODAY)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == count + 1 > 2
    assert all(len(row) == len(rows[0]) for row in rows)


def test_the_promise_register_holds_the_promises(demo_journal: Journal) -> None:
    text, _ = register_csv(demo_journal, "promises", today=TODAY)
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    promises = list_promises(demo_journal, today=TODAY)
    assert [r["Promise"] for r in rows] == [safe_cell(p.description) for p in promises]
    overdue = [r for r in rows if r["Overdue"] == "yes"]
    assert len(overdue) == sum(p.is_overdue(TODAY) for p in promises) > 0


def test_cells_cannot_smuggle_formulas() -> None:
    assert safe_cell('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert safe_cell("- call back Tuesday") == "'- call back Tuesday"
    assert safe_cell("+44 1632 960000") == "+44 1632 960000"
    assert safe_cell("-12") == "-12"
    assert safe_cell("Zoë") == "Zoë"


def test_an_unknown_register(demo_journal: Journal) -> None:
    from bigjournal.errors import ValidationError

    with pytest.raises(ValidationError, match="not a register"):
        register_csv(demo_journal, "grants")
