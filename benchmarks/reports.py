"""The printing half of issue 9: the one-page summary and a 100-organisation briefing pack.

The app draws from data read beforehand (``relationship_summary`` / ``briefing_pack``,
timed with the database benchmarks), so these rows measure the drawing: choosing what
fits, laying it out, the contents' second pass, fonts, writing the PDF. The floor is a
bare platypus document that prints the same text, line by line as paragraphs, on as
many pages in the same embedded font: the same content without the app's layout
decisions (fitting a page, the contents' second pass, tables).
"""

from __future__ import annotations

import io
from typing import Any

from benchmarks.database import busiest_organisation
from benchmarks.registry import Context, Pair, benchmark

PACK_ORGANISATIONS = 100


def _page_lines(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [
        [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        for page in reader.pages
    ]


def _words(pdf: bytes) -> list[str]:
    return sorted(word for page in _page_lines(pdf) for line in page for word in line.split())


def bare_pages(pages: list[list[str]], font: str, pagesize: tuple[float, float]) -> bytes:
    """The floor: a plain platypus document, each page's lines as paragraphs in the
    report's font, one page break per page of the app's PDF."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    room = pagesize[1] - 40 - 12  # the frame's height, less its padding and a margin
    story: list[Any] = []
    for lines in pages:
        leading = min(8.0, room / max(len(lines), 1))  # a dense page gets smaller type
        style = ParagraphStyle("bare", fontName=font, fontSize=leading * 0.85, leading=leading)
        story += [Paragraph(escape(line), style) for line in lines]
        story.append(PageBreak())
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=pagesize, leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20
    )
    document.build(story[:-1])
    return out.getvalue()


def _same_content(app: Any, floor: Any) -> str | None:
    app_pages, floor_pages = _page_lines(app), _page_lines(floor)
    if len(app_pages) != len(floor_pages):
        return f"the app printed {len(app_pages)} pages, the floor {len(floor_pages)}"
    if _words(app) != _words(floor):
        return "the floor's pages do not hold the same words as the app's"
    return None


def _pair(draw: Any, pagesize: tuple[float, float]) -> Pair:
    from bigjournal.reports.fonts import report_fonts

    fonts = report_fonts()
    pages = _page_lines(draw())  # what the app prints: the floor prints the same lines
    return Pair(
        app=draw,
        floor=lambda: bare_pages(pages, fonts.regular, pagesize),
        same=_same_content,
    )


@benchmark("one-page summary", target=1.5, group="printing")
def summary(context: Context) -> Pair:
    """The busiest organisation's one-page summary drawn from its prepared data,
    against a bare reportlab page with the same text."""
    from bigjournal.journal.briefing import relationship_summary
    from bigjournal.reports import build_summary
    from bigjournal.reports.style import page_size
    from bigjournal.store import open_journal

    organisation_id = busiest_organisation(context.journal_path)
    with open_journal(context.journal_path) as journal:
        prepared = relationship_summary(journal, organisation_id, today=context.today)

    def draw() -> bytes:
        out = io.BytesIO()
        build_summary(prepared, out)
        return out.getvalue()

    return _pair(draw, page_size(prepared.partnership.paper_size))


def pack_organisations(context: Context, count: int) -> list[int]:
    """The first ``count`` top-level organisations: a pack as a ward councillor gets."""
    import sqlite3

    db = sqlite3.connect(context.journal_path)
    try:
        return [
            row[0]
            for row in db.execute(
                "SELECT id FROM organisations WHERE parent_id IS NULL ORDER BY id LIMIT ?",
                (count,),
            )
        ]
    finally:
        db.close()


@benchmark("briefing pack, 100 organisations", target=1.5, group="printing")
def pack(context: Context) -> Pair:
    """A briefing pack on 100 organisations drawn from its prepared data (cover,
    contents, summaries, timelines, directory, register, glossary), against bare pages
    with the same text, one per page of the pack."""
    from bigjournal.journal.briefing import briefing_pack
    from bigjournal.reports import build_pack
    from bigjournal.reports.style import page_size
    from bigjournal.store import open_journal

    chosen = pack_organisations(context, PACK_ORGANISATIONS)
    with open_journal(context.journal_path) as journal:
        prepared = briefing_pack(journal, "Cllr Ann Lee", chosen, today=context.today)

    def draw() -> bytes:
        out = io.BytesIO()
        build_pack(prepared, out)
        return out.getvalue()

    return _pair(draw, page_size(prepared.partnership.paper_size))
