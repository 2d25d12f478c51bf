"""Fixtures for the reliability harnesses (``tests/reliability``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def healthy_journal(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo journal, checkpointed into one file, closed."""
    copy = tmp_path / "healthy" / "journal.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(demo_template, copy)
    return copy
