"""The ``bigjournal`` command.

With no subcommand it opens the desktop app; each subcommand runs a use case
headless. Subcommands live in one module per area (named in ``commands.COMMANDS``),
each with a ``register(subparsers, common)`` function, so areas grow independently.
Only the module of the command being run is imported (``commands.COMMANDS`` lists
every command for ``--help``), so the help and a command start without the weight of
the others.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from bigjournal import APP_NAME, __version__
from bigjournal.errors import JournalError


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand accepts, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--journal",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="the journal file or postgresql+psycopg:// URL "
        "(default: $BIGJOURNAL_JOURNAL, else the journal in your user data folder)",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print machine-readable JSON instead of text",
    )
    common.add_argument(
        "--today",
        metavar="DATE",
        default=argparse.SUPPRESS,
        help="work as if today were DATE (YYYY-MM-DD): overdue promises, planned meetings "
        "and default dates follow it (default: $BIGJOURNAL_TODAY, else the real date)",
    )
    return common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only`` (a module's full name), that module's
    commands in full and the others as placeholders named in ``commands.COMMANDS``."""
    from bigjournal.cli import commands

    common = common_options()
    parser = argparse.ArgumentParser(
        prog="bigjournal",
        description=f"{APP_NAME}: a relationship journal for community partnerships. "
        "Run without a command to open the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is None:  # every module, in the table's order (one registers several)
        for name, _module, _help in commands.COMMANDS:
            if name not in subparsers.choices:
                importlib.import_module(commands.module_of(name)).register(subparsers, common)
        return parser
    for name, _module, help_text in commands.COMMANDS:
        if name in subparsers.choices:  # registered with its module already
            continue
        if commands.module_of(name) == only:
            importlib.import_module(only).register(subparsers, common)
        else:
            commands.add_placeholder(subparsers, name, help_text)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse with only the named command's module imported (``--help`` and
    ``--version`` import none)."""
    light = build_parser(only="")
    found, _rest = light.parse_known_args(argv)
    if found.command is None:
        return light.parse_args(argv)  # the app, or an option that is not known
    from bigjournal.cli import commands

    return build_parser(only=commands.module_of(found.command)).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    from bigjournal.cli.output import unreadable_argument

    problem = unreadable_argument(sys.argv[1:] if argv is None else argv)
    if problem is not None:  # bytes that are not text: say so before argparse echoes them
        print(f"bigjournal: {problem}", file=sys.stderr)
        return 2
    given = sys.argv[1:] if argv is None else list(argv)
    if given[:1] == ["--automatic-backup-in-background"]:  # started by a command, detached
        from bigjournal.store import background_backup

        return background_backup.main(given[1:])
    archive = _archive_to_open(sys.argv[1:] if argv is None else argv)
    if archive is not None:  # double-clicked: open the app and offer to import it
        return _launch_app(argparse.Namespace(journal=None), import_path=archive)
    from bigjournal.cli import clock
    from bigjournal.cli.output import terminal_safe_output

    try:
        clock.freeze(sys.argv[1:] if argv is None else argv)
    except JournalError as error:
        print(f"bigjournal: {error}", file=sys.stderr)
        return 2
    # Loading the command's modules makes a few hundred thousand objects that live as
    # long as the process: collecting garbage among them while they load found none and
    # cost a tenth of the command's time. Collect again once they are loaded, never
    # looking at them again (gc.freeze); the command itself runs with collection on.
    gc.disable()
    try:
        with terminal_safe_output():  # argparse echoes what was typed
            args = _parse(argv)
    finally:
        gc.freeze()
        gc.enable()
    if not hasattr(args, "journal"):
        args.journal = None
    if not hasattr(args, "json"):
        args.json = False
    if args.command is None:
        return _launch_app(args)
    try:
        with terminal_safe_output():
            return _run(args)
    except JournalError as error:
        from bigjournal.cli.output import terminal_safe

        print(f"bigjournal: {terminal_safe(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bigjournal: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. ``head``) went away: stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except MemoryError:  # not a bug: a big file on a small computer (issue 16)
        print(
            "bigjournal: this computer ran out of memory, and the command stopped. "
            "Anything it reported as saved is safe. Close other programs and try again.",
            file=sys.stderr,
        )
        return 1
    except Exception:  # a bug: say so plainly and keep the details for whoever fixes it
        report = _write_crash_report()
        print(
            "bigjournal: something went wrong inside BigJournal, and the command stopped. "
            "Anything it reported as saved is safe. "
            + (
                f"The details are in {report}; please send that file to whoever looks "
                "after BigJournal for you."
                if report
                else ""
            ),
            file=sys.stderr,
        )
        return 70


def _run(args: argparse.Namespace) -> int:
    """Run the command, then start any automatic backup it made due (not waited for)."""
    try:
        return int(args.run(args) or 0)
    finally:
        # Only a command that may have opened a journal has imported the helpers (and
        # the store): the others need not import them for this.
        common = sys.modules.get("bigjournal.cli.common")
        if common is not None:
            common.back_up_after_the_command()


def _write_crash_report() -> str | None:
    """Write the traceback to the user's log folder; never fail while doing so."""
    import traceback

    from bigjournal.cli.output import write_private_crash_report

    try:
        return write_private_crash_report(
            f"{APP_NAME} {__version__}\n{' '.join(sys.argv)}\n\n{traceback.format_exc()}"
        )
    except Exception:  # never fail while reporting a failure
        return None


def _archive_to_open(argv: Sequence[str]) -> str | None:
    """``bigjournal FILE.bigjournal`` (how the installer's file association calls it)."""
    from bigjournal.cli.commands import ARCHIVE_SUFFIX

    if len(argv) == 1 and argv[0].lower().endswith(ARCHIVE_SUFFIX) and argv[0][:1] != "-":
        return argv[0]
    return None


def _launch_app(args: argparse.Namespace, import_path: str | None = None) -> int:
    try:
        from bigjournal.gui.app import run_app
    except ImportError as error:
        print(
            f"bigjournal: the desktop app cannot start here ({error}). "
            "The commands still work: see “bigjournal --help”.",
            file=sys.stderr,
        )
        return 1
    return run_app(args.journal, import_path)
