"""Nothing disappears from the one-page summary unannounced.

Over random relationships (a heavy one, cut down at random and given texts of random
length), every non-empty field is on the page (at least its beginning) or the page
says it was left out and where to find it.
"""

from __future__ import annotations

import dataclasses
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bigjournal.journal.briefing import RelationshipSummary, relationship_summary
from bigjournal.journal.records import OrganisationDetail
from bigjournal.reports import build_summary
from bigjournal.reports.summary import LEFT_OUT_TEXT
from bigjournal.store import Journal
from tests.conftest import TODAY

from .test_fitting import NOTES
from .test_summary import LONG, heavy_journal

WORDS = "Waiting for the council to decide about the lights on Hill Street and the bins "


def squeezed(text: str) -> str:
    """Text without any whitespace: lines wrap (and long words split) anywhere."""
    return "".join(text.split())


def beginning(text: str) -> str:
    return squeezed(text)[:14]


def announced(page: str, key: str) -> int:
    found = re.search(NOTES[key], page)
    return int(found.group(1)) if found else 0


def check_nothing_dropped(summary: RelationshipSummary, print_size: int = 10) -> None:
    out = io.BytesIO()
    fitted = build_summary(summary, out, print_size=print_size)
    out.seek(0)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = " ".join((reader.pages[0].extract_text() or "").split())
    flat = squeezed(page)
    detail = summary.organisation
    assert beginning(detail.name) in flat
    for heading, text in (
        ("Next steps", detail.next_steps),
        ("About the relationship", detail.relationship_notes),
    ):
        if text.strip():
            assert beginning(text) in flat or squeezed(f"{heading}: {LEFT_OUT_TEXT}") in flat, (
                heading
            )
    today = summary.today
    open_promises = detail.open_promises
    groups = {
        "theirs": [p.description for p in open_promises if p.side.value == "theirs"],
        "ours": [p.description for p in open_promises if p.side.value == "ours"],
        "contacts": [c.name for c in detail.contacts if c.is_active],
        "meetings": [m.title for m in detail.meetings if not m.is_planned],
    }
    for key, texts in groups.items():
        on_page = sum(1 for text in texts if beginning(text) in flat)
        assert on_page + announced(page, key) >= len(texts), (key, fitted.shown, fitted.omitted)
    assert today == TODAY


def cut(detail: OrganisationDetail, data: st.DataObject) -> OrganisationDetail:
    def some(items: tuple, label: str) -> tuple:
        return items[: data.draw(st.integers(0, len(items)), label=label)]

    def text(label: str) -> str:
        length = data.draw(st.integers(0, 3000), label=label)
        return (WORDS * (length // len(WORDS) + 1))[:length]

    return dataclasses.replace(
        detail,
        contacts=some(detail.contacts, "contacts"),
        promises=some(detail.promises, "promises"),
        meetings=some(detail.meetings, "meetings"),
        meeting_count=0,
        next_steps=text("next steps"),
        relationship_notes=text("notes"),
    )


def test_every_field_is_printed_or_announced(journal: Journal) -> None:
    summary = relationship_summary(journal, heavy_journal(journal), today=TODAY)
    assert summary.organisation.next_steps == LONG

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        detail = cut(summary.organisation, data)
        size = data.draw(st.sampled_from((10, 12, 14)), label="print size")
        check_nothing_dropped(dataclasses.replace(summary, organisation=detail), size)

    check()
