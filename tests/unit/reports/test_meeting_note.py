"""The note of a meeting: one page read back from the real PDF, and the email draft
parsed back with Python's own email parser."""

from __future__ import annotations

import email
import subprocess
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.meeting_notes import read_meeting_note
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member
from bigjournal.journal.promises import PromiseDraft
from bigjournal.reports import report_fonts
from bigjournal.reports.meeting_note import (
    TEXT_LIMIT,
    build_note,
    email_draft,
    email_message,
    eml_bytes,
    mailto_url,
    make_meeting_note,
    note_text,
)
from bigjournal.reports.scripts import fallback_fonts
from bigjournal.store import Journal
from tests.conftest import TODAY

MEETING_DAY = TODAY - timedelta(days=2)  # a Saturday: 13 June 2026


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def parsed(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def plain_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def attachments(message: EmailMessage) -> list[EmailMessage]:
    return list(message.iter_attachments())  # type: ignore[arg-type]


@pytest.fixture
def lighting(journal: Journal) -> int:
    """A meeting on street lighting: two of theirs (one without an email), two of ours,
    promises both ways, one of them already kept."""
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Millbrook Big Local"})
    add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    add_contact(
        journal,
        name="Priya Shah",
        organisation="Ashford Vale Borough Council",
        role="Senior Highways Officer",
        email="priya.shah@ashfordvale.example.org",
    )
    add_contact(
        journal,
        name="Gareth Lloyd",
        organisation="Ashford Vale Borough Council",
        role="Community Development Manager",
    )
    add_member(journal, name="Aisha Rahman", role="chair", email="aisha@millbrook.example.org")
    add_member(journal, name="Sam Okoye", role="worker")
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            title="Street lighting on Canal Walk",
            organisations=["Ashford Vale Borough Council"],
            contacts=["Priya Shah", "Gareth Lloyd"],
            members=["Aisha Rahman", "Sam Okoye"],
            location="Millbrook Community Centre",
            starts_at="14:30",
            notes="Residents walked the towpath after dark.\nThree lamps are out.",
            decisions="1. The council surveys every lamp.\n2. We map the dark spots.",
            promises=(
                PromiseDraft(
                    "Survey every lamp on Canal Walk",
                    "theirs",
                    made_by="Priya Shah",
                    due_on=MEETING_DAY + timedelta(days=30),
                    made_to="Aisha Rahman",
                ),
                PromiseDraft("Send the minutes of the last forum", "theirs"),
                PromiseDraft(
                    "Map the dark spots with residents",
                    "ours",
                    made_by="Sam Okoye",
                    due_on=MEETING_DAY + timedelta(days=14),
                ),
            ),
        ),
        today=TODAY,
    )
    return made.id


def test_the_note_says_who_came_what_was_decided_and_each_side_s_promises(
    journal: Journal, lighting: int, tmp_path: Path
) -> None:
    out = tmp_path / "note.pdf"
    made = make_meeting_note(journal, lighting, pdf=out, today=TODAY)
    pages = pdf_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    assert text.startswith("Note of the meeting Street lighting on Canal Walk")
    assert "Written by Millbrook Big Local" in text
    assert "Saturday 13 June 2026 at 14:30" in text and "Millbrook Community Centre" in text
    for who in (
        "Priya Shah Senior Highways Officer Ashford Vale Borough Council",
        "Gareth Lloyd Community Development Manager",
        "Aisha Rahman Chair",
        "Sam Okoye Worker",
    ):
        assert who in text, who
    assert "Residents walked the towpath after dark. Three lamps are out." in text
    assert "1. The council surveys every lamp. 2. We map the dark spots." in text
    # Two clear groups, each promise with who and by when; the promise with no person is
    # the organisation's, and the page says whom a promise was made to.
    they = text.index("They promised (2)")
    we = text.index("We promised (1)")
    assert they < we
    theirs, ours = text[they:we], text[we:]
    assert "Survey every lamp on Canal Walk Priya Shah to Aisha Rahman 13 Jul 2026" in theirs
    assert "Send the minutes of the last forum Ashford Vale Borough Council no date set" in theirs
    assert "Map the dark spots with residents Sam Okoye 27 Jun 2026" in ours
    assert "Survey" not in ours
    assert made.fitted.omitted == {} and made.unprintable == []
    assert made.pdf == out and made.eml is None


def test_a_reprint_later_says_where_each_promise_stands(
    journal: Journal, lighting: int, tmp_path: Path
) -> None:
    out = tmp_path / "later.pdf"
    make_meeting_note(journal, lighting, pdf=out, today=TODAY + timedelta(days=60))
    text = flat(pdf_text(out)[0])
    assert "13 Jul 2026 ⚠ OVERDUE" in text  # the survey, not done by its date
    assert "Printed 14 August 2026" in text


def test_the_note_is_black_on_white_in_the_report_font(
    journal: Journal, lighting: int, tmp_path: Path
) -> None:
    out = tmp_path / "note.pdf"
    make_meeting_note(journal, lighting, pdf=out, today=TODAY)
    reader = PdfReader(out)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in reader.pages[0]["/Resources"].get_object()["/Font"].values()
    }
    assert fonts and all("DejaVu" in name for name in fonts), fonts
    assert reader.metadata is not None
    assert reader.metadata.title == "Note of the meeting: Street lighting on Canal Walk"


def crowded(journal: Journal) -> int:
    """A meeting far bigger than a page: 40 of theirs, 25 of ours, 60 promises, long texts."""
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Heavy Street Partnership"})
    add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    for i in range(40):
        add_contact(
            journal,
            name=f"Officer {i:02d} Hyphenated-Surname",
            organisation="Kentshire County Council",
            role="Senior officer responsible for everything in particular " * (i % 3),
            email=f"officer.{i}@kentshire.example.org" if i % 2 else "",
        )
    for i in range(25):
        add_member(journal, name=f"Resident {i:02d}", role="resident_member")
    notes = "\n".join(f"Item {i}: " + "a long discussion of the estate " * 12 for i in range(30))
    decisions = "\n".join(f"{i}. " + "we agreed to do the thing properly " * 8 for i in range(20))
    promises = [
        PromiseDraft(
            f"Promise {i}: " + "do the thing that was asked for at the meeting " * (1 + i % 4),
            "theirs" if i % 2 == 0 else "ours",
            made_by=f"Officer {i % 40:02d} Hyphenated-Surname"
            if i % 2 == 0
            else f"Resident {i % 25:02d}",
            due_on=MEETING_DAY + timedelta(days=7 + i),
        )
        for i in range(60)
    ]
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            title="The annual review of everything, " * 6,
            organisations=["Kentshire County Council"],
            contacts=[f"Officer {i:02d} Hyphenated-Surname" for i in range(40)],
            members=[f"Resident {i:02d}" for i in range(25)],
            location="The very large hall at the back of the community centre " * 3,
            notes=notes,
            decisions=decisions,
            promises=tuple(promises),
        ),
        today=TODAY,
    )
    return made.id


@pytest.mark.parametrize("paper, size", [("A4", 10), ("Letter", 10), ("A4", 14)])
def test_a_crowded_meeting_still_fits_one_page_and_says_what_was_left_out(
    journal: Journal, tmp_path: Path, paper: str, size: int
) -> None:
    meeting = crowded(journal)
    out = tmp_path / "crowded.pdf"
    made = make_meeting_note(journal, meeting, pdf=out, today=TODAY, paper=paper, print_size=size)
    pages = pdf_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "They promised (30)" in text and "We promised (30)" in text
    # Some of everything, most of all the promises; the rest counted, never cut silently.
    shown = made.fitted.shown
    if (paper, size) == ("A4", 10):
        assert all(count >= 1 for count in shown.values()), shown
        assert shown["theirs"] >= 4 and shown["ours"] >= 4, shown
    assert shown["theirs"] >= 1 and shown["ours"] >= 1, shown
    omitted = made.fitted.omitted
    assert omitted["theirs"] == 30 - made.fitted.shown["theirs"]
    assert f"…and {omitted['theirs']} more promises they made" in text
    assert f"…and {omitted['came']} more of their people" in text
    assert "Shortened to fit one page: ask Heavy Street Partnership for the full note" in text
    # Long texts are cut at a word and say how much is missing.
    assert "more words)" in text or "What was discussed: no room on this page." in text
    # The email has no page to fill: everything is in it.
    body = made.draft.body
    assert body.count("\n- Promise ") == 60
    assert "Officer 39 Hyphenated-Surname" in body and "Item 29:" in body


def test_texts_shorter_than_the_limit_are_never_cut(journal: Journal, lighting: int) -> None:
    note = read_meeting_note(journal, lighting, today=TODAY)
    assert len(note.meeting.notes) < TEXT_LIMIT
    assert "more words" not in note_text(note)


NAMES = {
    "Greek": "Ιωάννης Παπαδόπουλος",
    "Cyrillic": "Наталья Иванова",
    "Polish": "Łukasz Nowak",
    "Hebrew": "שרה כהן",
    "Chinese": "王小明",
    "Arabic": "محمد علی",
    "Bengali": "রবীন্দ্রনাথ ঠাকুর",
    "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
}
needs_fonts = pytest.mark.skipif(
    {f.script for f in fallback_fonts()} < {"Arabic", "Hebrew", "Bengali", "Han", "Gurmukhi"},
    reason="the Noto and WenQuanYi fonts are not installed (see .ci/setup)",
)


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


@needs_fonts
def test_names_in_every_script_print_with_no_missing_glyph(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Millbrook Mosque and Gurdwara Forum", kind="other")
    for script, name in NAMES.items():
        add_contact(
            journal,
            name=name,
            organisation="Millbrook Mosque and Gurdwara Forum",
            role=f"{script} speaker",
        )
    add_member(journal, name="Zoë Nguyễn", role="chair")
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            title="Iftar and langar: sharing the kitchen",
            contacts=list(NAMES.values()),
            members=["Zoë Nguyễn"],
            notes="Ιωάννης and Наталья will share the rota; שרה brings the urn.",
            promises=(
                PromiseDraft("Book the hall for 王小明's class", "theirs", made_by="王小明"),
            ),
        ),
        today=TODAY,
    )
    out = tmp_path / "scripts.pdf"
    result = make_meeting_note(journal, made.id, pdf=out, today=TODAY)
    assert result.unprintable == []
    text = pdftotext(out)
    assert "?" not in text and "‹U+" not in text
    for script in ("Greek", "Cyrillic", "Polish", "Chinese"):
        assert NAMES[script] in text, script
    assert "Zoë Nguyễn" in text and "Book the hall for 王小明's class" in text
    # No .notdef box: every character goes to a font that has a glyph for it.
    fonts = report_fonts()
    for name in NAMES.values():
        for run in fonts.runs(name):
            covered = fonts.covered if run.font is None else run.font.covered
            assert all(ord(ch) in covered or ch.isspace() for ch in run.text), (name, run)
    # Nobody here has an address: each is named, for a printed copy.
    assert set(result.draft.no_email) == set(NAMES.values())


# --- the email draft ------------------------------------------------------------------


def test_the_draft_is_addressed_to_their_people_with_the_note_attached(
    journal: Journal, lighting: int, tmp_path: Path
) -> None:
    pdf, eml = tmp_path / "note.pdf", tmp_path / "note.eml"
    made = make_meeting_note(journal, lighting, pdf=pdf, eml=eml, today=TODAY)
    message = parsed(eml)
    assert message["X-Unsent"] == "1"
    assert (
        message["Subject"] == "Note of our meeting on 13 June 2026: Street lighting on Canal Walk"
    )
    to = message["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [
        ("Priya Shah", "priya.shah@ashfordvale.example.org")
    ]
    assert message["Cc"] is None and message["From"] is None  # the mail program's to fill
    body = plain_body(message)
    assert "WHO CAME" in body and "- Gareth Lloyd, Community Development Manager" in body
    assert "- Aisha Rahman, Chair, Millbrook Big Local" in body
    they, we = body.index("THEY PROMISED"), body.index("WE PROMISED")
    assert (
        "- Survey every lamp on Canal Walk — Priya Shah, to Aisha Rahman, by 13 Jul 2026"
        in (body[they:we])
    )
    assert "- Map the dark spots with residents — Sam Okoye, by 27 Jun 2026" in body[we:]
    (attached,) = attachments(message)
    assert attached.get_content_type() == "application/pdf"
    assert attached.get_filename() == made.attachment_name
    assert made.attachment_name == (
        "Note of the meeting 2026-06-13 Street lighting on Canal Walk.pdf"
    )
    assert attached.get_content() == pdf.read_bytes()
    # Who has no address is named, for a printed copy.
    assert made.draft.no_email == ("Gareth Lloyd",)
    assert "Gareth Lloyd has no email address: give them a printed copy." in made.draft.advice()


def test_a_draft_alone_carries_the_pdf_built_in_memory(
    journal: Journal, lighting: int, tmp_path: Path
) -> None:
    eml = tmp_path / "only.eml"
    made = make_meeting_note(journal, lighting, eml=eml, today=TODAY)
    assert made.pdf is None and eml.is_file() and not list(tmp_path.glob("*.pdf"))
    (attached,) = attachments(parsed(eml))
    data = attached.get_content()
    assert data.startswith(b"%PDF")
    import io

    assert "They promised (2)" in flat(PdfReader(io.BytesIO(data)).pages[0].extract_text())


def test_names_and_addresses_beyond_ascii_survive_the_round_trip(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    add_contact(
        journal,
        name="Ιωάννης Παπαδόπουλος",
        title="Cllr",
        organisation="Kentshire County Council",
        email="cllr.papadopoulos@kentshire.example.org",
    )
    add_contact(
        journal,
        name="Zoë Fletcher",
        organisation="Kentshire County Council",
        email="zoe@bücherei.example.org",
    )
    add_contact(
        journal,
        name="Øyvind Hansen",
        organisation="Kentshire County Council",
        email="øyvind@kentshire.example.org",
    )
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            title="Café für alle — Łódź twinning",
            contacts=["Ιωάννης Παπαδόπουλος", "Zoë Fletcher", "Øyvind Hansen"],
        ),
        today=TODAY,
    )
    eml = tmp_path / "utf8.eml"
    result = make_meeting_note(journal, made.id, eml=eml, today=TODAY)
    assert eml.read_bytes().split(b"\r\n\r\n", 1)[0].isascii()  # headers travel as ASCII
    message = parsed(eml)
    assert sorted((a.display_name, a.addr_spec) for a in message["To"].addresses) == [
        ("Cllr Ιωάννης Παπαδόπουλος", "cllr.papadopoulos@kentshire.example.org"),
        ("Zoë Fletcher", "zoe@xn--bcherei-n2a.example.org"),  # the domain's ASCII form
    ]
    assert message["Subject"].endswith("Café für alle — Łódź twinning")
    assert "- Øyvind Hansen, Kentshire County Council" in plain_body(message)
    # An address whose name part is beyond ASCII cannot go in a header yet: said.
    assert result.draft.bad_email == (("Øyvind Hansen", "øyvind@kentshire.example.org"),)
    assert any("type it into the email yourself" in s for s in result.draft.advice())


def test_a_meeting_with_none_of_their_people_makes_a_draft_to_nobody_and_says_so(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Riverside Homes", kind="housing_association")
    add_member(journal, name="Aisha Rahman", role="chair", email="aisha@millbrook.example.org")
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            organisations=["Riverside Homes"],
            members=["Aisha Rahman"],
            promises=(PromiseDraft("Ring the housing officer", "ours", made_by="Aisha Rahman"),),
        ),
        today=TODAY,
    )
    eml = tmp_path / "nobody.eml"
    result = make_meeting_note(journal, made.id, eml=eml, today=TODAY)
    message = parsed(eml)
    assert message["To"] is None  # never our own members' addresses instead
    assert result.draft.to == () and result.draft.no_email == ()
    assert any("addressed to nobody" in line for line in result.draft.advice())
    assert result.mailto.startswith("mailto:?subject=")
    assert "- Nobody from your side" in plain_body(message)


def test_an_address_that_is_not_one_is_left_out_and_named(journal: Journal, tmp_path: Path) -> None:
    add_organisation(journal, name="Riverside Homes", kind="housing_association")
    add_contact(
        journal,
        name="Karen Booth",
        organisation="Riverside Homes",
        email="karen,booth@riverside.example.org",
    )
    add_contact(
        journal,
        name="Michael Grant",
        organisation="Riverside Homes",
        email="m.grant@riverside.example.org",
    )
    made = log_meeting(
        journal,
        MeetingDraft(occurred_on=MEETING_DAY, contacts=["Karen Booth", "Michael Grant"]),
        today=TODAY,
    )
    note = read_meeting_note(journal, made.id, today=TODAY)
    draft = email_draft(note)
    assert [a.email for a in draft.to] == ["m.grant@riverside.example.org"]
    assert draft.bad_email == (("Karen Booth", "karen,booth@riverside.example.org"),)
    assert any(
        "“karen,booth@riverside.example.org” does not look like one" in s for s in draft.advice()
    )
    # The message itself is well formed with the good address only.
    message = email.message_from_bytes(
        eml_bytes(email_message(draft, None, "x.pdf")), policy=policy.default
    )
    assert [a.addr_spec for a in message["To"].addresses] == ["m.grant@riverside.example.org"]


def test_someone_who_left_since_is_not_addressed(demo_journal: Journal) -> None:
    for meeting in list_meetings(demo_journal):
        if meeting.is_planned:
            continue
        note = read_meeting_note(demo_journal, meeting.id, today=TODAY)
        gone = [c for c in note.contacts if c.left_on and c.left_on > meeting.occurred_on]
        if gone and any(c.email for c in gone):
            break
    else:
        pytest.fail("the demo has no meeting with someone who left since")
    draft = email_draft(note)
    assert {c.display_name for c in gone} == set(draft.left)
    assert not {c.display_name for c in gone} & {a.name for a in draft.to}
    assert any("left since the meeting" in s for s in draft.advice())


def test_the_mailto_link_has_the_same_people_and_subject_and_fits_a_link(
    journal: Journal, lighting: int
) -> None:
    note = read_meeting_note(journal, lighting, today=TODAY)
    draft = email_draft(note)
    url = mailto_url(draft, pdf_path="/home/sam/Documents/note.pdf")
    assert url.startswith("mailto:priya.shah@ashfordvale.example.org?subject=Note%20of%20our")
    assert "%5BAttach%20the%20note%20of%20the%20meeting%20here%3A%20%2Fhome%2Fsam" in url
    assert len(url) <= 1800
    from urllib.parse import parse_qs, urlsplit

    fields = parse_qs(urlsplit(url).query)
    assert fields["subject"] == [draft.subject]
    assert "Survey every lamp on Canal Walk" in fields["body"][0]


def test_a_planned_meeting_has_no_note_yet(journal: Journal) -> None:
    add_organisation(journal, name="Riverside Homes", kind="housing_association")
    made = log_meeting(
        journal,
        MeetingDraft(occurred_on=TODAY + timedelta(days=9), organisations=["Riverside Homes"]),
        today=TODAY,
    )
    with pytest.raises(ValidationError, match="planned, not held yet"):
        read_meeting_note(journal, made.id, today=TODAY)


def test_a_meeting_no_longer_there_is_a_sentence(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="no longer in the journal"):
        read_meeting_note(journal, 9999, today=TODAY)


def test_a_note_can_be_written_to_an_open_file(journal: Journal, lighting: int) -> None:
    import io

    buffer = io.BytesIO()
    fitted = build_note(read_meeting_note(journal, lighting, today=TODAY), buffer)
    assert buffer.getvalue().startswith(b"%PDF") and fitted.omitted == {}


def test_their_people_are_named_with_their_titles_in_the_promises(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Millbrook College", kind="school_or_college")
    add_contact(journal, name="Fiona Marsh", title="Dr", organisation="Millbrook College")
    add_member(journal, name="Tom Kowalski", role="worker")
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MEETING_DAY,
            contacts=["Fiona Marsh"],
            members=["Tom Kowalski"],
            promises=(
                PromiseDraft("Share the figures", "theirs", made_by="Fiona Marsh"),
                PromiseDraft(
                    "Fund the café", "ours", made_by="Tom Kowalski", made_to="Fiona Marsh"
                ),
            ),
        ),
        today=TODAY,
    )
    out = tmp_path / "titles.pdf"
    result = make_meeting_note(journal, made.id, pdf=out, today=TODAY)
    text = flat(pdf_text(out)[0])
    assert "Share the figures Dr Fiona Marsh" in text
    assert "Fund the café Tom Kowalski to Dr Fiona Marsh" in text
    assert "- Fund the café — Tom Kowalski, to Dr Fiona Marsh, no date set" in result.draft.body
