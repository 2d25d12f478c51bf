"""The one-page summary is full, and nothing left out would have fitted.

The summary measures rows only as far as the page has room, and hands reportlab the
row heights it measured. These tests check that against reportlab itself: every
table is rebuilt from its cells' markup, parsed anew, with no heights given, and
measured the ordinary way. If the lazy measuring ever dropped a row that fits, or
got a height wrong, a page showing one row more would fit, or the heights would differ.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from bigjournal.journal.briefing import RelationshipSummary, relationship_summary
from bigjournal.journal.organisations import find_organisation
from bigjournal.model.vocabulary import Side
from bigjournal.reports import build_summary, report_fonts
from bigjournal.reports.page import frame_size
from bigjournal.reports.style import make_styles
from bigjournal.reports.summary import summary_flowables, summary_page
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_summary import flat, heavy_journal, pdf_text

TALL = 72_000.0
PADDINGS = ("topPadding", "bottomPadding", "leftPadding", "rightPadding")
COMMANDS = ("TOPPADDING", "BOTTOMPADDING", "LEFTPADDING", "RIGHTPADDING")

# Each table block: its heading with the true total, and its "…and N more" line.
HEADINGS = {
    "theirs": r"Their open promises \((\d+)",
    "ours": r"Our open promises \((\d+)",
    "handovers": r"Handovers to do: someone left \((\d+)\)",
    "contacts": r"Key contacts \((\d+)\)",
    "broken": r"Promises broken, and why \((\d+)\)",
    "outcomes": r"Outcomes \((\d+)",
    "meetings": r"Last meetings \((\d+) in all\)",
    "left": r"Contacts who left, with handover done \((\d+)\)",
}
NOTES = {
    "theirs": r"and (\d+) more promises? of theirs — see the journal",
    "ours": r"and (\d+) more promises? of ours — see the journal",
    "handovers": r"and (\d+) more handovers? to do — see the journal",
    "contacts": r"and (\d+) more contacts? — see the journal",
    "broken": r"and (\d+) more broken promises? — see the journal",
    "outcomes": r"and (\d+) earlier outcomes? — see the journal",
    "meetings": r"and (\d+) earlier meetings? — see the journal",
    "left": r"and (\d+) more who left — see the journal",
}


def fresh(paragraph: Paragraph) -> Paragraph:
    """The paragraph as ``Paragraph(markup, style)`` makes it: parsed by reportlab."""
    return Paragraph(paragraph.text, paragraph.style)


def cell(value: object) -> Paragraph:
    if isinstance(value, list | tuple):
        (value,) = value
    assert isinstance(value, Paragraph), value
    return fresh(value)


def plain_table(table: Table) -> Table:
    """The table rebuilt from its cells' markup, its row heights left to reportlab."""
    styles = {
        attribute: {getattr(style, attribute) for row in table._cellStyles for style in row}
        for attribute in PADDINGS
    }
    assert all(len(values) == 1 for values in styles.values()), styles  # one padding each
    commands = [
        (command, (0, 0), (-1, -1), styles[attribute].pop())
        for command, attribute in zip(COMMANDS, PADDINGS, strict=True)
    ]
    rows = [[cell(value) for value in row] for row in table._cellvalues]
    return Table(rows, colWidths=table._argW, style=TableStyle(commands))


def plain_height(flowables: list[Flowable], width: float) -> float:
    """The height of ``flowables`` as plain reportlab measures them (as the summary
    adds them up: each one's height and the space before and after it)."""
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, Table):
            flowable = plain_table(flowable)
        elif isinstance(flowable, Paragraph):
            flowable = fresh(flowable)
        _w, h = flowable.wrap(width, TALL)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def check_fitted(summary: RelationshipSummary, paper: tuple[float, float]) -> dict[str, int]:
    """Check the page fits, its row heights are reportlab's, and one more of anything
    would not fit; return what it shows."""
    styles = make_styles(report_fonts())
    width, height = frame_size(paper)
    fitted = summary_page(summary, styles, width, height)

    # The heights the summary gave reportlab are the ones reportlab works out itself.
    for flowable in fitted.flowables:
        if isinstance(flowable, Table) and flowable._argH and None not in flowable._argH:
            plain = plain_table(flowable)
            plain.wrap(width, TALL)
            assert plain._rowHeights == list(flowable._argH)
    measured = plain_height(fitted.flowables, width)
    assert measured == pytest.approx(fitted.height, abs=1e-6)
    assert measured <= height

    # Nothing left out would have fitted: one more row (or a longer text) of any block
    # that could show more makes the page too tall.
    grew = 0
    for key, shown in fitted.shown.items():
        if shown < fitted.available[key]:
            more = {**fitted.shown, key: shown + 1}
            assert plain_height(summary_flowables(summary, styles, width, more), width) > height, (
                f"one more row of {key} would have fitted"
            )
            grew += 1
    assert fitted.shown.keys() == fitted.available.keys()
    return {**fitted.shown, "_could_grow": grew}


def check_counts(summary: RelationshipSummary, out: Path) -> None:
    """Shown rows plus the counted "…and N more" are the data's totals."""
    fitted = build_summary(summary, out)
    assert len(PdfReader(out).pages) == 1
    text = flat(pdf_text(out)[0])
    detail = summary.organisation
    open_theirs = sum(1 for p in detail.open_promises if p.side is Side.THEIRS)
    open_ours = sum(1 for p in detail.open_promises if p.side is Side.OURS)
    active = sum(1 for c in detail.contacts if c.is_active)
    expected = {"theirs": open_theirs, "ours": open_ours, "contacts": active}
    for key, heading in HEADINGS.items():
        found = re.search(heading, text)
        if found is None:  # a block with nothing to say is left off the page
            assert fitted.shown.get(key, 0) == 0 and key not in expected, key
            continue
        total = int(found.group(1))
        if key in expected:
            assert total == expected[key], key
        note = re.search(NOTES[key], text)
        left_out = int(note.group(1)) if note else 0
        assert fitted.shown[key] + left_out == total, key
        assert fitted.omitted.get(key, 0) == left_out, key
    drawn = [f for f in fitted.flowables if isinstance(f, Table)][1:]  # after the header
    table_keys = [k for k in HEADINGS if fitted.shown.get(k, 0) > 0]
    assert [len(t._cellvalues) - 1 for t in drawn] == [fitted.shown[k] for k in table_keys]


@pytest.mark.parametrize("paper", [A4, LETTER], ids=["A4", "Letter"])
def test_a_crowded_page_is_full_and_nothing_left_out_would_fit(
    journal: Journal, tmp_path: Path, paper: tuple[float, float]
) -> None:
    summary = relationship_summary(journal, heavy_journal(journal), today=TODAY)
    shown = check_fitted(summary, paper)
    assert shown["_could_grow"] >= 3  # the page, not the caps, stopped several blocks
    check_counts(summary, tmp_path / "heavy.pdf")


def test_the_demo_summaries_are_full_and_count_what_they_leave_out(
    demo_journal: Journal, tmp_path: Path
) -> None:
    for name in ("Ashford Vale Borough Council", "Millbrook College"):
        organisation = find_organisation(demo_journal, name)
        summary = relationship_summary(demo_journal, organisation.id, today=TODAY)
        check_fitted(summary, A4)
        check_counts(summary, tmp_path / "demo.pdf")


def test_a_page_with_room_to_spare_shows_everything(demo_journal: Journal) -> None:
    organisation = find_organisation(demo_journal, "Orchard Lane Medical Centre")
    summary = relationship_summary(demo_journal, organisation.id, today=TODAY)
    styles = make_styles(report_fonts())
    width, height = frame_size(A4)
    fitted = summary_page(summary, styles, width, height)
    assert fitted.height + 100 < height  # (what makes this the roomy case)
    assert fitted.omitted == {}
    assert fitted.shown == fitted.available
    assert fitted.shown["theirs"] + fitted.shown["ours"] == len(summary.organisation.open_promises)
