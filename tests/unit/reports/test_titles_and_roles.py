"""Titles and further roles on paper: a contact is printed with their title ("Cllr Helen
Briggs") and an organisation with its further roles ("Housing association; also the
Locally Trusted Organisation (LTO)"), on the one-page summary, in the briefing pack and
in their HTML versions. Read back from the real PDFs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bigjournal.journal.handovers import LeavingDraft, contact_leaves
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member
from bigjournal.model.vocabulary import OrganisationKind
from bigjournal.reports import make_pack, make_pack_html, make_summary, make_summary_html
from bigjournal.reports.summary import kinds_said
from bigjournal.store import Journal
from tests.conftest import TODAY

ROLES = "Housing association; also the Locally Trusted Organisation (LTO)"


def flat(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture
def titled(journal: Journal) -> Journal:
    add_member(journal, name="Aisha Rahman", role="chair")
    add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    add_organisation(
        journal, name="Riverside Homes", kind="housing_association", other_kinds=["lto"]
    )
    add_contact(
        journal,
        name="Helen Briggs",
        title="Cllr",
        organisation="Ashford Vale",
        kind="elected_member",
        ward="Millbrook",
    )
    add_contact(journal, name="Priya Shah", title="Dr", organisation="Riverside", role="Director")
    moved = add_contact(journal, name="Alan Price", title="Revd", organisation="Riverside")
    contact_leaves(
        journal, moved.id, LeavingDraft(left_on=TODAY - timedelta(days=20), post_vacant=True)
    )
    return journal


def test_the_summary_prints_titles_with_names_and_every_role(
    titled: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "riverside.pdf"
    make_summary(titled, "Riverside Homes", out, today=TODAY)
    (page,) = flat(out)
    assert ROLES in page
    assert "Dr Priya Shah" in page
    assert "Revd Alan Price" in page  # the contact who left, titled too

    council = tmp_path / "council.pdf"
    make_summary(titled, "Ashford Vale Borough Council", council, today=TODAY)
    (page,) = flat(council)
    assert "Cllr Helen Briggs" in page
    assert "Local authority; also" not in page  # no further role, no "also"

    html = tmp_path / "riverside.html"
    make_summary_html(titled, "Riverside Homes", html, today=TODAY)
    text = html.read_text(encoding="utf-8")
    assert ROLES in text and "Dr Priya Shah" in text and "Revd Alan Price" in text


def test_the_briefing_pack_prints_them_in_its_summaries_and_directory(
    titled: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    make_pack(titled, "Sam Okoye", [], out, today=TODAY)
    pages = flat(out)
    directory = [p for p in pages if "The people to contact at each organisation" in p]
    assert directory, "the pack should have its contacts directory"
    assert any(ROLES in p and "Dr Priya Shah" in p for p in directory)
    assert any("Cllr Helen Briggs" in p for p in directory)
    summaries = [p for p in pages if "Held by (us)" in p and "Riverside Homes" in p]
    assert summaries and all(ROLES in p for p in summaries)  # its own page says so too

    html = tmp_path / "pack.html"
    make_pack_html(titled, "Sam Okoye", [], html, today=TODAY)
    text = html.read_text(encoding="utf-8")
    assert "Cllr Helen Briggs" in text and ROLES in text


def test_further_roles_are_said_in_plain_english() -> None:
    kind = OrganisationKind
    assert kinds_said(kind.LOCAL_AUTHORITY, ()) == "Local authority"
    assert (
        kinds_said(kind.HOUSING_ASSOCIATION, (kind.FUNDER, kind.LTO))
        == "Housing association; also a funder and the Locally Trusted Organisation (LTO)"
    )
    assert (
        kinds_said(kind.SCHOOL_OR_COLLEGE, (kind.VOLUNTARY_ORGANISATION, kind.OTHER))
        == "School or college; also a voluntary or community organisation"
    )
    assert kinds_said(kind.POLICE, (kind.POLICE,)) == "Police"  # the main kind is not repeated
