"""The other copies of a journal: set-aside files beside it, and its backups.

BigJournal never deletes a journal it sets aside: a damaged one becomes
``<name>.damaged`` (or ``<name>.2.damaged``…), the one a restore replaced
``<name>.before-restore``, each with its ``-wal``/``-shm`` beside it. Left alone
they pile up (issue 16: 49 copies, 597 MB beside one journal), and every one still
holds every person forgotten since. So they are swept on the backup schedule, after
each backup's thinning (:func:`sweep_set_aside`): of each kind the newest
:data:`KEEP_NEWEST` are kept, and any set aside in the last :data:`KEEP_DAYS` days,
but none older than :data:`KEEP_AT_MOST_DAYS` (a year, as the backups).

The age of a set-aside copy is when it was set aside: on POSIX the renaming sets the
file's change time. Windows has no such time (its ``st_ctime`` is when the file was
made), so there it counts from the file's last change, which can only make a copy
look older than it is; the newest ones of each kind are kept all the same.

:func:`copies_holding` says which of these copies and backups still hold a contact
(after they are forgotten), and :func:`remove_copies` removes the ones chosen.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bigjournal.store import backup, health

LABELS = ("damaged", "before-restore")
KEEP_NEWEST = 2
KEEP_DAYS = 30
KEEP_AT_MOST_DAYS = 365

KIND_WORDS = {
    "backup": "backup",
    "damaged": "damaged journal set aside",
    "before-restore": "journal set aside by a restore",
}


@dataclass(frozen=True, slots=True)
class SetAsideCopy:
    path: Path
    label: str  # "damaged" or "before-restore"
    set_aside_at: datetime  # aware, UTC

    @property
    def files(self) -> tuple[Path, ...]:
        """The copy and its -wal/-shm/-journal, as far as they exist."""
        sides = (Path(f"{self.path}{side}") for side in health.SIDE_FILES)
        return (self.path, *(side for side in sides if side.exists()))


def set_aside_copies(journal_path: Path) -> list[SetAsideCopy]:
    """The journal's set-aside copies beside it, newest first (regular files only)."""
    journal_path = Path(journal_path)
    folder = journal_path.parent
    if not folder.is_dir():
        return []
    name = re.escape(journal_path.name)
    pattern = re.compile(rf"^{name}\.(?:\d+\.)?({'|'.join(map(re.escape, LABELS))})$")
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or entry.is_symlink() or not entry.is_file():
            continue
        with contextlib.suppress(OSError):
            found.append(SetAsideCopy(entry, match.group(1), _set_aside_at(entry)))
    return sorted(found, key=lambda copy: copy.set_aside_at, reverse=True)


def _set_aside_at(path: Path) -> datetime:
    status = path.stat()
    moment = status.st_mtime if os.name == "nt" else max(status.st_mtime, status.st_ctime)
    return datetime.fromtimestamp(moment, UTC)


def copies_to_keep(
    copies: list[SetAsideCopy], *, now: datetime | None = None
) -> list[SetAsideCopy]:
    """Which set-aside copies the sweep keeps (see the module's docstring)."""
    now = now or datetime.now(UTC)
    kept = []
    for label in LABELS:
        of_kind = [copy for copy in copies if copy.label == label]  # newest first
        for rank, copy in enumerate(of_kind):
            age = now - copy.set_aside_at
            if age >= timedelta(days=KEEP_AT_MOST_DAYS):
                continue
            if rank < KEEP_NEWEST or age < timedelta(days=KEEP_DAYS):
                kept.append(copy)
    return kept


def sweep_set_aside(journal_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove the set-aside copies the rotation no longer keeps; returns what went."""
    copies = set_aside_copies(journal_path)
    kept = {copy.path for copy in copies_to_keep(copies, now=now)}
    removed = []
    for copy in copies:
        if copy.path in kept:
            continue
        # The log first, then the file: never a lone log beside a name reused later.
        for path in reversed(copy.files):
            with contextlib.suppress(OSError):
                path.unlink()
        removed.append(copy.path)
    if removed:
        health._sync_folder(Path(journal_path).parent)
    return removed


# --- a person in the copies --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldCopy:
    """A copy of the journal that still holds a forgotten person (or may)."""

    path: str
    kind: str  # "backup", "damaged", "before-restore"
    made_at: datetime  # when backed up or set aside, UTC
    certain: bool  # False: it could not be read, so it may hold them

    @property
    def description(self) -> str:
        when = self.made_at.astimezone().strftime("%d %b %Y, %H:%M")
        maybe = "" if self.certain else " (could not be read; it may hold them)"
        return f"{KIND_WORDS[self.kind]} from {when}: {self.path}{maybe}"


def copies_holding(journal_path: Path | str, *, uuid: str, name: str) -> list[HeldCopy]:
    """The backups and set-aside copies that still hold the contact ``uuid``.

    SQLite copies are asked (read-only); one that cannot be read is searched byte by
    byte for the uuid and the name. A shared journal's backups are archives, which may
    be locked with a passphrase: each one made is listed as one that may hold them.
    """
    held = []
    for info in backup.list_backups(journal_path):
        if info.is_archive:
            held.append(HeldCopy(str(info.path), "backup", info.made_at, certain=False))
            continue
        answer = _holds(info.path, uuid, name)
        if answer is not False:
            held.append(HeldCopy(str(info.path), "backup", info.made_at, certain=answer is True))
    if not isinstance(journal_path, str) or "://" not in journal_path:
        for copy in set_aside_copies(Path(journal_path)):
            answer = _holds(copy.path, uuid, name)
            if answer is not False:
                held.append(HeldCopy(str(copy.path), copy.label, copy.set_aside_at, answer is True))
    return held


def _holds(path: Path, uuid: str, name: str) -> bool | None:
    """True: it holds the contact; False: it does not; None: it could not be read,
    and its bytes hold the uuid or the name."""
    try:
        connection = health.read_only_connection(path)
        try:
            row = connection.execute("SELECT 1 FROM contacts WHERE uuid = ?", (uuid,)).fetchone()
            return row is not None
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    traces = [uuid.encode(), *(part.encode("utf-8") for part in [name] if part)]
    return None if any(trace in raw for trace in traces) else False


def remove_copies(copies: list[HeldCopy]) -> list[str]:
    """Remove these copies (a backup with its description and dump; a set-aside copy
    with its -wal/-shm). Returns what was removed; a file already gone is skipped."""
    removed = []
    for copy in copies:
        path = Path(copy.path)
        if copy.kind == "backup":
            files = [
                path,
                path.with_suffix(".json"),
                path.with_suffix(backup.PG_DUMP_SUFFIX),
            ]
        else:
            files = [*(Path(f"{path}{side}") for side in health.SIDE_FILES), path]
        gone = False
        for each in files:
            if each.exists() or each.is_symlink():
                each.unlink()
                gone = gone or each == path
        if gone:
            removed.append(copy.path)
    return removed


__all__ = [
    "HeldCopy",
    "SetAsideCopy",
    "copies_holding",
    "copies_to_keep",
    "remove_copies",
    "set_aside_copies",
    "sweep_set_aside",
]
