"""Names in every script a UK neighbourhood writes, printed and read back from real PDFs.

The PDF's text is read back with poppler's pdftotext (which puts right-to-left text
back in reading order, as a screen reader or a copy does) and with pypdf; the
glyphs prove the shaping: joined Arabic forms, right-to-left order, Indic conjuncts
(fewer glyphs than letters), and never a "?" or an empty .notdef box.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.reports import make_pack, make_summary, report_fonts
from bigjournal.reports.scripts import fallback_fonts, is_rtl, missing_mark
from bigjournal.store import Journal
from tests.conftest import TODAY

# One name per script (invented, of the shapes people have).
NAMES = {
    "Latin": "Zoë Nguyễn Thị Hương Ştefan Çelik",
    "Greek": "Ιωάννης Παπαδόπουλος",
    "Cyrillic": "Наталья Иванова",
    "Arabic": "محمد علی",
    "Urdu": "عائشہ ملک",
    "Hebrew": "שרה כהן",
    "Bengali": "রবীন্দ্রনাথ ঠাকুর",
    "Gujarati": "કૃષ્ણ પટેલ",
    "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Devanagari": "प्रिया शर्मा",
    "Tamil": "கிருஷ்ணன்",
    "Chinese": "王小明",
    "Emoji": "Café 🙂 👍 ☕",
}
NO_FONT_HAS = "\U0001fae0"  # melting face (Unicode 14): in none of the fonts we use
ORGANISATION = "Millbrook Community Centre — مرکز"

needs_fonts = pytest.mark.skipif(
    {f.script for f in fallback_fonts()} < {"Arabic", "Hebrew", "Bengali", "Han", "Tamil"},
    reason="the Noto, WenQuanYi and Symbola fonts are not installed (see .ci/setup)",
)


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    # Embedding marks poppler adds around right-to-left runs; lines joined as one.
    text = re.sub("[\u202a-\u202e\u200e\u200f]", "", done.stdout.decode("utf-8"))
    return " ".join(text.split())


def words_with_x(path: Path) -> list[tuple[str, float]]:
    done = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    found = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', done.stdout.decode())
    # In this mode poppler gives a right-to-left word as drawn: its letters reversed.
    return [(word[::-1] if is_rtl(word) else word, float(x)) for x, word in found]


@pytest.fixture
def every_script(journal: Journal) -> Journal:
    add_organisation(journal, name=ORGANISATION, kind="voluntary_organisation", next_steps="x")
    for script, name in NAMES.items():
        add_contact(journal, name=name, organisation=ORGANISATION, role=f"{script} speaker")
    return journal


@needs_fonts
def test_a_name_in_every_script_prints_shaped_and_in_reading_order(
    every_script: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "scripts.pdf"
    make_pack(every_script, "Ann", [], out, today=TODAY)
    text = pdftotext(out)
    assert "?" not in text  # nothing stands in as a question mark
    folded = unicodedata.normalize("NFKC", text)
    # Scripts without shaping come back letter for letter; right-to-left ones in reading
    # order (poppler reorders what is drawn left to right by its glyphs' places).
    for script in ("Latin", "Greek", "Cyrillic", "Hebrew", "Chinese", "Emoji"):
        assert NAMES[script] in text, script
    for script in ("Arabic", "Urdu"):  # joined forms, back to letters by NFKC
        assert NAMES[script] in folded, script
    # Joined Arabic: the letters were drawn in their initial/medial/final forms.
    assert re.search("[\ufb50-\ufdff\ufe70-\ufeff]{2}", text)
    assert "ﻣﺤﻤﺪ" in text  # m-h-m-d, each joined to the next
    assert "ﮧ" in text  # Urdu's heh goal in its final form: never "?"
    # Right to left: the first word of the Hebrew name is drawn to the right of the second.
    where = {unicodedata.normalize("NFKC", w): x for w, x in words_with_x(out)}
    assert where["שרה"] > where["כהן"]
    assert where["محمد"] > where["علی"]
    # Indic conjuncts: shaping made fewer glyphs than letters (the halant is consumed).
    for script in ("Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil"):
        first_word = NAMES[script].split()[0]
        assert "\u094d" not in text and "\u09cd" not in text  # no loose halants
        assert first_word not in text or script == "Tamil", script
    # No .notdef box: every character goes to a font that has a glyph for it.
    fonts = report_fonts()
    for name in NAMES.values():
        for run in fonts.runs(name):
            covered = fonts.covered if run.font is None else run.font.covered
            assert all(ord(ch) in covered or ch.isspace() for ch in run.text), (name, run)


@needs_fonts
def test_each_script_has_its_own_font_embedded(every_script: Journal, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    make_summary(every_script, ORGANISATION, out, today=TODAY)
    names = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"].get_object()["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    for family in ("Naskh", "Hebrew", "Bengali", "Devanagari", "WenQuanYi", "DejaVu"):
        assert any(family.lower() in name.lower() for name in names), (family, names)


def test_a_character_no_font_has_is_a_visible_mark_and_named(
    journal: Journal, tmp_path: Path
) -> None:
    assert ord(NO_FONT_HAS) not in report_fonts().covered
    assert not any(ord(NO_FONT_HAS) in f.covered for f in fallback_fonts())
    name = f"Ama {NO_FONT_HAS} Boateng"
    add_organisation(journal, name="Hill Street Trust", kind="voluntary_organisation")
    add_contact(journal, name=name, organisation="Hill Street Trust")
    out = tmp_path / "s.pdf"
    fitted = make_summary(journal, "Hill Street Trust", out, today=TODAY)
    text = pdftotext(out)
    assert f"Ama {missing_mark(NO_FONT_HAS)} Boateng" in text
    assert missing_mark(NO_FONT_HAS) == "‹U+1FAE0›"
    assert "?" not in text
    # Named wherever it stands: their own line, and the health line naming the one contact.
    assert name in fitted.unprintable
    assert all(NO_FONT_HAS in text and not text.startswith(":") for text in fitted.unprintable)
    result = make_pack(journal, "Ann", [], tmp_path / "p.pdf", today=TODAY)
    assert name in result.unprintable
