"""Looking at a SQLite file before anything is written, and checking a whole file.

An existing file is inspected read-only, so that a journal from a newer BigJournal, or
a file that is not a journal at all, is refused byte-for-byte untouched; a damaged one
is set aside as ``<name>.damaged`` and the newest good backup is offered.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from bigjournal.errors import (
    DamagedJournalError,
    JournalOpenError,
    NotAJournalError,
)
from bigjournal.store import backup, health, migrations
from bigjournal.store.failures import full_disk_at_opening, is_full_disk

SQLITE_MAGIC = health.SQLITE_MAGIC
#: Tables only a BigJournal journal has all of (a foreign file with a few is foreign).
JOURNAL_TABLES = frozenset({"organisations", "contacts", "interactions", "promises", "handovers"})
log = logging.getLogger(__name__)


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
            refuse_as_damaged(path, "the file is empty")
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
            refuse_as_damaged(path, "its beginning is damaged")
        raise NotAJournalError(
            f"“{path.name}” is not a BigJournal journal (it is not a database file, "
            "or its beginning is damaged). It was left as it is."
        )
    try:
        tables, revision = _tables_and_revision(path)
    except sqlite3.OperationalError as error:
        # Read-only, SQLite cannot finish what a killed program left half-written.
        if "readonly" not in str(error).lower() or not _recover_after_a_crash(path):
            _refuse_unreadable(path, error)
        try:
            tables, revision = _tables_and_revision(path)
        except sqlite3.DatabaseError as again:
            _refuse_unreadable(path, again)
            raise  # unreachable: _refuse_unreadable always raises
    except sqlite3.DatabaseError as error:
        _refuse_unreadable(path, error)
        raise  # unreachable: _refuse_unreadable always raises
    if not tables:
        if backup.list_backups(path):
            refuse_as_damaged(path, "it holds no tables")
        return None
    if "alembic_version" not in tables:
        # Another program's database with a table called "promises" is not a damaged
        # journal: only a file with backups, or with the journal's own tables, is.
        if _was_a_journal(path) or tables >= JOURNAL_TABLES:
            refuse_as_damaged(path, "its list of tables is damaged")
        raise NotAJournalError(
            f"“{path.name}” is a database, but not a BigJournal journal. It was left as it is."
        )
    # A newer journal is refused before any check, so it is never set aside.
    migrations.refuse_if_newer(revision)
    shortfall = health.missing_bytes(path)
    if shortfall:
        refuse_as_damaged(
            path, f"it is {shortfall:,} bytes shorter than it should be, as if cut off"
        )
    if full_check:
        check_whole_file(path)
    return revision


def _tables_and_revision(path: Path) -> tuple[set[str], str | None]:
    """The file's tables and schema revision, read without writing a byte."""
    try:
        connection = health.read_only_connection(path)
    except sqlite3.Error as error:
        raise NotAJournalError(f"“{path.name}” could not be read: {error}.") from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(rows) > 1:
                raise NotAJournalError(
                    f"“{path.name}” records {len(rows)} schema versions where a journal has "
                    "one, so BigJournal cannot tell how to read it. It was left as it is; "
                    "restore a backup, or ask whoever looks after BigJournal for you."
                )
            revision = rows[0][0] if rows else None
        return tables, revision
    finally:
        connection.close()


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
        if any(is_full_disk(problem, path) for problem in problems):
            raise full_disk_at_opening(path)
        if any("disk i/o error" in problem.lower() for problem in problems):
            raise JournalOpenError(
                f"“{path.name}” could not be read from the drive (disk I/O error). Check "
                "the drive is connected and try again; nothing was changed."
            )
        log.warning("full check of %s failed: %s", path, "; ".join(problems[:5]))
        if all(health.is_index_problem(problem) for problem in problems):
            refuse_as_damaged(
                path,
                "an index inside it no longer matches its records",
                hint=_REPAIR_THE_COPY,
            )
        if all(health.is_link_problem(problem) for problem in problems):
            refuse_as_damaged(
                path,
                "some of its records point at records that are not there "
                f"({len(problems):,} broken links), as if another program had changed it",
            )
        refuse_as_damaged(path, "SQLite's check found damage inside it")
    if not thorough:
        return False
    unreadable = health.unreadable_values(path)
    if unreadable:
        log.warning("values of %s cannot be read: %s", path, "; ".join(unreadable[:5]))
        refuse_as_damaged(
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


def _recover_after_a_crash(path: Path) -> bool:
    """Let SQLite finish what a killed program left half-written; True if it ran.

    A program killed while writing leaves a "hot" ``-journal`` (rollback mode: a new
    journal being made) or a write-ahead log whose index must be rebuilt. Read-only,
    SQLite can do neither and says "attempt to write a readonly database", which looked
    like damage. One ordinary read does SQLite's own recovery, which puts the file back
    as it was at its last commit.
    """
    left = [Path(f"{path}{side}") for side in ("-journal", "-wal")]
    if not any(beside.is_file() and beside.stat().st_size for beside in left):
        return False
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:  # the inspection says what is wrong
        log.warning("recovering %s after a crash failed: %s", path.name, error)
        return False
    log.info("recovered %s after a program was stopped while writing it", path.name)
    return True


def _was_a_journal(path: Path) -> bool:
    return health.looks_like_a_journal(path) or bool(backup.list_backups(path))


def _refuse_unreadable(path: Path, error: sqlite3.DatabaseError) -> None:
    if is_full_disk(str(error), path):
        raise full_disk_at_opening(path) from error
    if "disk i/o error" in str(error).lower():
        raise JournalOpenError(
            f"“{path.name}” could not be read from the drive ({error}). Check the drive "
            "is connected and try again; nothing was changed."
        ) from error
    if _was_a_journal(path):
        refuse_as_damaged(path, "SQLite cannot read it")
    raise NotAJournalError(
        f"“{path.name}” is damaged and cannot be read ({error}). It was left as it is."
    ) from error


def refuse_as_damaged(path: Path, reason: str, *, hint: str | None = None) -> None:
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
