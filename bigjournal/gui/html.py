"""Small, escaped HTML for the read-only detail panes (QTextBrowser).

Links use the ``record:`` scheme (``record:contact/12``) so that clicking a name in
a detail pane opens that record in its own view.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from typing import Protocol

from bigjournal.journal.records import MeetingRow, PromiseRow, Ref, TrackRecord
from bigjournal.model.vocabulary import Side

SCHEME = "record"


class Linked(Protocol):
    """What a link needs of a record: a Ref, or a row that has the same."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def link(kind: str, ref: Linked | None, text: str | None = None) -> str:
    if ref is None:
        return ""
    return f'<a href="{SCHEME}:{kind}/{ref.id}">{escape(text or ref.name)}</a>'


def parse_link(url: str) -> tuple[str, int] | None:
    """``record:contact/12`` → ("contact", 12); anything else → None."""
    if not url.startswith(f"{SCHEME}:"):
        return None
    kind, _, number = url[len(SCHEME) + 1 :].partition("/")
    return (kind, int(number)) if number.isdigit() else None


def day(on: date | None) -> str:
    # Not "%-d": that is a glibc extension and raises on Windows.
    return f"{on.day} {on:%b %Y}" if on else ""


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def paragraph(text: str) -> str:
    if not text.strip():
        return ""
    return "<p>" + escape(text.strip()).replace("\n", "<br>") + "</p>"


def facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value, skipping empty values."""
    cells = [
        f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
        for label, value in rows
        if value
    ]
    return "<table cellspacing='2'>" + "".join(cells) + "</table>" if cells else ""


def promise_status(promise: PromiseRow, today: date, *, with_reason: bool = True) -> str:
    """Where a promise stands, in words ("kept 13 days late (16 Mar 2026)"; a broken
    one with the reason given), escaped."""
    if promise.is_overdue(today):
        return f"<b>OVERDUE</b> since {day(promise.due_on)}"
    return escape(promise.status_words(today, with_reason=with_reason))


def promise_list(items: Iterable[PromiseRow], today: date, empty: str) -> str:
    lines = [
        f"<li>{link('promise', Ref(p.id, p.uuid, p.description))} — "
        f"{escape(p.side.label.lower())}, {escape(p.holder_name)}; {promise_status(p, today)}</li>"
        for p in items
    ]
    return f"<ul>{''.join(lines)}</ul>" if lines else f"<p><i>{escape(empty)}</i></p>"


def meeting_list(items: Iterable[MeetingRow], empty: str) -> str:
    lines = [
        f"<li>{day(m.occurred_on)} — {link('meeting', Ref(m.id, m.uuid, m.title))}"
        f"{' (planned)' if m.is_planned else ''}</li>"
        for m in items
    ]
    return f"<ul>{''.join(lines)}</ul>" if lines else f"<p><i>{escape(empty)}</i></p>"


def track_record(label: str, record: TrackRecord, side: Side | None = None) -> str:
    """A row of the track record: one sentence for the side, else the short counts."""
    said = record.sentence(side) if side is not None else record.describe()
    return f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{escape(said)}</td></tr>"
