"""Issue 16 (1): one wrong ``-o`` never replaces the journal, and never a file unasked.

Every command that writes a file is run by the real ``bigjournal`` command against a
real demo journal with ``-o`` pointing at the journal, its companions, its backups, a
device and a folder; the journal must come out byte for byte the same and still open.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from bigjournal.store.backup import backup_folder
from tests.e2e.conftest import Run, wait_for_automatic_backup

# Every command that takes -o, with what it needs besides.
WRITERS = [
    ("vcard", "export"),
    ("csv", "export", "--register", "contacts"),
    ("ical", "export"),
    ("about-person", "Bob Harris"),
    ("summary", "Riverside Homes"),
    ("pack", "--for", "A new officer"),
    ("export", "--no-encryption"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(run: Run, tmp_path: Path, test_database: str) -> Path:
    if test_database != "sqlite":
        pytest.skip("about the journal's own file")
    run("demo")
    wait_for_automatic_backup(tmp_path / "e2e.sqlite")  # made after the command, detached
    return tmp_path / "e2e.sqlite"


def _names(result_stderr: str) -> str:
    return " ".join(result_stderr.split())


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w[0] + "-" + w[1])
def test_o_naming_the_journal_is_refused_and_the_journal_is_untouched(
    run: Run, demo: Path, writer: tuple[str, ...]
) -> None:
    before = _digest(demo)
    result = run(*writer, "-o", str(demo), check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "journal itself" in _names(result.stderr)
    assert _digest(demo) == before
    assert run("today", check=False).returncode == 0  # still a journal, not set aside
    assert not demo.with_name(demo.name + ".damaged").exists()


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal", ".lock"])
def test_the_journals_companion_files_are_refused(run: Run, demo: Path, companion: str) -> None:
    target = demo.with_name(demo.name + companion)
    kept = target.read_bytes() if target.exists() else None  # SQLite's, if it left one
    result = run("vcard", "export", "-o", str(target), check=False)
    assert result.returncode == 1
    assert "belongs to a journal" in _names(result.stderr)
    assert (target.read_bytes() if target.exists() else None) == kept


def test_a_hard_link_or_symlink_to_the_journal_is_refused(
    run: Run, demo: Path, tmp_path: Path
) -> None:
    before = _digest(demo)
    linked = tmp_path / "linked.vcf"
    os.link(demo, linked)
    symlinked = tmp_path / "symlinked.ics"
    symlinked.symlink_to(demo)
    for target, writer in ((linked, ("vcard", "export")), (symlinked, ("ical", "export"))):
        result = run(*writer, "-o", str(target), "--overwrite", check=False)
        assert result.returncode == 1, result.stderr
        assert "journal itself" in _names(result.stderr)
    assert _digest(demo) == before


def test_another_database_is_refused_even_with_overwrite(
    run: Run, demo: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-journal.sqlite"
    other.write_bytes(demo.read_bytes())
    result = run("csv", "export", "--register", "contacts", "-o", str(other), "--overwrite",
                 check=False)  # fmt: skip
    assert result.returncode == 1
    assert "is a database" in _names(result.stderr)
    assert other.read_bytes() == demo.read_bytes()


def test_the_backups_folder_is_refused(run: Run, demo: Path) -> None:
    folder = backup_folder(demo)
    assert folder.is_dir() and any(folder.glob("*.sqlite")), "the demo made a backup"
    target = folder / "contacts.vcf"
    result = run("vcard", "export", "-o", str(target), check=False)
    assert result.returncode == 1
    assert "backups folder" in _names(result.stderr)
    assert not target.exists()


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null", "."])
def test_devices_and_folders_are_refused(run: Run, demo: Path, target: str) -> None:
    if not os.path.exists(target):
        pytest.skip(f"{target} is not on this system")
    result = run("vcard", "export", "-o", target, "--overwrite", check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    words = _names(result.stderr)
    assert "not an ordinary file" in words or "is a folder" in words
    assert Path(target).exists() and not Path(target).is_file()


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w[0] + "-" + w[1])
def test_an_existing_file_is_replaced_only_with_overwrite(
    run: Run, demo: Path, tmp_path: Path, writer: tuple[str, ...]
) -> None:
    target = tmp_path / "mine.txt"
    target.write_text("a volunteer's own notes")
    refused = run(*writer, "-o", str(target), check=False)
    assert refused.returncode == 1
    assert "already exists" in _names(refused.stderr) and "--overwrite" in refused.stderr
    assert target.read_text() == "a volunteer's own notes"
    run(*writer, "-o", str(target), "--overwrite")
    assert target.read_bytes() != b"a volunteer's own notes"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600  # issue 16 (6): private


def test_the_default_summary_name_is_not_replaced_unasked(
    demo_target: Path | str,
    test_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bigjournal.cli import main

    monkeypatch.chdir(tmp_path)
    journal = ["--journal", str(demo_target)]
    assert main([*journal, "summary", "Riverside Homes"]) == 0
    (written,) = tmp_path.glob("*summary.pdf")
    before = written.read_bytes()
    capsys.readouterr()
    assert main([*journal, "summary", "Riverside Homes"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert written.read_bytes() == before
    assert main([*journal, "summary", "Riverside Homes", "--overwrite"]) == 0
