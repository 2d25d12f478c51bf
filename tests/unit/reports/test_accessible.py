"""Accessible PDFs: the title shown by viewers, the footer read last, the pack's bookmarks."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from bigjournal.reports import make_pack, make_summary
from bigjournal.reports.pack import SECTIONS
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_pack import outline
from .test_summary import flat, pdf_text


def test_viewers_show_the_title_and_the_footer_is_read_last(
    demo_journal: Journal, tmp_path: Path
) -> None:
    summary = tmp_path / "s.pdf"
    make_summary(demo_journal, "Millbrook College", summary, today=TODAY)
    pack = tmp_path / "p.pdf"
    make_pack(demo_journal, "Ann", [], pack, today=TODAY)
    for path, title in (
        (summary, "Relationship summary: Millbrook College"),
        (pack, "Briefing pack for Ann"),
    ):
        reader = PdfReader(path)
        assert reader.metadata.title == title
        preferences = reader.trailer["/Root"]["/ViewerPreferences"]
        assert bool(preferences["/DisplayDocTitle"]) is True
        for text in pdf_text(path):
            page = flat(text)
            # What a screen reader or a copy gets: the page first, the footer after it.
            assert page.endswith("shred it when done.") or page.endswith("in the journal."), page
    first = flat(pdf_text(summary)[0])
    assert first.startswith("Millbrook College")
    marks = [title for level, title, _page in outline(PdfReader(pack)) if level == 0]
    assert [title for _key, title in SECTIONS] == marks[2:]
