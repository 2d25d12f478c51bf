"""Proof: SIGKILL at random moments loses nothing reported saved and damages nothing.

The default run kills each kind of work 4 times (20 kills); the full proof is
``BIGJOURNAL_CRASH_KILLS=40 pytest tests/reliability/test_crash.py`` (200 kills) or
``python -m tests.reliability.crash --kills 40`` (see docs/reliability.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.crash import MODES, run_crashes

KILLS = int(os.environ.get("BIGJOURNAL_CRASH_KILLS", "4"))


@pytest.mark.parametrize("mode", MODES)
def test_killing_the_process_never_corrupts_or_loses_saved_work(
    mode: str, healthy_journal: Path, tmp_path: Path
) -> None:
    stats = run_crashes(mode, KILLS, tmp_path / mode, healthy_journal, seed=7)
    assert stats.kills == KILLS
    assert stats.integrity_failures == 0, stats.problems
    assert stats.lost == 0, stats.problems
    assert stats.reported_units > 0 or mode == "migrate"
