"""A process that keeps saving while its disk fails under it (for the fault harness).

    python -m tests.reliability.fault_worker MODE JOURNAL COUNT [FILLER]

MODE is ``eio`` (run under ``strace --inject``, which fails some writes and syncs),
``full-tmpfs`` (the journal is on a small tmpfs filled by FILLER, trimmed to free
space after failures) or ``full-rlimit`` (the file size limit stands in for a full
disk, raised to free space). Each transaction prints ``SAVED <uuid>`` once committed or
``FAILED <uuid> <message>`` when refused. The draft the user typed is kept on failure
and saved again later, as the app's form would (``RETRIED`` marks the retry).
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import uuid
from pathlib import Path

from bigjournal.errors import JournalError
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.store import open_journal

FREE_STEP = 96 * 1024


def say(line: str) -> None:
    sys.stdout.write(line.replace("\n", " ") + "\n")
    sys.stdout.flush()


def free_space(mode: str, filler: Path | None) -> None:
    if mode == "full-rlimit":
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft + FREE_STEP, hard))
    elif mode == "full-tmpfs" and filler is not None and filler.exists():
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - FREE_STEP))


def main() -> int:
    mode, journal_path, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    filler = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    if mode == "full-rlimit":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write (EFBIG), not the process
    for _attempt in range(20):  # as a user would try again after "could not be opened"
        try:
            journal = open_journal(journal_path, automatic_backups=False)
            break
        except JournalError as error:
            say(f"OPEN {error}")
    else:
        return 2
    organisation = None
    while organisation is None:
        try:
            organisation = add_organisation(journal, name="Riverside Homes", kind="other").id
        except JournalError as error:
            say(f"SETUP {error}")
            free_space(mode, filler)
    if mode == "full-rlimit":
        size = max(journal_path.stat().st_size, Path(f"{journal_path}-wal").stat().st_size)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + 64 * 1024, resource.RLIM_INFINITY))
    failures_in_a_row = 0
    draft: tuple[str, str] | None = None  # what the user typed, kept when not saved
    for number in range(count):
        if draft is None:
            name = f"Contact {number} {uuid.uuid4().hex[:8]}"
            draft = (name, f"Notes for {name}. " * (50 + number % 200))
        else:
            say(f"RETRIED {draft[0]}")
        try:
            add_contact(journal, name=draft[0], organisation=organisation, notes=draft[1])
        except JournalError as error:
            say(f"FAILED {draft[0]}|{error}")
            failures_in_a_row += 1
            if failures_in_a_row >= 2:
                free_space(mode, filler)
            continue
        say(f"SAVED {draft[0]}")
        draft, failures_in_a_row = None, 0
    try:
        journal.close()
    except JournalError as error:
        say(f"CLOSE {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
