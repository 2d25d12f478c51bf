"""Opening a journal: refusing what cannot be opened, upgrading it, and connecting to it.

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
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from bigjournal.errors import (
    BackupError,
    JournalMissingError,
    JournalOpenError,
    NewerJournalError,
)
from bigjournal.store import backup, health, lock, migrations
from bigjournal.store.failures import driver_reason, full_disk_at_opening, is_full_disk
from bigjournal.store.inspection import check_whole_file, inspect_sqlite_file, refuse_as_damaged
from bigjournal.store.journal import Journal
from bigjournal.store.locations import JournalTarget, resolve_target

BUSY_TIMEOUT_MS = 1500
log = logging.getLogger(__name__)


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
        if database and is_full_disk(driver_reason(error), Path(database)):
            raise full_disk_at_opening(Path(database)) from error
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
        refuse_as_damaged(path, "its search index is damaged and could not be rebuilt")
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
        if is_full_disk(driver_reason(error), path):
            raise full_disk_at_opening(path) from error
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
