"""Opening a journal: the only module that connects to the database.

A journal is a SQLite file (the default) or a PostgreSQL database (a team journal).
Before anything is written, an existing file is inspected read-only, so that a
journal from a newer BigJournal, or a file that is not a journal at all, is refused
byte-for-byte untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from bigjournal.errors import (
    ConflictError,
    JournalOpenError,
    NewerJournalError,
    NotAJournalError,
    SaveError,
)
from bigjournal.store import migrations
from bigjournal.store.locations import JournalTarget, resolve_target

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 1500


class Journal:
    """An open journal: an engine, its sessions and what kind of database it is."""

    def __init__(self, target: JournalTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

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
        except OperationalError as error:
            raise _save_error(error) from error
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
        finally:
            session.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the journal file (so one file holds it all)."""
        if not self.is_sqlite:
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _save_error(error: OperationalError) -> SaveError:
    message = str(error.orig).lower() if error.orig else str(error).lower()
    if "full" in message:
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
    target: str | Path | JournalTarget | None = None, *, create: bool = True
) -> Journal:
    """Open (and if need be create and upgrade) a journal.

    Raises :class:`JournalOpenError` subclasses with a message for the user.
    """
    if not isinstance(target, JournalTarget):
        target = resolve_target(target)
    if target.path is not None:
        engine = _open_sqlite(target.path, create=create)
    else:
        engine = _open_server(target.url)
    try:
        migrations.upgrade(engine)
    except NewerJournalError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise JournalOpenError(
            f"The journal could not be prepared for use: {error.orig}."
        ) from error
    return Journal(target, engine)


def inspect_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a journal we can open."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotAJournalError(
            f"“{path.name}” is not a BigJournal journal (it is not a database file, "
            "or its beginning is damaged). It was left as it is."
        )
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise NotAJournalError(f"“{path.name}” could not be read: {error}.") from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return
        if "alembic_version" not in tables:
            raise NotAJournalError(
                f"“{path.name}” is a database, but not a BigJournal journal. It was left as it is."
            )
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise NotAJournalError(
            f"“{path.name}” is damaged and cannot be read ({error}). It was left as it is."
        ) from error
    finally:
        connection.close()
    if revision is not None:
        migrations.refuse_if_newer(revision[0])


def _open_sqlite(path: Path, *, create: bool) -> Engine:
    if path.exists():
        if path.is_dir():
            raise JournalOpenError(f"“{path}” is a folder, not a journal file.")
        inspect_sqlite_file(path)
    elif not create:
        raise JournalOpenError(f"There is no journal at “{path}”.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise JournalOpenError(
                f"The folder for the journal could not be created ({error.strerror})."
            ) from error
    # One connection does all the work: SQLite allows one writer at a time, and
    # a single connection means this process never waits on itself.
    engine = create_engine(
        f"sqlite:///{path}",
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
    try:
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 5} if url.startswith("postgresql") else {},
        )
    except ModuleNotFoundError as error:
        raise JournalOpenError(
            "Team journals need the PostgreSQL driver. Install it with "
            "“pip install 'psycopg[binary]'” and try again."
        ) from error
    except Exception as error:
        raise JournalOpenError(
            f"“{url}” is not a journal address BigJournal understands."
        ) from error
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        raise JournalOpenError(
            "The shared journal's server could not be reached. Check the network "
            "and the address, or keep working on a journal on this computer."
        ) from error
    return engine
