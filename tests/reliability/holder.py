"""A second BigJournal process for tests: opens a journal, says so, and waits.

Run as ``python -m tests.reliability.holder JOURNAL``; it prints ``OPEN <pid>`` once the
journal is open and holds it until its standard input closes or it is killed.
"""

from __future__ import annotations

import os
import sys

from bigjournal.store import open_journal


def main() -> int:
    with open_journal(sys.argv[1]):
        print(f"OPEN {os.getpid()}", flush=True)
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
