"""Is this journal file healthy, and is it kept somewhere safe?

Read-only checks (SQLite's ``quick_check`` and ``integrity_check``), recognising a file
that *was* a journal but is damaged, setting a damaged file aside (renamed, never
deleted) and warning when a journal lives where SQLite's own guidance says files get
corrupted: network shares and FAT/exFAT removable drives.

It also decides when the full check must run at opening (:func:`full_check_reason`).
SQLite's quick check reads every page: a third of a second on fifteen years of
records, at every opening. It is needed when the file may have changed since this
program last saw it whole, so BigJournal writes down, at each clean close, what the
journal's files looked like (:class:`FileState`, kept in the user's state folder, not
in the journal) and runs the check whenever they differ, whenever there is no such
record (first opening on this computer, a crash, a file copied in), on network shares
and removable drives, before an upgrade, and at least once every
:data:`FULL_CHECK_INTERVAL`. docs/reliability.md explains the policy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from threading import Event

import platformdirs

from bigjournal.store.files import replaced_atomically

SQLITE_MAGIC = b"SQLite format 3\x00"
# Words found in the schema of every BigJournal journal (stored in the file's first
# pages), which tell a damaged journal apart from some other damaged file.
_JOURNAL_MARKERS = (b"alembic_version", b"promises")
_MARKER_SCAN_BYTES = 4 << 20
SIDE_FILES = ("-wal", "-shm", "-journal")

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "ncpfs",
    "afs",
    "9p",
    "fuse.sshfs",
    "sshfs",
    "davfs",
    "fuse.davfs2",
    "fuse.gvfsd-fuse",
    "fuse.rclone",
    "glusterfs",
    "ceph",
}
REMOVABLE_FILESYSTEMS = {"vfat", "msdos", "fat", "exfat", "fuseblk", "fuse.exfat"}

NETWORK_WARNING = (
    "This journal is on a network share ({fs}). A journal there can be damaged if the "
    "network drops while saving, or if two computers write to it at once. Keep the "
    "journal in a folder on this computer, such as Documents, and share it by export."
)
REMOVABLE_WARNING = (
    "This journal is on a USB stick or memory card ({fs}). Pulling the stick out or a "
    "power cut while BigJournal saves can damage the journal on this kind of drive. "
    "Keep the journal in a folder on this computer, such as Documents, and copy it to "
    "the stick only to carry it."
)


# --- checks ---------------------------------------------------------------------


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (``mode=ro``)."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


class CheckStopped(Exception):
    """A check stopped before it finished (the app was closing): it found nothing."""


#: SQLite virtual machine steps between two looks at a stop request.
STOP_CHECK_STEPS = 10_000


def stoppable(connection: sqlite3.Connection, stop: Event | None) -> None:
    """Make the connection's statements end soon after ``stop`` is set."""
    if stop is not None:
        connection.set_progress_handler(lambda: int(stop.is_set()), STOP_CHECK_STEPS)


def quick_check(path: Path, *, stop: Event | None = None) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty when healthy). Never writes.

    Raises :class:`CheckStopped` if ``stop`` is set before it ends (no verdict then).
    """
    return _check(path, "quick_check", stop)


def integrity_check(path: Path) -> list[str]:
    """Problems the thorough ``PRAGMA integrity_check`` finds (empty when healthy)."""
    return _check(path, "integrity_check")


#: What a check says when SQLite ran out of memory reading the file: a damaged page or
#: search block that claims a huge length does that (SQLITE_NOMEM, Python's MemoryError),
#: and a check of a file that was whole asks for nothing like it.
DAMAGED_LENGTH = "a damaged part of the file claims a length far larger than the file"


def _check(path: Path, pragma: str, stop: Event | None = None) -> list[str]:
    """Run the check; any damage found drops the clean-close record of ``path``.

    So whoever finds damage (``bigjournal check``, the GUI's weekly check in a worker),
    the next opening runs the full check itself, sets the file aside and offers the
    newest good backup.
    """
    problems = _run_check(path, pragma, stop)
    if problems:
        forget_clean_close(path)
    return problems


def _run_check(path: Path, pragma: str, stop: Event | None = None) -> list[str]:
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        return [str(error)]
    stoppable(connection, stop)
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
        if rows == ["ok"]:
            rows = []
        if pragma == "integrity_check":
            keys = connection.execute("PRAGMA foreign_key_check")
            rows += [f"foreign key: {row}" for row in keys]
    except sqlite3.Error as error:
        if stop is not None and stop.is_set():
            raise CheckStopped(str(error)) from error  # interrupted: not damage
        return [str(error)]
    except MemoryError:
        return [DAMAGED_LENGTH]
    finally:
        connection.close()
    return rows


#: What SQLite's integrity check says of an index whose keys no longer match the
#: records (a flipped bit in a key): ``REINDEX`` remakes it from the records.
_INDEX_WORDS = ("missing from index", "entries in index", "non-unique entry in index")
#: The journal's full-text tables (FTS5), which SQLite's own checks do not look inside.
SEARCH_TABLES = ("search_index", "search_index_stems")


def is_index_problem(problem: str) -> bool:
    """True for a problem with an index only (the records themselves are whole)."""
    return any(words in problem for words in _INDEX_WORDS)


def is_link_problem(problem: str) -> bool:
    """True for a record pointing at one that is not there (``foreign_key_check``)."""
    return problem.startswith("foreign key:")


def search_index_problems(path: Path) -> list[str]:
    """FTS5's own check of the search index, which SQLite's integrity check skips.

    FTS5 runs its check as an ``INSERT``, which a read-only connection refuses, so it
    runs in a transaction that is rolled back: nothing in the file changes. Only ever
    called on a file already known to be a journal that passed SQLite's check.
    """
    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        return [f"the search index could not be read ({error})"]
    problems = []
    try:
        present = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        connection.execute("BEGIN")
        for table in SEARCH_TABLES:
            if table not in present:
                continue
            try:
                connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.Error as error:
                if _busy(error):
                    break  # another program is saving: no verdict, not damage
                problems.append(f"the search index is damaged ({table}: {error})")
            except MemoryError:  # random bytes in a block read as a huge length
                problems.append(f"the search index is damaged ({table}: {DAMAGED_LENGTH})")
    except sqlite3.Error as error:
        if not _busy(error):
            problems.append(f"the search index could not be checked ({error})")
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        connection.close()
    if problems:
        forget_clean_close(path)
    return problems


#: SQL that is true when a stored value is not what SQLAlchemy wrote for the type (and
#: could not read back): another program's "31/02/2026", a number, 2026-02-31.
_NOT_A_VALUE = {
    # A modifier makes SQLite normalise the day: date('2026-02-31', '+0 days') is
    # 2026-03-03, where date('2026-02-31') is taken as written.
    "date": "{c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} IS NOT date({c}, '+0 days'))",
    "datetime": (
        "{c} IS NOT NULL AND (typeof({c}) != 'text' OR datetime({c}) IS NULL "
        "OR substr({c}, 1, 10) IS NOT date(substr({c}, 1, 10), '+0 days'))"
    ),
    "time": "{c} IS NOT NULL AND (typeof({c}) != 'text' OR time({c}) IS NULL)",
}
_WHAT_IT_SHOULD_BE = {"date": "a date", "datetime": "a date and time", "time": "a time"}


def _dated_columns() -> dict[str, list[tuple[str, str]]]:
    """Every table's date, date-and-time and time columns, from the model."""
    from sqlalchemy import Date, DateTime, Time, TypeDecorator

    from bigjournal.model.entities import Base

    found: dict[str, list[tuple[str, str]]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
            name = (
                "datetime"
                if isinstance(kind, DateTime)
                else "date"
                if isinstance(kind, Date)
                else "time"
                if isinstance(kind, Time)
                else None
            )
            if name is not None:
                found.setdefault(table.name, []).append((column.name, name))
    return found


def _shown(value: object) -> str:
    text = str(value)
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:40])
    return shown + ("…" if len(text) > 40 else "")


def unreadable_values(path: Path, *, most: int = 20) -> list[str]:
    """Dates and times stored in a form BigJournal cannot read back (empty when none).

    SQLite keeps a date as text, so another program can write "31/02/2026" where a
    date goes; every list that reads it would stop. One scan of each table with dates.
    """
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        return [str(error)]
    problems: list[str] = []
    try:
        for table, columns in _dated_columns().items():
            present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            columns = [(name, kind) for name, kind in columns if name in present]
            if not columns or "id" not in present or len(problems) >= most:
                continue
            names = ", ".join(f'"{name}"' for name, _kind in columns)
            wrong = " OR ".join(
                f"({_NOT_A_VALUE[kind].format(c=chr(34) + name + chr(34))})"
                for name, kind in columns
            )
            rows = connection.execute(
                f'SELECT id, {names} FROM "{table}" WHERE {wrong} LIMIT {most}'
            ).fetchall()
            for row in rows:
                for (name, kind), value in zip(columns, row[1:], strict=True):
                    if value is not None and not _readable(value, kind):
                        problems.append(
                            f"{table} #{row[0]}: {name} holds “{_shown(value)}”, which is "
                            f"not {_WHAT_IT_SHOULD_BE[kind]}"
                        )
    except sqlite3.Error as error:
        problems.append(str(error))
    finally:
        connection.close()
    if problems:
        forget_clean_close(path)  # the next opening looks again, and sets it aside
    return problems[:most]


def _readable(value: object, kind: str) -> bool:
    """What SQLAlchemy's SQLite types can read back (``fromisoformat``)."""
    from datetime import date, time

    if not isinstance(value, str):
        return False
    parse = {"date": date.fromisoformat, "datetime": datetime.fromisoformat}.get(
        kind, time.fromisoformat
    )
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _busy(error: sqlite3.Error) -> bool:
    return any(word in str(error).lower() for word in ("locked", "busy"))


def missing_bytes(path: Path) -> int:
    """How much shorter the file is than its header says (0 when whole).

    SQLite reads missing pages as zeros, so a journal cut off at the end can pass the
    quick check. The header's page count is only trusted when valid (SQLite's
    "version-valid-for" equals the change counter) and when no write-ahead log could
    still be completing a checkpoint.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return 0
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return 0
    if len(header) < 100 or header[24:28] != header[92:96]:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    expected = int.from_bytes(header[28:32], "big") * page_size
    return max(0, expected - size)


def looks_like_a_journal(path: Path) -> bool:
    """True if the bytes still carry a BigJournal schema, even with a damaged header."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MARKER_SCAN_BYTES)
    except OSError:
        return False
    return all(marker in data for marker in _JOURNAL_MARKERS)


# --- when to run the full check ----------------------------------------------------

#: A journal this program closed cleanly and finds unchanged is still fully checked
#: this often, for damage no program made (a failing disk): a third of a second a week.
FULL_CHECK_INTERVAL = timedelta(days=7)
#: File times come from a coarse clock (Linux: one scheduler tick, 1–10 ms; Windows:
#: ~16 ms): a change made in the same tick as the last one would keep the same times.
#: The state is written down only once this long has passed since the files' last
#: change, so any later change shows (git's "racily clean" problem).
SETTLE_NS = 50_000_000
_ENDS_BYTES = 4096
_RECORD_VERSION = 1


@dataclass(frozen=True)
class FileState:
    """What a journal's files look like on disk, read cheaply (no page but the ends).

    ``changed_ns`` is the inode's change time on POSIX, which no program can set back
    (``touch`` and copies that keep times change it); a file replaced by another has a
    new ``inode``; ``ends`` fingerprints the header and the last page.
    """

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    ends: str
    sides: tuple[tuple[str, int, int], ...]  # (suffix, size, modified_ns) of each present

    @property
    def newest_ns(self) -> int:
        return max([self.modified_ns, self.changed_ns, *(side[2] for side in self.sides)])


def file_state(path: Path) -> FileState | None:
    """The journal's :class:`FileState`, or None if it cannot be read."""
    try:
        info = path.stat()
        with path.open("rb") as handle:
            first = handle.read(_ENDS_BYTES)
            handle.seek(max(0, info.st_size - _ENDS_BYTES))
            last = handle.read(_ENDS_BYTES)
    except OSError:
        return None
    sides = []
    for suffix in ("-wal", "-journal"):
        with contextlib.suppress(OSError):
            side = Path(f"{path}{suffix}").stat()
            sides.append((suffix, side.st_size, side.st_mtime_ns))
    return FileState(
        device=info.st_dev,
        inode=info.st_ino,
        size=info.st_size,
        modified_ns=info.st_mtime_ns,
        changed_ns=info.st_ctime_ns,
        ends=hashlib.sha256(first + last).hexdigest(),
        sides=tuple(sides),
    )


@dataclass(frozen=True)
class CleanClose:
    """This program's record of closing a journal cleanly (one file per journal)."""

    state: FileState
    closed_at: datetime
    last_full_check: datetime | None


def state_dir() -> Path:
    """The per-user folder for what the program remembers (not documents, not backups)."""
    return platformdirs.user_state_path("bigjournal", appauthor=False)


def clean_close_record(journal_path: Path) -> Path:
    """Where the record for ``journal_path`` lives (keyed by its absolute path)."""
    absolute = os.path.abspath(journal_path)
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", Path(absolute).stem)[:40] or "journal"
    return state_dir() / "clean-close" / f"{stem}-{digest}.json"


def read_clean_close(journal_path: Path) -> CleanClose | None:
    """The record of the last clean close, or None if there is none we can trust."""
    try:
        data = json.loads(clean_close_record(journal_path).read_text(encoding="utf-8"))
        if data["version"] != _RECORD_VERSION or data["journal"] != os.path.abspath(journal_path):
            return None
        state = dict(data["state"])
        state["sides"] = tuple(tuple(side) for side in state["sides"])
        checked = data["last_full_check"]
        return CleanClose(
            state=FileState(**state),
            closed_at=datetime.fromisoformat(data["closed_at"]),
            last_full_check=datetime.fromisoformat(checked) if checked else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_clean_close(journal_path: Path) -> None:
    """Drop the record (at opening): if this session does not end cleanly, none is left."""
    with contextlib.suppress(OSError):
        clean_close_record(journal_path).unlink()


def write_clean_close(journal_path: Path, last_full_check: datetime | None) -> bool:
    """Write down the journal's state after a clean close; False if it was not written.

    Waits (at most :data:`SETTLE_NS`) until the files' last change is older than the
    file clock's granularity, so a change made afterwards cannot keep the same times.
    No record is written if the files' times are in the future (the clock went back):
    the next opening then checks. The record is replaced atomically; losing it (a power
    cut) only means the next opening runs the full check.
    """
    state = file_state(journal_path)
    if state is None:
        return False
    wait = state.newest_ns + SETTLE_NS - time.time_ns()
    if wait > SETTLE_NS:
        return False
    if wait > 0:
        time.sleep(wait / 1e9)
        state = file_state(journal_path)
        if state is None:
            return False
    record = clean_close_record(journal_path)
    data = {
        "version": _RECORD_VERSION,
        "program": "BigJournal",
        "journal": os.path.abspath(journal_path),
        "closed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "last_full_check": last_full_check.isoformat() if last_full_check else None,
        "state": asdict(state),
    }
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        with replaced_atomically(record) as stream:
            stream.write(json.dumps(data, indent=1).encode("utf-8"))
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class CheckDecision:
    """Whether opening must run the full check, and why (in words for the log and docs)."""

    reason: str | None
    routine: bool = False  # only because the last one is old: may wait until the window is up
    #: The file may have changed since this program last saw it whole: check its indexes,
    #: links, dates and search index too (SQLite's quick check sees none of those).
    thorough: bool = False

    @property
    def needed(self) -> bool:
        return self.reason is not None


def full_check_reason(
    path: Path,
    record: CleanClose | None,
    *,
    risky_place: bool,
    now: datetime | None = None,
) -> CheckDecision:
    """Decide whether opening ``path`` must run SQLite's full check (see the module)."""
    if record is None:
        return CheckDecision(
            "there is no record of BigJournal closing it cleanly on this computer", thorough=True
        )
    if file_state(path) != record.state:
        return CheckDecision("it changed after BigJournal last closed it", thorough=True)
    if risky_place:  # unchanged as far as its times tell, which is not far there
        return CheckDecision("it is on a network share or a removable drive")
    now = now or datetime.now(UTC)
    last = record.last_full_check
    if last is None or not timedelta(0) <= now - last < FULL_CHECK_INTERVAL:
        return CheckDecision("its last full check is more than a week old", routine=True)
    return CheckDecision(None)


# --- setting aside ----------------------------------------------------------------


def set_aside(path: Path, label: str) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.<label>``; never delete anything.

    The write-ahead log is moved first and keeps its pairing (``X.damaged-wal`` belongs
    to ``X.damaged``), so an interruption never leaves an old log beside a new journal.
    """
    target = path.with_name(f"{path.name}.{label}")
    number = 2
    while any(
        candidate.exists()
        for candidate in [target, *(Path(f"{target}{side}") for side in SIDE_FILES)]
    ):
        target = path.with_name(f"{path.name}.{number}.{label}")
        number += 1
    for side in SIDE_FILES:
        source = Path(f"{path}{side}")
        if source.exists():
            os.replace(source, f"{target}{side}")
    if path.exists():
        os.replace(path, target)
    _sync_folder(path.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- risky places -----------------------------------------------------------------


def _unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes spaces and tabs in paths as octal escapes (``\040``)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1 : i + 4]) == 3 and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def filesystem_from_mounts(path: Path, mounts: str) -> str | None:
    """The filesystem type of ``path`` from a /proc/mounts table (longest mount point)."""
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape_mount_field(fields[1]), fields[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


MOUNTS_FILE = Path("/proc/self/mounts")


def filesystem_type(path: Path) -> str | None:
    """The filesystem holding ``path``, in Linux's names (vfat, exfat, nfs, cifs…).

    Linux reads /proc/self/mounts; Windows asks the volume (GetDriveType and
    GetVolumeInformation). macOS is not detected yet (TODO: statfs's f_fstypename).
    """
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_filesystem(existing)
    try:
        mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return filesystem_from_mounts(existing, mounts)


def _windows_filesystem(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
    if root.startswith("\\\\"):
        return "smb"
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if kernel32.GetDriveTypeW(root) == 4:  # DRIVE_REMOTE
        return "smb"
    name = ctypes.create_unicode_buffer(64)
    if not kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, 64):
        return None
    return {"FAT": "vfat", "FAT32": "vfat", "EXFAT": "exfat"}.get(name.value.upper(), "ntfs")


def risky_place_warning(path: Path, fs_type: str | None = None) -> str | None:
    """A sentence for the user if ``path`` is on a network share or a FAT/exFAT drive."""
    fs = fs_type if fs_type is not None else filesystem_type(path)
    if fs is None:
        return None
    if fs in NETWORK_FILESYSTEMS or fs.startswith(("nfs", "smb", "cifs")):
        return NETWORK_WARNING.format(fs=fs)
    if fs in REMOVABLE_FILESYSTEMS:
        names = {"exfat": "exFAT", "fuse.exfat": "exFAT", "fuseblk": "a removable-drive format"}
        return REMOVABLE_WARNING.format(fs=names.get(fs, "FAT"))
    return None
