"""Helpers for the exchange tests: an independent canonical dump and archive forging.

The dump reads the journal file with the sqlite3 module and the database's own
catalogue (PRAGMA foreign_key_list), not with the exporter's code, so a column the
exporter forgot would show up as a difference.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

SKIPPED_TABLES = ("alembic_version", "sqlite_stat1", "sqlite_stat4", "sqlite_sequence")


def canonical_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, every column except integer keys, foreign keys as the target's uuid."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in SKIPPED_TABLES and not name.startswith("search_index")
        ]
        columns = {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in tables
        }
        uuid_of = {
            table: dict(connection.execute(f"SELECT id, uuid FROM {table}"))
            for table in tables
            if "uuid" in columns[table]
        }
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            foreign = {
                row[3]: row[2] for row in connection.execute(f"PRAGMA foreign_key_list({table})")
            }
            names = columns[table]
            rows = []
            for values in connection.execute(f"SELECT * FROM {table}"):
                row = []
                for name, value in zip(names, values, strict=True):
                    if name == "id" and table in uuid_of:
                        continue
                    if name in foreign and value is not None:
                        value = uuid_of[foreign[name]][value]
                    row.append((name, value))
                rows.append(tuple(row))
            dump[table] = sorted(rows, key=repr)
        dump["search_index"] = sorted(
            connection.execute("SELECT title, body FROM search_index"), key=repr
        )
        return dump
    finally:
        connection.close()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def forge(members: dict[str, bytes], *, fix_manifest: bool = True) -> bytes:
    """A plain archive from ``members``, its manifest's counts and checksums made to match."""
    members = dict(members)
    if fix_manifest and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        for entry in manifest["tables"]:
            data = members.get(entry["file"], b"")
            entry["records"] = data.count(b"\n")
            entry["bytes"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def edit_lines(members: dict[str, bytes], table: str, change: Any) -> dict[str, bytes]:
    """Apply ``change(record_dict) -> record_dict | None`` to every line of a table."""
    name = f"data/{table}.jsonl"
    lines = []
    for line in members[name].decode().splitlines():
        changed = change(json.loads(line))
        if changed is not None:
            lines.append(json.dumps(changed, ensure_ascii=False))
    return {**members, name: "".join(f"{line}\n" for line in lines).encode()}
