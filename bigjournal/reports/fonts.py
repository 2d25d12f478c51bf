"""The bundled Unicode font, found without Qt and registered with reportlab once.

reportlab's built-in fonts cover Latin-1 only: Łukasz, Ιωάννης or Наталья would
print as empty boxes. DejaVu Sans covers every European script, so it is bundled in
``bigjournal/resources/fonts`` (with its licence) and embedded, subset, in each PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bigjournal.errors import JournalError
from bigjournal.reports.scripts import Run, is_rtl, missing_mark, runs

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"

_lock = threading.Lock()
_registered: dict[tuple[str, str], FontSet] = {}


class FontMissingError(JournalError):
    """The bundled font is not where it should be (a damaged installation)."""


@dataclass(frozen=True)
class FontSet:
    """The two faces a report uses, by the names reportlab knows them."""

    regular: str
    bold: str
    covered: frozenset[int]

    @cached_property
    def covers_printable_ascii(self) -> bool:
        return all(code in self.covered for code in range(0x20, 0x7F))

    @cached_property
    def tabular_digits(self) -> bool:
        """Whether every digit is as wide as every other in both faces (as in DejaVu
        Sans): then "…and 38 more" and "…and 37 more" break into the same lines."""
        return all(
            len({pdfmetrics.stringWidth(digit, font, 10) for digit in "0123456789"}) == 1
            for font in (self.regular, self.bold)
        )

    def plain(self, text: str) -> bool:
        """Whether the base font alone prints ``text``, left to right (most text)."""
        if text.isascii() and text.isprintable() and self.covers_printable_ascii:
            return True  # most text, and checking it character by character is slow
        covered = self.covered
        return all(ord(ch) in covered or ch in "\n\t" for ch in text) and not is_rtl(text)

    def clean(self, text: str) -> str:
        """The text as the base font can measure it: a character it lacks is replaced by
        its visible ‹U+XXXX› mark (never "?", never an empty box)."""
        if self.plain(text):
            return text
        covered = self.covered
        return "".join(
            ch if ord(ch) in covered or ch in "\n\t" else missing_mark(ch) for ch in text
        )

    def runs(self, text: str, *, shaped: bool = True) -> list[Run]:
        """``text`` cut into runs by the font that prints each (see ``scripts.runs``)."""
        if self.plain(text):
            return [Run(None, text)]
        return runs(text, self.covered, shaped=shaped)


def bundled_font_folder() -> Path:
    """Where the package keeps its fonts, installed or frozen alike."""
    return Path(str(resources.files("bigjournal") / "resources" / "fonts"))


def report_fonts(regular: Path | None = None, bold: Path | None = None) -> FontSet:
    """Register (once per process) and return the fonts for reports.

    Callers may pass other TrueType files (a larger-print font, say); by default the
    bundled DejaVu Sans is used. Safe to call from any thread.
    """
    folder = bundled_font_folder()
    regular_path = Path(regular) if regular else folder / REGULAR_FILE
    bold_path = Path(bold) if bold else folder / BOLD_FILE
    key = (str(regular_path), str(bold_path))
    with _lock:
        if key in _registered:
            return _registered[key]
        for path in (regular_path, bold_path):
            if not path.is_file():
                raise FontMissingError(
                    f"The font BigJournal prints with is missing ({path}). "
                    "Please reinstall BigJournal."
                )
        number = len(_registered)
        regular_name = f"BigJournalSans{number}"
        bold_name = f"BigJournalSansBold{number}"
        regular_font = TTFont(regular_name, str(regular_path))
        bold_font = TTFont(bold_name, str(bold_path))
        pdfmetrics.registerFont(regular_font)
        pdfmetrics.registerFont(bold_font)
        pdfmetrics.registerFontFamily(
            regular_name,
            normal=regular_name,
            bold=bold_name,
            italic=regular_name,
            boldItalic=bold_name,
        )
        covered = frozenset(regular_font.face.charToGlyph) & frozenset(bold_font.face.charToGlyph)
        fonts = FontSet(regular_name, bold_name, covered)
        _registered[key] = fonts
        return fonts
