"""How long opening's full check takes, quick and thorough (docs/reliability.md).

    python -m benchmarks.generate /tmp/j.sqlite --scale 0.25 --seed 1
    python -m benchmarks.opening_check /tmp/j.sqlite

Each part runs three times on the file as it is (read only; the search index's check
runs in a transaction that is rolled back) and the fastest is printed. User folders
point at a temporary folder, so no clean-close record of yours is touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def fastest(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str]) -> int:
    journal = Path(argv[0])
    home = tempfile.mkdtemp(prefix="bigjournal-opening-check-")
    os.environ.update(
        HOME=home,
        XDG_DATA_HOME=f"{home}/data",
        XDG_STATE_HOME=f"{home}/state",
        XDG_CONFIG_HOME=f"{home}/config",
    )
    from bigjournal.store import health
    from bigjournal.store.inspection import check_whole_file

    try:
        parts: dict[str, Callable[[], object]] = {
            "quick_check": lambda: health.quick_check(journal),
            "integrity_check + foreign_key_check": lambda: health.integrity_check(journal),
            "dates no list could read": lambda: health.unreadable_values(journal),
            "search index (FTS5)": lambda: health.search_index_problems(journal),
            "opening: weekly or risky drive (quick)": lambda: check_whole_file(journal),
            "opening: the file may have changed (thorough)": lambda: check_whole_file(
                journal, thorough=True
            ),
        }
        print(f"{journal} ({journal.stat().st_size / 1e6:.0f} MB)")
        for name, work in parts.items():
            print(f"  {name}: {fastest(work):.2f} s")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
