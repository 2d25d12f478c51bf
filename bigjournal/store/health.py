"""Is this journal file healthy, and is it kept somewhere safe?

Read-only checks (SQLite's ``quick_check`` and ``integrity_check``), recognising a file
that *was* a journal but is damaged, setting a damaged file aside (renamed, never
deleted) and warning when a journal lives where SQLite's own guidance says files get
corrupted: network shares and FAT/exFAT removable drives.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

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
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty when healthy). Never writes."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """Problems the thorough ``PRAGMA integrity_check`` finds (empty when healthy)."""
    return _check(path, "integrity_check")


def _check(path: Path, pragma: str) -> list[str]:
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
        if pragma == "integrity_check":
            keys = connection.execute("PRAGMA foreign_key_check")
            rows += [f"foreign key: {row}" for row in keys]
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


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
