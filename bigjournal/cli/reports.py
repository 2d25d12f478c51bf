"""``bigjournal summary`` and ``bigjournal pack``: the printed reports, headless."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from bigjournal.cli.common import add_overwrite_option, day, journal_from, output_path
from bigjournal.cli.output import emit
from bigjournal.journal.organisations import find_organisation
from bigjournal.reports import make_pack, make_summary


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
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


def _output_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        help=f"where to save the {what} (default: a file named after it in this folder)",
    )
    add_overwrite_option(parser)
    parser.add_argument("--paper", choices=("A4", "Letter"), help="paper size (default: setting)")
    parser.add_argument("--on", type=day, help="as of this date (YYYY-MM-DD), for the dates shown")


def default_name(text: str) -> Path:
    """A file name anyone can type: letters, digits, spaces and hyphens only."""
    safe = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip() or "report"
    return Path(f"{safe[:80]}.pdf")


def run_summary(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        found = find_organisation(journal, args.organisation)
        out = output_path(args, args.output or default_name(f"{found.name} - summary"))
        fitted = make_summary(journal, found.id, out, today=args.on, paper=args.paper)
    data = {
        "organisation": found.name,
        "path": str(out),
        "pages": 1,
        "left_out": fitted.omitted,
    }
    emit(
        args.json,
        data,
        lambda d: [f"Saved the one-page summary of “{d['organisation']}” as {d['path']}."],
    )
    return 0


def run_pack(args: argparse.Namespace) -> int:
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
            today=args.on,
            paper=args.paper,
            progress=progress,
        )
    if show:
        print(file=sys.stderr)
    data = {
        "recipient": args.recipient,
        "path": str(out),
        "pages": result.pages,
        "organisations": result.organisations,
    }
    emit(
        args.json,
        data,
        lambda d: [
            f"Saved the briefing pack for {d['recipient']} ({d['pages']} pages, "
            f"{d['organisations']} organisations) as {d['path']}."
        ],
    )
    return 0
