"""Opening a journal: the only module that connects to the database.

A journal is a SQLite file (the default) or a PostgreSQL database (a team journal).
Before anything is written, an existing file is inspected read-only, so that a
journal from a newer BigJournal, or a file that is not a journal at all, is refused
byte-for-byte untouched. A journal that is damaged (SQLite's quick check fails) is set
aside as ``<name>.damaged`` and the newest good backup is offered. The quick check
reads the whole file, so it runs when the file may have changed since this program
last closed it cleanly, and at least weekly (:func:`bigjournal.store.health.full_check_reason`,
docs/reliability.md); cheaper checks of the header and schema run every time. One
process at a time writes a journal (:mod:`bigjournal.store.lock`); automatic backups are made when
a changed journal is opened or closed (:mod:`bigjournal.store.backup`); a journal on
a network share or a FAT/exFAT drive gets a warning in :attr:`Journal.warnings`.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import Pool, QueuePool

from bigjournal.errors import (
    BackupError,
    ConflictError,
    DamagedJournalError,
    JournalMissingError,
    JournalOpenError,
    JournalReadError,
    NewerJournalError,
    NotAJournalError,
    SaveError,
)
from bigjournal.store import backup, health, lock, migrations, plain_reads
from bigjournal.store.locations import JournalTarget, resolve_target

SQLITE_MAGIC = health.SQLITE_MAGIC
#: Tables only a BigJournal journal has all of (a foreign file with a few is foreign).
JOURNAL_TABLES = frozenset({"organisations", "contacts", "interactions", "promises", "handovers"})
BUSY_TIMEOUT_MS = 1500
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"
log = logging.getLogger(__name__)
_CHANGES_SEEN = "bigjournal_changes_seen"
# SQLite's words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR).
_DAMAGE_SIGNS = ("malformed", "not a database", "disk i/o error", "corrupt", "vtable constructor")
#: Of those, the ones that say the file itself is damaged (not the drive it is on).
_DAMAGED_FILE_SIGNS = ("malformed", "not a database", "corrupt", "vtable constructor")


class Journal:
    """An open journal: an engine, its sessions and what kind of database it is."""

    def __init__(
        self,
        target: JournalTarget,
        engine: Engine,
        *,
        held_lock: lock.JournalLock | None = None,
        modified_at_open: float | None = None,
        automatic_backups: bool = False,
    ) -> None:
        self.target = target
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._reader: Connection | None = None
        self._reader_pool: Pool | None = None
        self._reader_lock = threading.RLock()
        self._reader_depth = 0
        self._lock = held_lock
        self._modified_at_open = modified_at_open
        self._writes_since_backup = 0
        self._backed_up_this_session = False
        self.automatic_backups = automatic_backups
        #: Sentences to show the user (a risky place, a failed automatic backup).
        self.warnings: list[str] = []
        #: Why opening ran SQLite's full check of the file (None: it was not needed).
        self.full_check_reason: str | None = None
        #: The weekly full check is due and was left to :func:`run_routine_check`.
        self.routine_check_due = False
        self.closed = False
        if self.is_sqlite:
            event.listen(engine, "handle_error", self._note_storage_error)
            with engine.connect() as connection:  # what opening (and upgrading) wrote
                record = connection.connection
                record.info[_CHANGES_SEEN] = getattr(record.dbapi_connection, "total_changes", 0)
            event.listen(engine, "commit", self._count_write)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def path(self) -> Path | None:
        return self.target.path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case, one transaction: committed whole or not at all."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except StaleDataError as error:
            raise ConflictError(
                "Someone else changed this record while you were editing it. "
                "Your change was not saved; reopen the record to see theirs."
            ) from error
        except DatabaseError as error:
            if not _is_storage_failure(error):
                raise
            raise _save_error(error, self.path) from error
        except MemoryError as error:
            raise SaveError(f"Not saved. {self._out_of_memory()}") from error
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end, never commits)."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
                session.rollback()
        except DatabaseError as error:
            if not _is_storage_failure(error):
                raise
            raise _read_error(error, self.path) from error
        except MemoryError as error:
            raise JournalReadError(
                f"The journal could not be read. {self._out_of_memory()}"
            ) from error
        finally:
            session.close()

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A read-only unit of work on a plain Core connection (never commits).

        For the lists the screens show, selected column by column: they need no ORM
        Session, whose setup, identity map and teardown cost more than a short query
        takes to run (issue 9). The same read transaction and the same message on
        failure as :meth:`reading` (on SQLite, everything read inside sees one moment).

        On SQLite the reads share one connection kept open for them (see
        :meth:`_rows_reader`); elsewhere each takes a connection from the pool.
        """
        if not self.is_sqlite:
            try:
                with self.engine.connect() as connection:
                    connection.begin()
                    yield connection
            except DatabaseError as error:
                if not _is_storage_failure(error):
                    raise
                raise _read_error(error, self.path) from error
            return
        with self._reader_lock:
            if self._reader_depth:  # inside another read: its moment, its errors
                yield self._rows_reader()
                return
            try:
                connection = self._rows_reader()
                raw = connection.connection
                raw.execute("BEGIN")
                self._reader_depth = 1
                try:
                    yield connection
                finally:
                    self._reader_depth = 0
                    raw.rollback()
            except DatabaseError as error:
                self._drop_rows_reader()  # a new one next time, in case this one is stuck
                self._suspect_if_damage(_reason(error))  # read past SQLAlchemy's events
                if not _is_storage_failure(error):
                    raise
                raise _read_error(error, self.path) from error
            except sqlite3.DatabaseError as error:  # BEGIN and ROLLBACK, sent directly
                self._drop_rows_reader()
                self._suspect_if_damage(str(error))
                raise _read_error_because(str(error), self.path) from error
            except MemoryError as error:
                self._drop_rows_reader()
                raise JournalReadError(
                    f"The journal could not be read. {self._out_of_memory()}"
                ) from error

    def _rows_reader(self) -> Connection:
        """The SQLite connection kept open for :meth:`reading_rows`, made on first use.

        Taking a pooled connection, beginning, rolling back and returning it cost more
        than a short list's query (a third of a millisecond on an old laptop, when the
        processor's caches are cold: issue 9). So this one stays checked out, in
        autocommit as far as SQLAlchemy knows, and each read sends BEGIN and ROLLBACK
        to it directly; the lists' statements run on its driver (:mod:`plain_reads`).
        It comes from a pool of its own, made from the journal's (the same settings and
        listeners), so the journal's single pooled connection, which does every write,
        is still never shared between threads at once; a second reader in WAL mode
        never waits on the writer, and sees what it committed.
        """
        if self._reader is None:
            if self.closed:
                raise JournalReadError("The journal is closed.")
            pool = self.engine.pool.recreate()
            try:
                reader = Connection(self.engine, connection=pool.connect())
                self._reader = reader.execution_options(isolation_level="AUTOCOMMIT")
                reader.info[plain_reads.KEPT_READER] = True
            except BaseException:
                pool.dispose()
                raise
            self._reader_pool = pool
        return self._reader

    def _drop_rows_reader(self) -> None:
        reader, pool = self._reader, self._reader_pool
        self._reader = self._reader_pool = None
        if reader is not None:
            with suppress(DBAPIError, sqlite3.Error):
                reader.close()
        if pool is not None:
            pool.dispose()

    # --- what changed, for automatic backups ------------------------------------

    def _count_write(self, connection: Any) -> None:
        """Count committed transactions that changed rows (SQLite's total_changes)."""
        try:
            record = connection.connection
            total = record.dbapi_connection.total_changes
        except AttributeError:
            return
        if total != record.info.get(_CHANGES_SEEN, 0):
            record.info[_CHANGES_SEEN] = total
            self._writes_since_backup += 1

    @property
    def has_unsaved_backup(self) -> bool:
        """True if changes were committed since this session's last backup."""
        return self._writes_since_backup > 0

    def changed_since(self, moment: datetime | None) -> bool:
        """True if the journal may differ from a backup made at ``moment``."""
        if self._writes_since_backup > 0:
            return True
        if self._backed_up_this_session:
            return False
        if moment is None or self._modified_at_open is None:
            return True
        return self._modified_at_open > moment.timestamp()

    def _note_storage_error(self, context: Any) -> None:
        """A sign of damage met while working: the next opening must check the file."""
        self._suspect_if_damage(str(context.original_exception))

    def _suspect_if_damage(self, message: str) -> None:
        if self._lock is not None and any(sign in message.lower() for sign in _DAMAGE_SIGNS):
            self._lock.suspect = True

    def _out_of_memory(self) -> str:
        """SQLite answers "out of memory" when a damaged page claims a huge length.

        Real exhaustion is as likely on an old laptop, so both are said; either way the
        next opening checks the file in full, which costs nothing if it is sound.
        """
        self.suspect_damage()
        return (
            "The computer ran out of memory while reading it, which a damaged file can "
            f"also cause. Close other programs if many are open. {_REOPEN_TO_MEND}"
        )

    def suspect_damage(self) -> None:
        """Something saw damage (a backup's copy failed its check): check at next opening."""
        if self._lock is not None:
            self._lock.suspect = True

    def note_backup(self, _made_at: datetime) -> None:
        self._writes_since_backup = 0
        self._backed_up_this_session = True

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the journal file (so one file holds it all)."""
        if not self.is_sqlite:
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self, *, backup_if_due: bool | None = None) -> None:
        """Close the journal: an automatic backup if it changed, then release the lock.

        ``backup_if_due=False`` skips the backup (the GUI runs it in a worker first).
        """
        if self.closed:
            return
        wanted = self.automatic_backups if backup_if_due is None else backup_if_due
        try:
            if wanted and self.is_sqlite:
                # Fold the log in first: closing does it anyway, and doing it after the
                # backup would make the file look changed since then at the next open.
                with suppress(DBAPIError):
                    self.checkpoint()
                try:
                    backup.backup_if_due(self, reason="closed after changes")
                except BackupError as error:
                    log.warning("automatic backup at close failed: %s", error)
                    self.warnings.append(str(error))
        finally:
            self.closed = True
            try:
                with self._reader_lock:
                    self._drop_rows_reader()
                self.engine.dispose()
                self._write_clean_close()
            finally:
                if self._lock is not None:
                    self._lock.release()

    def _write_clean_close(self) -> None:
        """Write down the file's state, so the next opening can skip the full check.

        Only by the last journal of this process to close the file (while the lock is
        still held), and never after a sign of damage.
        """
        held = self._lock
        if self.path is None or held is None or held.holders != 1 or held.suspect:
            return
        health.write_clean_close(self.path, held.last_full_check)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _reason(error: DBAPIError) -> str:
    return str(error.orig) if error.orig else str(error)


def _read_error(error: DBAPIError, path: Path | None = None) -> JournalReadError:
    return _read_error_because(_reason(error), path)


def _read_error_because(reason: str, path: Path | None = None) -> JournalReadError:
    if _is_full_disk(reason, path):
        return JournalReadError(
            "The journal could not be read: the disk is full, and SQLite needs a little "
            "room even to read. Free some space and try again; nothing was changed."
        )
    if any(sign in reason.lower() for sign in _DAMAGED_FILE_SIGNS):
        return JournalReadError(f"The journal could not be read ({reason}). {_REOPEN_TO_MEND}")
    return JournalReadError(
        f"The journal could not be read ({reason}). Check the drive is "
        "still connected; if this happens again, run “bigjournal check”."
    )


#: What to do when SQLite finds damage while working: the next opening checks the file
#: in full (no clean-close record is written after a sign of damage).
_REOPEN_TO_MEND = (
    "Part of the journal file is damaged. Close BigJournal and open the journal again: "
    "it will be checked, a damaged search index rebuilt from the records, and a damaged "
    "journal set aside with the newest good backup offered."
)


def _is_storage_failure(error: DatabaseError) -> bool:
    """Operational failures and damage, but not constraint errors the use cases handle."""
    if isinstance(error, OperationalError) or _is_read_only_login(error):
        return True
    return type(error) is DatabaseError or "malformed" in _reason(error).lower()


def _is_read_only_login(error: DBAPIError) -> bool:
    """The server refused a change for lack of permission (an observer's login)."""
    return getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


#: Less free space than this, beside a journal that failed to be read or written, means
#: the disk is full: SQLite reports a full disk while it extends its shared-memory file
#: as an I/O error, and telling the volunteer to check the drive would mislead them.
FULL_DISK_BYTES = 1 << 20


def disk_is_full(path: Path | None) -> bool:
    """True when the journal's folder has (almost) no room left."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def _is_full_disk(reason: str, path: Path | None) -> bool:
    reason = reason.lower()
    if "full" in reason or "no space" in reason:
        return True
    return ("i/o" in reason or "unable to open" in reason) and disk_is_full(path)


def _full_disk_at_opening(path: Path) -> JournalOpenError:
    return JournalOpenError(
        f"“{path.name}” was not opened: the disk is full, and SQLite needs a little room "
        "even to read the journal. Free some space and try again; nothing was changed."
    )


def _save_error(error: DBAPIError, path: Path | None = None) -> SaveError:
    if _is_read_only_login(error):
        return SaveError(
            "Not saved: your login may read this shared journal but not change it. Ask "
            "whoever looks after the server if you should be able to."
        )
    message = _reason(error).lower()
    if any(sign in message for sign in _DAMAGED_FILE_SIGNS):
        return SaveError(f"Not saved. {_REOPEN_TO_MEND}")
    if _is_full_disk(message, path):
        return SaveError("Not saved: the disk is full. Free some space and try again.")
    if "locked" in message or "busy" in message:
        return SaveError("Not saved: another program is using the journal. Close it and try again.")
    if "readonly" in message or "read-only" in message:
        return SaveError("Not saved: the journal file cannot be written to (it is read-only).")
    return SaveError(
        "Not saved: the journal could not be written "
        f"({message}). Check the drive is still connected and try again."
    )


def open_journal(
    target: str | Path | JournalTarget | None = None,
    *,
    create: bool = True,
    automatic_backups: bool = True,
    defer_routine_check: bool = False,
    check_indexes: bool = True,
) -> Journal:
    """Open (and if need be create and upgrade) a journal.

    For a SQLite file this takes the journal's lock, runs SQLite's quick check when
    the file may have changed since it was last closed cleanly (or a week has passed),
    backs up before any schema upgrade and, with ``automatic_backups``, backs up a
    changed journal now and at :meth:`Journal.close`. The GUI passes
    ``automatic_backups=False`` and runs :func:`bigjournal.store.backup.backup_if_due`
    in a worker instead; with ``defer_routine_check`` it also runs the weekly check
    (only that one: never the check of a changed file) in a worker with
    :func:`run_routine_check`, after the window is up.

    When the file may have changed, the check is SQLite's thorough one (indexes against
    their records, links between records) and FTS5's check of the search index: a
    journal whose indexes or links are wrong is set aside like any damaged one; a
    damaged search index is rebuilt from the records before anything else is written.
    ``check_indexes=False`` (``bigjournal check --repair``, which rebuilds the indexes
    itself) checks only what SQLite's quick check sees.

    Raises :class:`JournalOpenError` subclasses with a message for the user.
    """
    if not isinstance(target, JournalTarget):
        target = resolve_target(target)
    if target.path is not None:
        return _open_sqlite_journal(
            target,
            create=create,
            automatic_backups=automatic_backups,
            defer_routine_check=defer_routine_check,
            check_indexes=check_indexes,
        )
    engine = _open_server(target.url)
    _upgrade(engine)
    return Journal(target, engine)


@contextmanager
def foreign_keys_off(engine: Engine) -> Iterator[dict[str, bool]]:
    """Migrate SQLite with foreign keys off, then check them (SQLite's own procedure).

    Batch migrations rebuild a table by copying it and dropping the old one; with
    foreign keys on, that DROP would fire ON DELETE CASCADE and silently delete the
    rows that point at it (attendance lists, say). The pragma cannot change inside a
    transaction, so it is switched around the migration's transaction.

    The body may set ``outcome["changed"] = False`` when nothing was migrated: the
    check reads every link in the journal (0.4 s on fifteen years of records, at every
    opening), and with foreign keys on in normal use nothing can have broken them.
    """
    outcome = {"changed": True}
    if engine.dialect.name != "sqlite":
        yield outcome
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
    try:
        yield outcome
        if not outcome["changed"]:
            return
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise JournalOpenError(
                    "The journal's upgrade left broken links between records "
                    f"({len(broken)}); please report this. A backup was made before it."
                )
    finally:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")


def _upgrade(engine: Engine) -> None:
    try:
        with foreign_keys_off(engine) as outcome:
            outcome["changed"] = migrations.upgrade(engine)
    except NewerJournalError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        database = engine.url.database
        if database and _is_full_disk(_reason(error), Path(database)):
            raise _full_disk_at_opening(Path(database)) from error
        raise JournalOpenError(
            f"The journal could not be prepared for use: {error.orig}."
        ) from error
    except BaseException:
        engine.dispose()
        raise


def _open_sqlite_journal(
    target: JournalTarget,
    *,
    create: bool,
    automatic_backups: bool,
    defer_routine_check: bool,
    check_indexes: bool = True,
) -> Journal:
    path = target.path
    assert path is not None
    if path.is_dir():
        raise JournalOpenError(f"“{path}” is a folder, not a journal file.")
    if not path.exists():
        if not create:
            raise JournalOpenError(f"There is no journal at “{path}”.")
        _refuse_to_replace_a_missing_journal(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Private to its user (SQLite gives its -wal and -shm the same mode).
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as error:
            raise JournalOpenError(
                f"The folder for the journal could not be created ({error.strerror})."
            ) from error
    warning = health.risky_place_warning(path)
    held = lock.acquire(path)
    try:
        modified_at_open = _modified_time(path)
        decision = _decide_full_check(path, held, risky_place=warning is not None)
        run_now = decision.needed and not (decision.routine and defer_routine_check)
        revision = inspect_sqlite_file(path, full_check=False)
        upgrading = revision is not None and revision != migrations.head_revision()
        if upgrading and not run_now:
            decision = health.CheckDecision("it is about to be upgraded", thorough=True)
            run_now = True
        # The file may have changed (not only a week gone by): check indexes too.
        thorough = run_now and check_indexes and decision.thorough and revision is not None
        search_damaged = check_whole_file(path, thorough=thorough) if run_now else False
        if run_now:
            held.last_full_check = datetime.now(UTC)
        if upgrading:
            assert revision is not None
            _backup_before_upgrade(path, revision)
        engine = _open_sqlite(path)
        _upgrade(engine)
        if search_damaged:
            _rebuild_search_index(path, engine)
        journal = Journal(
            target,
            engine,
            held_lock=held,
            modified_at_open=modified_at_open,
            automatic_backups=automatic_backups,
        )
    except BaseException:
        held.release()
        raise
    journal.full_check_reason = decision.reason if run_now else None
    journal.routine_check_due = decision.needed and not run_now
    if run_now:
        log.info("checked %s in full at opening: %s", path.name, decision.reason)
    if warning:
        journal.warnings.append(warning)
    if search_damaged:
        journal.warnings.append(SEARCH_INDEX_REBUILT)
    if automatic_backups:
        try:
            backup.backup_if_due(journal, reason="opened")
        except BackupError as error:
            log.warning("automatic backup at open failed: %s", error)
            journal.warnings.append(str(error))
    return journal


#: Said when opening found the search index damaged and made it again.
SEARCH_INDEX_REBUILT = (
    "The journal's search index was damaged; BigJournal rebuilt it from the records "
    "as it opened the journal. Nothing was lost."
)


def _rebuild_search_index(path: Path, engine: Engine) -> None:
    """Remake a damaged search index in one transaction; set the journal aside if not."""
    from bigjournal.store.search_index import rebuild_search_index

    try:
        with engine.begin() as connection:
            rebuild_search_index(connection)
    except DBAPIError as error:
        engine.dispose()
        log.warning("rebuilding the search index of %s failed: %s", path, error)
        _damaged(path, "its search index is damaged and could not be rebuilt")
    log.info("the search index of %s was damaged and has been rebuilt", path)


def _decide_full_check(
    path: Path, held: lock.JournalLock, *, risky_place: bool
) -> health.CheckDecision:
    """Read (and drop) the record of the last clean close, and decide on the full check.

    The record is dropped at opening so that a session which does not close cleanly
    (a crash, a power cut) leaves none, and the next opening checks the file.
    """
    if held.holders > 1:
        return health.CheckDecision(None)  # already open in this program, checked then
    record = health.read_clean_close(path)
    health.forget_clean_close(path)
    if record is not None:
        held.last_full_check = record.last_full_check
    return health.full_check_reason(path, record, risky_place=risky_place)


def run_routine_check(journal: Journal, *, stop: threading.Event | None = None) -> list[str]:
    """The weekly full check left out at opening (``defer_routine_check``); safe in a worker.

    Reads through its own read-only connection, so the window stays usable. Returns the
    problems found (empty when healthy). On damage, the journal is marked so that no
    clean-close record is written: the next opening checks it again, sets it aside
    and offers the newest good backup, exactly as for damage found at opening.
    """
    path, held = journal.path, journal._lock
    if path is None or held is None or not journal.routine_check_due:
        return []
    problems = health.quick_check(path, stop=stop)  # CheckStopped: still due next time
    if problems:
        log.warning("routine check of %s failed: %s", path, "; ".join(problems[:5]))
        held.suspect = True
    else:
        held.last_full_check = datetime.now(UTC)
    journal.routine_check_due = False
    return problems


def _modified_time(path: Path) -> float | None:
    """The last time the journal (or its write-ahead log) was written, before opening."""
    times = []
    for candidate in (path, Path(f"{path}-wal")):
        with suppress(OSError):
            times.append(candidate.stat().st_mtime)
    return max(times) if times else None


def _set_aside_copy(path: Path) -> Path | None:
    """The newest ``<name>.damaged`` (or ``<name>.N.damaged``) beside ``path``, if any."""
    found = [
        candidate
        for candidate in path.parent.glob(f"{glob_escape(path.name)}.*damaged")
        if candidate.is_file()
    ]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def _refuse_to_replace_a_missing_journal(path: Path) -> None:
    """A journal with backups that is not there is missing, not new: say so."""
    newest = backup.newest_good_backup(path)
    if newest is None:
        return
    set_aside = _set_aside_copy(path)
    if set_aside is not None:  # BigJournal moved it itself: no stick to plug in
        raise JournalMissingError(
            f"The journal “{path.name}” was set aside as “{set_aside.name}” because it was "
            f"found damaged. Its newest good backup is from {newest.when}: restore it with "
            "“bigjournal restore” or from the Backups window. To start a new, empty "
            "journal instead, choose a different file name.",
            backup_path=newest.path,
            backup_made_at=newest.made_at,
        )
    raise JournalMissingError(
        f"The journal “{path}” is not there ({_where_it_may_be(path)}). Its newest "
        f"backup is from {newest.when}: restore it with "
        "“bigjournal restore” or from the Backups window. To start a new, empty "
        "journal instead, choose a different file name.",
        backup_path=newest.path,
        backup_made_at=newest.made_at,
    )


def _where_it_may_be(path: Path) -> str:
    """Why a journal may be missing: a stick only when it was on one (or its folder went)."""
    if not path.parent.exists():
        return "is the USB stick or drive it was on plugged in, or was its folder moved?"
    fs = health.filesystem_type(path)
    if fs in health.REMOVABLE_FILESYSTEMS:
        return "is the USB stick plugged in, or was the file moved?"
    if fs is not None and health.risky_place_warning(path, fs) is not None:
        return "is the network drive connected, or was the file moved?"
    return "was the file moved or renamed?"


def _backup_before_upgrade(path: Path, revision: str) -> None:
    try:
        backup.backup_file(path, reason=f"before upgrading from schema {revision}")
    except BackupError as error:
        raise JournalOpenError(
            "The journal needs upgrading for this version of BigJournal, but the safety "
            f"copy made first failed ({error}). Nothing was changed."
        ) from error


def inspect_sqlite_file(path: Path, *, full_check: bool = True) -> str | None:
    """Refuse, without writing a byte, a file that is not a journal we can open.

    Returns the journal's schema revision (None for an empty file). A foreign or
    newer file is refused untouched; a damaged journal is set aside as
    ``<name>.damaged`` (never deleted) and :class:`DamagedJournalError` offers the
    newest good backup. The header, the schema and the file's length are checked
    every time (a few milliseconds); ``full_check`` adds SQLite's quick check, which
    reads every page (:func:`check_whole_file`).
    """
    for side in ("-wal", "-shm", "-journal"):  # a folder there is no damage to the journal
        beside = Path(f"{path}{side}")
        if beside.exists() and not beside.is_file():
            raise JournalOpenError(
                f"“{beside.name}” beside the journal is a folder (or a device), where SQLite "
                "keeps the journal's unsaved changes, so the journal cannot be opened safely. "
                "Move it somewhere else (keep it, in case it holds something), then try "
                "again. Nothing was changed."
            )
    if not path.exists():
        return None  # a new journal
    size = path.stat().st_size
    if size == 0:
        if backup.list_backups(path):
            _damaged(path, "the file is empty")
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:  # not yours to read (permissions), or the drive failed
        raise JournalOpenError(
            f"“{path.name}” could not be read ({error.strerror or error}). If it belongs "
            "to another user, ask them (or whoever looks after the computer) to let you "
            "read and write it. It was left as it is."
        ) from None
    if header != SQLITE_MAGIC:
        if _was_a_journal(path):
            _damaged(path, "its beginning is damaged")
        raise NotAJournalError(
            f"“{path.name}” is not a BigJournal journal (it is not a database file, "
            "or its beginning is damaged). It was left as it is."
        )
    try:
        connection = health.read_only_connection(path)
    except sqlite3.Error as error:
        raise NotAJournalError(f"“{path.name}” could not be read: {error}.") from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" in tables:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(rows) > 1:
                raise NotAJournalError(
                    f"“{path.name}” records {len(rows)} schema versions where a journal has "
                    "one, so BigJournal cannot tell how to read it. It was left as it is; "
                    "restore a backup, or ask whoever looks after BigJournal for you."
                )
            revision = rows[0][0] if rows else None
    except sqlite3.DatabaseError as error:
        connection.close()
        _refuse_unreadable(path, error)
        raise  # unreachable: _refuse_unreadable always raises
    finally:
        connection.close()
    if not tables:
        if backup.list_backups(path):
            _damaged(path, "it holds no tables")
        return None
    if "alembic_version" not in tables:
        # Another program's database with a table called "promises" is not a damaged
        # journal: only a file with backups, or with the journal's own tables, is.
        if _was_a_journal(path) or tables >= JOURNAL_TABLES:
            _damaged(path, "its list of tables is damaged")
        raise NotAJournalError(
            f"“{path.name}” is a database, but not a BigJournal journal. It was left as it is."
        )
    # A newer journal is refused before any check, so it is never set aside.
    migrations.refuse_if_newer(revision)
    shortfall = health.missing_bytes(path)
    if shortfall:
        _damaged(path, f"it is {shortfall:,} bytes shorter than it should be, as if cut off")
    if full_check:
        check_whole_file(path)
    return revision


def check_whole_file(path: Path, *, thorough: bool = False) -> bool:
    """SQLite's check of every page; a damaged journal is set aside, a backup offered.

    ``thorough`` runs SQLite's ``integrity_check`` with ``foreign_key_check`` instead of
    its quick check (which does not compare an index's keys with the records, so a
    flipped bit in one is missed), looks for dates no list could read (another
    program's "31/02/2026"), then runs FTS5's check of the search index. Returns True
    when only the search index is damaged: it holds nothing of its own, and the caller
    rebuilds it from the records.
    """
    problems = health.integrity_check(path) if thorough else health.quick_check(path)
    if problems:
        if any(_is_full_disk(problem, path) for problem in problems):
            raise _full_disk_at_opening(path)
        if any("disk i/o error" in problem.lower() for problem in problems):
            raise JournalOpenError(
                f"“{path.name}” could not be read from the drive (disk I/O error). Check "
                "the drive is connected and try again; nothing was changed."
            )
        log.warning("full check of %s failed: %s", path, "; ".join(problems[:5]))
        if all(health.is_index_problem(problem) for problem in problems):
            _damaged(
                path,
                "an index inside it no longer matches its records",
                hint=_REPAIR_THE_COPY,
            )
        if all(health.is_link_problem(problem) for problem in problems):
            _damaged(
                path,
                "some of its records point at records that are not there "
                f"({len(problems):,} broken links), as if another program had changed it",
            )
        _damaged(path, "SQLite's check found damage inside it")
    if not thorough:
        return False
    unreadable = health.unreadable_values(path)
    if unreadable:
        log.warning("values of %s cannot be read: %s", path, "; ".join(unreadable[:5]))
        _damaged(
            path,
            f"it holds values BigJournal cannot read, such as {unreadable[0]}, as if "
            "another program had changed it",
        )
    return bool(health.search_index_problems(path))


#: After an index was found damaged: the records themselves passed the check.
_REPAIR_THE_COPY = (
    "Its records passed the check: “bigjournal --journal '{copy}' check --repair” "
    "rebuilds the copy's indexes from them, and you can then open the copy instead "
    "(if it holds changes the backup does not)."
)
_REPAIR_THE_ONLY_COPY = (
    "Its records passed the check: “bigjournal --journal '{copy}' check --repair” "
    "rebuilds the copy's indexes from them; then open the copy."
)


def _was_a_journal(path: Path) -> bool:
    return health.looks_like_a_journal(path) or bool(backup.list_backups(path))


def _refuse_unreadable(path: Path, error: sqlite3.DatabaseError) -> None:
    if _is_full_disk(str(error), path):
        raise _full_disk_at_opening(path) from error
    if "disk i/o error" in str(error).lower():
        raise JournalOpenError(
            f"“{path.name}” could not be read from the drive ({error}). Check the drive "
            "is connected and try again; nothing was changed."
        ) from error
    if _was_a_journal(path):
        _damaged(path, "SQLite cannot read it")
    raise NotAJournalError(
        f"“{path.name}” is damaged and cannot be read ({error}). It was left as it is."
    ) from error


def _damaged(path: Path, reason: str, *, hint: str | None = None) -> None:
    """Set a damaged journal aside and raise the error that offers a backup.

    ``hint`` is a further sentence, about the set-aside copy (``{copy}``: its path).
    """
    newest = backup.newest_good_backup(path)
    set_aside_as: Path | None
    try:
        set_aside_as = health.set_aside(path, "damaged")
        kept = f"It was set aside as “{set_aside_as.name}” (nothing was deleted)."
    except OSError as error:
        set_aside_as = None
        kept = f"It could not be set aside ({error.strerror}); it was left as it is."
    if newest is not None:
        offer = (
            f"The newest good backup is from {newest.when}: restore it with "
            "“bigjournal restore” or from the Backups window."
        )
    else:
        offer = "There is no backup of it; keep the damaged file in case it can be rescued."
    if hint is not None and set_aside_as is not None:
        if newest is None and hint == _REPAIR_THE_COPY:
            hint = _REPAIR_THE_ONLY_COPY
        offer = f"{offer} {hint.format(copy=set_aside_as)}"
    raise DamagedJournalError(
        f"“{path.name}” is damaged and cannot be opened ({reason}). {kept} {offer}",
        set_aside_as=set_aside_as,
        backup_path=newest.path if newest else None,
        backup_made_at=newest.made_at if newest else None,
    )


def _open_sqlite(path: Path) -> Engine:
    # One connection does all the work: SQLite allows one writer at a time, and
    # a single connection means this process never waits on itself.
    # The path as the database's name, never parsed as a URL: "j?mode=ro.sqlite" and
    # "j%20x.sqlite" are file names, not a query and an escape (issue 16).
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        hide_parameters=True,  # people's names and notes never reach a crash report
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=30,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        if _is_full_disk(_reason(error), path):
            raise _full_disk_at_opening(path) from error
        raise JournalOpenError(f"“{path.name}” could not be opened: {error.orig}.") from error
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Any) -> None:
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return  # checkpoints, VACUUM and backups must run outside a transaction
    connection.exec_driver_sql("BEGIN")


def _open_server(url: str) -> Engine:
    """Connect to a journal on a server; say plainly, within seconds, when that fails.

    A PostgreSQL address without a password takes the one kept in the keyring
    (:mod:`bigjournal.store.team`), and its connections carry TCP keepalives and a
    timeout for unacknowledged requests, so a dropped line is noticed, not waited on.
    """
    is_postgresql = url.startswith("postgresql")
    try:
        engine = create_engine(
            _server_connection_url(url) if is_postgresql else url,
            pool_pre_ping=True,
            hide_parameters=True,
            connect_args=_server_connect_args() if is_postgresql else {},
        )
    except ModuleNotFoundError as error:
        raise JournalOpenError(
            "Team journals need the PostgreSQL driver. Install it with "
            "“pip install 'psycopg[binary]'” and try again."
        ) from error
    except Exception as error:
        raise JournalOpenError(
            f"“{_without_password(url)}” is not a journal address BigJournal understands."
        ) from error
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        raise _server_open_error(url, error) from error
    return engine


def _server_connection_url(url: str) -> Any:
    """The address with the keyring's password when it names none."""
    from bigjournal.store import team

    try:
        return team.connection_url(url)
    except Exception:  # an address team cannot read: let create_engine judge it
        return url


def _server_connect_args() -> dict[str, Any]:
    from bigjournal.store import team

    return dict(team.CONNECTION_OPTIONS)


def _without_password(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the address"


def _server_open_error(url: str, error: DBAPIError) -> JournalOpenError:
    """Why the server would not open the journal, for the volunteer at the keyboard."""
    from bigjournal.errors import ValidationError
    from bigjournal.store import team

    try:
        where = team.ServerAddress.from_url(url)
    except ValidationError:
        return JournalOpenError(
            "The shared journal's server could not be reached. Check this computer's "
            f"network connection and the address. {team.WORK_LOCALLY}"
        )
    return team.explain_failure(error, where)
