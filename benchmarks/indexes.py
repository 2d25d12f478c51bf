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
    # Today's agenda counts each councillor's open promises held by OR made to them;
    # without this the OR scans every open promise once per councillor (110 → 3 ms).
    # It also serves handovers.promises_to_hand_over, which asks the same question.
    (
        "ix_promises_made_to_contact_id",
        "CREATE INDEX ix_promises_made_to_contact_id ON promises (made_to_contact_id)",
    ),
    # Last contact per organisation (agenda, organisation list) joins every
    # interaction_organisations row to its meeting. This narrow index answers the join
    # without reading the wide meeting rows with their notes (about 40% less time).
    (
        "ix_interactions_id_planned_occurred",
        "CREATE INDEX ix_interactions_id_planned_occurred "
        "ON interactions (id, is_planned, occurred_on)",
    ),
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
