"""``bigjournal topic``: topics that run across meetings and organisations.

    bigjournal topic add "Street lighting on Canal Walk" --description "…"
    bigjournal topic list
    bigjournal topic show "street lighting"
    bigjournal topic tag "street lighting" --meeting 12
    bigjournal topic untag "street lighting" --promise 40
    bigjournal topic rename "street lighting" "Canal Walk lighting"
    bigjournal topic close "street lighting"      (reopen: topic reopen)
    bigjournal topic delete "street lighting"
    bigjournal topic summary "street lighting" -o lighting.pdf

A topic is named by its #number or its name (the one that starts with, then
contains, what was typed). ``show`` is the search by topic: every meeting on it,
across organisations, and every promise on it, both ways.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bigjournal.cli import clock
from bigjournal.cli.common import add_overwrite_option, day, fmt_date, journal_from, output_path
from bigjournal.cli.editing import (
    add_yes_option,
    confirm_deletion,
    record_key,
    report,
    report_deleted,
)
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.journal import topics
from bigjournal.journal.records import Ref
from bigjournal.journal.topics import TopicDetail, TopicRow
from bigjournal.model import Side


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    group = subparsers.add_parser(
        "topic",
        parents=[common],
        help="topics that run across meetings and organisations",
        description="A topic (“Street lighting on Canal Walk”) gathers the meetings and "
        "promises on it across every organisation involved: tag meetings and promises with "
        "it, then `topic show` reads its timeline and its open promises both ways.",
    )
    actions = group.add_subparsers(dest="topic_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a topic")
    add.add_argument("name", help="the topic's name, like “Street lighting on Canal Walk”")
    add.add_argument("--description", default="", help="what the topic is about")
    add.set_defaults(run=_add)

    listing = actions.add_parser("list", parents=[common], help="list the topics")
    listing.add_argument(
        "--open", dest="only_open", action="store_true", help="open topics only, not closed ones"
    )
    listing.set_defaults(run=_list)

    show = actions.add_parser(
        "show",
        parents=[common],
        help="a topic's organisations, timeline and promises",
        description="Everything on a topic: the organisations involved, its meetings across "
        "them (newest first) and its open promises, theirs and ours. --all lists its "
        "promises whatever became of them.",
    )
    show.add_argument("topic", help="the topic's name (or #number)")
    show.add_argument(
        "--all", dest="every_promise", action="store_true", help="kept and broken promises too"
    )
    show.set_defaults(run=_show)

    for name, verb in (("tag", "tag"), ("untag", "take the topic off")):
        tagging = actions.add_parser(name, parents=[common], help=f"{verb} a meeting or a promise")
        tagging.add_argument("topic", help="the topic's name (or #number)")
        which = tagging.add_mutually_exclusive_group(required=True)
        which.add_argument("--meeting", metavar="N", help="the meeting's number (or title)")
        which.add_argument("--promise", metavar="N", help="the promise's number (or words)")
        tagging.set_defaults(run=_tag if name == "tag" else _untag)

    rename = actions.add_parser(
        "rename", parents=[common], help="rename a topic (or change its description)"
    )
    rename.add_argument("topic", help="the topic's name (or #number)")
    rename.add_argument("new_name", nargs="?", help="its new name (leave out to keep it)")
    rename.add_argument("--description", help="its new description ('' to clear it)")
    rename.set_defaults(run=_rename)

    close = actions.add_parser(
        "close", parents=[common], help="close a finished topic (it leaves the pickers)"
    )
    close.add_argument("topic", help="the topic's name (or #number)")
    close.add_argument("--on", type=day, help="the day it was finished (default today)")
    close.set_defaults(run=_close)

    reopen = actions.add_parser("reopen", parents=[common], help="open a closed topic again")
    reopen.add_argument("topic", help="the topic's name (or #number)")
    reopen.set_defaults(run=_reopen)

    remove = actions.add_parser(
        "delete",
        parents=[common],
        help="delete a topic (its meetings and promises stay, untagged)",
    )
    remove.add_argument("topic", help="the topic's name (or #number)")
    add_yes_option(remove)
    remove.set_defaults(run=_delete)

    summary = actions.add_parser(
        "summary",
        parents=[common],
        help="print a topic's one-page summary as a PDF",
        description="A topic on one page: the organisations involved, the timeline of its "
        "meetings and its open promises both ways, in black and white.",
    )
    summary.add_argument("topic", help="the topic's name (or #number)")
    summary.add_argument(
        "-o",
        "--output",
        "--pdf",
        metavar="FILE.pdf",
        type=Path,
        help="where to save it (default: a file named after the topic in this folder)",
    )
    add_overwrite_option(summary)
    summary.add_argument("--paper", choices=("A4", "Letter"), help="paper size (default: setting)")
    summary.add_argument("--on", type=day, help="as of this date (YYYY-MM-DD)")
    summary.set_defaults(run=_summary)


def _topic(text: str) -> int | str:
    return record_key(text)


def _add(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        added = topics.add_topic(
            journal, args.name, description=args.description, today=clock.today()
        )
    report(args, "topic", added)
    return 0


def _list(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = topics.list_topics(journal, include_closed=not args.only_open)

    def render(rows: list[TopicRow]) -> Iterator[str]:
        if not rows:
            yield 'No topics yet. Add one with: bigjournal topic add "Street lighting"'
            return
        yield from table(
            [
                [
                    f"#{r.id}",
                    r.name,
                    str(r.meetings),
                    str(r.open_promises),
                    str(r.organisations),
                    fmt_date(r.last_met_on),
                    f"closed {fmt_date(r.closed_on)}" if r.closed_on else "open",
                ]
                for r in rows
            ],
            ["id", "topic", "meetings", "open promises", "organisations", "last met", "state"],
        )

    emit(args.json, found, render)
    return 0


def _show(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = topics.topic_detail(journal, _topic(args.topic))
    today = clock.today()
    every = args.every_promise

    def render(detail: TopicDetail) -> Iterator[str]:
        row = detail.topic
        state = f" — closed {fmt_date(row.closed_on)}" if row.closed_on else ""
        yield f"{row.name} (#{row.id}){state}"
        if row.description:
            yield row.description
        names = ", ".join(o.name for o in detail.organisations) or "none yet"
        yield f"Organisations involved: {names}"
        yield ""
        yield f"Timeline ({len(detail.timeline)})"
        if not detail.timeline:
            yield "  No meetings on this topic yet: tag one with topic tag … --meeting N."
        for meeting in detail.timeline:
            planned = " (planned)" if meeting.is_planned else ""
            with_whom = ", ".join(o.name for o in meeting.organisations)
            yield (
                f"  {fmt_date(meeting.occurred_on)}  #{meeting.id} {meeting.kind.label}: "
                f"{meeting.title or '(no title)'}{planned} — {with_whom}"
            )
        for side, heading in ((Side.THEIRS, "They promised"), (Side.OURS, "We promised")):
            shown = [p for p in detail.promises if p.side is side] if every else None
            rows = shown if shown is not None else list(detail.open_promises_by(side))
            yield ""
            yield f"{heading} ({len(rows)}{'' if every else ' open'})"
            if not rows:
                yield "  Nothing open." if not every else "  None."
            for promise in rows:
                yield (
                    f"  #{promise.id} {promise.description} — {promise.holder_name}; "
                    f"{promise.status_words(today)}"
                )

    emit(args.json, found, render)
    return 0


def _tagged(args: argparse.Namespace, journal: Any) -> tuple[topics.Tagged, Ref]:
    from bigjournal.journal.lookup import find_meeting, find_promise

    if args.meeting is not None:
        return "meeting", find_meeting(journal, args.meeting)
    return "promise", find_promise(journal, args.promise)


def _tag(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        kind, record = _tagged(args, journal)
        found = topics.find_topic(journal, _topic(args.topic))
        added = topics.tag(journal, found.id, kind, record.id)
    said = "Tagged" if added else "Already tagged:"
    emit(
        args.json,
        {"topic": found, kind: record, "tagged": added},
        lambda _d: [f"{said} {kind} #{record.id} “{record.name}” with “{found.name}”."],
    )
    return 0


def _untag(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        kind, record = _tagged(args, journal)
        found = topics.find_topic(journal, _topic(args.topic))
        removed = topics.untag(journal, found.id, kind, record.id)
    said = (
        f"Took “{found.name}” off {kind} #{record.id} “{record.name}”."
        if removed
        else f"{kind.capitalize()} #{record.id} “{record.name}” was not on “{found.name}”."
    )
    emit(args.json, {"topic": found, kind: record, "untagged": removed}, lambda _d: [said])
    return 0


def _rename(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.new_name is not None:
        changes["name"] = args.new_name
    if args.description is not None:
        changes["description"] = args.description
    if not changes:
        raise ValidationError(
            'Nothing to change: give the new name, or --description "…", or both.'
        )
    with journal_from(args) as journal:
        found = topics.find_topic(journal, _topic(args.topic))
        changed = topics.update_topic(journal, found.id, changes, today=clock.today())
    report(args, "topic", changed, verb="Changed")
    return 0


def _close(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        closed = topics.close_topic(journal, _topic(args.topic), on=args.on, today=clock.today())
    report(args, "topic", closed, verb="Closed")
    return 0


def _reopen(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = topics.find_topic(journal, _topic(args.topic))
        opened = topics.update_topic(journal, found.id, {"closed_on": None}, today=clock.today())
    report(args, "topic", opened, verb="Opened again")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        row = topics.topic_row(journal, _topic(args.topic))
        confirm_deletion(
            args,
            f"Delete the topic “{row.name}” (#{row.id})? Its meetings and promises stay in "
            "the journal, without it.",
        )
        topics.delete_topic(journal, row.id)
    report_deleted(args, "topic", Ref(row.id, row.uuid, row.name))
    return 0


def _summary(args: argparse.Namespace) -> int:
    from bigjournal.cli.reports import default_name
    from bigjournal.reports.topic_summary import make_topic_summary

    with journal_from(args) as journal:
        found = topics.find_topic(journal, _topic(args.topic))
        out = output_path(args, args.output or default_name(f"{found.name} - topic"))
        make_topic_summary(journal, found.id, out, today=args.on or clock.today(), paper=args.paper)
    emit(
        args.json,
        {"topic": found.name, "path": str(out), "pages": 1},
        lambda _d: [f"Saved the summary of “{found.name}” to {out}."],
    )
    return 0
