"""Issue 16 (7): on a really full disk every command says so in a sentence and changes
nothing — opening (the lock's owner record, SQLite's shared-memory file), reading and
saving alike. The journal and the user's folders live on a small tmpfs, filled to the
last byte (mounting one needs root; the strace test in test_hostile_files.py injects
ENOSPC into the lock's write without it)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import Run
from tests.reliability.faults import _mount_tmpfs, _unmount

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a tmpfs needs root"
    ),
]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    if not _mount_tmpfs(folder, 4):
        pytest.skip("could not mount a tmpfs here")
    try:
        yield folder
    finally:
        _unmount(folder)


def _fill(folder: Path) -> Path:
    """Fill the disk to the last byte (tmpfs has no reserved blocks)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (1 << 20, 4096, 1):
            try:
                while os.write(fd, b"\0" * block):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(folder).free == 0
    return filler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_command_on_a_full_disk_says_so_and_changes_nothing(
    run: Run, disk: Path, demo_template: Path
) -> None:
    home = disk / "home"
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    journal = disk / "journal.sqlite"
    shutil.copyfile(demo_template, journal)
    run("org", "list", env=env, journal_path=journal)  # the lock, shm and log made once
    backups = home / "data"
    subprocess.run(["sync"], check=False)
    filler = _fill(disk)
    before = _digest(journal)
    commands = [
        ("today",),
        ("org", "list"),
        ("search", "Riverside"),
        ("org", "add", "Full Disk Society", "--kind", "Police"),
        ("contact", "add", "--org", "Riverside Homes", "Hana Novak"),
        ("backup",),
    ]
    for command in commands:
        result = run(*command, check=False, env=env, journal_path=journal)
        said = " ".join(result.stderr.split())
        assert result.returncode == 1, (command, result.stdout, said)
        assert "Traceback" not in result.stderr and "went wrong" not in said, command
        assert "disk is full" in said, (command, said)
        assert "Check the drive" not in said, command
        assert _digest(journal) == before, f"{command}: the journal changed"
    assert not list(disk.glob("journal.sqlite.*damaged*")), "nothing set aside"
    filler.unlink()
    listed = run("org", "list", "--json", env=env, journal_path=journal).stdout
    assert "Full Disk Society" not in listed and "Riverside Homes" in listed
    assert backups.exists()
