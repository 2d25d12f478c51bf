"""The page every report is printed on: margins, the footer, bookmarks, page numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bigjournal import __version__
from bigjournal.reports.output import Steps
from bigjournal.reports.style import FOOTER_HEIGHT, MARGIN, RULE, SMALL_SIZE, Styles


@dataclass(frozen=True)
class Footer:
    """What each page says at the bottom: who printed it, what it is for, when."""

    left: str
    right: str
    note: str
    # Printed first and whole (wrapped over more lines if need be), never cut:
    # the organisation a summary is about. ``left`` follows it, cut if need be.
    keep: str = ""


FOOTER_LINE = 12  # points from one footer line to the next, in standard print


def footer_line(styles: Styles) -> float:
    return FOOTER_LINE * styles.footer_size / SMALL_SIZE


def footer_band(styles: Styles | None, extra_lines: int = 0) -> float:
    """The height of the footer's band below the frame: its two lines (and any extra)."""
    if styles is None or styles.footer_size == SMALL_SIZE:
        return FOOTER_HEIGHT + extra_lines * FOOTER_LINE
    return FOOTER_HEIGHT + (2 + extra_lines) * footer_line(styles) - 2 * FOOTER_LINE


def footer_lines(footer: Footer, styles: Styles, width: float, size: float) -> list[str]:
    """The footer's first lines: ``keep`` wrapped whole, then as much of ``left`` as fits."""
    if not footer.keep:
        return [styles.fit(footer.left, width, size)]
    font = styles.fonts.regular
    lines = simpleSplit(styles.fonts.clean(" ".join(footer.keep.split())), font, size, width) or [
        ""
    ]
    rest = " ".join(footer.left.split())
    if rest:
        room = width - styles.width(lines[-1] + " · ", size)
        if room >= 80:
            lines[-1] += " · " + styles.fit(rest, room, size)
    return lines


@dataclass(frozen=True)
class Mark:
    """A PDF bookmark (and, when ``contents``, a line in the table of contents)."""

    key: str
    title: str
    level: int = 0
    contents: bool = True


def footer_extra_lines(footer: Footer, styles: Styles, pagesize: tuple[float, float]) -> int:
    """How many lines beyond one the footer's first part needs (a very long name)."""
    size = styles.footer_size
    reserve = styles.width(footer.right, size, bold=True) + 12 if footer.right else 12
    width = pagesize[0] - 2 * MARGIN - reserve
    return len(footer_lines(footer, styles, width, size)) - 1


def frame_size(
    pagesize: tuple[float, float], extra_lines: int = 0, styles: Styles | None = None
) -> tuple[float, float]:
    """Width and height available for content on one page (less ``extra_lines`` footer
    lines beyond the usual two, in the footer type of ``styles``)."""
    width, height = pagesize
    return width - 2 * MARGIN, height - 2 * MARGIN - footer_band(styles, extra_lines)


def marked(flowable: Flowable, mark: Mark) -> Flowable:
    flowable._bigjournal_mark = mark  # type: ignore[attr-defined]
    return flowable


def counted(flowable: Flowable) -> Flowable:
    """A flowable whose drawing counts as one step of progress (and may be cancelled)."""
    flowable._bigjournal_step = True  # type: ignore[attr-defined]
    return flowable


class PageCount(Flowable):
    """Knows how many pages the previous layout run made, for "Page n of N".

    An indexing flowable: ``multiBuild`` lays the document out again until the
    count is the same twice, so the last run prints the true total. A run that only
    laid the pages out (see ``ReportDocument.multiBuild``) is never the last.
    """

    def __init__(self) -> None:
        super().__init__()
        self.last = 0
        self.current = 0
        self.laid_out_only = False

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.last, self.current = self.current, 0

    def afterBuild(self) -> None:
        pass

    def isSatisfied(self) -> bool:
        return self.last == self.current and not self.laid_out_only

    def notify(self, kind: str, stuff: Any) -> None:
        pass


def _not_drawn(*_args: Any, **_kwargs: Any) -> None:
    """What a flowable draws while the pages are only being laid out: nothing."""


class _Frame(Frame):
    """The page's frame; while its document is only laying pages out, what it places
    is not drawn (only that object, only during that run)."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> Literal[0, 1]:
        document = getattr(canv, "_doctemplate", None)
        if isinstance(document, ReportDocument) and document.laying_out:
            document.not_drawing(flowable)
        return super().add(flowable, canv, trySplit)  # Frame's add is its _add

    add = _add


class ReportDocument(BaseDocTemplate):
    """A document with the report footer on every page, bookmarks and progress."""

    def __init__(
        self,
        target: Any,
        *,
        pagesize: tuple[float, float],
        styles: Styles,
        footer: Callable[[int], Footer],
        title: str,
        author: str,
        subject: str,
        steps: Steps | None = None,
        numbered: bool = True,
        extra_footer_lines: int = 0,
    ) -> None:
        band = footer_band(styles, extra_footer_lines)
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + band,
            title=title,
            author=author,
            subject=subject,
            creator=f"BigJournal {__version__}",
            lang="en-GB",
            # Otherwise every page also names Helvetica, a font that is not embedded.
            initialFontName=styles.fonts.regular,
            initialFontSize=styles.size,
            # Viewers show the title, not the file name (PDF/UA asks for it).
            displayDocTitle=True,
        )
        self.styles = styles
        self.footer = footer
        self.steps = steps
        self.numbered = numbered
        self.page_count = PageCount()
        self.extra_footer_lines = extra_footer_lines
        width, height = frame_size(pagesize, extra_footer_lines, styles)
        frame = _Frame(
            MARGIN,
            MARGIN + band,
            width,
            height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate(id="body", frames=[frame], onPageEnd=self._draw_footer)]
        )
        self._runs: int | None = None
        self.laying_out = False
        self._not_drawn: list[Flowable] = []

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **kwargs: Any) -> int:
        """Build until the contents and "Page n of N" have their page numbers.

        The first run only lays the pages out: it finds where everything falls
        without drawing anything, as only the numbers are kept from it. The pages are
        drawn once, in the run that has the numbers (and remembers each cell's
        line breaks from the first).
        """
        self._runs = 0
        try:
            return super().multiBuild(story, maxPasses, **kwargs)
        finally:
            self._runs = None

    def not_drawing(self, flowable: Flowable) -> None:
        if "drawOn" not in flowable.__dict__:
            flowable.drawOn = _not_drawn  # type: ignore[method-assign]
            self._not_drawn.append(flowable)

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        if self._runs is not None:
            self._runs += 1
        self.laying_out = self._runs == 1
        self.page_count.laid_out_only = self.laying_out
        try:
            super().build(flowables, *args, **kwargs)
        finally:
            for flowable in self._not_drawn:
                flowable.__dict__.pop("drawOn", None)
            self._not_drawn.clear()
            self.laying_out = False

    def afterFlowable(self, flowable: Flowable) -> None:
        mark: Mark | None = getattr(flowable, "_bigjournal_mark", None)
        if mark is not None:
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=False)
            if mark.contents:
                text = self.styles.text(mark.title, shaped=False)
                self.notify("TOCEntry", (mark.level, text, self.page, mark.key))
        if self.steps is not None and getattr(flowable, "_bigjournal_step", False):
            self.steps.advance()

    def afterPage(self) -> None:
        self.page_count.current = self.page

    def _draw_footer(self, canvas: Canvas, _doc: Any) -> None:
        """Drawn when the page's content is done, so it comes last in reading order."""
        if self.laying_out:
            return
        styles = self.styles
        footer = self.footer(canvas.getPageNumber())
        width, _height = self.pagesize
        left, right = MARGIN, width - MARGIN
        top = MARGIN + footer_band(styles, self.extra_footer_lines) - 3
        line_step = footer_line(styles)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(left, top, right, top)
        canvas.setFillColor(RULE)
        size = styles.footer_size
        if self.numbered:
            total = self.page_count.last
            right_text = f"Page {canvas.getPageNumber()}" + (f" of {total}" if total else "")
        else:
            right_text = styles.fonts.clean(footer.right)
        if right_text:
            canvas.setFont(styles.fonts.bold, size)
            canvas.drawRightString(right, top - line_step, right_text)
        reserve = styles.width(right_text, size, bold=True) + 12
        canvas.setFont(styles.fonts.regular, size)
        lines = footer_lines(footer, styles, right - left - reserve, size)
        lines = lines[: 1 + self.extra_footer_lines]
        for number, line in enumerate(lines, start=1):
            self._draw_line(canvas, left, top - line_step * number, line, size, right - left)
        below = top - line_step * (len(lines) + 1)
        self._draw_line(canvas, left, below, styles.fit(footer.note, right - left, size), size)
        canvas.restoreState()

    def _draw_line(
        self, canvas: Canvas, x: float, baseline: float, text: str, size: float, room: float = 0
    ) -> None:
        """One line of the footer: drawn directly when the base font prints it, else as
        a paragraph (fonts per script, shaped, right to left in order)."""
        styles = self.styles
        if styles.fonts.plain(text):
            canvas.drawString(x, baseline, text)
            return
        style = ParagraphStyle("footer", parent=styles.small, fontSize=size, leading=size * 1.2)
        line = styles.paragraph(styles.text(text), style)
        _width, height = line.wrap(room or self.pagesize[0], size * 4)
        # A paragraph is placed by its bottom; its first baseline is a font size below its top.
        line.drawOn(canvas, x, baseline - height + size)
