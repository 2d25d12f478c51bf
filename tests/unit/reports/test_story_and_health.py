"""Issue 21 on paper: the summary and the briefing pack say a relationship's health in
words with its reasons, the track record as one sentence per side, and why promises
were broken (and whether a new date was agreed), still on one page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from bigjournal.journal.organisations import find_organisation, organisation_detail
from bigjournal.journal.promises import PromiseDraft, add_promise, renew_promise
from bigjournal.reports import make_pack, make_pack_html, make_summary, make_summary_html
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_summary import flat, pdf_text

REASON = "The forum was cancelled at short notice"


def _broken(journal: Journal, organisation: str) -> int:
    found = find_organisation(journal, organisation)
    return add_promise(
        journal,
        PromiseDraft(
            "Invite the partnership to the patient forum",
            side="theirs",
            organisation=found.id,
            due_on=TODAY - timedelta(days=10),
            status="broken",
            status_on=TODAY - timedelta(days=2),
            status_note=REASON,
        ),
        made_on=TODAY - timedelta(days=30),
        today=TODAY,
    ).id


def test_the_summary_says_health_track_record_and_why_a_promise_was_broken(
    demo_journal: Journal, tmp_path: Path
) -> None:
    name = "Millbrook and District Primary Care Network"
    broken = _broken(demo_journal, name)
    out = tmp_path / "pcn.pdf"
    make_summary(demo_journal, name, out, today=TODAY)
    assert len(PdfReader(out).pages) == 1
    text = flat(pdf_text(out)[0])
    found = find_organisation(demo_journal, name)
    detail = organisation_detail(demo_journal, found.id, today=TODAY)
    assert detail.health is not None
    assert f"Health {detail.health.word.label}: {detail.health.reasons[0]}" in text
    theirs, ours = detail.track_records.sentences()
    assert theirs in text and ours in text
    assert f"because: {REASON}" in text  # the latest broken promise, in the header
    assert "Promises broken, and why" in text and f"Reason given: {REASON}" in text
    assert "No new date yet" in text

    renew_promise(demo_journal, broken, due_on=TODAY + timedelta(days=21), today=TODAY)
    make_summary(demo_journal, name, out, today=TODAY)
    assert "New date agreed" in flat(pdf_text(out)[0])
    html = tmp_path / "pcn.html"
    make_summary_html(demo_journal, name, html, today=TODAY)
    page = html.read_text(encoding="utf-8")
    assert REASON in page and "New date agreed" in page and detail.health.word.label in page


def test_a_crowded_page_still_says_why_the_last_promise_was_broken(
    demo_journal: Journal, tmp_path: Path
) -> None:
    name = "Ashford Vale Borough Council"
    _broken(demo_journal, name)
    out = tmp_path / "borough.pdf"
    make_summary(demo_journal, name, out, today=TODAY, print_size=14)
    assert len(PdfReader(out).pages) == 1
    text = flat(pdf_text(out)[0])
    assert "Last broken" in text and "because: The forum" in text  # cut to its line
    assert "Health" in text and "promises that fell due" in text


def test_the_pack_carries_health_and_the_reasons_into_its_timelines(
    demo_journal: Journal, tmp_path: Path
) -> None:
    broken = _broken(demo_journal, "Millbrook and District Primary Care Network")
    renew_promise(demo_journal, broken, due_on=TODAY + timedelta(days=21), today=TODAY)
    out = tmp_path / "pack.pdf"
    make_pack(demo_journal, "Dr Sunil Mehta", [], out, today=TODAY)
    text = flat(" ".join(pdf_text(out)))
    assert (
        "Promise broken: Invite the partnership to the patient forum. "
        f"Reason given: {REASON}; a new date was agreed." in text
    )
    assert "A new date, agreed after it was broken once." in text  # the open register
    assert "Health" in text and "They kept" in text and "We kept" in text
    html = tmp_path / "pack.html"
    make_pack_html(demo_journal, "Dr Sunil Mehta", [], html, today=TODAY)
    assert REASON in html.read_text(encoding="utf-8")
