"""Indexes this benchmark found the schema needs, not yet in a migration.

The runner creates them in its copy of the journal (then runs ``ANALYZE``) so their
effect is measured; ``--without-proposed-indexes`` shows the schema without them.
Once a migration adds one, remove it here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

# (name, CREATE INDEX statement): why each is needed is in docs/performance.md.
PROPOSED_INDEXES: list[tuple[str, str]] = [
    # Empty: the two this benchmark proposed (promises made to a contact; meeting id,
    # planned, date) proved their worth and are in migration 0003.
]


def create_indexes(path: Path, indexes: Sequence[tuple[str, str]]) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for _name, statement in indexes:
            connection.execute(statement)
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
