"""Text of any length in any field: the pack flows it onto further pages, the summary
stays one page; nothing crashes."""

from __future__ import annotations

import dataclasses
from enum import Enum
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from bigjournal.journal.briefing import BriefingPack, RelationshipSummary, briefing_pack
from bigjournal.reports import build_pack, build_summary
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_pack import outline

HUGE = 20_000


def stuffed(value: Any, length: int = HUGE) -> Any:
    """The record with every piece of text in it (at any depth) ``length`` characters
    long: words of several lengths, and one unbroken run, as people paste them."""
    if isinstance(value, Enum) or value is None:
        return value
    if isinstance(value, str):
        if not value:
            return value
        seed = (value + " " + "Überlänge-ohne-Leerzeichen" * 40 + " ") * (length // 40 + 2)
        return seed[:length]
    if isinstance(value, tuple):
        return tuple(stuffed(item, length) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: stuffed(getattr(value, f.name), length)
            for f in dataclasses.fields(value)
            if f.name != "uuid"
        }
        return dataclasses.replace(value, **changes)
    return value


def filled_pack(journal: Journal) -> BriefingPack:
    pack = briefing_pack(journal, "Наталья Иванова", [], today=TODAY)
    # Fields the demo leaves empty are filled too.
    partnership = dataclasses.replace(pack.partnership, about="a", priorities="p", name="n")
    organisations = tuple(
        dataclasses.replace(
            brief,
            detail=dataclasses.replace(
                brief.detail,
                phone="1",
                email="e@x",
                website="w",
                address="a",
                notes="n",
                relationship_notes="r",
                next_steps="s",
            ),
        )
        for brief in pack.organisations
    )
    return stuffed(
        dataclasses.replace(
            pack, partnership=partnership, organisations=organisations, recipient_role="r"
        )
    )


def test_every_field_twenty_thousand_characters_long_still_prints(
    demo_journal: Journal, tmp_path: Path
) -> None:
    pack = filled_pack(demo_journal)
    assert len(pack.partnership.about) == HUGE and len(pack.organisations[0].detail.name) == HUGE
    out = tmp_path / "huge.pdf"
    result = build_pack(pack, out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > 10
    # Each organisation's summary is still exactly one page, in order.
    marks = outline(reader)
    start = marks.index(next(m for m in marks if m[1] == "Relationship summaries"))
    pages = [page for level, _t, page in marks[start + 1 :] if level == 1][
        : len(pack.organisations)
    ]
    assert pages == list(range(pages[0], pages[0] + len(pack.organisations)))
    for brief in pack.organisations:
        one = tmp_path / "one.pdf"
        build_summary(RelationshipSummary(pack.partnership, brief.detail, TODAY), one)
        assert len(PdfReader(one).pages) == 1
