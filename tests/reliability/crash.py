"""The crash harness: kill the real process with SIGKILL at random moments, then check.

For each kill, a worker (``crash_worker.py``) opens the journal and saves, backs up,
exports, imports or migrates in a loop, reporting each unit of work once complete.
The harness kills it at a random moment, then reopens the journal as the app would
(taking over the stale lock, quick check) and checks SQLite's ``integrity_check``
and that everything reported as done is there, whole.

    python -m tests.reliability.crash --kills 40       # 40 kills per mode, 200 in all
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from bigjournal.errors import JournalOpenError
from bigjournal.store import health, open_journal
from bigjournal.store.backup import list_backups
from bigjournal.store.migrations import head_revision
from tests.reliability.migrate import REHEARSAL, snapshot

ROOT = Path(__file__).resolve().parents[2]
MODES = ("save", "backup", "export", "import", "migrate")


@dataclass
class CrashStats:
    mode: str
    kills: int = 0
    reported_units: int = 0
    integrity_failures: int = 0
    lost: int = 0
    killed_mid_migration: int = 0
    problems: list[str] = field(default_factory=list)


def _worker(mode: str, journal: Path, workdir: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_worker", mode, str(journal),
         str(workdir), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def _kill_at_random(process: subprocess.Popen[str], rng: random.Random) -> list[str]:
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    if first.strip() != "READY":
        process.kill()
        raise RuntimeError(f"worker did not start: {first}{process.stderr.read()}")
    time.sleep(rng.uniform(0.0, 0.6))
    process.send_signal(signal.SIGKILL)
    process.wait()
    lines = process.stdout.read().splitlines()
    process.stdout.close()
    process.stderr.close()
    return lines


def run_crashes(mode: str, kills: int, workdir: Path, healthy: Path, seed: int = 1) -> CrashStats:
    """Kill a ``mode`` worker ``kills`` times; check the journal after each kill."""
    rng = random.Random(seed)
    stats = CrashStats(mode)
    workdir.mkdir(parents=True, exist_ok=True)
    journal = workdir / "journal.sqlite"
    shutil.copyfile(healthy, journal)
    shutil.copyfile(healthy, workdir / "migration-source.sqlite")
    _, source_counts, _ = snapshot(healthy)
    reported: dict[str, set[str]] = {}
    imported: dict[str, int] = {}
    for kill in range(kills):
        lines = _kill_at_random(_worker(mode, journal, workdir, seed * 1000 + kill), rng)
        stats.kills += 1
        for line in lines:
            word, _, rest = line.partition(" ")
            if word == "SAVED":
                table, uuid = rest.split()
                reported.setdefault(table, set()).add(uuid)
            elif word == "IMPORTED":
                batch, size = rest.split()
                imported[batch] = int(size)
            stats.reported_units += word in {"SAVED", "BACKUP", "EXPORTED", "IMPORTED", "MIGRATED"}
        if mode == "migrate":
            _check_migrations(lines, source_counts, stats)
        else:
            _check_journal(journal, reported, imported, stats)
        if mode == "backup":
            _check_backups(journal, stats)
        if mode == "export":
            _check_exports(workdir, stats)
    return stats


def _check_journal(
    path: Path, reported: dict[str, set[str]], imported: dict[str, int], stats: CrashStats
) -> None:
    try:
        journal = open_journal(path, automatic_backups=False)
    except JournalOpenError as error:
        stats.integrity_failures += 1
        stats.problems.append(f"journal did not reopen: {error}")
        return
    with journal, journal.engine.connect() as connection:
        result = connection.execute(text("PRAGMA integrity_check")).scalar()
        if result != "ok":
            stats.integrity_failures += 1
            stats.problems.append(f"integrity_check: {result}")
        for table, uuids in reported.items():
            present = {row[0] for row in connection.execute(text(f"SELECT uuid FROM {table}"))}
            missing = uuids - present
            stats.lost += len(missing)
            if missing:
                stats.problems.append(f"{len(missing)} saved {table} lost")
        batches = connection.execute(
            text(
                "SELECT o.name, COUNT(c.id) FROM organisations o JOIN contacts c "
                "ON c.organisation_id = o.id WHERE o.name LIKE 'batch-%' GROUP BY o.name"
            )
        ).all()
        present_batches = dict(batches)
        for batch, count in present_batches.items():
            if count != int(batch.rsplit("-", 1)[1]):  # an import is all or nothing
                stats.lost += 1
                stats.problems.append(f"import {batch} is partial: {count}")
        for batch, size in imported.items():
            if present_batches.get(batch) != size:
                stats.lost += 1
                stats.problems.append(f"import {batch}: {present_batches.get(batch)} of {size}")


def _check_backups(journal: Path, stats: CrashStats) -> None:
    for info in list_backups(journal):
        problems = health.integrity_check(info.path)
        if problems:
            stats.integrity_failures += 1
            stats.problems.append(f"backup {info.path.name}: {problems[0]}")


def _check_exports(workdir: Path, stats: CrashStats) -> None:
    for export in workdir.glob("export-*.json"):
        try:
            data = json.loads(export.read_text(encoding="utf-8"))
            assert data["name"]
        except (ValueError, KeyError, AssertionError) as error:
            stats.integrity_failures += 1
            stats.problems.append(f"{export.name} is not a whole export: {error}")


def _check_migrations(lines: list[str], source_counts: dict[str, int], stats: CrashStats) -> None:
    started = [line.split(" ", 1)[1] for line in lines if line.startswith("STARTED ")]
    finished = {line.split(" ", 1)[1] for line in lines if line.startswith("MIGRATED ")}
    if started and started[-1] not in finished:
        stats.killed_mid_migration += 1
    for name in started:
        path = Path(name)
        if path.name.startswith("new-"):
            _check_new_journal(path, name in finished, stats)
            continue
        revision, counts, integrity = snapshot(path)
        if integrity != "ok":
            stats.integrity_failures += 1
            stats.problems.append(f"{path.name}: {integrity}")
        expected = {REHEARSAL} if name in finished else {head_revision(), REHEARSAL}
        if revision not in expected or counts != source_counts:
            stats.lost += 1
            stats.problems.append(f"{path.name}: revision {revision}, counts {counts}")


def _check_new_journal(path: Path, finished: bool, stats: CrashStats) -> None:
    if not finished and not path.exists():
        return
    try:
        with open_journal(path, automatic_backups=False) as journal:
            revision = snapshot(path)[0]
            if revision != head_revision() or journal.warnings:
                stats.lost += 1
                stats.problems.append(f"{path.name}: revision {revision}")
    except JournalOpenError as error:
        stats.integrity_failures += 1
        stats.problems.append(f"{path.name} did not open: {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40, help="kills per mode")
    parser.add_argument("--modes", nargs="*", default=list(MODES))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from datetime import date

    from bigjournal.journal.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="bigjournal-crash-") as folder:
        base = Path(folder)
        os.environ["XDG_DATA_HOME"] = str(base / "data")
        healthy = base / "healthy.sqlite"
        with open_journal(healthy, automatic_backups=False) as journal:
            build_demo(journal, today=date(2026, 6, 15))
            journal.checkpoint()
        total = CrashStats("all")
        print(f"{'mode':8} {'kills':>5} {'units':>7} {'integrity':>9} {'lost':>4} {'mid-mig':>7}")
        for mode in args.modes:
            stats = run_crashes(mode, args.kills, base / mode, healthy, args.seed)
            print(
                f"{mode:8} {stats.kills:5} {stats.reported_units:7} "
                f"{stats.integrity_failures:9} {stats.lost:4} {stats.killed_mid_migration:7}"
            )
            for problem in stats.problems[:10]:
                print(f"   {problem}")
            total.kills += stats.kills
            total.reported_units += stats.reported_units
            total.integrity_failures += stats.integrity_failures
            total.lost += stats.lost
        print(
            f"{'total':8} {total.kills:5} {total.reported_units:7} "
            f"{total.integrity_failures:9} {total.lost:4}"
        )
    return 1 if total.integrity_failures or total.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
