"""Issue 16 (5): forgetting a person is one transaction, search index included.

A ``bigjournal forget`` killed at any moment leaves either the person as they were
(and forgettable again) or the person gone *with* their name and private-note words
gone from the search index — never the person gone and their words still indexed.
Two ways: the process is killed right after the commit that removed them (the moment
the old code merged the index in a second transaction), and it is killed at random
moments of a real ``bigjournal forget``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.journal.personal_data import forget_contact
from bigjournal.journal.search import search
from bigjournal.store import open_journal

ROOT = Path(__file__).resolve().parents[2]
NAME = "Ysoldrina Quennelby"  # words found nowhere else in the journal
SECRET = "zanzibarquokka"  # only her private notes hold it
WORDS = ("ysoldrina", "quennelby", SECRET)
KILLS = int(os.environ.get("BIGJOURNAL_FORGET_KILLS", "4"))

pytestmark = pytest.mark.sqlite_only


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def prepared(demo_template: Path, tmp_path: Path) -> Path:
    """The demo journal with one more contact, closed and checkpointed."""
    path = tmp_path / "prepared" / "journal.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo_template, path)
    with open_journal(path) as journal:
        council = add_organisation(journal, name="Harbourside Test Trust", kind="other")
        add_contact(
            journal,
            name=NAME,
            organisation=council.id,
            private_notes=f"Prefers evenings; code word {SECRET}.",
        )
        journal.checkpoint()
    return path


def _piece(word: str) -> bytes:
    """A piece of the word past its first letters: terms are stored prefix-compressed."""
    return word[3:].encode()


def _words_left(path: Path) -> list[str]:
    """Which of WORDS the search index still holds, by FTS5's own vocabulary and by the
    index's raw pages (after folding the log in, as the next close would)."""
    with open_journal(path) as journal:
        journal.checkpoint()
    connection = sqlite3.connect(path)
    try:
        found = set()
        for index in ("search_index", "search_index_stems"):
            connection.execute(
                f"CREATE VIRTUAL TABLE temp.vocab_{index} USING fts5vocab(main, {index}, 'row')"
            )
            terms = {row[0] for row in connection.execute(f"SELECT term FROM vocab_{index}")}
            found |= {word for word in WORDS if any(word[:6] in term for term in terms)}
            blocks = connection.execute(f"SELECT block FROM {index}_data")
            blobs = b"".join(bytes(row[0] or b"") for row in blocks)
            found |= {word for word in WORDS if _piece(word) in blobs}
    finally:
        connection.close()
    raw = path.read_bytes().lower()
    found |= {word for word in WORDS if _piece(word) in raw}
    return sorted(found)


def _still_there(path: Path) -> bool:
    with open_journal(path) as journal, journal.engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT count(*) FROM contacts WHERE name = ?", (NAME,))
        return bool(found.scalar())


def test_the_check_sees_words_left_behind(prepared: Path, demo_template: Path) -> None:
    """The check itself can fail: before forgetting, every word is found; in the demo
    journal without her, none is."""
    assert _words_left(prepared) == sorted(WORDS)
    raw = demo_template.read_bytes().lower()
    assert [word for word in WORDS if _piece(word) in raw] == []


# Kill the process the moment a transaction that removed her has committed.
KILL_AFTER_THE_COMMIT = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    from contextlib import contextmanager
    from bigjournal.store import journal as store_journal

    journal_path, name = sys.argv[1], sys.argv[2]
    original = store_journal.Journal.transaction

    @contextmanager
    def transaction(self):
        with original(self) as session:
            yield session
        check = sqlite3.connect(journal_path)
        query = "SELECT count(*) FROM contacts WHERE name = ?"
        gone = not check.execute(query, (name,)).fetchone()[0]
        check.close()
        if gone:
            print("COMMITTED", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    store_journal.Journal.transaction = transaction
    from bigjournal.cli import main
    sys.exit(main(["--journal", journal_path, "forget", name, "--yes"]))
    """
)


def test_killed_right_after_the_commit_leaves_no_words_in_the_index(prepared: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_THE_COMMIT, str(prepared), NAME],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "COMMITTED" in result.stdout
    assert not _still_there(prepared), "the kill came after the commit"
    assert _words_left(prepared) == [], "her words outlived her record"
    with open_journal(prepared) as journal:
        assert search(journal, SECRET) == []
        assert search(journal, "Quennelby") == []


def test_killed_at_random_moments_of_forget(prepared: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "bigjournal", "--journal"]
    # How long a whole forget takes here, to spread the kills over it.
    timing = tmp_path / "timing.sqlite"
    shutil.copyfile(prepared, timing)
    started = time.monotonic()
    subprocess.run(
        [*command, str(timing), "forget", NAME, "--yes"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        check=True,
        timeout=300,
    )
    whole = time.monotonic() - started
    chance = random.Random(1616)
    outcomes = {"before": 0, "after": 0}
    for kill in range(KILLS):
        copy = tmp_path / f"kill-{kill}" / "journal.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(prepared, copy)
        process = subprocess.Popen(
            [*command, str(copy), "forget", NAME, "--yes"],
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The later half of the run is where the journal is written.
        time.sleep(whole * chance.uniform(0.4, 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        if _still_there(copy):
            outcomes["before"] += 1
            with open_journal(copy) as journal:
                forget_contact(journal, NAME)  # forgettable again, whole
        else:
            outcomes["after"] += 1
        assert _words_left(copy) == [], f"kill {kill}: words outlived her record"
        check = sqlite3.connect(copy)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            check.close()
    print(f"forget kills: {outcomes}")
