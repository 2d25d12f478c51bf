"""``bigjournal summary``, ``pack`` and ``report map|legacy``: the printed reports, headless."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from bigjournal import wording
from bigjournal.cli import clock
from bigjournal.cli.common import add_overwrite_option, day, journal_from, output_path
from bigjournal.cli.output import emit
from bigjournal.journal.organisations import find_organisation
from bigjournal.reports import make_pack, make_pack_html, make_summary, make_summary_html


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    summary = subparsers.add_parser(
        "summary",
        parents=[common],
        help="print the one-page summary of a relationship as a PDF",
        description="Make the one-page relationship summary of an organisation (contacts, "
        "open promises both ways, track record, last meetings, next steps) as a PDF, "
        "for a volunteer to carry or photocopy.",
    )
    summary.add_argument("organisation", help="the organisation's name (or #number)")
    _output_options(summary, "summary")
    summary.set_defaults(run=run_summary)
    pack = subparsers.add_parser(
        "pack",
        parents=[common],
        help="print a briefing pack for a new officer or councillor as a PDF",
        description="Make a briefing pack: cover, contents, about the partnership, a summary "
        "page per organisation (the recipient's own first), timelines, key contacts, open "
        "promises and a glossary.",
    )
    pack.add_argument("--for", dest="recipient", required=True, metavar="NAME", help="whom for")
    pack.add_argument(
        "--org",
        dest="organisations",
        action="append",
        default=[],
        metavar="ORGANISATION",
        help="an organisation to include (repeat for more; default: every organisation "
        "that is not part of another)",
    )
    pack.add_argument(
        "--from-org",
        dest="recipient_organisation",
        metavar="ORGANISATION",
        help="the recipient's own organisation, put first (default: found from their name "
        "when they are a contact in the journal)",
    )
    _output_options(pack, "briefing pack")
    pack.set_defaults(run=run_pack)
    report = subparsers.add_parser(
        "report",
        parents=[common],
        help="print a report on the whole journal as a PDF: the partnership's map, or the "
        "legacy report (what every relationship achieved)",
        description="Make a report on the whole journal as a PDF. `report map`: the "
        "partnership in the middle and every organisation round it by kind, the line "
        "showing the relationship's health and type, who holds it, how many active "
        "contacts there are, and which hang on one person, have gone quiet or wait for a "
        "handover; in black and white, with its key, on one page. `report legacy`, for "
        "the end of a programme or a change of chair: every relationship's outcomes (with "
        "the funding leveraged and where each came from), each side's track record and "
        "who holds it today.",
    )
    report.add_argument("what", choices=("map", "legacy"), help="which report: map or legacy")
    report.add_argument(
        "--pdf",
        "-o",
        "--output",
        dest="output",
        metavar="FILE.pdf",
        type=Path,
        help="where to save it (default: a file named after it in this folder)",
    )
    add_overwrite_option(report)
    report.add_argument("--paper", choices=("A4", "Letter"), help="paper size (default: setting)")
    report.add_argument(
        "--large-print",
        dest="print_size",
        type=int,
        nargs="?",
        const=14,
        choices=(12, 14),
        metavar="12|14",
        help="large print: type of 14 pt, or 12 pt if given",
    )
    report.add_argument("--on", type=day, help="as of this date (YYYY-MM-DD)")
    report.set_defaults(run=run_report)


def _output_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        help=f"where to save the {what} (default: a file named after it in this folder)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help=f"save the {what} as an HTML page (headings and tables, for a screen reader or "
        "an email) instead of a PDF; also chosen by an -o name ending in .html",
    )
    add_overwrite_option(parser)
    parser.add_argument("--paper", choices=("A4", "Letter"), help="paper size (default: setting)")
    parser.add_argument(
        "--large-print",
        dest="print_size",
        type=int,
        nargs="?",
        const=14,
        choices=(12, 14),
        metavar="12|14",
        help="large print: body type of 14 pt, or 12 pt if given (default: the journal's "
        "print size setting, 10 pt unless changed)",
    )
    parser.add_argument("--on", type=day, help="as of this date (YYYY-MM-DD), for the dates shown")


def default_name(text: str) -> Path:
    """A file name anyone can type: letters, digits, spaces and hyphens only."""
    safe = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip() or "report"
    return Path(f"{safe[:80]}.pdf")


def _wants_html(args: argparse.Namespace) -> bool:
    return bool(args.html) or (
        args.output is not None and args.output.suffix.lower() in (".html", ".htm")
    )


def run_summary(args: argparse.Namespace) -> int:
    if _wants_html(args):
        return _summary_html(args)
    with journal_from(args) as journal:
        found = find_organisation(journal, args.organisation)
        out = output_path(args, args.output or default_name(f"{found.name} - summary"))
        fitted = make_summary(
            journal,
            found.id,
            out,
            today=args.on or clock.today(),
            paper=args.paper,
            print_size=args.print_size,
        )
    data = {
        "organisation": found.name,
        "path": str(out),
        "pages": 1,
        "left_out": fitted.omitted,
        "could_not_print": fitted.unprintable,
    }
    emit(
        args.json,
        data,
        lambda d: [
            f"Saved the one-page summary of “{d['organisation']}” as {d['path']}.",
            *_unprintable_lines(d["could_not_print"]),
        ],
    )
    return 0


def run_pack(args: argparse.Namespace) -> int:
    if _wants_html(args):
        return _pack_html(args)
    out = output_path(args, args.output or default_name(f"Briefing pack for {args.recipient}"))
    show = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rMaking the briefing pack… {100 * done // total}%", end="", file=sys.stderr)

    with journal_from(args) as journal:
        result = make_pack(
            journal,
            args.recipient,
            args.organisations,
            out,
            recipient_organisation=args.recipient_organisation,
            today=args.on or clock.today(),
            paper=args.paper,
            print_size=args.print_size,
            progress=progress,
        )
    if show:
        print(file=sys.stderr)
    data = {
        "recipient": args.recipient,
        "path": str(out),
        "pages": result.pages,
        "organisations": result.organisations,
        "could_not_print": list(result.unprintable),
    }
    emit(
        args.json,
        data,
        lambda d: [
            f"Saved the briefing pack for {d['recipient']} ({wording.count(d['pages'], 'page')}, "
            f"{wording.count(d['organisations'], 'organisation')}) as {d['path']}.",
            *_unprintable_lines(d["could_not_print"]),
        ],
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    return _report_legacy(args) if args.what == "legacy" else _report_map(args)


def _report_map(args: argparse.Namespace) -> int:
    from bigjournal.journal import settings
    from bigjournal.reports.map import make_map

    with journal_from(args) as journal:
        name = settings.get_setting(journal, settings.PARTNERSHIP_NAME).strip()
        out = output_path(args, args.output or default_name(f"{name or 'Partnership'} - map"))
        result = make_map(
            journal,
            out,
            today=args.on or clock.today(),
            paper=args.paper,
            print_size=args.print_size,
        )
    data = {
        "report": args.what,
        "path": str(out),
        "pages": result.pages,
        "organisations": result.organisations,
        "could_not_print": list(result.unprintable),
    }
    emit(
        args.json,
        data,
        lambda d: [
            f"Saved the partnership's map ({wording.count(d['organisations'], 'organisation')}) "
            f"as {d['path']}.",
            *_unprintable_lines(d["could_not_print"]),
        ],
    )
    return 0


def _report_legacy(args: argparse.Namespace) -> int:
    from bigjournal.reports import make_legacy

    with journal_from(args) as journal:
        out = output_path(args, args.output or default_name("Legacy report"))
        result = make_legacy(
            journal,
            out,
            today=args.on or clock.today(),
            paper=args.paper,
            print_size=args.print_size,
        )
    data = {
        "report": args.what,
        "path": str(out),
        "pages": result.pages,
        "relationships": result.relationships,
        "outcomes": result.outcomes,
        "could_not_print": list(result.unprintable),
    }
    emit(
        args.json,
        data,
        lambda d: [
            f"Saved the legacy report ({wording.count(d['pages'], 'page')}, "
            f"{wording.count(d['relationships'], 'relationship')}, "
            f"{wording.count(d['outcomes'], 'outcome')}) as {d['path']}.",
            *_unprintable_lines(d["could_not_print"]),
        ],
    )
    return 0


def _unprintable_lines(texts: list[str]) -> list[str]:
    """Which names could not be printed in full: no font on this computer has a letter."""
    if not texts:
        return []
    return [
        "Some characters could not be printed (no font on this computer has them); they "
        "show as ‹U+…› marks in:",
        *(f"  {text}" for text in texts),
    ]


def _summary_html(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_organisation(journal, args.organisation)
        out = output_path(
            args, args.output or default_name(f"{found.name} - summary").with_suffix(".html")
        )
        make_summary_html(journal, found.id, out, today=args.on or clock.today())
    emit(
        args.json,
        {"organisation": found.name, "path": str(out)},
        lambda d: [f"Saved the summary of “{d['organisation']}” as a web page, {d['path']}."],
    )
    return 0


def _pack_html(args: argparse.Namespace) -> int:
    out = output_path(
        args,
        args.output or default_name(f"Briefing pack for {args.recipient}").with_suffix(".html"),
    )
    with journal_from(args) as journal:
        count = make_pack_html(
            journal,
            args.recipient,
            args.organisations,
            out,
            recipient_organisation=args.recipient_organisation,
            today=args.on or clock.today(),
        )
    emit(
        args.json,
        {"recipient": args.recipient, "path": str(out), "organisations": count},
        lambda d: [
            f"Saved the briefing pack for {d['recipient']} "
            f"({wording.count(d['organisations'], 'organisation')}) as a web page, {d['path']}."
        ],
    )
    return 0
