"""Shared fixtures: every test gets its own real journal file and its own user folders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bigjournal.store import Journal, open_journal

# A fixed "today" keeps date-dependent assertions exact.
TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the real user's data folder or journal."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("BIGJOURNAL_JOURNAL", raising=False)
    return home


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    with open_journal(journal_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal, built once per run and copied for each test that wants it."""
    from bigjournal.journal.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_journal(path) as opened:
        build_demo(opened, today=TODAY)
        opened.checkpoint()
    return path


@pytest.fixture
def demo_journal(demo_template: Path, tmp_path: Path) -> Iterator[Journal]:
    import shutil

    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, copy)
    with open_journal(copy) as opened:
        yield opened
