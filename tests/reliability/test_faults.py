"""Proof: I/O errors and a full disk give "Not saved" each time and lose nothing saved.

Default run: 100 transactions per kind of fault. Full proof (1,000 each):
``BIGJOURNAL_FAULT_TRANSACTIONS=1000 pytest tests/reliability/test_faults.py`` or
``python -m tests.reliability.faults --transactions 1000`` (see docs/reliability.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.faults import MODES, run_faults, unavailable

TRANSACTIONS = int(os.environ.get("BIGJOURNAL_FAULT_TRANSACTIONS", "100"))


@pytest.mark.parametrize("mode", MODES)
def test_faults_while_saving_are_explained_and_lose_nothing(mode: str, tmp_path: Path) -> None:
    reason = unavailable(mode)
    if reason:
        pytest.skip(reason)
    stats = run_faults(mode, TRANSACTIONS, tmp_path / mode)
    assert stats.transactions == TRANSACTIONS, stats.problems
    assert stats.failed > 0, "the faults must actually happen"
    assert stats.saved > 0, "saving must resume once the fault clears"
    assert stats.unclear_messages == 0, stats.problems
    assert stats.corrupt == 0, stats.problems
    assert stats.lost == 0, stats.problems
