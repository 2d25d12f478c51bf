"""The legacy report (issue 21, item 4): every relationship's outcomes, track record
and current holders, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from bigjournal.journal.legacy import legacy_report
from bigjournal.journal.organisations import add_organisation
from bigjournal.reports import make_legacy
from bigjournal.reports.legacy import build_legacy
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_summary import flat, pdf_text


def test_the_legacy_report_gathers_every_relationship_s_outcomes_and_holders(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "legacy.pdf"
    result = make_legacy(demo_journal, out, today=TODAY)
    report = legacy_report(demo_journal, today=TODAY)
    pages = [flat(text) for text in pdf_text(out)]
    assert result.pages == len(PdfReader(out).pages) == len(pages) > 1
    assert (result.relationships, result.outcomes) == (len(report.relationships), 10)
    text = " ".join(pages)
    assert "What our relationships achieved: Millbrook Big Local" in pages[0]
    assert "10 outcomes recorded. 4 for the partnership; 2 for the agency; 4 for the area." in text
    assert "£72,480.50 of funding leveraged" in pages[0]
    assert f"Page 1 of {result.pages}" in pages[0]
    for relationship in report.relationships:
        assert relationship.organisation.name in text
        theirs, ours = relationship.track_records.sentences()
        assert theirs in text and ours in text
        for outcome in relationship.outcomes:
            assert outcome.title[:30] in text
    council = next(r for r in report.relationships if r.organisation.name.startswith("Ashford"))
    assert council.holders == ("Aisha Rahman (Chair)", "Tom Kowalski (Worker)")
    assert "Held by (us) Aisha Rahman (Chair), Tom Kowalski (Worker)" in text
    assert "Outcomes (3; £45,000 of funding leveraged)" in text
    assert "Promise: Collect residents' views on the lighting plan" in text
    assert "Meeting: Monthly liaison meeting" in text


def test_a_journal_with_no_outcomes_says_so(journal: Journal, tmp_path: Path) -> None:
    add_organisation(
        journal, name="Kentshire Fire and Rescue", kind="other", relationship_type="powerful_ally"
    )
    add_organisation(journal, name="Nobody Yet", kind="other")  # no relationship: left out
    report = legacy_report(journal, today=TODAY)
    assert [r.organisation.name for r in report.relationships] == ["Kentshire Fire and Rescue"]
    out = tmp_path / "legacy.pdf"
    build_legacy(report, out)
    text = flat(" ".join(pdf_text(out)))
    assert "1 relationship, 0 outcomes recorded." in text
    assert "No outcomes recorded yet." in text and "Nobody Yet" not in text
