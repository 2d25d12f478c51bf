"""Run the real ``bigjournal`` command in a subprocess, as a volunteer's script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("bigjournal")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bigjournal"]


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(
    tmp_path: Path, isolated_user_folders: Path, test_database: str, request: pytest.FixtureRequest
) -> Run:
    # Against PostgreSQL, the command is given a fresh database's URL instead of a file.
    journal: Path | str = (
        request.getfixturevalue("journal_target")
        if test_database == "postgresql"
        else tmp_path / "e2e.sqlite"
    )

    def run_command(
        *args: str,
        check: bool = True,
        env: dict[str, str] | None = None,
        journal_path: Path | str | None = journal,
    ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        base = command() + (["--journal", str(journal_path)] if journal_path else [])
        result = subprocess.run(
            base + list(args), capture_output=True, text=True, env=environment, timeout=120
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stderr}")
        return result

    return run_command


@pytest.fixture
def run_json(run: Run) -> Callable[..., Any]:
    def run_for_json(*args: str) -> Any:
        return json.loads(run(*args, "--json").stdout)

    return run_for_json


def wait_for_automatic_backup(journal_path: Path, timeout: float = 120.0) -> None:
    """Wait until the backup a command started after itself (detached) is made and done.

    Tests that look at the journal's files next must not race that process.
    """
    import time

    from bigjournal.store import background_backup, backup, lock

    folder = backup.backup_folder(journal_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if backup.list_backups(journal_path) and (folder / background_backup.RUNNING).exists():
            fd = os.open(folder / background_backup.RUNNING, os.O_RDWR)
            try:
                if lock._try_lock(fd):
                    lock._unlock(fd)
                    return
            finally:
                os.close(fd)
        time.sleep(0.2)
    raise AssertionError(f"no automatic backup of {journal_path} within {timeout:.0f} s")
