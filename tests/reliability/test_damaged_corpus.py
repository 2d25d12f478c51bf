"""Proof: every file of a corpus of 50+ damaged and foreign files is recognised at open.

Each is refused with a plain sentence (an error a volunteer may see, never a traceback)
and nothing is deleted: a damaged journal is renamed ``*.damaged`` byte for byte, a
foreign or newer file is left exactly as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bigjournal.errors import (
    DamagedJournalError,
    JournalOpenError,
    NewerJournalError,
    NotAJournalError,
)
from bigjournal.store import open_journal
from bigjournal.store.backup import backup_file, list_backups
from tests.reliability.damage import Case, build_corpus, make_newer


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def corpus(healthy_journal: Path, tmp_path: Path) -> list[Case]:
    newer = make_newer(healthy_journal, tmp_path / "newer-source.sqlite")
    return build_corpus(healthy_journal, tmp_path / "corpus", newer=newer)


def open_and_classify(case: Case) -> tuple[JournalOpenError, bytes]:
    before = case.path.read_bytes()
    with pytest.raises(JournalOpenError) as refused:
        open_journal(case.path).close()
    error = refused.value
    message = str(error)
    assert message and "Traceback" not in message and "\n" not in message, case.name
    if isinstance(error, DamagedJournalError):
        assert error.set_aside_as is not None, case.name
        kept = Path(str(error.set_aside_as))
        assert kept.name.endswith(".damaged"), case.name
        assert digest(kept.read_bytes()) == digest(before), f"{case.name}: bytes changed"
        assert not case.path.exists()
    else:
        assert digest(case.path.read_bytes()) == digest(before), f"{case.name}: touched"
    return error, before


def test_the_corpus_has_at_least_fifty_files_of_every_kind(corpus: list[Case]) -> None:
    assert len(corpus) >= 50
    kinds = {case.expected for case in corpus}
    assert kinds == {"damaged", "foreign", "newer"}
    names = " ".join(case.name for case in corpus)
    for kind in ("truncated", "zeroed-header", "flipped-bit", "emptied", "recipes", "newer"):
        assert kind in names


def test_every_damaged_journal_with_backups_is_set_aside_and_a_backup_offered(
    corpus: list[Case], healthy_journal: Path
) -> None:
    recognised = 0
    for case in corpus:
        if case.expected == "damaged":
            # The journal was in use before the damage: it has a backup.
            backup_file(healthy_journal, reason="test", journal_path=case.path)
        error, _ = open_and_classify(case)
        if case.expected == "damaged":
            assert isinstance(error, DamagedJournalError), f"{case.name}: {error}"
            assert "newest good backup is from" in str(error)
            assert error.backup_path is not None and Path(str(error.backup_path)).exists()
            assert list_backups(case.path), "the backups were kept"
        elif case.expected == "foreign":
            assert isinstance(error, NotAJournalError), case.name
            assert not isinstance(error, DamagedJournalError), case.name
        else:
            assert isinstance(error, NewerJournalError), case.name
        recognised += 1
    assert recognised == len(corpus)


def test_damaged_journals_without_any_backup_are_still_recognised(corpus: list[Case]) -> None:
    for case in corpus:
        if case.name == "emptied":
            continue  # an empty file with no history is a new journal (see the docs)
        error, _ = open_and_classify(case)
        if case.expected == "damaged":
            assert isinstance(error, NotAJournalError), f"{case.name}: {error}"
            if isinstance(error, DamagedJournalError):
                assert "There is no backup" in str(error)
