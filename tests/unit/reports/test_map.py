"""Issue 21, item 3: the map printed with reportlab graphics, black and white, with its
key, on a page of its own and as a page of the briefing pack."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from bigjournal.journal.briefing import briefing_pack
from bigjournal.journal.relationship_map import RelationshipMap, relationship_map
from bigjournal.reports import build_pack
from bigjournal.reports.map import build_map, make_map
from bigjournal.store import Journal
from tests.conftest import TODAY
from tests.unit.journal.test_map_layout import _world
from tests.unit.journal.test_relationship_map import _partnership
from tests.unit.reports.test_summary import embedded_fonts


def pdf_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_the_map_prints_every_label_its_marks_and_its_key(journal: Journal, tmp_path: Path) -> None:
    _partnership(journal)
    out = tmp_path / "map.pdf"
    result = make_map(journal, out, today=TODAY)
    assert result.pages == 1 and result.organisations == 3
    (text,) = pdf_text(out)
    assert text.startswith("The partnership's map")
    assert "Eastfield Together and its 3 relationships on 15 June 2026" in text
    for words in (
        "Eastfield Borough Council",
        "Held by Asha Patel and Tom Reid",
        "3 active contacts",
        "Highways · 1 contact",
        "Eastfield Homes",
        "Held by Asha Patel",  # Gwen stepped down: not a holder any more
        "Eastfield Academy",
        "Councils",
        "Schools and colleges",
        "one person",
        "gone quiet",
        "handover",
    ):
        assert words in text, words
    for key in (
        "Line: the relationship's health",
        "Growing: solid",
        "At risk: dots",
        "Thickness: the type",
        "Powerful ally",
        "Marks on a label",
        "Handover pending since someone left",
    ):
        assert key in text, key
    assert "Gwen Old" not in text
    reader = PdfReader(out)
    assert reader.metadata.title == "The partnership's map: Eastfield Together"
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values()), fonts  # the drawing's text too


def test_a_wide_map_prints_on_a_landscape_page_and_is_all_black_and_white(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "map.pdf"
    make_map(demo_journal, out, today=TODAY)
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    content = page.get_contents().get_data().decode("latin-1")
    # Every colour set is a grey (r = g = b): nothing is told by colour alone.
    for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", content):
        assert float(r) == float(g) == float(b), (r, g, b)
    assert " d" in content or "] 0 d" in content  # dashed lines are there


def test_a_hundred_organisations_fit_one_page(tmp_path: Path) -> None:
    world = _world(100)
    out = tmp_path / "map.pdf"
    result = build_map(world, out)
    assert result.pages == 1 and len(PdfReader(out).pages) == 1
    (text,) = pdf_text(out)
    assert "Organisation number 99" in text and "Councils (" in text


def test_an_empty_journal_prints_a_sentence_not_an_empty_map(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    build_map(RelationshipMap("Eastfield Together", TODAY, ()), out)
    (text,) = pdf_text(out)
    assert "No organisations are in the journal yet" in text


def test_the_pack_has_the_map_on_a_page_of_its_own_in_its_contents(
    demo_journal: Journal, tmp_path: Path
) -> None:
    pack = briefing_pack(demo_journal, "Cllr Ann Lee", today=TODAY)
    assert pack.world == relationship_map(demo_journal, today=TODAY)
    out = tmp_path / "pack.pdf"
    build_pack(pack, out)
    pages = pdf_text(out)
    found = [n for n, text in enumerate(pages, start=1) if text.startswith("The partnership's map")]
    assert len(found) == 1
    (page,) = found
    assert "Millbrook Big Local and its 7 relationships" in pages[page - 1]
    assert "Marks on a label" in pages[page - 1]
    assert "The partnership's map . . ." in pages[1] and pages[1].count("map") >= 1
    outline = [i.title for i in PdfReader(out).outline if not isinstance(i, list)]
    assert outline.index("The partnership's map") == outline.index("About the partnership") + 1
