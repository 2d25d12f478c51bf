"""The briefing pack, read back from real PDFs: sections, bookmarks, page numbers."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bigjournal.errors import ValidationError
from bigjournal.journal.briefing import briefing_pack
from bigjournal.journal.organisations import add_organisation
from bigjournal.reports import ReportCancelled, build_pack, make_pack
from bigjournal.reports.pack import SECTIONS
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_summary import assert_no_missing_glyphs, embedded_fonts, flat, pdf_text


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) for every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


@pytest.fixture
def demo_pack(demo_journal: Journal, tmp_path: Path) -> Path:
    out = tmp_path / "pack.pdf"
    make_pack(demo_journal, "Наталья Иванова", [], out, today=TODAY)
    return out


def test_the_pack_has_its_sections_bookmarks_and_page_numbers(demo_pack: Path) -> None:
    reader = PdfReader(demo_pack)
    pages = pdf_text(demo_pack)
    total = len(pages)
    marks = outline(reader)
    top = [(title, page) for level, title, page in marks if level == 0]
    assert [t for t, _ in top] == ["Cover", "Contents", *(title for _, title in SECTIONS)]
    # Each section starts on its own page, in order, after the previous one.
    numbers = [page for _, page in top]
    assert numbers == sorted(numbers) and numbers[0] == 1 and numbers[1] == 2
    for title, page in top[2:]:
        assert title.split()[0] in flat(pages[page - 1]), title
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in flat(text)
        assert "Briefing pack for Наталья Иванова · Millbrook Big Local" in flat(text)
    contents = flat(pages[1])
    for title, page in top[2:]:  # the contents give the page each section starts on
        # (pypdf reads the page number, drawn at the right, before the title)
        listed = rf"\b{page} {re.escape(title)}\b|{re.escape(title)}[ .]+{page}\b"
        assert re.search(listed, contents), title
    assert_no_missing_glyphs(demo_pack)
    fonts = embedded_fonts(demo_pack)
    assert fonts and all(fonts.values()), fonts
    info = reader.metadata
    assert info.title == "Briefing pack for Наталья Иванова"
    assert info.author == "Millbrook Big Local"


def test_the_recipients_own_organisation_comes_first_one_page_each(demo_pack: Path) -> None:
    reader = PdfReader(demo_pack)
    marks = outline(reader)
    start = marks.index(next(m for m in marks if m[1] == "Relationship summaries"))
    summaries = []
    for level, title, page in marks[start + 1 :]:
        if level == 0:
            break
        summaries.append((title, page))
    # Наталья Иванова is a contact at Millbrook College: it comes first.
    assert summaries[0][0] == "Millbrook College"
    assert len(summaries) == 7  # every organisation that is not part of another
    pages = [page for _, page in summaries]
    assert pages == list(range(pages[0], pages[0] + len(pages)))  # exactly one page each
    texts = pdf_text(demo_pack)
    for title, page in summaries:
        body = flat(texts[page - 1])  # the footer comes last in reading order
        assert body.strip().startswith(title)
    cover = flat(texts[0])
    assert "Briefing pack" in cover and "for Наталья Иванова" in cover
    assert "SEND Coordinator, Millbrook College" in cover
    assert "from Millbrook Big Local" in cover and "Printed 15 June 2026" in cover


def test_the_contents_give_each_summary_the_page_it_is_printed_on(demo_pack: Path) -> None:
    # The page numbers come from a first run that only lays the pages out; the pages
    # are drawn in the second. Both must agree, and every page must be drawn.
    reader = PdfReader(demo_pack)
    marks = outline(reader)
    start = marks.index(next(m for m in marks if m[1] == "Relationship summaries"))
    texts = pdf_text(demo_pack)
    contents = flat(texts[1])
    for level, title, page in marks[start + 1 :]:
        if level == 0:
            break
        listed = rf"\b{page} {re.escape(title)}\b|{re.escape(title)}[ .]+{page}\b"
        assert re.search(listed, contents), title
        assert flat(texts[page - 1]).startswith(title)
    for number, text in enumerate(texts, start=1):
        assert len(flat(text)) > 150, f"page {number} is (nearly) empty"


def test_the_pack_pages_say_what_a_newcomer_needs(demo_pack: Path) -> None:
    text = flat(" ".join(pdf_text(demo_pack)))
    for expected in (
        "Millbrook Big Local is a resident-led partnership",  # about, from the settings
        "Safer streets and better lighting",  # a priority, as a bullet
        "Holds the relationship with",
        "Employed by Riverside Homes (our LTO).",  # a declared interest
        "Priya Shah (Senior Highways Officer) left for Kentshire County Council",  # timeline
        "Walkabout with the new highways officer",
        "Key contacts directory",
        "Gareth Lloyd Community Development Manager, Community Development Team",
        "Open promises register",
        "OVERDUE",
        "Theirs:",
        "Ours:",
        "LTO (Locally Trusted Organisation)",  # glossary
        "Partnership",
        "Rep",
    ):
        assert expected in text, expected


def test_chosen_organisations_only_in_the_order_given_with_the_recipients_first(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "two.pdf"
    result = make_pack(
        demo_journal,
        "Cllr Ann Lee",
        ["Riverside Homes", "Millbrook College", "Kentshire County Council"],
        out,
        recipient_organisation="Kentshire County Council",
        today=TODAY,
    )
    assert result.organisations == 3
    marks = outline(PdfReader(out))
    level_one = [title for level, title, _page in marks if level == 1]
    assert level_one[:3] == ["Kentshire County Council", "Riverside Homes", "Millbrook College"]
    assert "Ashford Vale Borough Council" not in level_one


def test_a_department_recipient_puts_their_council_first(demo_journal: Journal) -> None:
    pack = briefing_pack(
        demo_journal, "øyvind hansen", ["Riverside Homes", "Ashford Vale"], today=TODAY
    )
    assert pack.recipient_role == "Highways Officer"
    assert pack.recipient_organisation is not None
    assert pack.recipient_organisation.name == "Highways and Streetscene"
    assert [b.detail.name for b in pack.organisations] == [
        "Ashford Vale Borough Council",
        "Riverside Homes",
    ]


def test_a_pack_needs_a_recipient_and_organisations(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="whom the briefing pack is for"):
        briefing_pack(journal, "  ")
    with pytest.raises(ValidationError, match="no organisations"):
        briefing_pack(journal, "Ann")


def test_progress_rises_to_the_total_and_reading_counts_too(
    demo_journal: Journal, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    make_pack(demo_journal, "Ann", [], tmp_path / "p.pdf", today=TODAY, progress=_record(seen))
    dones = [done for done, _total in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]
    assert all(done < total for done, total in seen[:-1])
    assert len({total for _done, total in seen}) == 1  # the total never jumps
    assert len(seen) >= 3 * 7  # read, fitted and laid out: at least per organisation


def _record(seen: list[tuple[int, int]]) -> Any:
    return lambda done, total: seen.append((done, total))


def many_organisations(journal: Journal, count: int) -> None:
    for number in range(count):
        add_organisation(
            journal,
            name=f"Organisation {number:03d} — Ωμέγα Ltd",
            kind="voluntary_organisation",
            next_steps=f"Meet them about item {number}.",
        )


def test_a_hundred_organisation_pack_can_be_cancelled_midway_leaving_no_file(
    journal: Journal, tmp_path: Path
) -> None:
    many_organisations(journal, 100)
    out = tmp_path / "big.pdf"
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= total // 2:
            stop.set()

    with pytest.raises(ReportCancelled, match="cancelled; nothing was saved"):
        make_pack(journal, "Ann", [], out, today=TODAY, progress=progress, cancel=stop.is_set)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "journal.sqlite"] or all(
        p.name.startswith("journal.sqlite") for p in tmp_path.iterdir()
    )
    # Progress came in small steps, so a window showing it never looks frozen.
    assert len(seen) > 100 and seen[-1][0] < seen[-1][1]


def test_cancelling_while_reading_stops_before_drawing(journal: Journal, tmp_path: Path) -> None:
    many_organisations(journal, 5)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ReportCancelled):
        make_pack(journal, "Ann", [], tmp_path / "p.pdf", today=TODAY, cancel=cancel)
    assert len(calls) == 3
    assert not (tmp_path / "p.pdf").exists()


def test_a_hundred_organisation_pack_is_complete(journal: Journal, tmp_path: Path) -> None:
    many_organisations(journal, 100)
    pack = briefing_pack(journal, "Ann", today=TODAY)
    out = tmp_path / "big.pdf"
    result = build_pack(pack, out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    titles = [title for level, title, _page in outline(reader) if level == 1]
    assert len(titles) == 200  # a summary and a timeline each
    last = flat(pdf_text(out)[-1])
    assert f"Page {result.pages} of {result.pages}" in last
