"""Make the fixture journal for the current schema version, if it is not there yet.

    python tests/data/make_fixtures.py

Every schema version BigJournal ever shipped keeps one fixture here,
``journal-<revision>.sqlite``, made by the version that introduced it, with
``journal-<revision>.json`` describing what it holds. Run this script once when a new
Alembic revision is added (before the next one changes the schema again); it never
overwrites an existing fixture, because old fixtures must stay as old versions made
them. tests/reliability/test_migrations.py upgrades each one and checks nothing is lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

TABLES = (
    "settings",
    "organisations",
    "organisation_links",
    "organisation_kinds",
    "organisation_purposes",
    "relationship_holders",
    "members",
    "contacts",
    "interactions",
    "interaction_contacts",
    "interaction_members",
    "interaction_organisations",
    "promises",
    "handovers",
    "check_ins",
    "outcomes",  # revision 0009
    "topics",  # revision 0010
    "interaction_topics",
    "promise_topics",
)
# Columns whose values identify content across versions (ids and uuids never change).
KEY_COLUMNS = (
    "id",
    "uuid",
    "name",
    "description",
    "title",
    "notes",
    "key",
    "value",
    "other_phones",  # revision 0004
    "other_emails",
)


def describe(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, object]:
    """Counts and a digest of the identifying content of every table.

    ``columns`` (by table) digests those columns only: what an older fixture digested,
    so a column added since (a contact's title, in 0004) does not change the digest.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables: dict[str, dict[str, object]] = {}
        for table in TABLES:
            table_columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            if not table_columns:
                continue
            if columns and table in columns:
                kept = list(columns[table])
            else:
                kept = [c for c in table_columns if c in KEY_COLUMNS] or table_columns
            rows = connection.execute(
                f"SELECT {', '.join(kept)} FROM {table} ORDER BY {', '.join(kept)}"
            ).fetchall()
            digest = hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()
            tables[table] = {"rows": len(rows), "columns": kept, "digest": digest}
        return {"revision": revision, "tables": tables}
    finally:
        connection.close()


def main() -> int:
    from bigjournal.journal.demo import build_demo
    from bigjournal.store import open_journal
    from bigjournal.store.migrations import head_revision

    head = head_revision()
    target = HERE / f"journal-{head}.sqlite"
    if target.exists():
        print(f"{target.name} already exists; fixtures are never remade.")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # no backups in the user's folder
        work = Path(folder) / "journal.sqlite"
        with open_journal(work, automatic_backups=False) as journal:
            build_demo(journal, today=date(2026, 6, 15))
            journal.checkpoint()
        connection = sqlite3.connect(work)
        connection.execute("VACUUM INTO ?", (str(target),))
        connection.close()
    compact = sqlite3.connect(target)
    compact.execute("PRAGMA journal_mode = DELETE")
    compact.close()
    description = describe(target)
    (HERE / f"journal-{head}.json").write_text(json.dumps(description, indent=1) + "\n")
    print(f"Made {target.name} ({target.stat().st_size:,} bytes).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
