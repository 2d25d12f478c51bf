"""Backups of a shared journal on a server: a checked logical dump, and bringing one back.

A shared journal is backed up on request (never automatically: a whole dump over a
slow line at every opening would be a burden) as a plain successor archive, read back
and checked before it joins the rotation in this computer's backups folder
(:mod:`bigjournal.store.backup` keeps the folders, the names, the list and the
thinning, for both kinds of journal). It restores with the ordinary import into any
journal, SQLite or PostgreSQL, on any computer with BigJournal. When PostgreSQL's own
``pg_dump`` is installed, its dump is written beside the archive for whoever looks
after the server.

It lives here, above the store, because a dump *is* an export: the store may not
import the archive code (the layer contract in pyproject.toml).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bigjournal import wording
from bigjournal.errors import BackupError, JournalError
from bigjournal.exchange.archive import export_archive, read_archive
from bigjournal.exchange.merge import import_archive
from bigjournal.exchange.schema import specs_by_name
from bigjournal.store import Journal
from bigjournal.store.backup import (
    PG_DUMP_SUFFIX,
    PG_DUMP_TIMEOUT_SECONDS,
    RECORD_TABLES,
    SERVER_SUFFIX,
    BackupInfo,
    _backup_failure,
    _fsync_file,
    _remove_quietly,
    backup_folder,
    find_backup,
    move_into_rotation,
    newest_good_backup,
    start_partial,
    thin_backups,
    write_meta,
)
from bigjournal.store.team import connection_url, libpq_keywords, refuse_unlocked_copy


def make_backup(journal: Journal, *, reason: str = "made by hand") -> BackupInfo:
    """Back up an open journal now: a SQLite file by SQLite's backup, a shared one as a dump."""
    if journal.path is None:
        return make_server_backup(journal, reason=reason)
    from bigjournal.store.backup import make_backup as back_up_file

    return back_up_file(journal, reason=reason)


def make_server_backup(
    journal: Journal,
    *,
    reason: str = "made by hand",
    pg_dump: bool | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """A logical dump of a shared journal into this computer's rotation, checked.

    The whole journal is exported as one snapshot into a plain successor archive (a
    colleague saving meanwhile cannot split it), read back and checked — checksums,
    every value and reference, and the count of every table — and only then renamed
    into place, so a backup in the list is always whole. An observer's login is refused
    (a backup is an unlocked copy of the whole journal; see
    :func:`bigjournal.store.team.refuse_unlocked_copy`). ``pg_dump=None`` also writes
    PostgreSQL's own dump beside it when ``pg_dump`` is installed; a failure there is
    a note on the backup, not a failure of the backup.
    """
    url = journal.target.url
    try:
        refuse_unlocked_copy(journal, "No backup was made", BackupError)
    except BackupError:
        raise
    except JournalError as error:  # the server stopped answering, say
        raise BackupError(f"No backup was made. {error}") from error
    made_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    folder = backup_folder(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            f"No backup was made: the backup folder “{folder}” could not be created "
            f"({error.strerror})."
        ) from error
    partial: Path | None = None
    try:
        partial = start_partial(folder, made_at, SERVER_SUFFIX)
        summary = export_archive(journal, partial, passphrase=None, unencrypted=True, now=made_at)
        archive = read_archive(partial)
        differing = [name for name, count in summary.counts.items() if archive.count(name) != count]
        if differing:
            raise BackupError(
                "No backup was made: reading the dump back did not find every record "
                f"({', '.join(differing)}). The journal itself was not changed."
            )
        final = move_into_rotation(partial, folder, made_at, SERVER_SUFFIX)
        counts = {table: summary.counts.get(table, 0) for table in RECORD_TABLES}
        revision = archive.manifest.schema_revision or None
        meta = {
            "made_at": made_at.isoformat(),
            "reason": reason,
            "journal": _address_without_password(url),
            "format": "bigjournal-archive",
            "records": sum(counts.values()),
            "counts": counts,
            "revision": revision,
        }
        write_meta(final, meta)
    except OSError as error:
        _remove_quietly(partial)
        raise BackupError(_backup_failure(error)) from error
    except BackupError:
        _remove_quietly(partial)
        raise
    except JournalError as error:
        _remove_quietly(partial)
        raise BackupError(f"No backup was made. {error}") from error
    notes: list[str] = []
    server_dump = None
    if pg_dump is not False:
        try:
            server_dump = _pg_dump(url, final.with_suffix(PG_DUMP_SUFFIX), required=bool(pg_dump))
        except BackupError as error:
            notes.append(str(error))
    info = BackupInfo(
        final,
        made_at,
        final.stat().st_size,
        sum(counts.values()),
        counts,
        revision,
        reason,
        server_dump=server_dump,
        notes=tuple(notes),
    )
    journal.note_backup(made_at)
    thin_backups(url)
    return info


def _address_without_password(url: str) -> str:
    from sqlalchemy.engine import URL, make_url

    parsed = make_url(url)
    return URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
    ).render_as_string(hide_password=False)


def _pg_dump(url: str, destination: Path, *, required: bool) -> Path | None:
    """PostgreSQL's own dump of the journal (custom format), if pg_dump is installed.

    The password goes to pg_dump in its environment (never on its command line, which
    other users of the computer can see). Returns None when pg_dump is not installed
    and was not asked for; raises :class:`BackupError` with a sentence otherwise.
    """
    import shutil
    import subprocess

    program = shutil.which("pg_dump")
    if program is None:
        if not required:
            return None
        raise BackupError(
            "PostgreSQL's own dump was not made: pg_dump is not installed on this "
            "computer. The backup itself (the archive) is complete."
        )
    address = connection_url(url)
    environment = {**os.environ, "PGCONNECT_TIMEOUT": "5"}
    if address.password:
        environment["PGPASSWORD"] = str(address.password)
    partial = destination.with_name(f".{destination.name}.partial")
    command = [
        program,
        "--format=custom",
        "--no-password",
        f"--file={partial}",
        "--dbname",
        libpq_keywords(address),
    ]
    try:
        finished = subprocess.run(
            command,
            env=environment,
            capture_output=True,
            text=True,
            timeout=PG_DUMP_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        _remove_quietly(partial)
        raise BackupError(
            f"PostgreSQL's own dump was not made ({error}). The backup itself (the "
            "archive) is complete."
        ) from error
    if finished.returncode != 0:
        _remove_quietly(partial)
        said = finished.stderr.strip().splitlines()
        reason = said[-1] if said else f"pg_dump stopped with code {finished.returncode}"
        if "version mismatch" in finished.stderr:
            reason = (
                "the pg_dump installed on this computer is older than the server; "
                "whoever looks after the server can make one there"
            )
        raise BackupError(
            f"PostgreSQL's own dump was not made ({reason.removeprefix('pg_dump: ')}). "
            "The backup itself (the archive) is complete."
        )
    try:
        _fsync_file(partial)
        os.replace(partial, destination)
    except OSError as error:
        _remove_quietly(partial)
        raise BackupError(
            f"PostgreSQL's own dump was not kept ({error.strerror}). The backup itself "
            "(the archive) is complete."
        ) from error
    return destination


def restore_shared_journal(journal: Journal, backup: BackupInfo | str | None = None) -> Any:
    """Bring a shared journal back from one of its backups made on this computer.

    Only into an empty shared journal (one the server's administrator has just made
    afresh, after a disaster): a journal in use is never replaced under colleagues'
    feet. For that, the backup is imported — records deleted since come back, and
    nothing newer is overwritten — and :class:`BackupError` says how.
    Returns the import's :class:`~bigjournal.exchange.ImportPreview`.
    """
    from sqlalchemy import func, select

    url = journal.target.url
    chosen = _choose_shared(url, backup)
    with journal.reading() as session:
        held = sum(
            session.execute(
                select(func.count()).select_from(specs_by_name()[name].table)
            ).scalar_one()
            for name in RECORD_TABLES
        )
    if held:
        raise BackupError(shared_restore_advice(url, chosen, held))
    archive = read_archive(chosen.path)
    return import_archive(journal, archive)


def _choose_shared(url: str, backup: BackupInfo | str | None) -> BackupInfo:
    if isinstance(backup, BackupInfo):
        return backup
    if backup is None:
        newest = newest_good_backup(url)
        if newest is None:
            raise BackupError(
                "There is no backup of this shared journal on this computer. "
                "“bigjournal backup” makes one."
            )
        return newest
    chosen = find_backup(url, backup)
    if not chosen.is_archive:
        raise BackupError(
            f"“{chosen.path.name}” is a backup of a journal file, not of a shared journal: "
            f'import it instead (bigjournal import "{chosen.path}").'
        )
    return chosen


def shared_restore_advice(url: str, chosen: BackupInfo, held: int) -> str:
    """What to do instead of replacing a shared journal that is in use."""
    address = _address_without_password(url)
    return (
        f"The shared journal is in use ({wording.count(held, 'record')}), so the backup from "
        f"{chosen.when} was not put in its place: colleagues' work since then would be "
        "lost. To bring back records deleted since the backup, import it; records still "
        "there are kept as they are: "
        f'bigjournal --journal {address} import "{chosen.path}". '
        "To see the whole journal as it was, import it into a new journal on this "
        "computer instead: "
        f'bigjournal --journal as-it-was.sqlite import "{chosen.path}".'
    )
