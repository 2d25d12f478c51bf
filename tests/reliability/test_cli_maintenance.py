"""The maintenance commands, run as the real ``bigjournal`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bigjournal(tmp_path: Path, isolated_user_folders: Path):  # type: ignore[no-untyped-def]
    journal = tmp_path / "journal.sqlite"

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "bigjournal", "--journal", str(journal), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args}: {result.returncode}\n{result.stderr}")
        return result

    run.journal = journal  # type: ignore[attr-defined]
    return run


def test_backup_list_damage_and_restore(bigjournal) -> None:  # type: ignore[no-untyped-def]
    bigjournal("demo")
    made = bigjournal("backup")
    assert made.stdout.startswith("Backup made:")
    listed = json.loads(bigjournal("backups", "--json").stdout)
    assert listed and listed[0]["records"] > 100
    assert "healthy" in bigjournal("check").stdout
    journal: Path = bigjournal.journal
    data = bytearray(journal.read_bytes())
    data[4096 * 3 : 4096 * 3 + 64] = b"\xff" * 64
    journal.write_bytes(bytes(data))
    damaged = bigjournal("today", check=False)
    assert damaged.returncode == 1
    assert "is damaged" in damaged.stderr and "newest good backup is from" in damaged.stderr
    assert "Traceback" not in damaged.stderr
    assert Path(f"{journal}.damaged").exists()
    refused = bigjournal("restore", check=False)  # no terminal to ask: --yes needed
    assert refused.returncode == 1 and "--yes" in refused.stderr
    restored = bigjournal("restore", "--yes")
    assert "Restored the backup from" in restored.stdout
    assert "Aisha" in bigjournal("member", "list").stdout
    assert Path(f"{journal}.damaged").exists(), "the damaged file is never deleted"


def test_forget_and_about_person(bigjournal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bigjournal("demo")
    out = tmp_path / "gareth.json"
    said = bigjournal("about-person", "Gareth Lloyd", "-o", str(out))
    assert "Wrote everything held on Gareth Lloyd" in said.stdout
    report = json.loads(out.read_text())
    assert report["details"]["email"].startswith("gareth")
    assert report["meetings"]
    bigjournal("backup")
    forgot = bigjournal("forget", "Gareth Lloyd", "--yes")
    assert "Forgot Gareth Lloyd" in forgot.stdout
    assert "still mention them" in forgot.stdout
    assert "Gareth Lloyd" not in bigjournal("contact", "list").stdout
    # The backups made before still hold him: named, file by file, and kept (--yes only).
    held = [line for line in forgot.stdout.splitlines() if line.startswith("  backup from")]
    assert held and "still hold Gareth Lloyd" in forgot.stdout
    for line in held:
        assert Path(line.rsplit(": ", 1)[1]).is_file()

    removed = bigjournal("forget", "Priya Shah", "--yes", "--remove-copies", "--json")
    answer = json.loads(removed.stdout)
    gone = answer["copies_removed"]["removed"]
    assert gone and sorted(gone) == sorted(c["path"] for c in answer["copies_holding"])
    assert not any(Path(path).exists() for path in gone)
    left = json.loads(bigjournal("backups", "--json").stdout)
    assert [b["path"] for b in left] == [answer["copies_removed"]["new_backup"]]


def test_a_second_command_is_refused_while_the_journal_is_open(bigjournal) -> None:  # type: ignore[no-untyped-def]
    bigjournal("demo")
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.holder", str(bigjournal.journal)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("OPEN")
        refused = bigjournal("today", check=False)
        assert refused.returncode == 1
        assert "already open on this journal" in refused.stderr
        assert f"process {holder.pid}" in refused.stderr
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.stdout.close()
