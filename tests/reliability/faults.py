"""The fault harness: saving while the disk fails (I/O errors) or fills up.

- ``eio``: the worker runs under ``strace --inject``, which makes some of SQLite's
  writes (``pwrite64``) and syncs (``fdatasync``) fail with EIO, as a failing USB
  stick does.
- ``full-tmpfs``: the journal lives on a real, small tmpfs (needs root to mount) filled
  almost to the brim; space is freed a little at a time after failures.
- ``full-rlimit``: without root, the file size limit (RLIMIT_FSIZE) makes writes fail
  as a full disk does (SQLite sees EFBIG, so the message is the general "could not be
  written" one rather than "the disk is full").

Afterwards the journal is reopened normally: SQLite's ``integrity_check`` must pass,
every record reported saved must be there, and every failure must have been a plain
"Not saved: …" sentence.

    python -m tests.reliability.faults --transactions 1000
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from bigjournal.errors import JournalOpenError
from bigjournal.store import open_journal

ROOT = Path(__file__).resolve().parents[2]
MODES = ("eio", "full-tmpfs", "full-rlimit")
STRACE_INJECT = [
    "-e",
    "trace=pwrite64,fdatasync,fsync",
    "-e",
    "inject=pwrite64:error=EIO:when=40+97",
    "-e",
    "inject=fdatasync:error=EIO:when=25+29",
]


@dataclass
class FaultStats:
    mode: str
    transactions: int = 0
    saved: int = 0
    failed: int = 0
    unclear_messages: int = 0
    corrupt: int = 0
    lost: int = 0
    reappeared: int = 0  # reported "not saved", found saved anyway (see the docs)
    messages: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def unavailable(mode: str) -> str | None:
    """Why ``mode`` cannot run here, or None."""
    if mode == "eio" and shutil.which("strace") is None:
        return "strace is not installed (apt-get install strace)"
    if mode == "full-tmpfs" and (not hasattr(os, "geteuid") or os.geteuid() != 0):
        return "mounting a small tmpfs needs root; full-rlimit covers a full disk instead"
    return None


def _mount_tmpfs(folder: Path, size_mb: int) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def run_faults(mode: str, transactions: int, workdir: Path) -> FaultStats:
    stats = FaultStats(mode)
    workdir.mkdir(parents=True, exist_ok=True)
    disk = workdir / "disk"
    filler: Path | None = None
    mounted = False
    if mode == "full-tmpfs":
        size_mb = 4 + transactions * 8 // 1024
        mounted = _mount_tmpfs(disk, size_mb)
        if not mounted:
            raise RuntimeError("could not mount a tmpfs")
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        with filler.open("wb") as handle:
            handle.write(b"\0" * max(0, free - 512 * 1024))
    else:
        disk.mkdir(exist_ok=True)
    journal = disk / "journal.sqlite"
    with open_journal(journal, automatic_backups=False):
        pass  # created before the faults begin: the harness tests saving, not creating
    try:
        command = [sys.executable, "-m", "tests.reliability.fault_worker", mode, str(journal)]
        command += [str(transactions)] + ([str(filler)] if filler else [])
        if mode == "eio":
            command = ["strace", "-f", "-qq", "-o", os.devnull, *STRACE_INJECT, *command]
        result = subprocess.run(
            command,
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=3600,
        )
        if result.returncode != 0:
            stats.problems.append(f"worker exited {result.returncode}: {result.stderr[-2000:]}")
        _tally(result.stdout.splitlines(), stats)
        if filler is not None:
            filler.unlink()  # room to reopen and check
        _verify(journal, result.stdout.splitlines(), stats)
    finally:
        if mounted:
            _unmount(disk)
    return stats


def _tally(lines: list[str], stats: FaultStats) -> None:
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "SAVED":
            stats.transactions += 1
            stats.saved += 1
        elif word == "FAILED":
            stats.transactions += 1
            stats.failed += 1
            message = rest.split("|", 1)[1]
            stats.messages[message] += 1
            if not message.startswith("Not saved: ") or "Traceback" in message:
                stats.unclear_messages += 1
                stats.problems.append(f"unclear message: {message}")
            elif stats.mode == "full-tmpfs" and "disk is full" not in message:
                stats.unclear_messages += 1
                stats.problems.append(f"full disk not named: {message}")


def _verify(journal_path: Path, lines: list[str], stats: FaultStats) -> None:
    saved = [line.split(" ", 1)[1] for line in lines if line.startswith("SAVED ")]
    failed = [
        line.split(" ", 1)[1].split("|", 1)[0] for line in lines if line.startswith("FAILED ")
    ]
    try:
        journal = open_journal(journal_path, automatic_backups=False)
    except JournalOpenError as error:
        stats.corrupt += 1
        stats.problems.append(f"journal did not reopen: {error}")
        return
    with journal, journal.engine.connect() as connection:
        integrity = connection.execute(text("PRAGMA integrity_check")).scalar()
        if integrity != "ok":
            stats.corrupt += 1
            stats.problems.append(f"integrity_check: {integrity}")
        names = Counter(row[0] for row in connection.execute(text("SELECT name FROM contacts")))
    missing = [name for name in saved if names[name] == 0]
    stats.lost = len(missing)
    if missing:
        stats.problems.append(f"{len(missing)} saved records lost, e.g. {missing[0]}")
    saved_set = set(saved)
    stats.reappeared = sum(
        1 for name in set(failed) if names[name] > (1 if name in saved_set else 0)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transactions", type=int, default=1000, help="per mode")
    parser.add_argument("--modes", nargs="*", default=list(MODES))
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="bigjournal-faults-") as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        print(f"{'mode':12} {'tx':>5} {'saved':>5} {'failed':>6} {'unclear':>7} "
              f"{'corrupt':>7} {'lost':>4} {'reappeared':>10}")  # fmt: skip
        for mode in args.modes:
            reason = unavailable(mode)
            if reason:
                print(f"{mode:12} skipped: {reason}")
                continue
            stats = run_faults(mode, args.transactions, Path(folder) / mode)
            print(
                f"{mode:12} {stats.transactions:5} {stats.saved:5} {stats.failed:6} "
                f"{stats.unclear_messages:7} {stats.corrupt:7} {stats.lost:4} "
                f"{stats.reappeared:10}"
            )
            for message, count in stats.messages.most_common(3):
                print(f"   {count:4} × {message}")
            for problem in stats.problems[:5]:
                print(f"   ! {problem}")
            failures += stats.corrupt + stats.lost + stats.unclear_messages
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
