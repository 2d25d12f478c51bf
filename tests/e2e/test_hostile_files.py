"""Issue 16 (2, 6, 7, 8): damaged, foreign and full-disk cases get a sentence and
change nothing; what BigJournal writes is private to its user; crash reports hold no
passwords or people's details. Each runs the real ``bigjournal`` command."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Run, wait_for_automatic_backup

pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(run: Run, tmp_path: Path) -> Path:
    run("demo")
    wait_for_automatic_backup(tmp_path / "e2e.sqlite")  # made after the command, detached
    return tmp_path / "e2e.sqlite"


def _plain(result_stderr: str) -> str:
    assert "Traceback" not in result_stderr and "went wrong" not in result_stderr
    return " ".join(result_stderr.split())


def test_a_folder_where_the_wal_goes_leaves_the_journal_alone(run: Run, demo: Path) -> None:
    # The backup made after the last command read through a read-only connection, which
    # leaves the (empty) log files behind; fold them in as the next opening would.
    connection = sqlite3.connect(demo)
    assert connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    connection.close()
    for companion in ("-wal", "-shm"):  # empty now: everything is in the journal
        Path(f"{demo}{companion}").unlink(missing_ok=True)
    before = _digest(demo)
    Path(f"{demo}-wal").mkdir()
    result = run("today", check=False)
    assert result.returncode == 1
    assert "is a folder" in _plain(result.stderr) and "Nothing was changed" in result.stderr
    assert _digest(demo) == before and not Path(f"{demo}.damaged").exists()


def test_another_programs_database_with_a_promises_table_is_left_alone(
    run: Run, tmp_path: Path
) -> None:
    other = tmp_path / "other-app.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE promises (what TEXT)")
    before = _digest(other)
    result = run("today", check=False, journal_path=other)
    assert result.returncode == 1
    assert "not a BigJournal journal" in _plain(result.stderr)
    assert _digest(other) == before and not Path(f"{other}.damaged").exists()


def test_restoring_another_programs_file_is_refused(run: Run, demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-app.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE promises (what TEXT)")
    before = _digest(demo)
    result = run("restore", str(other), "--yes", check=False)
    assert result.returncode == 1
    assert "not a BigJournal journal or backup" in _plain(result.stderr)
    assert _digest(demo) == before


def test_two_schema_versions_are_refused_untouched(run: Run, demo: Path) -> None:
    with sqlite3.connect(demo) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.execute("DROP TABLE alembic_version")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.executemany("INSERT INTO alembic_version VALUES (?)", [(revision,)] * 2)
    connection.close()
    before = _digest(demo)
    result = run("today", check=False)
    assert result.returncode == 1 and "2 schema versions" in _plain(result.stderr)
    assert _digest(demo) == before


@pytest.mark.parametrize("name", ["j?mode=ro.sqlite", "j%20x.sqlite"])
def test_a_journal_name_is_a_file_name_not_a_url(run: Run, tmp_path: Path, name: str) -> None:
    journal = tmp_path / name
    run("demo", journal_path=journal)
    assert journal.is_file() and journal.stat().st_size > 0
    assert not (tmp_path / "j").exists() and not (tmp_path / "j x.sqlite").exists()
    assert "Riverside Homes" in run("org", "list", journal_path=journal).stdout


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (apt-get install strace)")
def test_a_full_disk_at_the_lock_gets_a_sentence_and_changes_nothing(run: Run, demo: Path) -> None:
    before = _digest(demo)
    lock = f"{demo}.lock"
    strace = ["strace", "-f", "-o", os.devnull, "-P", lock, "-e", "trace=write"]
    inject = ["-e", "inject=write:error=ENOSPC"]
    import subprocess

    from tests.e2e.conftest import command

    result = subprocess.run(
        [*strace, *inject, *command(), "--journal", str(demo), "today"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1, result.stderr
    assert "the disk is full" in _plain(result.stderr) and "nothing was changed" in result.stderr
    assert _digest(demo) == before and not Path(lock).exists()
    assert run("today").returncode == 0  # once there is space, all is as it was


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_journal_backups_and_exports_are_private(
    run: Run, demo: Path, tmp_path: Path, isolated_user_folders: Path
) -> None:
    assert demo.stat().st_mode & 0o777 == 0o600
    run("backup")
    backups = [p for p in isolated_user_folders.rglob("backups") if p.is_dir()]
    assert backups
    for folder in backups:
        assert folder.stat().st_mode & 0o777 == 0o700
        for inside in folder.rglob("*"):
            expected = 0o700 if inside.is_dir() else 0o600
            assert inside.stat().st_mode & 0o777 == expected, inside
    out = tmp_path / "about.json"
    run("about-person", "Bob Harris", "-o", str(out))
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_crash_report_holds_no_password_and_is_private(
    tmp_path: Path, isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bigjournal.cli.agenda
    from bigjournal.cli import main

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(
            "could not reach postgresql+psycopg://volunteer:S3cret-pass@server/journal "
            "[SQL: SELECT 1]\n[parameters: ('Bob Harris', '07700 900202')]"
        )

    monkeypatch.setattr(bigjournal.cli.agenda, "today_agenda", broken)
    assert main(["--journal", str(tmp_path / "j.sqlite"), "today"]) == 70
    (report,) = isolated_user_folders.rglob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "S3cret-pass" not in text and "volunteer:***@server" in text
    assert "Bob Harris" not in text and "07700 900202" not in text
    if os.name == "posix":
        assert report.stat().st_mode & 0o777 == 0o600
        assert report.parent.stat().st_mode & 0o777 == 0o700


def test_a_non_utf8_argument_is_a_usage_error_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_user_folders: Path
) -> None:
    from bigjournal.cli import main

    argument = b"caf\xe9".decode("utf-8", "surrogateescape")  # as Python hands it over
    assert main(["--journal", str(tmp_path / "j.sqlite"), "org", "show", argument]) == 2
    error = capsys.readouterr().err
    assert "is not readable text" in error and "Traceback" not in error
    assert not list(isolated_user_folders.rglob("crash-*.txt"))


def test_after_a_set_aside_the_message_names_the_set_aside_copy(run: Run, demo: Path) -> None:
    run("backup")
    with demo.open("r+b") as handle:  # damage the file's first pages
        handle.seek(100)
        handle.write(b"\xff" * 4000)
    first = run("today", check=False)
    assert first.returncode == 1 and "set aside" in _plain(first.stderr)
    second = run("today", check=False)
    words = _plain(second.stderr)
    assert second.returncode == 1
    assert "was set aside as “e2e.sqlite.damaged” because it was found damaged" in words
    assert "USB stick" not in words


def test_a_passphrase_file_from_windows_notepad_opens_with_the_typed_passphrase(
    run: Run, demo: Path, tmp_path: Path
) -> None:
    words = "correct horse battery staple"
    notepad = tmp_path / "passphrase.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + words.encode() + b"\r\n")  # BOM and CRLF
    archive = tmp_path / "hand-on.bigjournal"
    run("export", "-o", str(archive), "--passphrase-file", str(notepad))
    successor = tmp_path / "successor.sqlite"
    typed = run(
        "import", str(archive), "--yes", journal_path=successor,
        env={"BIGJOURNAL_PASSPHRASE": words},
    )  # fmt: skip
    assert typed.returncode == 0
    assert "Riverside Homes" in run("org", "list", journal_path=successor).stdout


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (apt-get install strace)")
def test_a_journal_you_may_not_read_gets_a_sentence(run: Run, demo: Path) -> None:
    # As root, permissions do not stop reading, so the refusal is injected (EACCES).
    import subprocess

    from tests.e2e.conftest import command

    before = _digest(demo)
    strace = ["strace", "-f", "-o", os.devnull, "-P", str(demo), "-e", "trace=openat"]
    result = subprocess.run(
        [*strace, "-e", "inject=openat:error=EACCES", *command(), "--journal", str(demo), "today"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1, result.stderr
    assert "could not be read (Permission denied)" in _plain(result.stderr)
    assert _digest(demo) == before and not Path(f"{demo}.damaged").exists()
