"""The process the crash harness kills: it saves, backs up, exports, imports or migrates
in a loop and reports each unit of work on stdout only once it is complete.

    python -m tests.reliability.crash_worker MODE JOURNAL WORKDIR SEED

Lines: ``READY``; ``SAVED <table> <uuid>``; ``BACKUP <path>``; ``EXPORTED <path>``;
``IMPORTED <batch> <count>``; ``STARTED <path>`` / ``MIGRATED <path>``.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from datetime import date
from pathlib import Path

from bigjournal.journal.jsonable import to_jsonable
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.journal.personal_data import subject_access_export
from bigjournal.journal.promises import PromiseDraft
from bigjournal.model import Contact, Organisation
from bigjournal.store import Journal, open_journal
from bigjournal.store.backup import make_backup
from bigjournal.store.files import write_atomically
from tests.reliability.migrate import rehearse_migration

TODAY = date(2026, 6, 15)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save_some(journal: Journal, rng: random.Random, number: int) -> None:
    organisation = add_organisation(journal, name=f"Organisation {number}", kind="other")
    say(f"SAVED organisations {organisation.uuid}")
    contact = add_contact(
        journal,
        name=f"Contact {number}",
        organisation=organisation.id,
        notes="Met at the fun day. " * rng.randrange(1, 40),
    )
    say(f"SAVED contacts {contact.uuid}")
    meeting = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY,
            title=f"Meeting {number}",
            organisations=[organisation.id],
            contacts=[contact.id],
            notes="Long notes. " * rng.randrange(1, 400),
            promises=[
                PromiseDraft(description=f"Promise {number}.{k}", side="theirs", made_by=contact.id)
                for k in range(rng.randrange(0, 4))
            ],
        ),
        today=TODAY,
    )
    say(f"SAVED interactions {meeting.uuid}")
    if rng.random() < 0.1:
        journal.checkpoint()


def run(mode: str, journal_path: Path, workdir: Path, seed: int) -> None:
    rng = random.Random(seed)
    if mode == "migrate":
        source = workdir / "migration-source.sqlite"
        say("READY")
        number = 0
        while True:
            number += 1
            if number % 2:
                target = workdir / f"rehearsal-{seed}-{number}.sqlite"
                shutil.copyfile(source, target)
                say(f"STARTED {target}")
                rehearse_migration(target)
            else:  # the real first migration: a new journal is created
                target = workdir / f"new-{seed}-{number}.sqlite"
                say(f"STARTED {target}")
                open_journal(target, automatic_backups=False).close()
            say(f"MIGRATED {target}")
    with open_journal(journal_path) as journal:
        say("READY")
        number = seed * 100_000
        while True:
            number += 1
            if mode == "save":
                save_some(journal, rng, number)
            elif mode == "backup":
                save_some(journal, rng, number)
                info = make_backup(journal)
                say(f"BACKUP {info.path}")
            elif mode == "export":
                report = subject_access_export(journal, contact="#1", today=TODAY)
                target = workdir / f"export-{number % 3}.json"
                text = json.dumps(to_jsonable(report), indent=2) + " " * rng.randrange(5000)
                write_atomically(target, text.encode("utf-8"))
                say(f"EXPORTED {target}")
            elif mode == "import":
                size = rng.randrange(20, 300)
                batch = f"batch-{number}-{size}"
                with journal.transaction() as session:
                    organisation = Organisation(name=batch, kind="other")
                    session.add(organisation)
                    session.flush()
                    session.add_all(
                        Contact(name=f"{batch} person {k}", organisation_id=organisation.id)
                        for k in range(size)
                    )
                say(f"IMPORTED {batch} {size}")
            else:
                raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    run(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
