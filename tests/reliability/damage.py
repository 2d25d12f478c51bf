"""A corpus of damaged and foreign files, made from a healthy journal.

Each case says what BigJournal must do with it at open:

- ``damaged``: a journal hurt as disks, power cuts and pulled sticks hurt files
  (truncated, zeroed header or pages, flipped bits in page structure, emptied). It must
  be refused with :class:`DamagedJournalError`, renamed ``*.damaged`` byte for byte.
- ``foreign``: not a journal (another program's database, a letter, random bytes). It
  must be refused with :class:`NotAJournalError` and left exactly where and as it was.
- ``newer``: a journal from a newer BigJournal: :class:`NewerJournalError`, untouched.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

PAGE_HEADER_FIELDS = (0, 3, 4, 5)  # page type, cell count (2 bytes), cell content start


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expected: str  # "damaged", "foreign" or "newer"


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def btree_pages(path: Path) -> list[int]:
    """Page numbers of every table and index b-tree page (from SQLite's own dbstat-free walk)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        roots = [row[0] for row in connection.execute("SELECT rootpage FROM sqlite_master")]
    finally:
        connection.close()
    data = path.read_bytes()
    size = page_size(data)
    pages: list[int] = []
    stack = [1, *[root for root in roots if root]]
    while stack:
        number = stack.pop()
        if number in pages or number < 1 or number * size > len(data):
            continue
        pages.append(number)
        start = (number - 1) * size + (100 if number == 1 else 0)
        kind = data[start]
        if kind in (2, 5):  # interior pages: follow the children
            cells = int.from_bytes(data[start + 3 : start + 5], "big")
            stack.append(int.from_bytes(data[start + 8 : start + 12], "big"))
            base = (number - 1) * size
            for index in range(cells):
                pointer = int.from_bytes(
                    data[start + 12 + 2 * index : start + 14 + 2 * index], "big"
                )
                stack.append(int.from_bytes(data[base + pointer : base + pointer + 4], "big"))
    return sorted(pages)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _zeroed(source: bytes, start: int, length: int) -> bytes:
    return source[:start] + bytes(length) + source[start + length :]


def _flipped(source: bytes, offset: int, bit: int) -> bytes:
    data = bytearray(source)
    data[offset] ^= 1 << bit
    return bytes(data)


def build_corpus(healthy: Path, folder: Path, *, newer: Path | None = None) -> list[Case]:
    """At least 50 cases made from ``healthy`` (a checkpointed journal) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    source = healthy.read_bytes()
    size = page_size(source)
    pages = btree_pages(healthy)
    rng = random.Random(20261122)
    cases: list[Case] = []

    def add(name: str, data: bytes, expected: str) -> None:
        path = folder / f"{len(cases):02d}-{name}.sqlite"
        _write(path, data)
        cases.append(Case(name, path, expected))

    # Truncated: a save cut short, a copy interrupted, a stick pulled out.
    for fraction in (0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99):
        add(f"truncated-{int(fraction * 100)}pc", source[: int(len(source) * fraction)], "damaged")
    add("truncated-to-header", source[:100], "damaged")
    add("truncated-one-page-and-a-byte", source[: size + 1], "damaged")
    # Zeroed: a drive that lost its first sector, or pages that never reached the disk.
    add(
        "zeroed-header",
        _zeroed(source, 0, 100),
        "damaged",
    )
    add(
        "zeroed-magic",
        _zeroed(source, 0, 16),
        "damaged",
    )
    add(
        "zeroed-first-page",
        _zeroed(source, 0, size),
        "damaged",
    )
    for number in rng.sample(pages[1:], min(6, len(pages) - 1)):
        start = (number - 1) * size
        add(
            f"zeroed-page-{number}",
            _zeroed(source, start, size),
            "damaged",
        )
    # Flipped bits in the structure of b-tree pages (type, cell count, content start):
    # what a failing stick or bad RAM does. (A flipped bit inside a note's text is not
    # detectable by SQLite, which keeps no checksums; see docs/reliability.md.)
    for index in range(20):
        number = rng.choice(pages)
        offset = (number - 1) * size + (100 if number == 1 else 0) + rng.choice(PAGE_HEADER_FIELDS)
        bit = rng.randrange(8) if offset % size not in (3, 103) else rng.randrange(4, 8)
        add(
            f"flipped-bit-{index}-page-{number}",
            _flipped(source, offset, bit),
            "damaged",
        )
    add(
        "header-page-size-damaged",
        _flipped(source, 16, 6),
        "damaged",
    )
    add("emptied", b"", "damaged")
    # Foreign files that a volunteer might pick by mistake.
    for name, schema in (
        ("recipes-database", "CREATE TABLE recipes (name TEXT, steps TEXT)"),
        ("browser-history", "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
        (
            "flashcards",
            "CREATE TABLE col (id INTEGER PRIMARY KEY, crt INTEGER); "
            "CREATE TABLE notes (id INTEGER)",
        ),
    ):
        path = folder / f"{len(cases):02d}-{name}.sqlite"
        connection = sqlite3.connect(path)
        connection.executescript(schema + "; INSERT INTO " + schema.split()[2] + " DEFAULT VALUES;")
        connection.commit()
        connection.close()
        cases.append(Case(name, path, "foreign"))
    add("a-letter", b"Dear volunteer,\nThis is a letter, not a journal.\n" * 20, "foreign")
    add("random-bytes", rng.randbytes(8192), "foreign")
    add("pdf-document", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(2000), "foreign")
    archive = folder / f"{len(cases):02d}-zip-archive.sqlite"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("journal.txt", "not a journal")
    cases.append(Case("zip-archive", archive, "foreign"))
    # A journal from a newer BigJournal.
    if newer is not None:
        path = folder / f"{len(cases):02d}-newer-schema.sqlite"
        shutil.copyfile(newer, path)
        cases.append(Case("newer-schema", path, "newer"))
    return cases


def make_newer(healthy: Path, target: Path) -> Path:
    """A copy of ``healthy`` claiming a schema revision this BigJournal does not know."""
    shutil.copyfile(healthy, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return target
