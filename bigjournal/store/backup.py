"""Automatic and manual backups of SQLite journals, and restoring one.

Backups are made with SQLite's online backup API (never a file copy, which can catch
a journal half-written), into a temporary file that must pass ``integrity_check``
before it is renamed into the rotation. They live in the user's data folder, one
folder per journal, named by the time they were made (UTC)::

    <data_dir>/backups/<journal-stem>-<hash of its path>/2026-06-15T104200Z.sqlite
                                                         2026-06-15T104200Z.json

The ``.json`` beside each backup records when, why, its size and how many records it
holds, so listing never opens the backups. Old backups are thinned (:func:`backups_to_keep`):
the newest few, then one a day, a week and a month. The ``.damaged`` and
``.before-restore`` copies set aside beside the journal are swept at the same moment
(:mod:`bigjournal.store.copies`).

The GUI runs :func:`backup_if_due` in a worker so a large journal never blocks the
window; :class:`~bigjournal.store.journal.Journal` does it itself on open and close
unless told not to.

A shared journal on a server is backed up as a logical dump, on request, by
:mod:`bigjournal.exchange.server_backups` (a dump is an export, which the store may
not import); its backups live in a folder named after the server and its database,
listed and thinned here like any others.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING

from bigjournal.errors import BackupError, FileWriteError, JournalLockedError
from bigjournal.model import RECORD_TYPES
from bigjournal.store import health, lock
from bigjournal.store.files import write_atomically
from bigjournal.store.locations import data_dir

if TYPE_CHECKING:
    from bigjournal.store.journal import Journal

log = logging.getLogger(__name__)

# A changed journal gets a new automatic backup at open or close at most this often;
# the next open catches up, so no change goes unbacked-up beyond one session.
AUTOMATIC_INTERVAL = timedelta(minutes=10)
KEEP_LAST = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

#: The tables of the journal's records (counted in a backup's description).
RECORD_TABLES = tuple(str(entity.__tablename__) for entity in RECORD_TYPES)
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{6})Z(?:-(\d+))?\.(?:sqlite|bigjournal)$")
SERVER_SUFFIX = ".bigjournal"  # a shared journal's backups: successor archives
PG_DUMP_SUFFIX = ".dump"  # pg_dump's custom format, beside a shared journal's archive
PG_DUMP_TIMEOUT_SECONDS = 3600
_STAMP = "%Y-%m-%dT%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the rotation, as the Backups dialog and ``bigjournal backups`` list it."""

    path: Path
    made_at: datetime  # aware, UTC
    size: int
    records: int | None
    counts: dict[str, int]
    revision: str | None
    reason: str
    #: A shared journal's backup: pg_dump's dump beside the archive, when one was made.
    server_dump: Path | None = None
    #: Sentences about this backup for the person who made it (pg_dump failed, say).
    notes: tuple[str, ...] = ()

    @property
    def is_archive(self) -> bool:
        """A shared journal's backup: restored by importing it, not by replacing a file."""
        return self.path.suffix == SERVER_SUFFIX

    @property
    def when(self) -> str:
        """The time it was made, in the computer's local time, for people."""
        return self.made_at.astimezone().strftime("%a %d %b %Y, %H:%M")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupInfo
    journal: Path
    set_aside_as: Path | None


# --- where ------------------------------------------------------------------------


def backup_folder(journal_path: Path | str) -> Path:
    """The folder holding one journal's backups (keyed by its absolute path).

    A shared journal (given as its address) is keyed by its server, port and
    database, not the login: two volunteers sharing a computer share its backups.
    """
    if isinstance(journal_path, str) and "://" in journal_path:
        return _server_backup_folder(journal_path)
    absolute = os.path.abspath(journal_path)
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", Path(absolute).stem)[:40] or "journal"
    return data_dir() / "backups" / f"{stem}-{digest}"


# --- listing ----------------------------------------------------------------------


def list_backups(journal_path: Path | str) -> list[BackupInfo]:
    """The journal's backups, newest first (an unreadable one is still listed)."""
    folder = backup_folder(journal_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        found.append(_describe(entry, match))
    found.sort(key=lambda info: (info.made_at, info.path.name), reverse=True)
    return found


def _describe(path: Path, match: re.Match[str]) -> BackupInfo:
    made_at = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    size = path.stat().st_size
    try:
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return BackupInfo(
            path=path,
            made_at=datetime.fromisoformat(meta["made_at"]),
            size=size,
            records=int(meta["records"]),
            counts={str(k): int(v) for k, v in meta.get("counts", {}).items()},
            revision=meta.get("revision"),
            reason=str(meta.get("reason", "")),
            server_dump=_dump_beside(path),
        )
    except (OSError, ValueError, KeyError, TypeError):
        if path.suffix == SERVER_SUFFIX:  # only ever unlisted if it was never checked
            return BackupInfo(path, made_at, size, None, {}, None, reason="")
        counts, revision = _count_records(path)
        total = sum(counts.values()) if counts else None
        return BackupInfo(path, made_at, size, total, counts, revision, reason="")


def _count_records(path: Path) -> tuple[dict[str, int], str | None]:
    try:
        connection = health.read_only_connection(path)
    except sqlite3.Error:
        return {}, None
    try:
        return _counts_and_revision(connection)
    except sqlite3.Error:
        return {}, None
    finally:
        connection.close()


def _counts_and_revision(connection: sqlite3.Connection) -> tuple[dict[str, int], str | None]:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    counts = {
        table: int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        for table in RECORD_TABLES
        if table in tables
    }
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return counts, revision


def newest_good_backup(journal_path: Path | str) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check, if any.

    A shared journal's archive counts as good when it was checked as it was made
    (its description lists its records); importing it checks every byte again.
    """
    for info in list_backups(journal_path):
        if info.is_archive:
            if info.records is not None:
                return info
            continue
        if not health.quick_check(info.path):
            return info
    return None


# --- making -----------------------------------------------------------------------


def make_backup(
    journal: Journal, *, reason: str = "made by hand", stop: Event | None = None
) -> BackupInfo:
    """Back up an open SQLite journal now, check it and add it to the rotation.

    A shared journal on a server gets a logical dump instead, which is an export:
    :func:`bigjournal.exchange.server_backups.make_backup` makes either kind.
    """
    path = _sqlite_path(journal)
    try:
        info = backup_file(path, reason=reason, stop=stop)
    except CopyFailedCheckError:
        journal.suspect_damage()  # no clean-close record: the next opening checks it all
        raise
    journal.note_backup(info.made_at)
    return info


def backup_file(
    source: Path,
    *,
    reason: str,
    journal_path: Path | None = None,
    now: datetime | None = None,
    stop: Event | None = None,
) -> BackupInfo:
    """Back up the SQLite file ``source`` (for ``journal_path``'s rotation) and thin.

    Reads through a read-only connection of its own, so the journal stays usable while
    a worker thread runs this. Raises :class:`BackupError` and leaves nothing behind
    when the copy fails or does not pass ``integrity_check``.
    """
    journal_path = journal_path or source
    made_at = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backup_folder(journal_path)
    try:
        _private_folder(folder)
    except OSError as error:
        raise BackupError(
            f"No backup was made: the backup folder “{folder}” could not be created "
            f"({error.strerror})."
        ) from error
    partial: Path | None = None
    try:
        partial = start_partial(folder, made_at)
        counts, revision = _copy_and_check(source, partial, stop)
        _fsync_file(partial)
        final = move_into_rotation(partial, folder, made_at)
        meta = {
            "made_at": made_at.isoformat(),
            "reason": reason,
            "journal": str(os.path.abspath(journal_path)),
            "records": sum(counts.values()),
            "counts": counts,
            "revision": revision,
        }
        write_meta(final, meta)
    except (OSError, sqlite3.Error) as error:
        _remove_quietly(partial)
        raise BackupError(_backup_failure(error)) from error
    except CopyFailedCheckError:
        _remove_quietly(partial)
        # The copy is page for page the journal: the next opening must check it in full.
        health.forget_clean_close(journal_path)
        raise
    except BackupError:
        _remove_quietly(partial)
        raise
    info = BackupInfo(
        final, made_at, final.stat().st_size, sum(counts.values()), counts, revision, reason
    )
    thin_backups(journal_path)
    _sweep_set_aside(Path(journal_path))
    return info


def _sweep_set_aside(journal_path: Path) -> None:
    """Sweep the set-aside copies beside the journal with the backups' thinning.

    Never a reason for a backup to fail: a copy that cannot be removed stays.
    """
    from bigjournal.store import copies  # it lists backups with this module

    try:
        removed = copies.sweep_set_aside(journal_path)
    except OSError as error:
        log.warning("set-aside copies not swept: %s", error)
        return
    if removed:
        log.info("swept %d set-aside copies of %s", len(removed), journal_path.name)


def _backup_failure(error: BaseException) -> str:
    text = str(error).lower()
    if "full" in text or "no space" in text:
        return "No backup was made: the disk is full. Free some space and try again."
    return f"No backup was made: {error}. The journal itself was not changed."


#: Pages copied between two looks at a stop request.
STOP_BACKUP_PAGES = 256


def _copy_and_check(
    source: Path, partial: Path, stop: Event | None = None
) -> tuple[dict[str, int], str | None]:
    origin = health.read_only_connection(source)
    try:
        copy = sqlite3.connect(partial)
        try:
            if stop is None:
                origin.backup(copy)
            else:
                origin.backup(copy, pages=STOP_BACKUP_PAGES, progress=lambda *_: _unless(stop))
                health.stoppable(copy, stop)
            # A backup is one self-contained file: no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise CopyFailedCheckError(
                    "No backup was made: the copy did not pass SQLite's integrity check "
                    f"({'; '.join(problems[:3])}), so the journal itself may be damaged. "
                    "Close BigJournal and open the journal again (on the command line, "
                    "the next command does): it is then checked in full and, if it is "
                    "damaged, set aside with the newest good backup offered. The backups "
                    "made before are kept."
                )
            return _counts_and_revision(copy)
        finally:
            copy.close()
    finally:
        origin.close()


class CopyFailedCheckError(BackupError):
    """The backup's copy failed SQLite's integrity check: the journal may be damaged."""


def _unless(stop: Event) -> None:
    if stop.is_set():
        raise BackupError("No backup was made: it was stopped because BigJournal closed.")


#: A hidden partial file untouched this long was left by a backup cut short (the
#: computer switched off); one being filled or checked is far younger.
STALE_PARTIAL = timedelta(hours=1)


def start_partial(folder: Path, made_at: datetime, suffix: str = ".sqlite") -> Path:
    """A hidden file of this backup's own to fill, created private to its user.

    Two backups of one journal can run at once (the command line's automatic backup in
    its background process and one asked for by hand): each fills a file only it
    names, and removes only partial files too old to be anyone's. Both once took the
    same name in the same second, and the second removed the first's file while SQLite
    wrote it ("disk I/O error", CI, stop 23).
    """
    sweep_stale_partials(folder)
    stamp = made_at.strftime(_STAMP)
    while True:
        partial = folder / f".{stamp}Z-{os.getpid()}-{secrets.token_hex(4)}{suffix}.partial"
        try:
            # Private before anything fills it: a backup holds everyone's details.
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except FileExistsError:
            continue
        return partial


def sweep_stale_partials(folder: Path, *, now: datetime | None = None) -> None:
    """Remove the partial files of backups cut short, never one still being made."""
    cutoff = (now or datetime.now(UTC)).timestamp() - STALE_PARTIAL.total_seconds()
    # ``.part``: the one atomic writer's temporary files (a backup's description).
    for partial in [*folder.glob(".*.partial"), *folder.glob(".*.part")]:
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()


def move_into_rotation(
    partial: Path, folder: Path, made_at: datetime, suffix: str = ".sqlite"
) -> Path:
    """Give a finished, checked backup the first free name of its time; return it.

    A hard link cannot replace a file, so a backup finishing at the same moment under
    the same name is never overwritten; a drive without hard links is renamed onto.
    """
    while True:
        final = _free_name(folder, made_at, suffix)
        try:
            os.link(partial, final)
        except FileExistsError:
            continue  # another backup took the name since we looked
        except OSError:  # a file system without hard links (FAT, some network drives)
            os.replace(partial, final)
            return final
        partial.unlink()
        return final


def write_meta(final: Path, meta: dict[str, object]) -> None:
    """The backup's description beside it (``.json``), written in one step."""
    try:
        write_atomically(final.with_suffix(".json"), json.dumps(meta, indent=1).encode())
    except FileWriteError as error:
        _remove_quietly(final)
        raise BackupError(f"No backup was made: {error}") from error


def _free_name(folder: Path, made_at: datetime, suffix: str = ".sqlite") -> Path:
    stamp = made_at.strftime(_STAMP)
    candidate = folder / f"{stamp}Z{suffix}"
    number = 1
    while candidate.exists():
        candidate = folder / f"{stamp}Z-{number}{suffix}"
        number += 1
    return candidate


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (and the backups folder above it) readable by its user only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix":
        for each in (folder, folder.parent):
            if each.stat().st_mode & 0o077:
                os.chmod(each, PRIVATE_FOLDER)


def _remove_quietly(path: Path | None) -> None:
    if path is None:
        return
    with contextlib.suppress(OSError):
        path.unlink()


def _sqlite_path(journal: Journal) -> Path:
    if journal.path is None:  # exchange.server_backups.make_backup sends these elsewhere
        raise BackupError("A shared journal is backed up as a logical dump, not a file copy.")
    return journal.path


# --- when -------------------------------------------------------------------------


def backup_due(journal: Journal, *, now: datetime | None = None) -> bool:
    """True when an open journal changed since its newest backup, and that one is not recent."""
    if journal.path is None:
        return False
    backups = list_backups(journal.path)
    if not backups:
        return _has_records(journal.path)
    newest = backups[0].made_at
    if not journal.changed_since(newest):
        return False
    return (now or datetime.now(UTC)) - newest >= AUTOMATIC_INTERVAL


def _has_records(path: Path) -> bool:
    counts, _ = _count_records(path)
    return sum(counts.values()) > 0


def backup_if_due(journal: Journal, *, reason: str, stop: Event | None = None) -> BackupInfo | None:
    """Make an automatic backup if one is due (safe to run in a worker thread).

    ``stop``, once set, ends it early with :class:`BackupError` and nothing left behind
    (the app is closing and will not wait for a backup nobody asked for).
    """
    if not backup_due(journal):
        return None
    return make_backup(journal, reason=reason, stop=stop)


# --- thinning ---------------------------------------------------------------------


def backups_to_keep(
    made: Iterable[datetime],
    *,
    last: int = KEEP_LAST,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backup times a rotation keeps: the newest ``last``, then the newest of
    each of the most recent ``daily`` days, ``weekly`` weeks and ``monthly`` months
    that have backups (in local time).

    Keeping the last few regardless matters: a volunteer who deletes by mistake and
    closes the journal must still find the backup made when they opened it.
    """
    ordered = sorted(set(made), reverse=True)
    keep = set(ordered[:last])
    for count, period in (
        (daily, lambda t: t.astimezone().date()),
        (weekly, lambda t: t.astimezone().isocalendar()[:2]),
        (monthly, lambda t: (t.astimezone().year, t.astimezone().month)),
    ):
        seen: list[object] = []
        for moment in ordered:
            key = period(moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(moment)
    return keep


def thin_backups(journal_path: Path | str) -> list[Path]:
    """Remove backups the rotation no longer keeps; returns what was removed."""
    backups = list_backups(journal_path)
    keep = backups_to_keep(info.made_at for info in backups)
    removed = []
    for info in backups:
        # Two made in the same second (the automatic backup's process and one by hand)
        # are both kept: each was said to someone as made, and the rotation soon
        # thins them together.
        if info.made_at in keep:
            continue
        for path in (info.path, info.path.with_suffix(".json")):
            _remove_quietly(path)
        if info.is_archive:
            _remove_quietly(info.path.with_suffix(PG_DUMP_SUFFIX))
        removed.append(info.path)
    return removed


# --- restoring --------------------------------------------------------------------


def restore_backup(journal_path: Path, backup: BackupInfo | Path | None = None) -> RestoreResult:
    """Put a backup in the journal's place; the current journal is set aside, never deleted.

    The journal must not be open anywhere (refused with the lock's message). The
    backup is checked first and copied beside the journal before anything is moved, so
    a full disk or a bad backup leaves the journal exactly as it was.
    """
    chosen = _choose(journal_path, backup)
    held = lock.acquire(journal_path)
    try:
        if held._holders > 1:
            raise JournalLockedError("Close the journal before restoring a backup over it.")
        _refuse_a_stranger(chosen.path)
        problems = health.integrity_check(chosen.path)
        if problems:
            raise BackupError(
                f"The backup from {chosen.when} is damaged ({problems[0]}); choose an earlier one."
            )
        journal_path.parent.mkdir(parents=True, exist_ok=True)
        incoming = journal_path.with_name(f".{journal_path.name}.restoring")
        try:
            _remove_quietly(incoming)
            os.close(os.open(incoming, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            source = health.read_only_connection(chosen.path)
            try:
                target = sqlite3.connect(incoming)
                try:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = WAL")
                finally:
                    target.close()
            finally:
                source.close()
            _fsync_file(incoming)
        except (OSError, sqlite3.Error) as error:
            _remove_quietly(incoming)
            raise BackupError(
                "The backup was not restored: "
                + _backup_failure(error).removeprefix("No backup was made: ")
            ) from error
        set_aside_as = None
        if journal_path.exists() or any(
            Path(f"{journal_path}{side}").exists() for side in health.SIDE_FILES
        ):
            set_aside_as = health.set_aside(journal_path, "before-restore")
        os.replace(incoming, journal_path)
        health._sync_folder(journal_path.parent)
    finally:
        held.release()
    return RestoreResult(chosen, journal_path, set_aside_as)


#: Tables every BigJournal journal (and so every backup of one) has.
JOURNAL_TABLES = frozenset({"alembic_version", "organisations", "contacts", "promises"})


def _refuse_a_stranger(path: Path) -> None:
    """Refuse to restore a file that is not a BigJournal journal (another app's database)."""
    try:
        connection = health.read_only_connection(path)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revisions = (
                connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0]
                if "alembic_version" in names
                else 0
            )
        finally:
            connection.close()
    except sqlite3.Error:
        names, revisions = set(), 0
    if not names >= JOURNAL_TABLES or revisions != 1:
        raise BackupError(
            f"“{path.name}” is not a BigJournal journal or backup (it may belong to another "
            "program), so nothing was restored and your journal is as it was."
        )


def _choose(journal_path: Path, backup: BackupInfo | Path | None) -> BackupInfo:
    if isinstance(backup, BackupInfo):
        return backup
    if backup is None:
        newest = newest_good_backup(journal_path)
        if newest is None:
            raise BackupError("There is no good backup of this journal to restore.")
        return newest
    return find_backup(journal_path, str(backup))


def find_backup(journal_path: Path | str, text: str) -> BackupInfo:
    """A backup named by its file, its path or the start of its time (``2026-06-15T10``)."""
    backups = list_backups(journal_path)
    candidate = Path(text)
    if candidate.is_file() and candidate.suffix in (".sqlite", SERVER_SUFFIX):
        for info in backups:
            if info.path.resolve() == candidate.resolve():
                return info
        return _describe_outside(candidate)
    matches = [info for info in backups if info.path.name.startswith(text)]
    if len(matches) == 1 or (matches and matches[0].path.stem == text):
        return matches[0]
    if not matches:
        raise BackupError(f"There is no backup called “{text}”. “bigjournal backups” lists them.")
    names = ", ".join(info.path.stem for info in matches[:5])
    raise BackupError(f"“{text}” matches several backups ({names}); give more of the time.")


def _describe_outside(path: Path) -> BackupInfo:
    """A backup file kept elsewhere (copied to a stick, say), described from itself."""
    if path.suffix == SERVER_SUFFIX:
        made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return BackupInfo(path, made_at, path.stat().st_size, None, {}, None, "a file")
    counts, revision = _count_records(path)
    made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(
        path, made_at, path.stat().st_size, sum(counts.values()), counts, revision, "a file"
    )


def describe_sizes(backups: Sequence[BackupInfo]) -> int:
    """Total bytes used by the rotation (for the dialog's footer)."""
    return sum(info.size for info in backups)


# --- shared journals on a server --------------------------------------------------


def _server_backup_folder(url: str) -> Path:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or "localhost"
    database = parsed.database or "journal"
    key = f"{host}:{parsed.port or 5432}/{database}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", f"{database}-on-{host}")[:60]
    return data_dir() / "backups" / f"{stem}-{digest}"


def _dump_beside(path: Path) -> Path | None:
    dump = path.with_suffix(PG_DUMP_SUFFIX)
    return dump if path.suffix == SERVER_SUFFIX and dump.is_file() else None
