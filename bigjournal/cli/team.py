"""``bigjournal team``: a journal shared on a PostgreSQL server.

``team address`` builds the journal's address from its parts, ``team password``
keeps the login's password in the operating system's keyring, and ``team check``
tries the address and says in plain words what it found.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator

from bigjournal.cli.output import emit
from bigjournal.errors import ValidationError
from bigjournal.store import team


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    group = subparsers.add_parser(
        "team",
        parents=[common],
        help="a journal shared on a PostgreSQL server",
        description="Share one journal between volunteers on a PostgreSQL server. "
        "See docs/team-journal.md for setting the server up.",
    )
    commands = group.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=True)

    build = commands.add_parser(
        "address",
        parents=[common],
        help="make a shared journal's address from its server, database and login",
    )
    build.add_argument("--host", required=True, help="the server's name or IP address")
    build.add_argument("--database", required=True, help="the journal's database")
    build.add_argument("--user", required=True, help="your login on the server")
    build.add_argument("--port", help=f"the server's port (default {team.DEFAULT_PORT})")
    build.set_defaults(run=run_address)

    password = commands.add_parser(
        "password",
        parents=[common],
        help="keep your password for a shared journal in this computer's keyring",
        description="Asks for the password and keeps it in the operating system's "
        "keyring (never in a file). BigJournal uses it whenever it opens that address.",
    )
    password.add_argument("address", nargs="?", help="the journal's address (default: --journal)")
    password.add_argument(
        "--stdin", action="store_true", help="read the password from the first line of input"
    )
    password.add_argument("--forget", action="store_true", help="remove the kept password")
    password.set_defaults(run=run_password)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="try a shared journal's address without changing anything",
    )
    check.add_argument("address", nargs="?", help="the journal's address (default: --journal)")
    check.set_defaults(run=run_check)

    setup = commands.add_parser(
        "setup",
        parents=[common],
        help="set up or upgrade a shared journal, as its owner (whoever looks after the server)",
        description="Run by whoever looks after the server, logged in as the role that owns "
        "the journal's database (not a volunteer's login). Makes the journal's tables, or "
        "brings them up to date for this version of BigJournal; they belong to that owner. "
        "The team's group may then read, add, change and delete records, and observers "
        "only read; no volunteer's login may drop, alter or empty a table. Groups that "
        "already share the journal keep their share, on any new table too. Run it again "
        "after installing a newer BigJournal. See docs/team-journal.md.",
    )
    setup.add_argument(
        "address",
        nargs="?",
        help="the journal's address, with the owner's login (default: --journal)",
    )
    setup.add_argument(
        "--team",
        action="append",
        default=[],
        metavar="GROUP",
        help="a group whose members may change the journal (may be given more than once)",
    )
    setup.add_argument(
        "--observers",
        action="append",
        default=[],
        metavar="GROUP",
        help="a group whose members may only read the journal (may be given more than once)",
    )
    setup.set_defaults(run=run_setup)


def _address_from(args: argparse.Namespace) -> str:
    given = args.address or args.journal
    if not given:
        raise ValidationError(
            "Please give the shared journal's address, like "
            "postgresql+psycopg://login@server/journal (or use --journal)."
        )
    team.ServerAddress.from_url(given)  # refuse a file path or a foreign address plainly
    return str(given)


def run_address(args: argparse.Namespace) -> int:
    where = team.address(args.host, args.database, args.user, args.port)
    emit(
        args.json,
        {"url": where.url, "display_name": where.display_name},
        lambda data: [data["url"]],
    )
    return 0


def run_password(args: argparse.Namespace) -> int:
    url = _address_from(args)
    where = team.ServerAddress.from_url(url)
    if args.forget:
        removed = team.forget_password(where)
        print(
            f"The password for {where.display_name} was removed from the keyring."
            if removed
            else f"No password was kept for {where.display_name}."
        )
        return 0
    if args.stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = getpass.getpass(f"Password for {where.display_name}: ")
    team.store_password(where, secret)
    print(f"The password for {where.display_name} is kept in this computer's keyring.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    result = team.check_connection(_address_from(args))
    emit(args.json, result, _render_check)
    return 0 if result.ok else 1


def run_setup(args: argparse.Namespace) -> int:
    report = team.set_up_shared_journal(
        _address_from(args), team=tuple(args.team), observers=tuple(args.observers)
    )
    emit(args.json, report, _render_setup)
    return 0


def _render_setup(report: team.SetUpReport) -> Iterator[str]:
    done = "brought up to date" if report.upgraded else "already up to date"
    yield f"The shared journal {report.address} is {done} (schema {report.revision})."
    yield f"  Its tables belong to “{report.owner}”; only that role may drop or alter them."
    if report.team:
        yield f"  May read and change records: {', '.join(report.team)}."
    else:
        yield "  No group may change records yet: give one with --team GROUP."
    if report.observers:
        yield f"  May only read: {', '.join(report.observers)}."
    for warning in report.warnings:
        yield f"  Warning: {warning}"


def _render_check(result: team.ConnectionCheck) -> Iterator[str]:
    yield result.summary
    for line in result.details:
        yield f"  {line}"
