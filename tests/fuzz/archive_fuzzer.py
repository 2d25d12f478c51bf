"""A seeded mutator of successor archives (issue 16, item 3).

Each case starts from a real plain archive of the demo journal and either damages
its bytes (flipped or cut bytes, a changed zip "version needed", a broken header) or
changes one value inside one record to something hostile and re-forges the manifest
so that the checksums match (the import must then refuse the value itself). Every
archive is read; one that is accepted is imported into an empty journal, which must
then still show Today, the lists, and export a calendar and vCards — "poisoned" is
an archive that imports and then breaks one of those.

``python -m tests.fuzz.archive_fuzzer --cases 10000`` prints the figures for
docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bigjournal.errors import JournalError
from bigjournal.exchange import import_archive, read_archive
from bigjournal.exchange.archive import DEFAULT_LIMITS, Limits, export_archive
from bigjournal.exchange.ical import export_calendar
from bigjournal.exchange.vcard import export_vcards
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.demo import build_demo
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts
from bigjournal.journal.promises import list_promises
from bigjournal.store import open_journal
from tests.unit.exchange.exchange_support import forge, zip_members

TODAY = date(2026, 3, 16)

HOSTILE: dict[str, list[Any]] = {
    "text": [
        "\ud800",
        "\udfff",
        "nul\x00inside",
        "esc\x1b[2Jcode",
        "",
        " ",
        "x" * 70_000,
        5,
        True,
        None,
        ["a"],
        {"a": 1},
    ],
    "integer": [2**63 - 1, 2**63, -(2**63) - 1, -1, 0, 99_999_999_999, "12", True, None, 1.5],
    "date": [
        "9999-12-31",
        "0001-01-01",
        "1899-12-31",
        "2200-01-01",
        "31/02/2026",
        "2026-02-31",
        "+12345-01-01",
        "",
        20260101,
        None,
    ],
    "timestamp": [
        "9999-12-31T23:59:59-01:00",
        "0001-01-01T00:00:00+01:00",
        "2026-01-01T00:00:00",
        "2026-01-01T00:00:00+25:00",
        "9999-12-31T23:59:59Z",
        "2026-13-01T00:00:00Z",
        "",
        None,
    ],
    "choice": ["spaceship", "", "OFFICER", None, 3],
    "uuid": ["not-a-uuid", str(uuid.UUID(int=0)), None, ""],
}
# fmt: on


@dataclass
class Figures:
    cases: int = 0
    refused: int = 0
    imported: int = 0
    crashes: list[str] = field(default_factory=list)
    poisoned: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.cases} archives: {self.refused} refused with a sentence, "
            f"{self.imported} imported and usable, {len(self.crashes)} crashes, "
            f"{len(self.poisoned)} poisoned journals"
        )


def demo_archive(folder: Path) -> bytes:
    journal_path = folder / "seed.sqlite"
    with open_journal(journal_path, automatic_backups=False) as journal:
        build_demo(journal, today=TODAY)
        export_archive(journal, folder / "seed.bigjournal", passphrase=None, unencrypted=True)
    return (folder / "seed.bigjournal").read_bytes()


def _value_for(kind: str, name: str, chooser: random.Random) -> Any:
    if name == "uuid" or name.endswith("_uuid"):
        return chooser.choice(HOSTILE["uuid"])
    return chooser.choice(HOSTILE.get(kind, HOSTILE["text"]))


def _kind_of(value: Any, name: str) -> str:
    if name.endswith("_at"):
        return "timestamp"
    if name.endswith("_on") or name.endswith("_since") or name.endswith("_until"):
        return "date"
    if isinstance(value, bool):
        return "choice"
    if isinstance(value, int):
        return "integer"
    return chooser_kind_for_text(name)


def chooser_kind_for_text(name: str) -> str:
    return "choice" if name in ("kind", "side", "status", "council_tier", "relationship_type",
                                 "purpose", "holder", "role") else "text"  # fmt: skip


def mutate_value(members: dict[str, bytes], chooser: random.Random) -> tuple[bytes, str]:
    tables = [n for n, d in members.items() if n.startswith("data/") and d.strip()]
    table = chooser.choice(sorted(tables))
    lines = members[table].decode().splitlines()
    index = chooser.randrange(len(lines))
    record = json.loads(lines[index])
    action = chooser.random()
    if action < 0.85:
        name = chooser.choice(sorted(record))
        value = _value_for(_kind_of(record[name], name), name, chooser)
        record[name] = value
        what = f"{table}:{index}:{name}={value!r:.40}"
    elif action < 0.92:
        name = chooser.choice(sorted(record))
        del record[name]
        what = f"{table}:{index}: without {name}"
    else:
        lines.append(lines[index])  # the same record twice
        what = f"{table}:{index}: twice"
    if table == "data/settings.jsonl" and chooser.random() < 0.5:
        record = {**record, "key": "term_warning_days", "value": "99999999999"}
        what = "settings: term_warning_days=99999999999"
    lines[index] = json.dumps(record)  # ensure_ascii: lone surrogates survive as escapes
    data = "".join(f"{line}\n" for line in lines).encode()
    return forge({**members, table: data}), what


def mutate_bytes(archive: bytes, chooser: random.Random) -> tuple[bytes, str]:
    data = bytearray(archive)
    action = chooser.random()
    if action < 0.25:  # zip's "version needed to extract", in a local or central header
        headers = [
            i for i in range(len(data) - 4) if data[i : i + 4] in (b"PK\x03\x04", b"PK\x01\x02")
        ]
        at = chooser.choice(headers)
        offset = 4 if data[at + 2] == 3 else 6
        data[at + offset] = chooser.randrange(256)
        return bytes(data), f"version byte at {at + offset}"
    if action < 0.5:
        cut = chooser.randrange(len(data))
        return bytes(data[:cut]), f"cut at {cut}"
    count = chooser.randint(1, 8)
    where = []
    for _ in range(count):
        at = chooser.randrange(len(data))
        data[at] ^= 1 << chooser.randrange(8)
        where.append(at)
    return bytes(data), f"bits flipped at {where}"


def usable(journal_path: Path, folder: Path) -> None:
    """What a volunteer does next; any exception here means a poisoned journal."""
    with open_journal(journal_path, automatic_backups=False) as journal:
        today_agenda(journal, today=TODAY)
        list_organisations(journal)
        list_contacts(journal)
        list_meetings(journal)
        list_promises(journal)
        export_calendar(journal, folder / "check.ics")
        export_vcards(journal, folder / "check.vcf", include_left=True)
    (folder / "check.ics").unlink(missing_ok=True)
    (folder / "check.vcf").unlink(missing_ok=True)


def run_case(
    archive: bytes,
    empty_journal: Path,
    folder: Path,
    figures: Figures,
    what: str,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    figures.cases += 1
    try:
        read = read_archive(archive, limits=limits)
    except JournalError:
        figures.refused += 1
        return
    except Exception:
        figures.crashes.append(f"read {what}: {traceback.format_exc(limit=-3)}")
        return
    target = folder / "target.sqlite"
    shutil.copyfile(empty_journal, target)
    try:
        with open_journal(target, automatic_backups=False) as journal:
            import_archive(journal, read)
    except JournalError:
        figures.refused += 1
        return
    except Exception:
        figures.crashes.append(f"import {what}: {traceback.format_exc(limit=-3)}")
        return
    finally:
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    try:
        usable(target, folder)
    except Exception:
        figures.poisoned.append(f"{what}: {traceback.format_exc(limit=-3)}")
        return
    figures.imported += 1


def fuzz(
    folder: Path,
    *,
    seed: int,
    cases: int,
    seconds: float,
    extra: Callable[[Figures], None] | None = None,
) -> Figures:
    seed_archive = demo_archive(folder)
    members = zip_members(seed_archive)
    empty = folder / "empty.sqlite"
    with open_journal(empty, automatic_backups=False):
        pass
    chooser = random.Random(seed)
    figures = Figures()
    stop_at = time.monotonic() + seconds
    for _ in range(cases):
        if chooser.random() < 0.6:
            archive, what = mutate_value(members, chooser)
        else:
            archive, what = mutate_bytes(seed_archive, chooser)
        run_case(archive, empty, folder, figures, what)
        if time.monotonic() > stop_at:  # a slow machine runs fewer cases, never fails
            break
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())  # not the user's own
        figures = fuzz(Path(folder), seed=args.seed, cases=args.cases, seconds=24 * 3600)
    print(figures.line())
    for problem in figures.crashes[:20] + figures.poisoned[:20]:
        print(problem, file=sys.stderr)
    return 1 if figures.crashes or figures.poisoned else 0


if __name__ == "__main__":
    raise SystemExit(main())
