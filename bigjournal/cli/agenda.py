"""``bigjournal demo`` and ``bigjournal today``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

from bigjournal import wording
from bigjournal.cli import clock
from bigjournal.cli.common import day, fmt_date, journal_from
from bigjournal.cli.output import emit
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.records import Agenda, PromiseRow
from bigjournal.store.locations import JOURNAL_ENV


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    demo = subparsers.add_parser(
        "demo",
        parents=[common],
        help="fill an empty journal with a fictional partnership to explore",
        description="Fill an empty journal with the demo partnership (Millbrook Big Local). "
        "A journal that already has records is left alone. Without --journal (or "
        "$BIGJOURNAL_JOURNAL) the demo goes in a journal of its own, never in yours.",
    )
    demo.set_defaults(run=run_demo)
    today = subparsers.add_parser(
        "today",
        parents=[common],
        help="print today's agenda",
        description="What needs doing: promises due or overdue (theirs and ours), "
        "relationships gone quiet, contacts who left without a handover, plans this week.",
    )
    today.add_argument("--on", type=day, help="show the agenda as of this date (YYYY-MM-DD)")
    today.set_defaults(run=run_today)


def run_demo(args: argparse.Namespace) -> int:
    from bigjournal.journal.demo import build_demo, open_demo_journal  # not for `today`

    if getattr(args, "journal", None) is None and not os.environ.get(JOURNAL_ENV):
        # Not asked for a journal: the demo's own file, as the app keeps it (issue 14).
        with open_demo_journal() as journal:
            where = f'"{journal.path}"'  # quoted the same in a shell and on Windows
        print(f"The demo journal is ready in {where} (your own journal is untouched).")
        print(f"Try: bigjournal --journal {where} today")
        return 0
    with journal_from(args) as journal:
        build_demo(journal)
        print(f"The demo journal is ready in {journal.target.display_name}.")
        print("Try: bigjournal today   or open the app with: bigjournal")
    return 0


def run_today(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        agenda = today_agenda(journal, today=args.on or clock.today())
    emit(args.json, agenda, render_agenda)
    return 0


def _promise_line(p: PromiseRow, agenda: Agenda) -> str:
    assert p.due_on is not None
    days = (agenda.today - p.due_on).days
    if days > 0:
        when = f"OVERDUE {wording.count(days, 'day')}"
    elif days == 0:
        when = "due today"
    else:
        when = f"due {fmt_date(p.due_on)}"
    return f"  [{when}] {p.description} — {p.holder_name} ({p.organisation.name}) #{p.id}"


def _broken_line(p: PromiseRow) -> str:
    reason = " ".join(p.status_note.split())
    said = f": “{reason}”" if reason else " (no reason recorded)"
    return (
        f"  [{p.side.label}] {p.description} — {p.holder_name} ({p.organisation.name}), "
        f"broken {fmt_date(p.status_on)}{said} #{p.id}"
    )


def render_agenda(agenda: Agenda) -> Iterator[str]:
    yield f"Today, {agenda.today:%A %d %B %Y}"
    if agenda.is_empty:
        yield "Nothing needs doing today."
        return
    sections: list[tuple[str, list[str]]] = [
        ("Their promises due or overdue", [_promise_line(p, agenda) for p in agenda.theirs_due]),
        ("Our promises due or overdue", [_promise_line(p, agenda) for p in agenda.ours_due]),
        (
            "Broken promises to follow up "
            "(agree a new date: bigjournal promise renew ID --due DATE)",
            [_broken_line(p) for p in agenda.broken_to_follow_up],
        ),
        (
            "Relationships gone quiet",
            [
                f"  {q.organisation.name}: agreed every "
                f"{wording.count(q.contact_every_days, 'day')}, "
                f"last contact {fmt_date(q.last_contact_on)} "
                f"({wording.count(q.days_overdue(agenda.today), 'day')} overdue)"
                for q in agenda.gone_quiet
            ],
        ),
        (
            "Contacts who left without a handover",
            [
                f"  {c.name}, {c.role} at {c.organisation.name}: left {fmt_date(c.left_on)}"
                + (f", replaced by {c.successor.name}" if c.successor else ", no successor known")
                for c in agenda.left_without_handover
            ],
        ),
        (
            "Handovers pending",
            [
                f"  {h.leaver.name}"
                + (f" ({h.organisation.name})" if h.organisation else " (partnership member)")
                + f": left {fmt_date(h.left_on)}, "
                + f"waiting {wording.count((agenda.today - h.left_on).days, 'day')}"
                + (f"; introduction {fmt_date(h.introduction_on)}" if h.introduction_on else "")
                + (" — post vacant" if h.post_vacant else "")
                + f" #{h.id}"
                for h in agenda.pending_handovers
            ],
        ),
        (
            "Councillors' terms ending soon",
            [
                f"  {t.contact.name} ({t.ward or t.organisation.name}): term ends "
                f"{fmt_date(t.term_ends_on)}; {t.open_promises} open promise(s); "
                f"relationship with {t.relationships[-1].name}"
                for t in agenda.terms_ending
            ],
        ),
        (
            "Relationships that hang on one person or nobody (a risk if someone leaves)",
            [f"  {r.organisation.name}: {r.describe()}" for r in agenda.single_points],
        ),
        (
            "Planned this week",
            [
                f"  {fmt_date(m.occurred_on)}: {m.title} "
                f"({', '.join(o.name for o in m.organisations)})"
                for m in agenda.planned
            ],
        ),
    ]
    sections += [
        (
            section.title,
            [
                f"  {r.organisation}: {r.what}"
                + (f" ({r.on_words} {fmt_date(r.on)})" if r.on else f" ({r.on_words})")
                for r in section.items
            ],
        )
        for section in agenda.reminders
    ]
    for title, lines in sections:
        if lines:
            yield ""
            yield f"{title} ({len(lines)})"
            yield from lines
