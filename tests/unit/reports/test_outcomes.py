"""Outcomes in print (issue 21, item 4): counted with the funding leveraged on the
summary's Relationship line, listed in their own table as the page has room, and on
each organisation's page of the briefing pack; read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from bigjournal.journal.briefing import briefing_pack, relationship_summary
from bigjournal.journal.organisations import add_organisation, find_organisation
from bigjournal.journal.outcomes import add_outcome, list_outcomes
from bigjournal.reports import build_summary
from bigjournal.reports.pack import build_pack
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_fitting import check_counts, check_fitted
from .test_summary import flat, heavy_journal, pdf_text


def test_the_summary_counts_and_lists_what_the_relationship_achieved(
    demo_journal: Journal, tmp_path: Path
) -> None:
    riverside = find_organisation(demo_journal, "Riverside Homes").id
    out = tmp_path / "riverside.pdf"
    fitted = build_summary(relationship_summary(demo_journal, riverside, today=TODAY), out)
    assert len(PdfReader(out).pages) == 1
    text = flat(pdf_text(out)[0])
    assert "2 outcomes, £15,000 leveraged" in text  # on the Relationship line, shortened
    assert "Outcomes (2; £15,000 of funding leveraged)" in text
    assert "What the relationship achieved" in text and "Kind, and for whom" in text
    assert "Grant towards the community centre's new roof — £15,000" in text
    assert "Funding leveraged, for the area" in text
    assert "Tablets and data for the digital inclusion sessions" in text
    assert "Practical help, for the partnership" in text
    assert fitted.shown["outcomes"] == 2 and "outcomes" not in fitted.omitted


def test_a_crowded_summary_still_says_how_many_and_how_much(
    demo_journal: Journal, tmp_path: Path
) -> None:
    council = find_organisation(demo_journal, "Ashford Vale Borough Council").id
    summary = relationship_summary(demo_journal, council, today=TODAY)
    assert len(summary.outcomes) == 3
    check_fitted(summary, A4)  # one more outcome row would not have fitted
    out = tmp_path / "council.pdf"
    check_counts(summary, out)
    assert "3 outcomes, £45,000 of funding leveraged" in flat(pdf_text(out)[0])


def test_a_page_crowded_with_outcomes_is_full_and_counts_the_rest(
    journal: Journal, tmp_path: Path
) -> None:
    organisation = heavy_journal(journal)
    for number in range(40):
        add_outcome(
            journal, organisation, "introduction", title=f"Introduction {number}", today=TODAY
        )
    summary = relationship_summary(journal, organisation, today=TODAY)
    check_fitted(summary, A4)
    check_counts(summary, tmp_path / "crowded.pdf")
    assert "40 outcomes" in flat(pdf_text(tmp_path / "crowded.pdf")[0])


def test_a_relationship_with_no_outcomes_prints_no_outcome_table(
    journal: Journal, tmp_path: Path
) -> None:
    new = add_organisation(journal, name="Kentshire Fire and Rescue", kind="other").id
    out = tmp_path / "new.pdf"
    build_summary(relationship_summary(journal, new, today=TODAY), out)
    text = flat(pdf_text(out)[0])
    assert "Outcomes (" not in text and "outcomes" not in text.replace("Outcomes", "")


def test_the_pack_lists_each_organisation_s_outcomes(demo_journal: Journal, tmp_path: Path) -> None:
    """On the organisation's page as it has room, counted there always, and every one
    on the timeline of the relationship."""
    council = find_organisation(demo_journal, "Ashford Vale Borough Council").id
    out = tmp_path / "pack.pdf"
    build_pack(briefing_pack(demo_journal, "Sam Newcomer", [council], today=TODAY), out)
    pages = [flat(text) for text in pdf_text(out)]
    (summary,) = [p for p in pages if "Check-in on the eight criteria" in p]
    assert "3 outcomes, £45,000 of funding leveraged" in summary
    timeline = " ".join(p for p in pages if "Timelines of the relationships" in p)
    for row in list_outcomes(demo_journal, council):
        assert row.title in timeline
    assert (
        "Outcome Match funding for the street lighting scheme (£45,000): funding "
        "leveraged, for the area." in timeline
    )


def test_the_html_summary_and_pack_list_every_outcome(demo_journal: Journal) -> None:
    from bigjournal.reports.html import pack_html, summary_html

    council = find_organisation(demo_journal, "Ashford Vale Borough Council").id
    page = summary_html(relationship_summary(demo_journal, council, today=TODAY))
    assert "Outcomes (3; £45,000 of funding leveraged)</h2>" in page
    assert "Match funding for the street lighting scheme</span> — <strong>£45,000</strong>" in page
    assert "Funding leveraged, for the area" in page
    assert "the promise “Collect residents&#x27; views on the lighting plan”" in page
    pack = pack_html(briefing_pack(demo_journal, "Sam Newcomer", [council], today=TODAY))
    assert "Outcomes (3; £45,000 of funding leveraged)</h4>" in pack
