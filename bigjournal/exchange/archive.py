"""The successor archive: one file that carries the whole journal to another computer.

An archive is a zip holding ``README.txt`` (for the person who finds the file),
``manifest.json`` (format version, app version, date, record counts, checksums) and
one ``data/<table>.jsonl`` per table. By default the zip is sealed with a passphrase
(:mod:`bigjournal.exchange.seal`). docs/archive-format.md describes every byte.

Reading is defensive: the records are read into memory within limits (file size, total
and per-file unpacked size, packing ratio, line length, JSON nesting), each file one
line at a time as it is unpacked (never whole beside its records), every name,
checksum, value and reference is checked, and only then may anything be imported
(:mod:`bigjournal.exchange.merge`). Nothing is ever extracted to disk. Memory and time
are bounded by the archive's own size: it may unpack to at most ``Limits.ratio`` times
its size (past a floor), a repeated text is kept once, and running out of memory is
refused in a sentence.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, func, select
from sqlalchemy.orm import Session

from bigjournal import APP_NAME, __version__
from bigjournal.errors import ValidationError
from bigjournal.exchange.errors import (
    DamagedArchiveError,
    ExportError,
    NewerArchiveError,
    NotAnArchiveError,
    PassphraseNeededError,
)
from bigjournal.exchange.progress import CancelSignal, Monitor, ProgressCallback
from bigjournal.exchange.schema import (
    REFERENCE,
    TEXT,
    TableSpec,
    ValueProblem,
    label,
    specs_by_name,
    table_specs,
)
from bigjournal.exchange.seal import (
    DEFAULT_STRENGTH,
    KeyStrength,
    check_new_passphrase,
    is_sealed,
    seal,
    unseal,
)
from bigjournal.store import Journal
from bigjournal.store.files import atomic_file
from bigjournal.store.team import refuse_unlocked_copy

ARCHIVE_SUFFIX = ".bigjournal"
"""The archive's file extension (the installer associates it with the app)."""

FORMAT_NAME = "bigjournal-archive"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
README_NAME = "README.txt"
DATA_NAME = re.compile(r"^data/([a-z][a-z0-9_]{0,62})\.jsonl$")

LEAVE_OUT: dict[str, dict[str, tuple[str, ...]]] = {
    "private-notes": {"contacts": ("private_notes",)},
    "personal-contact-details": {
        "contacts": ("phone", "email", "other_phones", "other_emails"),
        "members": ("phone", "email"),
    },
}
"""What the volunteer may choose to leave out, as the columns it blanks."""

LEAVE_OUT_LABELS = {
    "private-notes": "private notes about contacts",
    "personal-contact-details": "phone numbers and email addresses of people",
}

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
SQLITE_MAGIC = b"SQLite format 3\x00"
ROWS_PER_STEP = 2000


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive may ask of this computer; anything beyond is refused unread."""

    archive_bytes: int = 1024**3
    unpacked_bytes: int = 2 * 1024**3
    member_bytes: int = 1024**3
    manifest_bytes: int = 1024**2
    members: int = 100
    # Unpacked ÷ packed for the whole archive, once past ratio_floor: a journal's
    # archive unpacks to 4–8 times its size (the demo's 6), so this bounds the memory
    # and time a small archive may ask for (issue 16: 5.4 MB asked for 1.25 GB).
    ratio: int = 64
    ratio_floor: int = 16 * 1024**2
    line_chars: int = 16 * 1024**2


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class TableEntry:
    name: str
    file: str
    records: int
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    app_version: str
    schema_revision: str
    created_at: datetime
    partnership: str
    left_out: dict[str, tuple[str, ...]]
    tables: tuple[TableEntry, ...]

    def records(self, table: str) -> int:
        return next((t.records for t in self.tables if t.name == table), 0)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    encrypted: bool
    left_out: tuple[str, ...]
    counts: dict[str, int]
    size: int


@dataclass(frozen=True)
class Archive:
    """A checked archive in memory: rows per table, references still as uuids."""

    manifest: Manifest
    rows: dict[str, list[dict[str, Any]]] = field(repr=False)
    was_sealed: bool

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))


# --- export -----------------------------------------------------------------------


def export_archive(
    journal: Journal,
    destination: str | Path,
    *,
    passphrase: str | None,
    unencrypted: bool = False,
    leave_out: Iterable[str] = (),
    progress: ProgressCallback | None = None,
    cancel: CancelSignal | None = None,
    strength: KeyStrength = DEFAULT_STRENGTH,
    now: datetime | None = None,
) -> ExportSummary:
    """Write the whole journal to one archive file, sealed unless ``unencrypted``.

    Leaving it unencrypted must be asked for explicitly: the file holds personal data.
    The file appears under its name only when complete.
    """
    destination = Path(destination)
    chosen = tuple(sorted(set(leave_out)))
    for choice in chosen:
        if choice not in LEAVE_OUT:
            raise ValidationError(
                f"“{choice}” is not something that can be left out; choose from: "
                f"{', '.join(LEAVE_OUT)}.",
                "leave_out",
            )
    if unencrypted:
        if passphrase:
            raise ValidationError("Give a passphrase or choose no encryption, not both.")
        refuse_unlocked_copy(journal, "No archive was written", ExportError)
    elif passphrase is None:
        raise ValidationError(
            "Please choose a passphrase to lock the archive (or choose, knowingly, to "
            "leave it unlocked).",
            "passphrase",
        )
    else:
        check_new_passphrase(passphrase)
    monitor = Monitor(progress, cancel, stopped_message="Export stopped: no file was written.")
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    blanked = _blanked_columns(chosen)
    if unencrypted:
        with atomic_file(destination) as stream:
            counts = _write_zip(journal, stream, blanked, chosen, created, monitor)
    else:
        assert passphrase is not None
        buffer = io.BytesIO()
        counts = _write_zip(journal, buffer, blanked, chosen, created, monitor)
        monitor.stage("Locking the archive with the passphrase")
        sealed = seal(buffer.getvalue(), passphrase, strength)
        del buffer
        monitor.check()
        with atomic_file(destination) as stream:
            stream.write(sealed)
    return ExportSummary(
        path=destination,
        encrypted=not unencrypted,
        left_out=chosen,
        counts=counts,
        size=destination.stat().st_size,
    )


def _blanked_columns(chosen: Sequence[str]) -> dict[str, tuple[str, ...]]:
    blanked: dict[str, set[str]] = {}
    for choice in chosen:
        for table, columns in LEAVE_OUT[choice].items():
            blanked.setdefault(table, set()).update(columns)
    return {table: tuple(sorted(columns)) for table, columns in blanked.items()}


def _write_zip(
    journal: Journal,
    stream: Any,
    blanked: dict[str, tuple[str, ...]],
    chosen: Sequence[str],
    created: datetime,
    monitor: Monitor,
) -> dict[str, int]:
    from bigjournal.journal.settings import PARTNERSHIP_NAME
    from bigjournal.store.migrations import head_revision

    stamp = (created.year, created.month, created.day, created.hour, created.minute, created.second)
    entries: list[TableEntry] = []
    unpacked = 0
    with journal.reading() as session, zipfile.ZipFile(stream, "w") as archive:
        _read_one_moment(session)
        specs = table_specs()
        sizes = {
            spec.name: session.execute(select(func.count()).select_from(spec.table)).scalar_one()
            for spec in specs
        }
        monitor.start(sum(sizes.values()), "Writing the journal into the archive")
        uuids: dict[str, dict[int, str]] = {}
        for spec in specs:
            if spec.is_record:
                table = spec.table
                uuids[spec.name] = dict(session.execute(select(table.c.id, table.c.uuid)).all())
        settings_table = specs_by_name()["settings"].table
        partnership = (
            session.execute(
                select(settings_table.c.value).where(settings_table.c.key == PARTNERSHIP_NAME)
            ).scalar()
            or ""
        )
        archive.writestr(
            _info(README_NAME, stamp),
            _readme(partnership, created, sizes, chosen).encode("utf-8"),
        )
        for spec in specs:
            monitor.stage(f"Writing {label(spec.name)}")
            digest = hashlib.sha256()
            written = 0
            count = 0
            blank = set(blanked.get(spec.name, ()))
            order = [spec.table.c.id] if spec.is_record else list(spec.table.primary_key.columns)
            result = session.execute(
                select(spec.table).order_by(*order).execution_options(yield_per=ROWS_PER_STEP)
            )
            with archive.open(_info(spec.file_name, stamp), "w") as member:
                for row in result.mappings():
                    line = _encode_row(spec, row, uuids, blank)
                    digest.update(line)
                    member.write(line)
                    written += len(line)
                    count += 1
                    if count % ROWS_PER_STEP == 0:
                        monitor.advance(ROWS_PER_STEP)
                        if written > DEFAULT_LIMITS.member_bytes:
                            raise _too_large()
            monitor.advance(count % ROWS_PER_STEP)
            unpacked += written
            if unpacked > DEFAULT_LIMITS.unpacked_bytes:
                raise _too_large()
            entries.append(
                TableEntry(spec.name, spec.file_name, count, written, digest.hexdigest())
            )
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app": APP_NAME,
            "app_version": __version__,
            "schema_revision": head_revision(),
            "created_at": created.isoformat().replace("+00:00", "Z"),
            "partnership": partnership,
            "left_out": {table: list(columns) for table, columns in blanked.items()},
            "tables": [
                {
                    "name": e.name,
                    "file": e.file,
                    "records": e.records,
                    "bytes": e.bytes,
                    "sha256": e.sha256,
                }
                for e in entries
            ],
        }
        archive.writestr(
            _info(MANIFEST_NAME, stamp),
            json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n",
        )
    return {e.name: e.records for e in entries}


def _read_one_moment(session: Session) -> None:
    """Read every table as of one moment, whatever colleagues save meanwhile.

    A SQLite journal has one writer, and a read transaction already sees one moment.
    On a server, each statement would otherwise see the latest saves: a contact added
    half-way through could point at an organisation the archive never got. PostgreSQL's
    repeatable read gives the whole export one snapshot and never blocks anyone.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(
            execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        )


def _too_large() -> ExportError:
    return ExportError(
        "The journal is too large to fit in one archive. Please report this to the "
        "BigJournal team; meanwhile, make a backup copy of the journal file instead."
    )


def _info(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _encode_row(
    spec: TableSpec,
    row: RowMapping,
    uuids: dict[str, dict[int, str]],
    blank: set[str],
) -> bytes:
    values: dict[str, Any] = {}
    for f in spec.fields:
        if f.column_name in blank:
            values[f.name] = None if f.nullable else ""
        else:
            values[f.name] = f.encode(row[f.column_name], uuids)
    return (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _readme(
    partnership: str, created: datetime, sizes: Mapping[str, int], chosen: Sequence[str]
) -> str:
    counted = [
        f"  {sizes[name]:>7}  {label(name)}"
        for name in ("organisations", "contacts", "members", "interactions", "promises")
        if name in sizes
    ]
    left = (
        "Left out on purpose: " + "; ".join(LEAVE_OUT_LABELS[c] for c in chosen) + ".\n\n"
        if chosen
        else ""
    )
    whose = f" of {partnership}" if partnership else ""
    return (
        f"BigJournal archive{whose}\n"
        f"Made on {created:%d %B %Y at %H:%M} (UTC) by {APP_NAME} {__version__}.\n\n"
        "This file carries a whole relationship journal: the organisations a community\n"
        "partnership works with, its contacts there, meetings, promises made and kept,\n"
        "and handovers. It was made so that the journal can be handed to a successor.\n\n"
        "It holds PERSONAL DATA about real people. Keep it safe, do not share it beyond\n"
        "the people it is meant for, and delete it once it has been handed on.\n\n"
        "To use it: install BigJournal, then choose Import... (or run\n"
        "  bigjournal import THIS-FILE\n"
        "at a command prompt). Importing into an empty journal reproduces the journal\n"
        "exactly; importing into an existing one adds what is new and updates what\n"
        "changed, and never duplicates anything.\n\n"
        f"{left}"
        "Contents:\n" + "\n".join(counted) + "\n\n"
        "Without the app: manifest.json describes the files; data/*.jsonl hold one\n"
        "record per line as JSON (UTF-8). The format is documented in BigJournal's\n"
        "docs/archive-format.md.\n"
    )


# --- reading ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArchiveInfo:
    """What can be said about a file before any passphrase is asked for."""

    path: Path
    sealed: bool
    size: int


def inspect_archive(source: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> ArchiveInfo:
    """Is this an archive, and does it need a passphrase? (The dialog asks before reading.)"""
    path = Path(source)
    data = _read_file(path, limits, head_only=True)
    _kind(data, path)
    return ArchiveInfo(path=path, sealed=is_sealed(data), size=path.stat().st_size)


def read_archive(
    source: str | Path | bytes,
    *,
    passphrase: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelSignal | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Archive:
    """Read and check a whole archive in memory; raise an :class:`ArchiveError` if unfit."""
    monitor = Monitor(progress, cancel)
    monitor.stage("Reading the archive")
    if isinstance(source, bytes):
        data, name = source, "The file"
        if len(data) > limits.archive_bytes:
            raise _too_big_archive(name)
    else:
        path = Path(source)
        data, name = _read_file(path, limits), f"“{path.name}”"
    sealed = _kind(data, name)
    if sealed:
        if passphrase is None:
            raise PassphraseNeededError(
                f"{name} is locked with a passphrase. Please give the passphrase to import it."
            )
        monitor.stage("Unlocking the archive")
        data = unseal(data, passphrase)
        if not data.startswith(ZIP_MAGIC):
            raise DamagedArchiveError(
                "The archive opened, but what is inside is not a BigJournal archive."
            )
    monitor.check()
    try:
        archive, members = _unpack(data, limits)
        manifest = _parse_manifest(
            _read_member(archive, members[MANIFEST_NAME], limits)
            if MANIFEST_NAME in members
            else None
        )
        if README_NAME in members:  # for people, not read, but a damaged one is refused
            readme = members[README_NAME]
            for _chunk in _chunks(archive, readme, limits, _most_unpacked(len(data), limits)):
                pass
        rows = _parse_tables(manifest, archive, members, limits, monitor, len(data))
        del archive, data
        _check_references(rows)
        _check_settings(rows)
    except MemoryError:
        raise DamagedArchiveError(
            f"{name} is too large to read on this computer: it ran out of memory "
            "(close other programs and try again, or import it on a computer with more "
            "memory). Nothing was imported."
        ) from None
    return Archive(manifest=manifest, rows=rows, was_sealed=sealed)


def _read_file(path: Path, limits: Limits, *, head_only: bool = False) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.archive_bytes:
            raise _too_big_archive(f"“{path.name}”")
        with path.open("rb") as stream:
            return stream.read(4096 if head_only else size + 1)
    except IsADirectoryError:
        raise NotAnArchiveError(f"“{path}” is a folder, not an archive.") from None
    except FileNotFoundError:
        raise NotAnArchiveError(f"There is no file at “{path}”.") from None
    except OSError as error:
        raise NotAnArchiveError(
            f"“{path.name}” could not be read ({error.strerror or error})."
        ) from None


def _too_big_archive(name: str) -> DamagedArchiveError:
    return DamagedArchiveError(
        f"{name} is larger than any BigJournal archive can be, so it was not opened."
    )


def _kind(data: bytes, name: str | Path) -> bool:
    """True for a sealed archive, False for a plain one; refuse anything else."""
    shown = f"“{name.name}”" if isinstance(name, Path) else name
    if is_sealed(data):
        return True
    if data.startswith(ZIP_MAGIC):
        return False
    if data.startswith(SQLITE_MAGIC):
        raise NotAnArchiveError(
            f"{shown} is a journal file, not an archive. Open it as a journal instead "
            "of importing it."
        )
    if not data:
        raise NotAnArchiveError(f"{shown} is empty: it is not a BigJournal archive.")
    raise NotAnArchiveError(f"{shown} is not a BigJournal archive.")


def _damaged(detail: str) -> DamagedArchiveError:
    return DamagedArchiveError(
        f"The archive is damaged or incomplete: {detail}. Nothing was imported."
    )


def _unpack(data: bytes, limits: Limits) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """The zip's files, after checking names and declared sizes; nothing is unpacked yet.

    The files are then read one line at a time (:func:`_lines`), so what is held in
    memory is the records, never a whole unpacked file beside them.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        ValueError,
        OSError,
        NotImplementedError,  # a damaged "version needed to extract"
    ):
        raise _damaged("the file ends too early or its table of contents is broken") from None
    if len(infos) > limits.members:
        raise _damaged("it holds far more files than an archive has")
    declared = 0
    wanted: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name == "data/" and info.file_size == 0:
            continue
        if name in wanted:
            raise _damaged(f"it holds “{_shown(name)}” twice")
        if name not in (MANIFEST_NAME, README_NAME) and not DATA_NAME.match(name):
            raise DamagedArchiveError(
                f"The archive holds a file name that is not allowed (“{_shown(name)}”), so it "
                "was refused. Nothing was imported."
            )
        if info.flag_bits & 0x1:
            raise _damaged("a file inside uses zip's own encryption, which BigJournal never does")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(f"“{name}” is packed in a way BigJournal does not use")
        if info.file_size > limits.member_bytes:
            raise _zip_bomb()
        if name == MANIFEST_NAME and info.file_size > limits.manifest_bytes:
            raise _damaged("its manifest is far larger than a manifest can be")
        declared += info.file_size
        wanted[name] = info
    if declared > limits.unpacked_bytes or declared > _most_unpacked(len(data), limits):
        raise _zip_bomb()
    return archive, wanted


def _most_unpacked(packed: int, limits: Limits) -> int:
    """The most an archive of ``packed`` bytes may unpack to (its ratio, past the floor)."""
    return max(limits.ratio_floor, packed * limits.ratio)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """A small file (the manifest) whole."""
    return b"".join(_chunks(archive, info, limits, _most_unpacked(info.compress_size, limits)))


def _chunks(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, most: int
) -> Iterable[bytes]:
    """A file's unpacked bytes a piece at a time, refused past its declared size, the
    per-file limit or ``most`` (what its packed size allows)."""
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > info.file_size or size > limits.member_bytes or size > most:
                    raise _zip_bomb()
                yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
        if isinstance(error, DamagedArchiveError):
            raise
        raise _damaged(f"“{info.filename}” is cut short or altered") from None
    except MemoryError:
        raise
    except Exception as error:  # zlib.error and friends from a corrupted stream
        if isinstance(error, DamagedArchiveError):
            raise
        raise _damaged(f"“{info.filename}” cannot be unpacked") from None


class _Checked:
    """A file's lines as they are unpacked, with its size and checksum kept on the way."""

    def __init__(self, chunks: Iterable[bytes], limits: Limits, what: str) -> None:
        self.chunks = chunks
        self.limits = limits
        self.what = what
        self.size = 0
        self.digest = hashlib.sha256()
        self.ends_in_newline = True
        #: The unpacking itself failed (zip's CRC, a broken stream, a zip bomb).
        self.unpacking_failed = False

    def _unpacked(self) -> Iterable[bytes]:
        try:
            yield from self.chunks
        except DamagedArchiveError:
            self.unpacking_failed = True
            raise

    def lines(self) -> Iterable[bytes]:
        pending = bytearray()
        for chunk in self._unpacked():
            self.size += len(chunk)
            self.digest.update(chunk)
            pending += chunk
            cut = pending.rfind(b"\n")
            if cut < 0:
                # Bytes, not characters: a line of 4-byte characters is 4 times as long.
                if len(pending) > 4 * self.limits.line_chars:
                    raise _damaged(f"{self.what} has a line far too long")
                continue
            complete = bytes(pending[:cut])
            del pending[: cut + 1]
            yield from complete.split(b"\n")
        self.ends_in_newline = not pending
        if pending:
            yield bytes(pending)

    def drain(self) -> None:
        """Read what is left (to tell a changed file from a malformed one)."""
        for chunk in self._unpacked():
            self.size += len(chunk)
            self.digest.update(chunk)


def _zip_bomb() -> DamagedArchiveError:
    return DamagedArchiveError(
        "The archive unpacks to far more data than a journal holds (it may be a "
        "“zip bomb”), so it was refused. Nothing was imported."
    )


def _shown(name: str) -> str:
    cleaned = "".join(c if c.isprintable() else "?" for c in name)
    return cleaned[:80] + ("…" if len(cleaned) > 80 else "")


def _load_json(data: bytes | str, what: str) -> Any:
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_refuse_float)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(f"{what} is not readable") from None


def _refuse_constant(text: str) -> Any:
    raise ValueError(f"{text} is not allowed")


def _refuse_float(text: str) -> Any:
    raise ValueError("no fractions in an archive")


def _parse_manifest(data: bytes | None) -> Manifest:
    if data is None:
        raise NotAnArchiveError(
            "This zip file is not a BigJournal archive (it has no manifest.json)."
        )
    raw = _load_json(data, "its manifest")
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise NotAnArchiveError("This zip file is not a BigJournal archive.")
    version = raw.get("format_version")
    if type(version) is not int or version < 1:
        raise _damaged("its manifest has no valid format version")
    if version > FORMAT_VERSION:
        raise NewerArchiveError(
            "This archive was made by a newer version of BigJournal — please update "
            "BigJournal to import it. Nothing was changed."
        )
    try:
        created = datetime.fromisoformat(_text(raw, "created_at"))
        if created.tzinfo is None:
            raise ValueError
        tables_raw = raw["tables"]
        if not isinstance(tables_raw, list):
            raise TypeError
        tables = tuple(
            TableEntry(
                name=_text(t, "name"),
                file=_text(t, "file"),
                records=_count(t, "records"),
                bytes=_count(t, "bytes"),
                sha256=_text(t, "sha256"),
            )
            for t in tables_raw
        )
        left_out_raw = raw.get("left_out", {})
        if not isinstance(left_out_raw, dict):
            raise TypeError
        left_out = {
            str(table): tuple(str(c) for c in columns)
            for table, columns in left_out_raw.items()
            if isinstance(columns, list)
        }
        manifest = Manifest(
            format_version=version,
            app_version=_text(raw, "app_version"),
            schema_revision=str(raw.get("schema_revision", "")),
            created_at=created.astimezone(UTC),
            partnership=str(raw.get("partnership", "")),
            left_out=left_out,
            tables=tables,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _damaged("its manifest is incomplete") from None
    known = specs_by_name()
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise _damaged("its manifest lists a table twice")
    for entry in tables:
        if entry.name not in known:
            raise NewerArchiveError(
                f"This archive holds information this version of BigJournal does not know "
                f"(“{_shown(entry.name)}”): it was made by a newer version of BigJournal — "
                "please update. Nothing was changed."
            )
        if entry.file != known[entry.name].file_name:
            raise _damaged(f"its manifest names an unexpected file for {entry.name}")
    return manifest


def _text(raw: Any, key: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def _count(raw: Any, key: str) -> int:
    value = raw[key]
    if type(value) is not int or value < 0:
        raise TypeError(key)
    return value


def _parse_tables(
    manifest: Manifest,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    limits: Limits,
    monitor: Monitor,
    packed: int,
) -> dict[str, list[dict[str, Any]]]:
    listed = {entry.file for entry in manifest.tables}
    for name in members:
        if name not in listed and name not in (MANIFEST_NAME, README_NAME):
            raise _damaged(f"“{_shown(name)}” is not listed in its manifest")
    total = sum(entry.records for entry in manifest.tables)
    monitor.start(total, "Checking every record")
    most = _most_unpacked(packed, limits)  # for the whole archive, file after file
    rows: dict[str, list[dict[str, Any]]] = {}
    for spec in table_specs():
        entry = next((e for e in manifest.tables if e.name == spec.name), None)
        if entry is None:
            rows[spec.name] = []  # an older archive, from before this table existed
            continue
        info = members.get(entry.file)
        if info is None:
            raise _damaged(f"the file with the {label(spec.name)} is missing")
        if info.file_size != entry.bytes:
            raise _changed(spec)
        checked = _Checked(_chunks(archive, info, limits, most), limits, label(spec.name))
        try:
            rows[spec.name] = _parse_rows(spec, checked, entry.records, limits, monitor)
        except DamagedArchiveError:
            if checked.unpacking_failed:
                raise
            checked.drain()  # a changed file says so, rather than what broke in it
            if checked.size == entry.bytes and checked.digest.hexdigest() == entry.sha256:
                raise
            raise _changed(spec) from None
        if checked.size != entry.bytes or checked.digest.hexdigest() != entry.sha256:
            raise _changed(spec)
        most -= checked.size
    return rows


def _changed(spec: TableSpec) -> DamagedArchiveError:
    return DamagedArchiveError(
        f"The archive was changed or damaged after it was made: the {label(spec.name)} "
        "do not match their checksum. Nothing was imported."
    )


def _parse_rows(
    spec: TableSpec, checked: _Checked, expected: int, limits: Limits, monitor: Monitor
) -> list[dict[str, Any]]:
    fields = spec.fields_by_name()
    defaults = {f.name: _default(spec, f.column_name) for f in spec.fields if not f.required}
    # The same long text read again is kept once: an archive that packs small because it
    # repeats itself then also stays small in memory.
    shared = {
        name
        for name, f in fields.items()
        if f.kind == TEXT and f.column_name != "uuid" and not name.endswith("uuid")
    }
    texts: dict[str, str] = {}
    identities: set[tuple[Any, ...]] = set()
    rows: list[dict[str, Any]] = []
    number = 0
    for raw_line in checked.lines():
        number += 1
        where = f"{label(spec.name)}, line {number}"
        if number > expected:
            raise _damaged(f"the number of {label(spec.name)} does not match the manifest")
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged(f"the {label(spec.name)} are not readable text") from None
        if len(line) > limits.line_chars:
            raise _damaged(f"{where} is far too long")
        raw = _load_json(line, where)
        if not isinstance(raw, dict):
            raise _damaged(f"{where} is not a record")
        unknown = set(raw) - set(fields)
        if unknown:
            raise NewerArchiveError(
                f"This archive holds information this version of BigJournal does not know "
                f"(“{_shown(sorted(unknown)[0])}” in the {label(spec.name)}): it was made by "
                "a newer version of BigJournal — please update. Nothing was changed."
            )
        row: dict[str, Any] = {}
        try:
            for name, f in fields.items():
                if name in raw:
                    value = f.decode(raw[name])
                    if name in shared and isinstance(value, str) and len(value) > 24:
                        value = texts.setdefault(value, value)
                    row[name] = value
                elif f.required or (
                    spec.is_record and name in ("uuid", "created_at", "updated_at")
                ):
                    raise ValueProblem(f"“{name}” is missing")
                else:
                    row[name] = defaults[name]
        except ValueProblem as problem:
            raise _damaged(f"{where}: {problem}") from None
        identity = tuple(row[name] for name in spec.identity)
        if identity in identities:
            raise _damaged(f"{where} repeats a record already in the archive")
        identities.add(identity)
        rows.append(row)
        if number % ROWS_PER_STEP == 0:
            monitor.advance(ROWS_PER_STEP)
    if not checked.ends_in_newline:
        raise _damaged(f"the {label(spec.name)} are cut short")
    if number != expected:
        raise _damaged(f"the number of {label(spec.name)} does not match the manifest")
    monitor.advance(number % ROWS_PER_STEP)
    return rows


def _default(spec: TableSpec, column_name: str) -> Any:
    """What an older archive's missing column becomes: the column's own default."""
    column = spec.table.c[column_name]
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    if default is not None and default.is_callable:
        return default.arg(None)  # type: ignore[attr-defined]
    return None


def _check_references(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every record an archive refers to must be in the archive itself."""
    identities = {
        spec.name: {row["uuid"] for row in rows[spec.name]}
        for spec in table_specs()
        if spec.is_record
    }
    for spec in table_specs():
        references = [f for f in spec.fields if f.kind == REFERENCE]
        for number, row in enumerate(rows[spec.name], start=1):
            for f in references:
                value = row[f.name]
                assert f.target is not None
                if value is not None and value not in identities[f.target]:
                    raise DamagedArchiveError(
                        f"The archive is incomplete: {label(spec.name)}, line {number} refers "
                        f"to one of the {label(f.target)} that is not in the archive. "
                        "Nothing was imported."
                    )


def _check_settings(rows: dict[str, list[dict[str, Any]]]) -> None:
    """A setting the journal's own form would refuse is refused here too.

    A setting a newer version added (an unknown key) is left out of the check: it
    is kept and ignored, as that version would expect.
    """
    from bigjournal.journal.settings import DEFAULTS, setting_problem

    for number, row in enumerate(rows.get("settings", ()), start=1):
        key, value = row.get("key"), row.get("value") or ""
        if key in DEFAULTS and (problem := setting_problem(key, value)) is not None:
            raise _damaged(f"{label('settings')}, line {number}: {problem.rstrip('.')}")
