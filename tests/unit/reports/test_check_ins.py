"""Check-ins in print (issue 21): the latest on the one-page summary, each criterion's
history drawn on the briefing pack's organisation page, the same in the HTML output;
and the one "up from / down from" comparison all of them (and the window) use."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, PolyLine
from reportlab.lib.pagesizes import A4

from bigjournal.journal.briefing import briefing_pack, relationship_summary
from bigjournal.journal.checkins import (
    CRITERIA,
    changes,
    check_in,
    latest_changes,
    list_check_ins,
    record_check_in,
)
from bigjournal.journal.organisations import add_organisation, find_organisation
from bigjournal.reports import build_summary, report_fonts
from bigjournal.reports.check_ins import criterion_chart
from bigjournal.reports.html import pack_html, summary_html
from bigjournal.reports.pack import build_pack
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_fitting import check_fitted
from .test_summary import flat, heavy_journal, pdf_text


def two_check_ins(journal: Journal, organisation: int) -> None:
    """Trust falls from Good to Weak; capacity rises from Weak to Strong; respect is
    not talked about the second time; shared goals stay Mixed."""
    record_check_in(
        journal,
        organisation,
        held_on=TODAY - timedelta(days=200),
        levels={"trust": "good", "capacity": "weak", "respect": 3, "shared_goals": "mixed"},
        today=TODAY,
    )
    record_check_in(
        journal,
        organisation,
        held_on=TODAY - timedelta(days=10),
        levels={"trust": "weak", "capacity": "strong", "shared_goals": "mixed"},
        note="The new officer has not met us yet.",
        took_part=["Aisha Rahman", "Tom Kowalski"],
        today=TODAY,
    )


def organisation(journal: Journal) -> int:
    return add_organisation(journal, name="Canal Walk Housing", kind="housing_association").id


def test_the_comparison_says_up_down_or_nothing(journal: Journal) -> None:
    org = organisation(journal)
    two_check_ins(journal, org)
    latest, earlier = list_check_ins(journal, org)
    said = {change.criterion.key: change for change in changes(latest, earlier)}
    assert [c.criterion for c in changes(latest, earlier)] == list(CRITERIA)
    assert said["trust"].since == "down from Good" and said["trust"].words == "Weak"
    assert said["capacity"].since == "up from Weak" and said["capacity"].way == "up"
    assert said["shared_goals"].since == ""  # unchanged
    assert said["respect"].since == "" and said["respect"].words == "Not talked about"
    assert said["mutual_knowledge"].since == ""  # never rated
    assert all(change.since == "" for change in changes(latest, None))
    assert latest_changes([]) == ()
    assert latest_changes([latest, earlier]) == changes(latest, earlier)
    assert check_in(journal, latest.id) == latest


def test_the_summary_shows_the_latest_check_in_on_its_one_page(
    journal: Journal, tmp_path: Path
) -> None:
    org = organisation(journal)
    two_check_ins(journal, org)
    summary = relationship_summary(journal, org, today=TODAY)
    assert len(summary.check_ins) == 2
    out = tmp_path / "summary.pdf"
    build_summary(summary, out)
    (page,) = pdf_text(out)
    text = flat(page)
    held = TODAY - timedelta(days=10)
    assert f"Check-in {held.day} {held:%b %Y}" in text
    assert "Strong capacity (up from Weak)" in text
    assert "Mixed shared goals" in text
    assert "Weak trust (down from Good)" in text
    assert "not talked about: mutual knowledge, understanding, respect" in text


def test_a_relationship_without_check_ins_has_no_check_in_line(
    journal: Journal, tmp_path: Path
) -> None:
    org = organisation(journal)
    out = tmp_path / "summary.pdf"
    build_summary(relationship_summary(journal, org, today=TODAY), out)
    assert "Check-in" not in flat(pdf_text(out)[0])


def test_a_crowded_summary_with_a_check_in_is_still_full_and_one_page(
    journal: Journal, tmp_path: Path
) -> None:
    org = heavy_journal(journal)
    two_check_ins(journal, org)
    summary = relationship_summary(journal, org, today=TODAY)
    check_fitted(summary, A4)
    out = tmp_path / "heavy.pdf"
    build_summary(summary, out)
    assert len(PdfReader(out).pages) == 1
    assert "Strong capacity (up from Weak)" in flat(pdf_text(out)[0])


def test_the_pack_page_draws_each_criterion_in_black_and_white(
    journal: Journal, tmp_path: Path
) -> None:
    org = organisation(journal)
    two_check_ins(journal, org)
    pack = briefing_pack(journal, "Sam Newcomer", [org], today=TODAY)
    assert len(pack.organisations[0].check_ins) == 2
    out = tmp_path / "pack.pdf"
    build_pack(pack, out)
    pages = [flat(text) for text in pdf_text(out)]
    (page,) = [p for p in pages if "Check-in on the eight criteria" in p]
    assert "Canal Walk Housing" in page
    assert "With Aisha Rahman, Tom Kowalski." in page
    for criterion in CRITERIA:
        assert criterion.label.split(",")[0] in page
    assert "Weak, down from Good" in page and "Strong, up from Weak" in page
    assert "from Very weak (lower dotted line) to Strong (upper)" in page
    assert "Note: The new officer has not met us yet." in page


def test_a_criterion_line_rises_with_its_level_and_breaks_where_not_talked_about(
    journal: Journal,
) -> None:
    org = organisation(journal)
    for days, level in ((300, "weak"), (200, None), (100, "good"), (50, "strong")):
        record_check_in(
            journal,
            org,
            held_on=TODAY - timedelta(days=days),
            levels={"trust": level, "respect": "mixed"},
            today=TODAY,
        )
    rows = list(reversed(list_check_ins(journal, org)))
    drawing = criterion_chart(rows, "trust", 120, 30, report_fonts().regular)
    dots = [shape for shape in drawing.contents if isinstance(shape, Circle)]
    lines = [shape for shape in drawing.contents if isinstance(shape, PolyLine)]
    assert len(dots) == 3  # the one not talked about has no dot
    heights = [dot.cy for dot in sorted(dots, key=lambda d: d.cx)]
    assert heights == sorted(heights) and len(set(heights)) == 3  # weak < good < strong
    assert len(lines) == 1 and len(lines[0].points) == 4  # no line across the gap
    assert vars(drawing)["initialFontName"] == report_fonts().regular  # not Helvetica


def test_the_html_shows_the_check_in_and_its_history_in_words(journal: Journal) -> None:
    org = organisation(journal)
    two_check_ins(journal, org)
    html = summary_html(relationship_summary(journal, org, today=TODAY))
    assert "Check-in on the eight criteria" in html
    assert "down from Good" in html and "up from Weak" in html
    earlier = TODAY - timedelta(days=200)
    assert f"{earlier.day} {earlier:%b %Y} Good" in html  # trust at the first
    pack = pack_html(briefing_pack(journal, "Sam Newcomer", [org], today=TODAY))
    assert "up from Weak" in pack


def test_the_demo_pack_page_keeps_its_chart(demo_journal: Journal, tmp_path: Path) -> None:
    council = find_organisation(demo_journal, "Ashford Vale Borough Council").id
    out = tmp_path / "pack.pdf"
    build_pack(briefing_pack(demo_journal, "Sam Newcomer", [council], today=TODAY), out)
    pages = [flat(text) for text in pdf_text(out)]
    charted = [p for p in pages if "Check-in on the eight criteria" in p]
    assert len(charted) == 1 and "Ashford Vale Borough Council" in charted[0]
    assert "5 check-ins," in charted[0] and "Name and role" in charted[0]  # a contact too
