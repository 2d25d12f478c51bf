"""The command line imports only what the command asked for needs (issue 19).

Each check runs the real ``bigjournal`` entry point in a fresh interpreter that lists,
at exit, every module it imported, and asserts on those names (never on time).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bigjournal.cli import build_parser, commands

HEAVY = (
    "sqlalchemy",
    "reportlab",
    "alembic",
    "PySide6",
    "cryptography",
    "bigjournal.store",
    "bigjournal.journal",
)


# The real entry point, run as the console script runs it; at exit (after argparse's
# SystemExit too) it names every module the process imported.
ENTRY_POINT = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: print(MARK + json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
    "from bigjournal.cli import main\n"
    "sys.exit(main())\n"
)
MARK = "modules imported: "


def imported_by(*args: str, env: dict[str, str] | None = None) -> tuple[set[str], str]:
    """The modules the real command imports when given ``args``, and what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", f"MARK = {MARK!r}\n" + ENTRY_POINT, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    listed = [line for line in result.stderr.splitlines() if line.startswith(MARK)]
    assert listed, result.stderr
    return set(json.loads(listed[-1].removeprefix(MARK))), result.stdout


def heavy_among(modules: set[str]) -> set[str]:
    return {m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)}


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(option: str) -> None:
    modules, printed = imported_by(option)
    assert "bigjournal.cli" in modules  # the detector sees our own imports
    assert heavy_among(modules) == set()
    assert ("today" in printed) if option == "--help" else printed.startswith("BigJournal ")


def test_a_command_s_help_imports_its_module_and_is_complete() -> None:
    modules, printed = imported_by("today", "--help")
    assert "bigjournal.cli.agenda" in modules
    assert "bigjournal.cli.exchange" not in modules and "bigjournal.cli.reports" not in modules
    assert "--journal" in printed and "usage: bigjournal today" in printed


def test_the_table_lists_what_the_modules_register_in_their_order() -> None:
    full = build_parser()
    light = build_parser(only="")
    assert light.format_help() == full.format_help()
    full_commands = _subcommands(full)
    assert [name for name, _module, _help in commands.COMMANDS] == list(full_commands)


@pytest.mark.parametrize("name", [name for name, _module, _help in commands.COMMANDS])
def test_each_command_built_alone_is_the_same_as_in_the_whole_parser(name: str) -> None:
    alone = _subcommands(build_parser(only=commands.module_of(name)))[name]
    whole = _subcommands(build_parser())[name]
    assert alone.format_help() == whole.format_help()
    assert alone.get_default("run") is not None or _has_subcommands(whole)


def test_the_archive_suffix_is_the_archive_code_s() -> None:
    from bigjournal.exchange.archive import ARCHIVE_SUFFIX

    assert commands.ARCHIVE_SUFFIX == ARCHIVE_SUFFIX


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


def _has_subcommands(parser: argparse.ArgumentParser) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)


NOT_FOR_READING = ("reportlab", "alembic", "PySide6", "cryptography")


@pytest.mark.parametrize(
    "words",
    [
        ["today"],
        ["search", "council"],
        ["promise", "list"],
        ["meeting", "log", "--date", "2026-06-15", "--title", "A call", "--org", "FIRST"],
    ],
)
def test_everyday_commands_import_no_printing_archive_or_migrations(
    words: list[str], tmp_path: Path, isolated_user_folders: Path
) -> None:
    journal = tmp_path / "j.sqlite"
    imported_by("--journal", str(journal), "demo")
    with contextlib.closing(sqlite3.connect(journal)) as db:
        (first,) = db.execute("SELECT name FROM organisations ORDER BY id LIMIT 1").fetchone()
    words = [first if word == "FIRST" else word for word in words]
    modules, printed = imported_by("--journal", str(journal), *words)
    assert "bigjournal.store" in modules and printed.strip()  # it did open the journal
    loaded = {m for m in modules if m.split(".")[0] in NOT_FOR_READING}
    loaded |= {m for m in modules if m.startswith(("bigjournal.exchange", "bigjournal.reports"))}
    assert loaded == set()
