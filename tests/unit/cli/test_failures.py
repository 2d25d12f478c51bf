"""The command never shows a volunteer a traceback, even when BigJournal has a bug."""

from __future__ import annotations

from pathlib import Path

import pytest

import bigjournal.cli.agenda
from bigjournal.cli import main


def test_a_bug_gives_a_plain_sentence_and_a_crash_report(
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    isolated_user_folders: Path,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a deliberate bug")

    monkeypatch.setattr(bigjournal.cli.agenda, "today_agenda", broken)
    assert main(["--journal", str(journal_path), "today"]) == 70
    error = capsys.readouterr().err
    assert error.startswith("bigjournal: something went wrong inside BigJournal")
    assert "Traceback" not in error
    reports = list(isolated_user_folders.rglob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in error
    assert "a deliberate bug" in reports[0].read_text(encoding="utf-8")


def test_a_journal_error_is_one_line_and_exit_code_1(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--journal", str(journal_path), "org", "show", "Nowhere"]) == 1
    assert capsys.readouterr().err.strip() == (
        "bigjournal: There is no organisation called “Nowhere” in the journal."
    )
