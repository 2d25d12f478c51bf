"""The page every report is printed on: margins, the footer, bookmarks, page numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class Mark:
    """A PDF bookmark (and, when ``contents``, a line in the table of contents)."""

    key: str
    title: str
    level: int = 0
    contents: bool = True


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    """Width and height available for content on one page."""
    width, height = pagesize
    return width - 2 * MARGIN, height - 2 * MARGIN - FOOTER_HEIGHT


def marked(flowable: Flowable, mark: Mark) -> Flowable:
    flowable._bigjournal_mark = mark  # type: ignore[attr-defined]
    return flowable


def counted(flowable: Flowable) -> Flowable:
    """A flowable whose drawing counts as one step of progress (and may be cancelled)."""
    flowable._bigjournal_step = True  # type: ignore[attr-defined]
    return flowable


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
    ) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=title,
            author=author,
            subject=subject,
            creator=f"BigJournal {__version__}",
            lang="en-GB",
        )
        self.styles = styles
        self.footer = footer
        self.steps = steps
        self.numbered = numbered
        width, height = frame_size(pagesize)
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_HEIGHT,
            width,
            height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="body", frames=[frame], onPage=self._draw_footer)])

    def afterFlowable(self, flowable: Flowable) -> None:
        mark: Mark | None = getattr(flowable, "_bigjournal_mark", None)
        if mark is not None:
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=False)
            if mark.contents:
                self.notify("TOCEntry", (mark.level, mark.title, self.page, mark.key))
        if self.steps is not None and getattr(flowable, "_bigjournal_step", False):
            self.steps.advance()

    def _draw_footer(self, canvas: Canvas, _doc: Any) -> None:
        styles = self.styles
        footer = self.footer(canvas.getPageNumber())
        width, _height = self.pagesize
        left, right = MARGIN, width - MARGIN
        top = MARGIN + FOOTER_HEIGHT - 3
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(left, top, right, top)
        canvas.setFillColor(RULE)
        size = SMALL_SIZE
        if self.numbered:
            reserve = 90.0  # "Page 10 of 120" is written there once the count is known
        else:
            right_text = styles.fonts.clean(footer.right)
            canvas.setFont(styles.fonts.bold, size)
            canvas.drawRightString(right, top - 12, right_text)
            reserve = styles.width(right_text, size, bold=True) + 12
        canvas.setFont(styles.fonts.regular, size)
        canvas.drawString(left, top - 12, styles.fit(footer.left, right - left - reserve, size))
        canvas.drawString(left, top - 24, styles.fit(footer.note, right - left, size))
        canvas.restoreState()


def numbered_canvas(styles: Styles) -> type[Canvas]:
    """A canvas that writes "Page n of N" on each page once it knows N."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._page_number(count)
                super().showPage()
            super().save()

        def _page_number(self, count: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(styles.fonts.bold, SMALL_SIZE)
            text = f"Page {self._pageNumber} of {count}"
            self.drawRightString(width - MARGIN, MARGIN + FOOTER_HEIGHT - 15, text)
            self.restoreState()

    return NumberedCanvas
