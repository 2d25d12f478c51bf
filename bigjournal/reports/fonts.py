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

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
# What stands in for a character the font cannot draw (an emoji, a Chinese name):
# a visible question mark rather than an empty box.
REPLACEMENT = "?"

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

    def clean(self, text: str) -> str:
        """The text with any character the font lacks replaced, so nothing prints as a box."""
        if text.isascii() and text.isprintable() and self.covers_printable_ascii:
            return text  # most text, and checking it character by character is slow
        covered = self.covered
        if all(ord(ch) in covered or ch in "\n\t" for ch in text):
            return text
        return "".join(ch if ord(ch) in covered or ch in "\n\t" else REPLACEMENT for ch in text)


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
