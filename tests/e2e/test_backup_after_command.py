"""The command line's automatic backup runs after the command, in a process of its own
(issue 19): no command waits for a backup it did not ask for, and a backup is still only
kept when it is whole and checked."""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bigjournal.cli import common
from bigjournal.store import background_backup, backup, health, lock
from tests.e2e.conftest import Run

pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def sqlite_only(test_database: str) -> None:
    if test_database != "sqlite":
        pytest.skip("automatic backups are of journal files")


def wait_for_backups(journal: Path, count: int = 1) -> list[backup.BackupInfo]:
    """Poll generously (the machine is loaded): the background process finishes on its own."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = backup.list_backups(journal)
        running = backup.backup_folder(journal) / background_backup.RUNNING
        if len(found) >= count and not _held(running):
            return found
        time.sleep(0.2)
    raise AssertionError(f"no backup appeared for {journal}")


def _held(path: Path) -> bool:
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        if lock._try_lock(fd):
            lock._unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def test_opening_makes_no_backup_and_the_command_starts_it_after(
    tmp_path: Path, isolated_user_folders: Path
) -> None:
    path = tmp_path / "j.sqlite"
    with common.journal_from(argparse.Namespace(journal=str(path))) as journal:
        from bigjournal.journal.demo import build_demo

        build_demo(journal)
        assert backup.list_backups(path) == []  # nothing copied while the command runs
    assert backup.list_backups(path) == []  # nor at close
    common.back_up_after_the_command()
    made = wait_for_backups(path)
    assert len(made) == 1 and made[0].reason == "closed after changes"
    assert made[0].counts["organisations"] > 0
    assert health.quick_check(made[0].path) == []  # whole and checked
    assert not list(backup.backup_folder(path).glob(".*.partial"))


def test_a_command_never_waits_for_a_running_backup(run: Run, tmp_path: Path) -> None:
    journal = tmp_path / "e2e.sqlite"
    run("demo")
    wait_for_backups(journal)
    before = backup.list_backups(journal)
    # Another backup of this journal is under way (we hold its lock) and one is due:
    run("org", "add", "Riverside Tenants' Forum", "--kind", "Police")
    folder = backup.backup_folder(journal)
    fd = os.open(folder / background_backup.RUNNING, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        assert lock._try_lock(fd)
        _make_older(before[0], hours=1)  # so that one is due after the change above
        listed = run("org", "list")
        assert "Riverside Tenants' Forum" in listed.stdout  # the output, without waiting
        time.sleep(1)
        assert len(backup.list_backups(journal)) == len(before)  # it left the backup be
    finally:
        lock._unlock(fd)
        os.close(fd)
    run("org", "list")  # the next command finds it due and starts it
    after = wait_for_backups(journal, len(before) + 1)
    assert after[0].counts["organisations"] == before[0].counts["organisations"] + 1


def test_a_failed_background_backup_is_said_by_the_next_command(run: Run, tmp_path: Path) -> None:
    journal = tmp_path / "e2e.sqlite"
    run("demo")
    wait_for_backups(journal)
    folder = backup.backup_folder(journal)
    (folder / background_backup.FAILED).write_text("The automatic backup failed: disk full")
    said = run("today")
    assert "warning: The automatic backup failed: disk full" in said.stderr


def _make_older(info: backup.BackupInfo, *, hours: int) -> None:
    """Say in its description that a backup was made ``hours`` earlier."""
    meta = info.path.with_suffix(".json")
    older = info.made_at - timedelta(hours=hours)
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text.replace(info.made_at.isoformat(), older.isoformat()), encoding="utf-8")


def test_the_installed_app_runs_the_background_backup_itself(run: Run, tmp_path: Path) -> None:
    """The frozen app has no ``python -m``: the command itself takes the backup's flag."""
    journal = tmp_path / "e2e.sqlite"
    run("demo")
    wait_for_backups(journal)
    made = run(
        background_backup.FLAG,
        str(journal),
        "by flag",
        datetime.now(UTC).isoformat(),
        journal_path=None,
    )
    assert made.returncode == 0
    newest = backup.list_backups(journal)[0]
    assert newest.reason == "by flag" and health.quick_check(newest.path) == []
