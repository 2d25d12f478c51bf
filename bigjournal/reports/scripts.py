"""Every script a UK neighbourhood writes: a font per run of text, shaping, right to left.

DejaVu Sans (bundled) prints Latin, Greek and Cyrillic. For the rest the reports look
for freely licensed fonts at run time: first in the package's ``resources/fonts``
(where an installer puts the ones it carries), then in the system's font folders
(Debian's ``fonts-noto-core``, ``fonts-wqy-microhei`` and ``fonts-symbola``, say).
Each run of text goes in the font of its script; reportlab shapes it with harfbuzz
(joined Arabic letters, Indic conjuncts). Words of a right-to-left run are put in
display order with python-bidi before shaping, each word kept in logical order for
harfbuzz. A character no font has is printed as a visible ‹U+XXXX› mark, never "?",
and the texts that had one are collected so the report can name them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

try:  # optional: without it, right-to-left words stay in logical order
    from bidi import get_display
except ImportError:  # pragma: no cover - python-bidi is a dependency
    get_display = None


@dataclass(frozen=True)
class ScriptFont:
    """A fallback font: the script it is for and the files that may provide it."""

    script: str
    regular: tuple[str, ...]
    bold: tuple[str, ...] = ()
    subfont: int = 0


# Most specific first; the first file found of each is used.
FALLBACKS = (
    ScriptFont(
        "Arabic",
        ("NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf"),
        ("NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Bold.ttf"),
    ),
    ScriptFont("Hebrew", ("NotoSansHebrew-Regular.ttf",), ("NotoSansHebrew-Bold.ttf",)),
    ScriptFont("Bengali", ("NotoSansBengali-Regular.ttf",), ("NotoSansBengali-Bold.ttf",)),
    ScriptFont("Gujarati", ("NotoSansGujarati-Regular.ttf",), ("NotoSansGujarati-Bold.ttf",)),
    ScriptFont("Gurmukhi", ("NotoSansGurmukhi-Regular.ttf",), ("NotoSansGurmukhi-Bold.ttf",)),
    ScriptFont("Devanagari", ("NotoSansDevanagari-Regular.ttf",), ("NotoSansDevanagari-Bold.ttf",)),
    ScriptFont("Tamil", ("NotoSansTamil-Regular.ttf",), ("NotoSansTamil-Bold.ttf",)),
    ScriptFont("Han", ("wqy-microhei.ttc", "wqy-zenhei.ttc")),
    ScriptFont(
        "Symbols",
        ("NotoSansSymbols2-Regular.ttf", "Symbola_hint.ttf", "Symbola.ttf"),
    ),
    ScriptFont("Symbols", ("Symbola_hint.ttf", "Symbola.ttf")),
    ScriptFont("Symbols", ("NotoSansSymbols-Regular.ttf",), ("NotoSansSymbols-Bold.ttf",)),
    ScriptFont("Latin", ("NotoSans-Regular.ttf",), ("NotoSans-Bold.ttf",)),
)

# Code point ranges of the scripts that have a font of their own.
_RANGES = (
    (0x0590, 0x05FF, "Hebrew"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x2E80, 0x9FFF, "Han"),
    (0xF900, 0xFAFF, "Han"),
    (0xFF00, 0xFFEF, "Han"),
    (0x20000, 0x2FA1F, "Han"),
)
# Characters that belong to the run they are in, whatever font it uses.
_JOINERS = {0x200C, 0x200D, 0xFE0E, 0xFE0F}


def script_of(char: str) -> str | None:
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    return None


def missing_mark(char: str) -> str:
    """What prints in place of a character no font has: visible, and saying which."""
    return f"‹U+{ord(char):04X}›"


def font_folders() -> list[Path]:
    """Where fonts are looked for, the package's own first."""
    home = Path.home()
    folders = [Path(str(resources.files("bigjournal") / "resources" / "fonts"))]
    extra = os.environ.get("BIGJOURNAL_FONT_PATH", "")
    folders += [Path(p) for p in extra.split(os.pathsep) if p]
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft" / "Windows" / "Fonts"
        folders += [windows, local]
    elif sys.platform == "darwin":
        folders += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        data = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
        folders += [home / ".local/share/fonts", home / ".fonts"]
        folders += [Path(d) / "fonts" for d in data if d]
    return folders


_lock = threading.Lock()
_index: dict[str, Path] | None = None


def find_font_file(name: str) -> Path | None:
    """The first file called ``name`` in the font folders (searched once per process)."""
    global _index
    with _lock:
        if _index is None:
            found: dict[str, Path] = {}
            for folder in font_folders():
                if not folder.is_dir():
                    continue
                for root, _dirs, files in os.walk(folder):
                    for file in files:
                        if file.lower().endswith((".ttf", ".ttc", ".otf")):
                            found.setdefault(file, Path(root) / file)
            _index = found
        return _index.get(name)


# The bold face of each fallback font, by the names reportlab knows them.
BOLD_OF: dict[str, str] = {}
_FACES = re.compile(r'(<b>|</b>|<font face="(BigJournal\w+)">)')


def embolden(markup: str, *, whole: bool) -> str:
    """Fallback faces inside <b>…</b> (or everywhere, ``whole``) turned to their bold:
    reportlab takes a <font face> as it is, whatever the <b> around it."""
    bold = whole
    parts = []
    last = 0
    for found in _FACES.finditer(markup):
        tag = found.group(1)
        parts.append(markup[last : found.start()])
        last = found.end()
        if tag == "<b>":
            bold = True
        elif tag == "</b>":
            bold = whole
        elif bold:
            tag = f'<font face="{BOLD_OF.get(found.group(2), found.group(2))}">'
        parts.append(tag)
    parts.append(markup[last:])
    return "".join(parts)


@dataclass
class LoadedFont:
    """A fallback font registered with reportlab, and the characters it has."""

    script: str
    regular: str
    bold: str
    covered: frozenset[int]


_loaded: list[LoadedFont] | None = None


def fallback_fonts() -> list[LoadedFont]:
    """Every fallback font found on this computer, registered with reportlab once."""
    global _loaded
    if _loaded is not None:
        return _loaded
    loaded: list[LoadedFont] = []
    seen: set[Path] = set()
    for number, wanted in enumerate(FALLBACKS):
        regular = next((p for p in map(find_font_file, wanted.regular) if p), None)
        if regular is None or regular in seen:
            continue
        seen.add(regular)
        bold = next((p for p in map(find_font_file, wanted.bold) if p), None)
        name = f"BigJournal{wanted.script}{number}"
        try:
            regular_font = TTFont(name, str(regular), subfontIndex=wanted.subfont)
            pdfmetrics.registerFont(regular_font)
            bold_name = name
            if bold is not None:
                bold_name = f"{name}Bold"
                pdfmetrics.registerFont(TTFont(bold_name, str(bold), subfontIndex=wanted.subfont))
        except Exception:  # a damaged or unreadable font file: do without it
            continue
        pdfmetrics.registerFontFamily(
            name, normal=name, bold=bold_name, italic=name, boldItalic=bold_name
        )
        BOLD_OF[name] = bold_name
        covered = frozenset(regular_font.face.charToGlyph)
        loaded.append(LoadedFont(wanted.script, name, bold_name, covered))
    with _lock:
        if _loaded is None:
            _loaded = loaded
    return _loaded


# --- copying text out of the PDF ---------------------------------------------------


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji, rare Han) written
    as UTF-16 surrogate pairs as PDF requires; reportlab writes their bare code point,
    which viewers misread ("🙂" copied as "ὤ")."""

    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    mapping = _REPORTLAB_CMAP(fontname, subset).split("\n")
    start = next(i for i, line in enumerate(mapping) if line.endswith("beginbfchar")) + 1
    for offset, code in enumerate(subset):
        mapping[start + offset] = f"<{offset:02X}> <{utf16(code)}>"
    return "\n".join(mapping)


_REPORTLAB_CMAP = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# --- which texts could not be printed ---------------------------------------------

_unprintable: ContextVar[dict[str, None] | None] = ContextVar("unprintable", default=None)


@contextlib.contextmanager
def collecting_unprintable() -> Iterator[dict[str, None]]:
    """Collect, while building a report, the texts with a character no font has."""
    found: dict[str, None] = {}
    token = _unprintable.set(found)
    try:
        yield found
    finally:
        _unprintable.reset(token)


def _note_unprintable(text: str) -> None:
    found = _unprintable.get()
    if found is not None:
        short = " ".join(text.split()).lstrip(":;,. ")  # a line's rest after its bold word
        found[short if len(short) <= 80 else short[:79] + "…"] = None


# --- runs -------------------------------------------------------------------------

_RTL = ("R", "AL")
# Words are split at spaces, not at no-break spaces (reportlab does not break there).
_WORDS = re.compile(r"([^\S\xa0]+)")
# A right-to-left run up to this long is kept on one line (its words joined by no-break
# spaces): put in display order before reportlab breaks lines, a run broken over two
# lines would read in the wrong order. Longer runs (a whole note) may break.
KEEP_TOGETHER = 40


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def display_order(text: str) -> str:
    """The words of ``text`` in the order they are seen, each word left in logical order
    (harfbuzz shapes and reverses a right-to-left word itself).

    python-bidi orders a stand-in string: one strong character per word (Hebrew letters
    for right-to-left words, CJK ideographs for the others), spaces and neutral
    punctuation as they are; the words are then put back in that order.
    """
    if get_display is None or not is_rtl(text):
        return text
    words = _keep_short_runs_together(_WORDS.split(text))
    stand_ins: dict[str, str] = {}
    proxy = []
    rtl_next, ltr_next = 0xFB50, 0x4E00  # Arabic presentation forms (AL), ideographs (L)
    for index, word in enumerate(words):
        if index % 2 or not word:
            proxy.append(word)
            continue
        classes = {unicodedata.bidirectional(ch) for ch in word}
        if classes & set(_RTL):
            stand_in = chr(rtl_next)
            rtl_next += 1
        elif "L" in classes:
            stand_in = chr(ltr_next)
            ltr_next += 1
        else:  # numbers and punctuation: bidi places them character by character
            proxy.append(word)
            continue
        stand_ins[stand_in] = word
        proxy.append(stand_in)
    shown = get_display("".join(proxy), base_dir="L")
    return "".join(stand_ins.get(ch, ch) for ch in shown)


def _keep_short_runs_together(parts: list[str]) -> list[str]:
    """``parts`` (words at even places, spaces between) with each short run of
    right-to-left words made one word, joined by no-break spaces."""
    joined: list[str] = []
    index = 0
    while index < len(parts):
        end = index
        if index % 2 == 0 and is_rtl(parts[index]):
            while end + 2 < len(parts) and is_rtl(parts[end + 2]):
                end += 2
        run = parts[index : end + 1]
        if end > index and len("".join(run)) <= KEEP_TOGETHER:
            joined.append("\xa0".join(run[::2]))
        else:
            joined += run
        index = end + 1
    return joined


@dataclass(frozen=True)
class Run:
    """Consecutive characters printed in one font (``font`` None: the base font)."""

    font: LoadedFont | None
    text: str


def runs(text: str, base: frozenset[int], *, shaped: bool = True) -> list[Run]:
    """``text`` cut into runs by font: the base font where it has the character (and the
    script needs no font of its own), else the first fallback that has it. A word is
    kept in one font where one font has all of it, as harfbuzz shapes word by word."""
    fallbacks = None
    made: list[Run] = []
    if shaped:
        ordered = display_order(text)
    else:  # drawn as it is, unshaped: every character in display order, by python-bidi
        ordered = get_display(text, base_dir="L") if get_display and is_rtl(text) else text
    for part in _WORDS.split(ordered):
        if not part:
            continue
        if part.isspace():
            _append(made, None, part)
            continue
        if fallbacks is None:
            fallbacks = fallback_fonts()
        whole = _font_for_word(part, base, fallbacks)
        if whole is not False:
            _append(made, whole, part)
            continue
        # No one font has the whole word. reportlab shapes a word in the font of its
        # first character, so each piece in another font becomes a word of its own
        # (a space apart): "(واحد)" prints as "( واحد )", but prints.
        previous: LoadedFont | Literal[False] | None = None
        for index, char in enumerate(part):
            font = _font_for_char(char, base, fallbacks, made[-1].font if made else None)
            if (
                index
                and font is not previous
                and not (unicodedata.category(char).startswith("M") or ord(char) in _JOINERS)
            ):
                _append(made, None, " ")
            previous = font
            if font is False:
                _note_unprintable(text)
                _append(made, None, missing_mark(char))
            else:
                _append(made, font, char)
    return made


def _append(made: list[Run], font: LoadedFont | None, text: str) -> None:
    if made and made[-1].font is font:
        made[-1] = Run(font, made[-1].text + text)
    else:
        made.append(Run(font, text))


def _font_for_word(
    word: str, base: frozenset[int], fallbacks: list[LoadedFont]
) -> LoadedFont | Literal[False] | None:
    """One font for all of ``word``, or False when it takes more than one."""
    codes = {ord(ch) for ch in word}
    scripts = {script_of(ch) for ch in word} - {None}
    if not scripts and codes <= base:
        return None
    if len(scripts) > 1:
        return False
    script = next(iter(scripts), None)
    for font in _preferred(fallbacks) if script is None else fallbacks:
        if (script is None or font.script == script) and codes <= font.covered:
            return font
    if codes <= base:  # e.g. Hebrew with its punctuation: DejaVu has both
        return None
    for font in _preferred(fallbacks):
        if codes <= font.covered:
            return font
    return False


def _preferred(fallbacks: list[LoadedFont]) -> list[LoadedFont]:
    """For text of no particular script (symbols, emoji, rare Latin): the symbol and
    Latin fonts before the fonts of other scripts that happen to have the character."""
    order = {"Latin": 0, "Symbols": 0, "Han": 1}
    return sorted(fallbacks, key=lambda f: order.get(f.script, 2))


def _font_for_char(
    char: str, base: frozenset[int], fallbacks: list[LoadedFont], previous: LoadedFont | None
) -> LoadedFont | Literal[False] | None:
    code = ord(char)
    if code in _JOINERS or unicodedata.category(char).startswith("M"):
        if previous is None and code in base:
            return None
        if previous is not None and code in previous.covered:
            return previous
    script = script_of(char)
    if script is None and code in base:
        return None
    for font in _preferred(fallbacks) if script is None else fallbacks:
        if (script is None or font.script == script) and code in font.covered:
            return font
    for font in fallbacks:  # a character of a script whose own font lacks it
        if code in font.covered:
            return font
    if code in base:
        return None
    return False
