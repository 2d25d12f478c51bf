"""Every printout also as an HTML page: real headings and tables, every row, any script."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.reports import make_pack_html, make_summary_html
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_scripts import NAMES


class Outline(HTMLParser):
    """The headings (level, text), the tables' column headings and all the text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.columns: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in.append(tag)
        if tag in ("h1", "h2", "h3", "h4"):
            self.headings.append((int(tag[1]), ""))

    def handle_endtag(self, tag: str) -> None:
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if any(t in ("h1", "h2", "h3", "h4") for t in self._in) and self.headings:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)
        if "th" in self._in and "thead" in self._in:
            self.columns.append(data)


def read(path: Path) -> Outline:
    outline = Outline()
    outline.feed(path.read_text(encoding="utf-8"))
    return outline


def test_the_summary_as_html_has_headings_tables_and_every_row(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "s.html"
    make_summary_html(demo_journal, "Ashford Vale Borough Council", out, today=TODAY)
    page = read(out)
    assert page.headings[0] == (1, "Ashford Vale Borough Council")
    level_two = [text for level, text in page.headings if level == 2]
    assert level_two[:2] == ["Their open promises (1)", "Our open promises (0)"]
    assert any(text.startswith("Key contacts (5)") for text in level_two)
    assert {"Due", "Promise", "Name and role", "Phone", "Email"} <= set(page.columns)
    text = " ".join(page.text)
    # Not bound to a page: all five contacts (the printed page shows fewer).
    for name in ("Gareth Lloyd", "Denise Carter", "Øyvind Hansen", "Ιωάννης Παπαδόπουλος"):
        assert name in text
    assert "Contains personal contact details" in text
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="en-GB">')


def test_the_pack_as_html_in_every_script_and_escaped(journal: Journal, tmp_path: Path) -> None:
    add_organisation(journal, name="Tenants <&> Residents", kind="voluntary_organisation")
    for name in NAMES.values():
        add_contact(journal, name=name, organisation="Tenants <&> Residents")
    out = tmp_path / "p.html"
    assert make_pack_html(journal, "Ann", [], out, today=TODAY) == 1
    page = read(out)
    raw = out.read_text(encoding="utf-8")
    assert [t for level, t in page.headings if level == 2] == [
        "Contents",
        "About the partnership",
        "The partnership's map",
        "Relationship summaries",
        "Timelines of the relationships",
        "Key contacts directory",
        "Open promises register",
        "Glossary",
    ]
    assert "Tenants &lt;&amp;&gt; Residents" in raw and "<&>" not in raw
    text = " ".join(page.text)
    for name in NAMES.values():
        assert name in text  # the browser shapes and orders every script itself
    assert '<span dir="auto">שרה כהן</span>' in raw
