"""What a volunteer on the doorstep needs, read back from real PDFs: the organisation's
own phone, address and website; the people who matter first; whole names and emails."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member
from bigjournal.journal.promises import PromiseDraft, add_promise
from bigjournal.reports import make_pack, make_summary, report_fonts
from bigjournal.reports.style import make_styles
from bigjournal.reports.summary import _email, contact_cells
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_summary import flat, pdf_text


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_organisations_own_phone_address_and_website_are_printed(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(
        journal,
        name="Hillside Residents Trust",
        kind="voluntary_organisation",
        phone="01632 960777",
        address="The Old Library\n12 Hill Street\nMillbrook MB1 2AB",
        website="https://hillside.example.org",
    )
    out = tmp_path / "s.pdf"
    make_summary(journal, "Hillside Residents Trust", out, today=TODAY)
    text = flat(pdf_text(out)[0])
    assert "01632 960777" in text
    assert "The Old Library, 12 Hill Street, Millbrook MB1 2AB" in text
    assert "https://hillside.example.org" in text
    make_pack(journal, "Ann", [], tmp_path / "p.pdf", today=TODAY)
    assert "The Old Library, 12 Hill Street" in flat(" ".join(pdf_text(tmp_path / "p.pdf")))


def test_key_contacts_come_in_order_of_who_matters_not_the_alphabet(
    journal: Journal, tmp_path: Path
) -> None:
    add_member(journal, name="Tom Holder", role="worker")
    add_member(journal, name="Sam Other", role="resident_member")
    add_organisation(journal, name="Vale Council", kind="local_authority", holders=["Tom Holder"])
    for name in ("Aaron Early", "Bella Never", "Mia Recent", "Zed Main"):
        add_contact(journal, name=name, organisation="Vale Council")
    for days_ago, contacts, members in (
        (90, ["Zed Main", "Aaron Early"], ["Tom Holder"]),
        (60, ["Zed Main"], ["Tom Holder"]),
        (300, ["Aaron Early"], ["Sam Other"]),
        (5, ["Mia Recent"], ["Sam Other"]),
    ):
        log_meeting(
            journal,
            MeetingDraft(
                occurred_on=TODAY - timedelta(days=days_ago),
                organisations=["Vale Council"],
                contacts=contacts,
                members=members,
                title="Catch-up",
            ),
            today=TODAY,
        )
    expected = ["Zed Main", "Aaron Early", "Mia Recent", "Bella Never"]
    out = tmp_path / "s.pdf"
    make_summary(journal, "Vale Council", out, today=TODAY)
    text = flat(pdf_text(out)[0]).split("Key contacts", 1)[1]
    assert sorted(expected, key=text.index) == expected
    make_pack(journal, "Ann", [], tmp_path / "p.pdf", today=TODAY)
    pages = pdf_text(tmp_path / "p.pdf")
    directory = flat(" ".join(pages)).split("Key contacts directory", 2)[-1]
    assert sorted(expected, key=directory.index) == expected


def test_a_missing_preferred_email_is_not_a_bold_dash(demo_journal: Journal) -> None:
    from bigjournal.journal.briefing import relationship_summary

    styles = make_styles(report_fonts())
    summary = relationship_summary(demo_journal, "Ashford Vale Borough Council", today=TODAY)
    denise = next(c for c in summary.organisation.contacts if c.name == "Denise Carter")
    assert denise.preferred_contact is not None and denise.preferred_contact.value == "email"
    assert not denise.email
    _who, _phone, email, _prefers = contact_cells(denise, summary.organisation.id, styles, 170)
    assert email.text == "—" and email.style.fontName == styles.fonts.regular
    gareth = next(c for c in summary.organisation.contacts if c.name == "Gareth Lloyd")
    email = contact_cells(gareth, summary.organisation.id, styles, 170)[2]
    assert email.style.fontName == styles.fonts.bold  # the preferred way, when there is one


def test_an_email_breaks_after_the_at_and_before_a_dot_never_after_one() -> None:
    styles = make_styles(report_fonts())
    address = "person.number.12@an-extremely-long-domain-name.example.org"
    lines = _email(address, 174, styles).split("<br/>")
    assert "".join(lines) == address
    assert len(lines) >= 2 and lines[0].endswith("@")
    assert not any(line.endswith(".") for line in lines)
    assert all(styles.width(line, bold=True) <= 174 for line in lines)


def test_emails_in_the_printed_pack_never_end_a_line_with_a_dot(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    make_pack(demo_journal, "Ann", [], out, today=TODAY)
    text = "\n".join(pdf_text(out))
    assert "millbrook-college.example.ac" in text  # the long address that must break
    for line in text.splitlines():
        assert not line.rstrip().endswith("example."), line


def test_the_footer_never_cuts_the_organisations_name(journal: Journal, tmp_path: Path) -> None:
    name = (
        "The Quite Extraordinarily Long-Named Metropolitan Borough Council of "
        "Somewhere-upon-Something, its Villages, Hamlets, Parishes and Outlying Farms"
    )
    add_organisation(journal, name=name, kind="local_authority")
    out = tmp_path / "s.pdf"
    make_summary(journal, name, out, today=TODAY)
    assert len(PdfReader(out).pages) == 1
    page = squeezed(pdf_text(out)[0])
    footer = page[page.rindex("Printed15June2026") :]  # the footer is read last
    assert footer.startswith("Printed15June2026" + squeezed(name) + "Containspersonal")


def test_the_register_is_in_urgency_order_across_organisations(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Alpha Homes", kind="housing_association")
    add_organisation(journal, name="Zulu College", kind="school_or_college")
    for description, organisation, due in (
        ("Alpha's promise next month", "Alpha Homes", 30),
        ("Zulu's promise long overdue", "Zulu College", -40),
        ("Alpha's promise overdue", "Alpha Homes", -10),
        ("Zulu's promise next week", "Zulu College", 7),
    ):
        add_promise(
            journal,
            PromiseDraft(
                description=description,
                side="theirs",
                organisation=organisation,
                due_on=TODAY + timedelta(days=due),
            ),
            made_on=TODAY - timedelta(days=60),
        )
    out = tmp_path / "p.pdf"
    make_pack(journal, "Ann", [], out, today=TODAY)
    register = flat(" ".join(pdf_text(out))).split("Open promises register", 2)[-1]
    expected = [
        "Zulu's promise long overdue",
        "Alpha's promise overdue",
        "Zulu's promise next week",
        "Alpha's promise next month",
    ]
    assert sorted(expected, key=register.index) == expected


def test_continued_directory_and_timeline_pages_name_their_organisation(
    journal: Journal, tmp_path: Path
) -> None:
    add_organisation(journal, name="Big Council", kind="local_authority")
    add_organisation(journal, name="Small Charity", kind="voluntary_organisation")
    for number in range(90):
        add_contact(
            journal, name=f"Officer {number:02d}", organisation="Big Council", role="Officer"
        )
    for number in range(70):
        log_meeting(
            journal,
            MeetingDraft(
                occurred_on=TODAY - timedelta(days=number + 1),
                kind="walkabout",
                organisations=["Big Council"],
                title=f"Walkabout {number} " + "about the lights on Hill Street " * 8,
            ),
            today=TODAY,
        )
    out = tmp_path / "p.pdf"
    make_pack(journal, "Ann", [], out, today=TODAY)
    pages = [flat(page) for page in pdf_text(out)]
    with_officers = [page for page in pages if "Officer 4" in page or "Officer 8" in page]
    assert len(with_officers) >= 2  # the directory ran onto another page
    for page in with_officers:
        assert "Big Council" in page.split("Officer", 1)[0]
    with_walkabouts = [page for page in pages if "Walkabout" in page and "Details" in page]
    assert len(with_walkabouts) >= 2
    for page in with_walkabouts:
        assert "Details: Big Council" in page
