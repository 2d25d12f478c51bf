"""Type, page sizes and words shared by the printed reports.

Made for black-and-white printers and photocopiers: everything is black on white,
emphasis is weight, boxes and words ("OVERDUE"), never colour alone; body type is
10 pt DejaVu Sans (large for its size), nothing smaller than 9 pt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from bigjournal import wording
from bigjournal.reports.fonts import FontSet
from bigjournal.reports.scripts import embolden, is_rtl

PAPER_SIZES = {"A4": A4, "Letter": LETTER}
# Text in a fallback font (another script) is shaped by harfbuzz, where it is installed;
# BIGJOURNAL_SHAPING=0 turns it off (for measuring what shaping costs).
SHAPING = os.environ.get("BIGJOURNAL_SHAPING", "1") != "0"
FALLBACK_FACE = '<font face="BigJournal'

MARGIN = 14 * mm
FOOTER_HEIGHT = 12 * mm  # the footer's own band, below the frame

BODY_SIZE = 10
SMALL_SIZE = 9
HEADING_SIZE = 12
TITLE_SIZE = 18
# The body sizes a volunteer can choose: standard, and the 12 pt and 14 pt that
# clear-print guidance (RNIB, UKAAF) asks for.
PRINT_SIZES = (10, 12, 14)
# However narrow the fixed columns leave it, the free column of a table keeps this share.
FREE_COLUMN_SHARE = 0.34

OVERDUE_MARK = "⚠ OVERDUE"
LEFT_MARK = "LEFT"
PLANNED_MARK = "PLANNED"
RULE = colors.black
LIGHT_RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.9, 0.9)  # light enough to photocopy clean, text stays black

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# The only markup the reports write: bold, line breaks and the three escaped characters.
_MARKUP = re.compile(r"(<b>|</b>|<br/>|&amp;|&lt;|&gt;)")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


class Para(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last wrapped at.

    A table wraps every cell when it is sized, again when it is split across pages,
    and again when it is drawn; reportlab breaks the lines anew each time, which is
    most of the cost of a report. Text and style never change after construction,
    so the same width always gives the same lines.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wrapped = self._wrapped
        # The remembered size is good only while reportlab's own state for it is there:
        # ``split`` deletes ``blPara`` when the paragraph must move on whole, and the
        # next ``wrap`` has to break the lines again or drawing fails.
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = wrapped[1]
            return wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def page_size(paper: str | None) -> tuple[float, float]:
    """A4 unless the journal's setting (or the caller) says Letter."""
    return LETTER if (paper or "").strip().casefold() in ("letter", "us letter") else A4


def long_date(value: date) -> str:
    """15 June 2026, whatever the computer's language settings."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: date | None) -> str:
    """15 Jun 2026; an empty value is a dash."""
    if value is None:
        return "—"
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def days(count: int) -> str:
    return wording.count(count, "day")


def plural(count: int, word: str, many: str | None = None) -> str:
    return wording.count(count, word, many)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the bundled font, and text helpers that use its metrics."""

    fonts: FontSet
    size: float
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    big: ParagraphStyle
    # Per paragraph style, the fragments reportlab's parser makes for plain, bold and
    # line-break text: see ``paragraph``.
    _fragments: dict[int, tuple[ParagraphStyle, dict[str, Any]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def paragraph(self, markup: str, style: ParagraphStyle) -> Para:
        """A paragraph of ``markup`` in ``style``, as ``Paragraph(markup, style)`` makes it.

        The reports write only ``<b>``, ``<br/>`` and escaped text (see ``text``); for
        those the fragments reportlab's parser would make are built directly from
        templates the parser made once per style, which costs a tenth as much. Any
        other markup goes to the parser.
        """
        # What reportlab's cleanBlockQuotedText does (each line stripped, whitespace
        # runs made one space, lines joined with a space; a no-break space is kept),
        # at the speed of C.
        markup = cleanBlockQuotedText(markup) if "\xa0" in markup else " ".join(markup.split())
        if not markup.isascii():
            if FALLBACK_FACE in markup:
                markup = embolden(markup, whole=style.fontName == self.fonts.bold)
            if SHAPING and (FALLBACK_FACE in markup or is_rtl(markup)):
                return Para(markup, self.shaped(style))
        fragments = self._fragments_for(markup, style)
        if fragments is None:
            return Para(markup, style)
        return Para(markup, style, frags=fragments)

    def _fragments_for(self, markup: str, style: ParagraphStyle) -> list[Any] | None:
        if getattr(style, "textTransform", None):
            return None
        templates = self._templates(style)
        link: list[Any] = []
        lines: list[Any] = []

        def fragment(kind: str, text: str) -> Any:
            kind_of, attributes = templates[kind]
            made = kind_of.__new__(kind_of)
            made.__dict__ = {**attributes, "text": text, "link": link, "us_lines": lines}
            return made

        if "<" not in markup and "&" not in markup and ">" not in markup:
            return [fragment("plain", markup)] if markup else []
        bold = False
        fragments: list[Any] = []
        for index, part in enumerate(_MARKUP.split(markup)):
            if index % 2 == 0:  # text between the markup
                if not part:
                    continue
                if "<" in part or "&" in part or ">" in part:
                    return None  # markup the fast path does not know
                fragments.append(fragment("bold" if bold else "plain", part))
            elif part == "<b>":
                if bold:
                    return None
                bold = True
            elif part == "</b>":
                if not bold:
                    return None
                bold = False
            elif part == "<br/>":
                fragments.append(fragment("bold_break" if bold else "break", ""))
            else:  # an escaped character: the parser makes a fragment of its own
                fragments.append(fragment("bold" if bold else "plain", _ENTITIES[part]))
        return None if bold else fragments

    def _templates(self, style: ParagraphStyle) -> dict[str, tuple[type[ParaFrag], dict[str, Any]]]:
        found = self._fragments.get(id(style))
        if found is not None and found[0] is style:
            return found[1]
        samples = {
            "plain": ("x", 0),
            "bold": ("<b>x</b>", 0),
            "break": ("x<br/>x", 1),
            "bold_break": ("<b>x<br/>x</b>", 1),
        }
        templates = {}
        for kind, (sample, index) in samples.items():
            made = Paragraph(sample, style).frags[index]
            templates[kind] = (type(made), dict(made.__dict__))
        self._fragments[id(style)] = (style, templates)
        return templates

    def table_font(self) -> list[tuple[str, tuple[int, int], tuple[int, int], str | float]]:
        """Table commands naming our font, so no table falls back to Helvetica
        (which is not embedded and has no Greek or Cyrillic)."""
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("FONTSIZE", (0, 0), (-1, -1), self.size),
        ]

    def facts_box(self) -> TableStyle:
        """The boxed table of a page's facts (label, value), ruled between rows: the
        summary's, a topic's and a meeting note's heading box look alike."""
        return TableStyle(
            [
                *self.table_font(),
                ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, LIGHT_RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )

    @property
    def scale(self) -> float:
        """How much larger than standard print this is (1 for 10 pt, 1.4 for 14 pt)."""
        return self.size / BODY_SIZE

    @property
    def footer_size(self) -> float:
        return self.small.fontSize

    def columns(self, width: float, fixed: Sequence[float | None]) -> list[float]:
        """Column widths: the standard-print widths in ``fixed`` grown with the type,
        and the one ``None`` taking the rest (never less than a third of the table)."""
        wanted = [w * self.scale for w in fixed if w is not None]
        room = width * (1 - FREE_COLUMN_SHARE)
        total = sum(wanted)
        shrink = min(1.0, room / total) if self.scale > 1 and total else 1.0
        made = [None if w is None else w * self.scale * shrink for w in fixed]
        if self.scale == 1:
            made = list(fixed)
        free = width - sum(w for w in made if w is not None)
        return [free if w is None else w for w in made]

    def text(self, value: str, *, shaped: bool = True) -> str:
        """User text made safe for a Paragraph: markup escaped, each run of a script
        the base font lacks in a font that has it (see ``scripts``). Not ``shaped``:
        for a paragraph reportlab draws as it is (the contents), in display order."""
        value = value or ""
        parts = []
        for run in self.fonts.runs(value, shaped=shaped):
            if run.font is None:
                parts.append(escape(run.text))
            else:
                parts.append(f'<font face="{run.font.regular}">{escape(run.text)}</font>')
        return "".join(parts)

    def shaped(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` with harfbuzz shaping on, for text in the fallback fonts (made once)."""
        key = -id(style)
        found = self._fragments.get(key)
        if found is not None and found[0] is style:
            return found[1]["shaped"]  # type: ignore[no-any-return]
        made = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)
        self._fragments[key] = (style, {"shaped": made})
        return made

    def width(self, value: str, size: float | None = None, bold: bool = False) -> float:
        font = self.fonts.bold if bold else self.fonts.regular
        return stringWidth(self.fonts.clean(value), font, size or self.size)

    def fit(self, value: str, width: float, size: float | None = None, bold: bool = False) -> str:
        """Cut text to one line of ``width`` points, ending with an ellipsis when cut."""
        size = size or self.size
        value = " ".join((value or "").split())
        # A long note need not be measured whole: once a prefix alone is too wide,
        # so is the whole, and so is every longer cut with its ellipsis.
        probe = 64
        while probe < len(value) and self.width(value[:probe], size, bold) <= width:
            probe *= 2
        if probe < len(value):
            high = probe
        elif self.width(value, size, bold) <= width:
            return value
        else:
            high = len(value)
        low = 0
        while low < high:  # the longest prefix that fits with the ellipsis
            middle = (low + high + 1) // 2
            if self.width(value[:middle].rstrip() + "…", size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return value[:low].rstrip() + "…"


def clip(value: str, limit: int) -> str:
    """Cut long text at a word boundary, saying where the rest is."""
    value = " ".join((value or "").split())
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] or value[:limit]
    return cut.rstrip(",;:.") + "… (more in the journal)"


@lru_cache(maxsize=16)
def make_styles(fonts: FontSet, size: float = BODY_SIZE) -> Styles:
    """The report styles for ``fonts`` with body type of ``size`` points, made once
    per font set and size (they are never changed)."""
    regular, bold = fonts.regular, fonts.bold
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_LEFT,
        bulletFontName=regular,
    )
    small = max(SMALL_SIZE, size - 1)
    heading = size + 2
    title = size * 1.8
    return Styles(
        fonts=fonts,
        size=size,
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=bold),
        small=ParagraphStyle("small", parent=body, fontSize=small, leading=small * 11 / 9),
        cell=ParagraphStyle("cell", parent=body, leading=size * 1.2),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=bold, leading=size * 1.2),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=heading,
            leading=heading * 14 / 12,
            spaceBefore=6,
            spaceAfter=2,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=title,
            leading=title * 22 / 18,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=size + 1, leading=(size + 1) * 14 / 11, spaceAfter=4
        ),
        big=ParagraphStyle(
            "big", parent=body, fontName=bold, fontSize=size * 2.8, leading=size * 3.4
        ),
    )
