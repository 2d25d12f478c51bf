"""``bigjournal meeting note``: the real command writes the note's PDF and email draft,
read back with pypdf and Python's own email parser."""

from __future__ import annotations

import email
import io
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

from pypdf import PdfReader

from .conftest import Run


def pdf_text(data: Path | bytes) -> list[str]:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(source).pages]


def log_lighting_meeting(run: Run) -> str:
    """A meeting with one of theirs who has an address and one who has none."""
    run("settings", "--set", "partnership_name", "Millbrook Big Local")
    run("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run(
        "contact",
        "add",
        "Priya Shah",
        "--org",
        "Ashford Vale Borough Council",
        "--role",
        "Senior Highways Officer",
        "--email",
        "priya.shah@ashfordvale.example.org",
    )
    run("contact", "add", "Gareth Lloyd", "--org", "Ashford Vale Borough Council")
    run("member", "add", "Aisha Rahman", "--role", "chair")
    logged = run(
        "meeting",
        "log",
        "--date",
        "2026-06-13",
        "--title",
        "Street lighting on Canal Walk",
        "--with",
        "Priya Shah",
        "--with",
        "Gareth Lloyd",
        "--member",
        "Aisha Rahman",
        "--decisions",
        "The council surveys every lamp.",
        "--their-promise",
        "Priya Shah|Survey every lamp on Canal Walk|2026-07-13",
        "--our-promise",
        "Aisha Rahman|Map the dark spots with residents|2026-06-27",
        "--today",
        "2026-06-15",
        "--json",
    )
    return str(json.loads(logged.stdout)["id"])


def test_the_note_as_a_pdf_and_an_email_draft_named_like_any_meeting(
    run: Run, tmp_path: Path
) -> None:
    number = log_lighting_meeting(run)
    pdf, eml = tmp_path / "note.pdf", tmp_path / "note.eml"
    result = run(
        "meeting",
        "note",
        "Street lighting",  # named by words from its title, as `meeting show` takes it
        "--pdf",
        str(pdf),
        "--eml",
        str(eml),
        "--today",
        "2026-06-15",
        "--json",
    )
    data = json.loads(result.stdout)
    assert data["meeting"] == {
        "id": int(number),
        "title": "Street lighting on Canal Walk",
        "occurred_on": "2026-06-13",
    }
    assert data["pdf"] == str(pdf) and data["eml"] == str(eml) and data["pages"] == 1
    assert data["to"] == [
        {
            "name": "Priya Shah",
            "email": "priya.shah@ashfordvale.example.org",
            "organisation": "Ashford Vale Borough Council",
        }
    ]
    assert data["no_email"] == ["Gareth Lloyd"]
    assert "Gareth Lloyd has no email address: give them a printed copy." in data["advice"]
    assert data["mailto"].startswith("mailto:priya.shah@ashfordvale.example.org?subject=")

    (page,) = pdf_text(pdf)
    assert page.startswith("Note of the meeting Street lighting on Canal Walk")
    assert "Priya Shah Senior Highways Officer Ashford Vale Borough Council" in page
    assert "They promised (1) What Who By when Survey every lamp on Canal Walk Priya Shah" in page
    assert "We promised (1)" in page and "Map the dark spots with residents" in page
    assert "The council surveys every lamp." in page

    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert (
        message["Subject"]
        == data["subject"]
        == ("Note of our meeting on 13 June 2026: Street lighting on Canal Walk")
    )
    assert [a.addr_spec for a in message["To"].addresses] == ["priya.shah@ashfordvale.example.org"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "THEY PROMISED" in str(body.get_content())
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "application/pdf"
    assert attached.get_filename() == data["attachment"]
    assert attached.get_content() == pdf.read_bytes()


def test_in_words_and_by_number_and_never_over_an_existing_file(run: Run, tmp_path: Path) -> None:
    number = log_lighting_meeting(run)
    eml = tmp_path / "draft.eml"
    said = run("meeting", "note", f"#{number}", "--eml", str(eml)).stdout
    assert f"Saved the email draft as {eml}, to Priya Shah <priya.shah@" in said
    assert "BigJournal sends nothing." in said
    assert "Gareth Lloyd has no email address: give them a printed copy." in said
    # The draft alone carries the PDF, made in memory: no PDF file is left about.
    assert not list(tmp_path.glob("*.pdf"))
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    (attached,) = list(message.iter_attachments())
    assert "Street lighting on Canal Walk" in pdf_text(attached.get_content())[0]

    again = run("meeting", "note", number, "--eml", str(eml), check=False)
    assert again.returncode != 0 and "already exists" in again.stderr
    replaced = run("meeting", "note", number, "--eml", str(eml), "--overwrite", check=False)
    assert replaced.returncode == 0


def test_a_planned_meeting_is_refused_in_words(run: Run, tmp_path: Path) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    run(
        "meeting",
        "log",
        "--date",
        "2026-07-01",
        "--title",
        "Lease talks",
        "--org",
        "Riverside Homes",
        "--today",
        "2026-06-15",
    )
    result = run(
        "meeting",
        "note",
        "Lease talks",
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--today",
        "2026-06-15",
        check=False,
    )
    assert result.returncode == 1
    assert "“Lease talks” is planned, not held yet" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
