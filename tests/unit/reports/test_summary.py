"""The one-page relationship summary, read back from real PDFs."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from bigjournal.journal import settings
from bigjournal.journal.briefing import relationship_summary
from bigjournal.journal.organisations import add_organisation, find_organisation
from bigjournal.model import (
    Contact,
    Handover,
    Meeting,
    Member,
    Organisation,
    Promise,
)
from bigjournal.model.vocabulary import (
    ContactKind,
    MeetingKind,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    PromiseStatus,
    RelationshipType,
    Side,
)
from bigjournal.reports import build_summary, make_summary, report_fonts
from bigjournal.reports.page import frame_size
from bigjournal.reports.scripts import fallback_fonts
from bigjournal.store import Journal
from tests.conftest import TODAY

NAMES = ("Zoë Fletcher", "Łukasz Nowak", "Øyvind Hansen", "Ιωάννης Παπαδόπουλος", "Наталья Иванова")
LONG = "A very long note that goes on and on about the history of it all. " * 31  # ~2,000


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font used on any page, and whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def assert_no_missing_glyphs(path: Path) -> None:
    covered = report_fonts().covered
    for text in pdf_text(path):
        missing = {ch for ch in text if not ch.isspace() and ord(ch) not in covered}
        assert not missing, f"characters the font cannot draw: {missing}"


def heavy_journal(journal: Journal) -> int:
    """An organisation with 50 contacts, 200 promises, 500 meetings and very long texts."""
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Heavy Street Partnership"})
    with journal.transaction() as session:
        members = [
            Member(name=f"{NAMES[i % len(NAMES)]} the {i}th", role=MemberRole.RESIDENT_MEMBER)
            for i in range(8)
        ]
        session.add_all(members)
        council = Organisation(
            name="The Extraordinarily Long-Named Metropolitan Borough Council of "
            "Somewhere-upon-Something and the Surrounding Villages, Hamlets and Parishes",
            kind=OrganisationKind.LOCAL_AUTHORITY,
            relationship_type=RelationshipType.POWERFUL_ALLY,
            contact_every_days=14,
            relationship_since=TODAY - timedelta(days=3000),
            relationship_notes=LONG,
            next_steps=LONG,
        )
        council.holders = members
        session.add(council)
        session.flush()
        departments = [
            Organisation(
                name=f"Department number {i} of many",
                kind=OrganisationKind.COUNCIL_DEPARTMENT,
                parent_id=council.id,
            )
            for i in range(12)
        ]
        session.add_all(departments)
        session.flush()
        contacts = []
        for i in range(50):
            contacts.append(
                Contact(
                    name=f"{NAMES[i % len(NAMES)]} {'Hyphenated-Surname-' * (i % 4)}{i}",
                    role="Senior officer responsible for everything in particular " * (i % 3),
                    organisation_id=(council if i % 2 else departments[i % 12]).id,
                    kind=ContactKind.ELECTED_MEMBER if i % 7 == 0 else ContactKind.OFFICER,
                    phone=f"01632 96{i:04d}",
                    email=f"person.number.{i}@an-extremely-long-domain-name.example.org",
                    preferred_contact=PreferredContact.EMAIL if i % 2 else PreferredContact.PHONE,
                    notes=LONG,
                    left_on=TODAY - timedelta(days=i) if i >= 40 else None,
                )
            )
        session.add_all(contacts)
        session.flush()
        for i, leaver in enumerate(contacts[40:]):
            leaver.successor_id = contacts[i].id
            if i % 2:
                session.add(Handover(contact_id=leaver.id, left_on=leaver.left_on))
        meetings = [
            Meeting(
                occurred_on=TODAY - timedelta(days=2 * i + 1),
                kind=MeetingKind.MEETING if i % 3 else MeetingKind.WALKABOUT,
                title=f"Meeting {i}: " + "a long agenda item about the estate " * (i % 5),
            )
            for i in range(500)
        ]
        for meeting in meetings:
            meeting.organisations = [council]
        session.add_all(meetings)
        for i in range(200):
            theirs = i % 2 == 0
            session.add(
                Promise(
                    description=(f"Promise {i}: " + ("do the thing " * (i % 9)) + LONG[: i * 10]),
                    side=Side.THEIRS if theirs else Side.OURS,
                    organisation_id=(council if i % 3 else departments[i % 12]).id,
                    holder_contact_id=contacts[i % 40].id if theirs else None,
                    holder_member_id=None if theirs else members[i % 8].id,
                    made_on=TODAY - timedelta(days=300),
                    due_on=TODAY + timedelta(days=i - 100),
                    status=PromiseStatus.OPEN if i % 5 else PromiseStatus.KEPT,
                    status_on=None if i % 5 else TODAY - timedelta(days=10),
                )
            )
        return council.id


@pytest.fixture
def heavy(journal: Journal) -> int:
    return heavy_journal(journal)


def test_a_summary_stays_one_page_under_heavy_data(
    journal: Journal, heavy: int, tmp_path: Path
) -> None:
    out = tmp_path / "heavy.pdf"
    summary = relationship_summary(journal, heavy, today=TODAY)
    fitted = build_summary(summary, out)

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    # Measured to fit, not squeezed by the safety net.
    assert fitted.height <= frame_size(A4)[1]
    text = flat(pdf_text(out)[0])
    assert "Extraordinarily Long-Named" in text
    assert "OVERDUE" in text and "⚠" in text
    # What was left out is said, with the true numbers.
    open_theirs = sum(1 for p in summary.organisation.open_promises if p.side is Side.THEIRS)
    left_out = fitted.omitted["theirs"]
    assert 0 < left_out < open_theirs
    assert f"and {left_out} more promises of theirs — see the journal" in text
    assert f"and {fitted.omitted['contacts']} more contacts — see the journal" in text
    assert re.search(r"and \d+ earlier meetings — see the journal", text)
    assert "Last meetings (500 in all)" in text
    # A crowded page still shows some of everything, the most urgent promises most.
    # (The page also says the history notes had no room, and the footer gives the long
    # name a second line: each costs a line, so only the most urgent promise of each.)
    assert fitted.shown["theirs"] >= 1 and fitted.shown["ours"] >= 1
    assert min(fitted.shown[k] for k in ("handovers", "contacts", "next_steps", "meetings")) >= 1
    assert "(more in the journal)" in text  # the 2,000-character next steps were cut, and said
    assert "About the relationship: no room on this page — see the journal." in text
    assert_no_missing_glyphs(out)


def test_overdue_promises_come_first_and_are_marked_in_words(
    journal: Journal, heavy: int, tmp_path: Path
) -> None:
    summary = relationship_summary(journal, heavy, today=TODAY)
    out = tmp_path / "s.pdf"
    build_summary(summary, out)
    text = flat(pdf_text(out)[0])
    oldest_overdue = min(
        (
            p
            for p in summary.organisation.open_promises
            if p.is_overdue(TODAY) and p.side is Side.THEIRS
        ),
        key=lambda p: (p.due_on, p.id),
    )
    section = text.split("Their open promises", 1)[1]
    first_row = section.split("Held by", 1)[1][:80]
    assert first_row.strip().startswith("⚠ OVERDUE")
    assert f"Promise {oldest_overdue.description.split(':')[0].split()[1]}:" in first_row


def test_key_texts_of_the_demo_summary_are_there(demo_journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "borough.pdf"
    make_summary(demo_journal, "Ashford Vale Borough Council", out, today=TODAY)
    pages = pdf_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    for expected in (
        "Ashford Vale Borough Council",
        "Local authority",
        "Powerful ally",
        "Co-design and co-delivery",
        "Tom Kowalski (Worker)",
        "Agreed: every 30 days",
        "They kept",  # the track record, one sentence per side (issue 21)
        "promises that fell due",
        "We kept",
        "Health",  # the relationship's health, a word and its reasons
        "contact every month kept",
        "Key contacts",
        "Gareth Lloyd",
        "Cllr Brian Hollis",  # the title kept apart in the journal, printed with the name
        "Øyvind Hansen",
        "Priya Shah",
        "NO HANDOVER YET",
        "Next steps",
        "Hold an exhibition for councillors",
        "Last meetings",
        "PLANNED: 18 Jun 2026",
        # The footer names the organisation whole (it was "Ashford Vale Borough Cou…").
        "Ashford Vale Borough Council · One-page relationship summary · Millbrook Big Local",
        "Printed 15 June 2026",
        "keep it safe",
    ):
        assert expected in text, expected
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts), fonts
    info = PdfReader(out).metadata
    assert info.title == "Relationship summary: Ashford Vale Borough Council"
    assert info.author == "Millbrook Big Local"


def test_every_european_script_prints_and_unknown_characters_are_not_boxes(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(
        journal,
        name="Ośrodek Øst — Ιωάννης & Наталья <Zoë> 李 👍",
        kind="other",
        next_steps="Ring Łukasz about Ζωή’s café; 🎉 celebrate.",
    )
    out = tmp_path / "scripts.pdf"
    found = find_organisation(journal, "Ośrodek")
    make_summary(journal, found.id, out, today=TODAY)
    text = flat(pdf_text(out)[0])
    assert "Ośrodek Øst — Ιωάννης & Наталья <Zoë>" in text
    assert "Ring Łukasz about Ζωή’s café" in text
    # Chinese and emoji print in fonts of their own (where installed), never as "?".
    assert "?" not in text.replace("the right person to talk to?", "")
    fallbacks = {f.script for f in fallback_fonts()}
    if {"Han", "Symbols"} <= fallbacks:
        assert "李 👍" in text and "🎉 celebrate" in text
    else:
        assert "‹U+674E›" in text


def test_an_empty_relationship_says_what_is_missing(journal: Journal, tmp_path: Path) -> None:
    add_organisation(journal, name="New Youth Club", kind="voluntary_organisation")
    out = tmp_path / "empty.pdf"
    fitted = make_summary(journal, "New Youth Club", out, today=TODAY)
    text = flat(pdf_text(out)[0])
    assert "Type not recorded" in text
    assert "Nobody named yet" in text
    assert "No regular contact agreed" in text and "no contact recorded yet" in text
    assert "They have no promises that fell due yet." in text
    assert "We have no promises that fell due yet." in text
    assert "Health Just starting: no meetings recorded yet" in text
    assert "None open." in text
    assert "No contacts recorded yet" in text
    assert "No meetings recorded yet." in text
    assert fitted.omitted == {}


def test_letter_paper_follows_the_journal_setting(demo_journal: Journal, tmp_path: Path) -> None:
    settings.set_settings(demo_journal, {settings.PAPER_SIZE: "Letter"})
    out = tmp_path / "letter.pdf"
    make_summary(demo_journal, "Millbrook College", out, today=TODAY)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in LETTER)
    a4 = tmp_path / "a4.pdf"
    make_summary(demo_journal, "Millbrook College", a4, today=TODAY, paper="A4")
    box = PdfReader(a4).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in A4)


def test_heavy_data_on_letter_paper_still_fits_one_page(
    journal: Journal, heavy: int, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    fitted = build_summary(relationship_summary(journal, heavy, today=TODAY), out, paper="Letter")
    assert len(PdfReader(out).pages) == 1
    assert fitted.height <= frame_size(LETTER)[1]


def test_dates_do_not_depend_on_today_unless_asked(demo_journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "later.pdf"
    later = date(2026, 9, 1)
    make_summary(demo_journal, "Millbrook College", out, today=later)
    assert "Printed 1 September 2026" in flat(pdf_text(out)[0])
