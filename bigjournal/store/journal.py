"""An open journal: its engine, the sessions and connections the use cases read and write through.

:func:`bigjournal.store.opening.open_journal` makes one; it counts the writes since the
last backup, keeps the lists' reading connection, and on close makes the automatic
backup and writes down the clean close (:mod:`bigjournal.store.lock`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DatabaseError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import Pool

from bigjournal.errors import (
    BackupError,
    ConflictError,
    JournalReadError,
    SaveError,
)
from bigjournal.store import backup, health, lock, plain_reads
from bigjournal.store.failures import (
    DAMAGE_SIGNS,
    REOPEN_TO_MEND,
    driver_reason,
    is_storage_failure,
    read_error,
    read_error_because,
    save_error,
)
from bigjournal.store.locations import JournalTarget

log = logging.getLogger(__name__)
_CHANGES_SEEN = "bigjournal_changes_seen"


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
            if not is_storage_failure(error):
                raise
            raise save_error(error, self.path) from error
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
            if not is_storage_failure(error):
                raise
            raise read_error(error, self.path) from error
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
                if not is_storage_failure(error):
                    raise
                raise read_error(error, self.path) from error
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
                self._suspect_if_damage(driver_reason(error))  # read past SQLAlchemy's events
                if not is_storage_failure(error):
                    raise
                raise read_error(error, self.path) from error
            except sqlite3.DatabaseError as error:  # BEGIN and ROLLBACK, sent directly
                self._drop_rows_reader()
                self._suspect_if_damage(str(error))
                raise read_error_because(str(error), self.path) from error
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
        if self._lock is not None and any(sign in message.lower() for sign in DAMAGE_SIGNS):
            self._lock.suspect = True

    def _out_of_memory(self) -> str:
        """SQLite answers "out of memory" when a damaged page claims a huge length.

        Real exhaustion is as likely on an old laptop, so both are said; either way the
        next opening checks the file in full, which costs nothing if it is sound.
        """
        self.suspect_damage()
        return (
            "The computer ran out of memory while reading it, which a damaged file can "
            f"also cause. Close other programs if many are open. {REOPEN_TO_MEND}"
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
