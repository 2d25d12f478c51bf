"""The fuzzers' large runs (marked ``slow``) run only when asked for.

``pytest -m slow tests/fuzz`` or ``BIGJOURNAL_SLOW_TESTS=1 pytest tests/fuzz`` runs
them (the nightly-style figures in docs/reliability.md); the default run keeps the
small, seeded versions of a few seconds each.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    asked = "slow" in (config.getoption("-m") or "") or os.environ.get("BIGJOURNAL_SLOW_TESTS")
    if asked:
        return
    skip = pytest.mark.skip(reason="a large fuzz run: pytest -m slow, or BIGJOURNAL_SLOW_TESTS=1")
    for item in items:
        if item.get_closest_marker("slow") and HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)
