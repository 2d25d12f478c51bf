"""``bigjournal demo`` without --journal fills a journal of its own, never the default one."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Run


def test_the_demo_without_a_journal_goes_in_its_own_file(
    run: Run, isolated_user_folders: Path
) -> None:
    said = run("demo", journal_path=None).stdout
    demo = isolated_user_folders / "data" / "bigjournal" / "demo" / "BigJournal demo.sqlite"
    assert demo.exists() and str(demo) in said and "untouched" in said
    assert "Millbrook" in run("org", "list", journal_path=demo).stdout
    # The volunteer's default journal has none of it.
    assert "Millbrook" not in run("org", "list", journal_path=None).stdout
    again = run("demo", journal_path=None).stdout  # a second time: the same file, kept
    assert str(demo) in again
