"""The command line (issue 19): each command in a fresh interpreter, against its floor.

- ``--help`` / ``--version``: a fresh interpreter that builds an argparse parser with the
  same commands and options and prints its help (or version).
- ``today``, ``search``, ``promise list``, ``meeting log`` on the demo journal: a fresh
  interpreter that imports SQLAlchemy (the chosen dependency's own price) and runs the
  very statements the command ran — captured once from the real command, opening's
  included — through ``sqlite3``, printing their rows.
- The first command after ten minutes of changes (an automatic backup is due) against
  the same command when none is due, on the benchmark journal.

Times are the child's own: wall time around it, or with ``--clock cpu`` its CPU time
(``RUSAGE_CHILDREN``), so the runner's work between runs is never counted. A background
backup a command starts is waited for *between* runs, outside the measurement.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.registry import Context, Measured, Pair, benchmark

ROOT = Path(__file__).resolve().parent.parent

ENTRY = "import sys\nfrom bigjournal.cli import main\nsys.exit(main())\n"

PARSER_FLOOR = """
import argparse, sys
commands = {commands!r}
common = argparse.ArgumentParser(add_help=False)
for option in ("--journal", "--today"):
    common.add_argument(option, metavar="VALUE", default=argparse.SUPPRESS, help="an option")
common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="JSON")
parser = argparse.ArgumentParser(prog="bigjournal", description="a floor", parents=[common])
parser.add_argument("--version", action="version", version="BigJournal 0.1.0")
subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
for name, text in commands:
    subparsers.add_parser(name, help=text, parents=[common])
parser.parse_args(sys.argv[1:])
"""

# Records every statement the real command sends, opening's included, then runs it.
CAPTURE = """
import pickle, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
seen = []

@event.listens_for(Engine, "before_cursor_execute")
def note(connection, cursor, statement, parameters, context, executemany):
    seen.append((statement, parameters, executemany))

from bigjournal.cli import main
out = sys.argv.pop(1)
try:
    code = main()
finally:
    with open(out, "wb") as handle:
        pickle.dump(seen, handle)
sys.exit(code)
"""

SQL_FLOOR = """
import pickle, sqlite3, sys
import sqlalchemy  # the chosen dependency's own price
with open(sys.argv[2], "rb") as handle:
    statements = pickle.load(handle)
db = sqlite3.connect(sys.argv[1], isolation_level=None)
for pragma in ("busy_timeout = 1500", "foreign_keys = ON", "journal_mode = WAL",
               "synchronous = FULL", "secure_delete = ON"):
    db.execute("PRAGMA " + pragma)
rows = 0
for statement, parameters, many in statements:
    if statement.strip().upper() == "BEGIN" and db.in_transaction:
        db.execute("COMMIT")
    if many:
        db.executemany(statement, parameters)
    else:
        rows += len(db.execute(statement, parameters).fetchall())
if db.in_transaction:
    db.execute("COMMIT")
db.close()
print(rows)
"""


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])]
    )
    environment.pop("BIGJOURNAL_TODAY", None)
    # An installed BigJournal has its bytecode compiled: never compile our modules from
    # source in every measured child (the warm-up writes the .pyc files once).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _fresh(script: str, args: list[str], clock: str) -> tuple[Measured, str]:
    """Run ``script`` in a fresh interpreter; its time (wall or CPU) and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured({"time": (cpu if clock == "cpu" else wall) * 1000}), result.stdout


def _demo(context: Context) -> Path:
    from bigjournal.journal.demo import build_demo
    from bigjournal.store import backup, open_journal

    demo = context.scratch / "cli-demo.sqlite"
    if not demo.exists():
        with open_journal(demo, automatic_backups=False) as journal:
            build_demo(journal, today=context.today)
            backup.make_backup(journal, reason="benchmark")  # so that none is due
    return demo


def _generated(context: Context) -> Path:
    """The generated journal (fifteen years at scale 1), closed cleanly, none due a backup."""
    from bigjournal.store import backup, open_journal

    journal = context.journal_path
    marker = context.scratch / "cli-generated-ready"
    if not marker.exists():
        with open_journal(journal, automatic_backups=False) as opened:
            backup.make_backup(opened, reason="benchmark")  # so that none is due
        marker.touch()
    return journal


def _first_organisation(journal: Path) -> str:
    import sqlite3

    with contextlib.closing(sqlite3.connect(journal)) as db:
        (name,) = db.execute("SELECT name FROM organisations ORDER BY id LIMIT 1").fetchone()
    return str(name)


def _commands() -> list[tuple[str, str]]:
    from bigjournal.cli.commands import COMMANDS

    return [(name, text) for name, _module, text in COMMANDS]


def _option_pair(option: str, context: Context) -> Pair:
    floor = PARSER_FLOOR.format(commands=_commands())

    def same(app: Any, floor_result: Any) -> str | None:
        return None if app[1] and floor_result[1] else "one of them printed nothing"

    return Pair(
        app=lambda: _fresh(ENTRY, [option], context.clock),
        floor=lambda: _fresh(floor, [option], context.clock),
        same=same,
    )


def _unpack(pair: Pair) -> Pair:
    """The runner wants the Measured; the outputs are compared on the warm-up."""

    outputs: dict[str, str] = {}

    def run(side: str, call: Any) -> Measured:
        measured, output = call()
        outputs[side] = output
        return measured

    def same(_app: Any, _floor: Any) -> str | None:
        assert pair.same is not None
        return pair.same(("", outputs.get("app", "")), ("", outputs.get("floor", "")))

    return Pair(
        app=lambda: run("app", pair.app),
        floor=lambda: run("floor", pair.floor),
        same=same,
        close=pair.close,
    )


@benchmark("command line: --help", targets={"time": 1.5}, group="cli")
def help_option(context: Context) -> Pair:
    """``bigjournal --help`` against a fresh argparse parser with the same commands."""
    return _unpack(_option_pair("--help", context))


@benchmark("command line: --version", targets={"time": 1.5}, group="cli")
def version_option(context: Context) -> Pair:
    """``bigjournal --version`` against a fresh argparse parser printing its version."""
    return _unpack(_option_pair("--version", context))


def _command_pair(context: Context, journal: Path, words: list[str], writes: bool = False) -> Pair:
    """The real command against SQLAlchemy's import plus its own SQL through sqlite3.

    A command that writes replays its statements on a fresh copy of the journal as it
    was before the command (its new rows carry the same unique ids each time)."""
    args = ["--journal", str(journal), "--today", context.today.isoformat(), *words]
    captured = context.scratch / f"cli-{'-'.join(words)[:40]}.pickle"
    before = context.scratch / f"cli-{'-'.join(words)[:40]}-before.sqlite"
    target = before.with_name(before.stem + "-floor.sqlite")
    if writes:
        shutil.copyfile(journal, before)
    _fresh(CAPTURE, [str(captured), *args], "wall")  # once, to learn its statements
    statements = pickle.loads(captured.read_bytes())

    def floor_journal() -> Path:
        if not writes:
            return journal
        for leftover in (
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(before, target)  # outside the floor's own time
        return target

    def same(app: Any, floor: Any) -> str | None:
        if not app[1].strip():
            return "the command printed nothing"
        return None if statements else "no statements were captured"

    return _unpack(
        Pair(
            app=lambda: _fresh(ENTRY, args, context.clock),
            floor=lambda: _fresh(SQL_FLOOR, [str(floor_journal()), str(captured)], context.clock),
            same=same,
            close=lambda: _wait_for_background_backup(journal),
        )
    )


@benchmark("command line: today (demo journal)", targets={"time": 1.5}, group="cli")
def today_command(context: Context) -> Pair:
    """``bigjournal today`` against importing SQLAlchemy and its SQL through sqlite3."""
    return _command_pair(context, _demo(context), ["today"])


@benchmark("command line: search (demo journal)", targets={"time": 1.5}, group="cli")
def search_command(context: Context) -> Pair:
    """``bigjournal search housing`` against SQLAlchemy's import and its SQL in sqlite3."""
    return _command_pair(context, _demo(context), ["search", "housing"])


@benchmark("command line: promise list (demo journal)", targets={"time": 1.5}, group="cli")
def promise_list_command(context: Context) -> Pair:
    """``bigjournal promise list`` against SQLAlchemy's import and its SQL in sqlite3."""
    return _command_pair(context, _demo(context), ["promise", "list"])


@benchmark("command line: meeting log (demo journal)", targets={"time": 1.5}, group="cli")
def meeting_log_command(context: Context) -> Pair:
    """``bigjournal meeting log`` (a write) against SQLAlchemy's import and its SQL."""
    import sqlite3

    demo = _demo(context)
    with contextlib.closing(sqlite3.connect(demo)) as db:
        (name,) = db.execute("SELECT name FROM organisations ORDER BY id LIMIT 1").fetchone()
    return _command_pair(
        context,
        demo,
        ["meeting", "log", "--date", "today", "--org", name, "--title", "A call"],
        writes=True,
    )


@benchmark("command line: today (generated journal)", targets={"time": 1.5}, group="cli")
def today_command_generated(context: Context) -> Pair:
    """``bigjournal today`` on the generated journal (fifteen years at scale 1)."""
    return _command_pair(context, _generated(context), ["today"])


@benchmark("command line: search (generated journal)", targets={"time": 1.5}, group="cli")
def search_command_generated(context: Context) -> Pair:
    """``bigjournal search housing`` on the generated journal."""
    return _command_pair(context, _generated(context), ["search", "housing"])


@benchmark("command line: promise list (generated journal)", targets={"time": 1.5}, group="cli")
def promise_list_command_generated(context: Context) -> Pair:
    """``bigjournal promise list`` on the generated journal."""
    return _command_pair(context, _generated(context), ["promise", "list"])


@benchmark("command line: meeting log (generated journal)", targets={"time": 1.5}, group="cli")
def meeting_log_command_generated(context: Context) -> Pair:
    """``bigjournal meeting log`` (a write) on the generated journal."""
    journal = _generated(context)
    words = ["meeting", "log", "--date", "today", "--org", _first_organisation(journal)]
    return _command_pair(context, journal, [*words, "--title", "A call"], writes=True)


# --- the first command after ten minutes of changes ------------------------------------


def _wait_for_background_backup(journal: Path) -> None:
    from bigjournal.store import background_backup, backup, lock

    running = backup.backup_folder(journal) / background_backup.RUNNING
    deadline = time.monotonic() + 600
    while running.exists() and time.monotonic() < deadline:
        fd = os.open(running, os.O_RDWR)
        try:
            if lock._try_lock(fd):
                lock._unlock(fd)
                return
        finally:
            os.close(fd)
        time.sleep(0.1)


def _make_backup_due(journal: Path) -> None:
    """Date every backup's description at least 20 minutes before the journal last
    changed: the journal then changed since the newest, which is older than the interval."""
    from bigjournal.store import backup

    changed = journal.stat().st_mtime
    for number, info in enumerate(backup.list_backups(journal)):
        old_enough = info.made_at.fromtimestamp(changed, info.made_at.tzinfo) - timedelta(
            minutes=20, seconds=number
        )
        if info.made_at <= old_enough:
            continue
        meta = info.path.with_suffix(".json")
        data = json.loads(meta.read_text(encoding="utf-8"))
        data["made_at"] = old_enough.isoformat()
        meta.write_text(json.dumps(data), encoding="utf-8")


@benchmark("first command after ten minutes of changes", targets={"time": 1.2}, group="cli")
def first_command_after_changes(context: Context) -> Pair:
    """``bigjournal today`` when an automatic backup is due, against the same command when
    none is; each in a fresh interpreter, on the benchmark journal."""
    from bigjournal.store import backup, open_journal

    journal = context.journal_path
    with open_journal(journal, automatic_backups=False) as opened:  # a clean close, once
        backup.make_backup(opened, reason="benchmark")
    args = ["--journal", str(journal), "--today", context.today.isoformat(), "today"]

    def due() -> tuple[Measured, str]:
        _wait_for_background_backup(journal)
        _make_backup_due(journal)
        if not backup.backup_due(_Closed(journal)):
            raise RuntimeError("the benchmark could not make a backup due")
        return _fresh(ENTRY, args, context.clock)

    def ordinary() -> tuple[Measured, str]:
        _wait_for_background_backup(journal)
        return _fresh(ENTRY, args, context.clock)

    def same(app: Any, floor: Any) -> str | None:
        return None if app[1] == floor[1] and app[1] else "the two agendas differ"

    return _unpack(
        Pair(app=due, floor=ordinary, same=same, close=lambda: _wait_for_background_backup(journal))
    )


class _Closed:
    """Enough of a journal for ``backup_due``: its path, unchanged this session."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._modified_at_open = path.stat().st_mtime

    def changed_since(self, moment: Any) -> bool:
        return moment is None or self._modified_at_open > moment.timestamp()
