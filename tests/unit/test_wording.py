"""Counts in correct English: one helper for the window, the command line and paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bigjournal
from bigjournal.reports.style import days, plural
from bigjournal.wording import count, plural_of


@pytest.mark.parametrize(
    ("number", "word", "expected"),
    [
        (0, "meeting", "0 meetings"),
        (1, "meeting", "1 meeting"),
        (2, "meeting", "2 meetings"),
        (1200, "promise", "1,200 promises"),
        (1, "person", "1 person"),
        (3, "person", "3 people"),
        (1, "copy", "1 copy"),
        (2, "copy", "2 copies"),
        (2, "calendar event", "2 calendar events"),
        (2, "earlier meeting", "2 earlier meetings"),
        (2, "business", "2 businesses"),
    ],
)
def test_a_count_agrees_with_its_number(number: int, word: str, expected: str) -> None:
    assert count(number, word) == expected


def test_an_explicit_plural_wins_and_the_reports_use_the_same_rule() -> None:
    assert count(2, "check-in", "check-ins") == "2 check-ins"
    assert plural_of("box") == "boxes"
    assert plural(1, "more promise") == "1 more promise"
    assert plural(4, "more promise") == "4 more promises"
    assert days(1) == "1 day" and days(7) == "7 days"


# A count put straight before a plural noun in an f-string: "{n} meetings" reads
# "1 meetings". Every such count goes through wording.count instead; lines that choose
# the singular themselves (``== 1``) and a name ("{whose} contacts") are not counts.
BARE_PLURAL = re.compile(
    r"\{[^{}]*\}\s+(meetings|promises|contacts|organisations|members|records|rows|days|"
    r"pages|notes|people|copies|events|handovers)\b"
)


def test_no_count_is_glued_to_a_plural_in_the_code() -> None:
    package = Path(bigjournal.__file__).parent
    found = []
    for path in package.rglob("*.py"):
        if "resources_rc" in path.name or "/forms/" in str(path):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not BARE_PLURAL.search(line) or ("f'" not in line and 'f"' not in line):
                continue
            if re.search(r"[!=]= 1\b", line) or "{whose}" in line or "these {" in line:
                continue
            found.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert found == []
