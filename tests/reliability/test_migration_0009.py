"""Revision 0009 (issue 21, item 4) both ways over the demo's data: the outcomes table
comes and goes, and nothing else does; on a team server the editor stamp comes with it.

Run against PostgreSQL too: ``BIGJOURNAL_TEST_DATABASE=postgresql``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from bigjournal.journal.outcomes import add_outcome, list_outcomes
from bigjournal.store import open_journal
from bigjournal.store.migrations import current_revision, head_revision, upgrade
from tests.conftest import TODAY
from tests.reliability.test_migration_0005 import downgrade_to

TABLES = ("organisations", "interactions", "promises", "contacts", "check_ins")


def test_0009_goes_back_to_0008_and_up_again_over_existing_records(
    demo_target: str | Path,
) -> None:
    with open_journal(demo_target, automatic_backups=False) as journal:
        engine = journal.engine
        assert current_revision(engine) == head_revision() >= "0009"  # topics (0010) follow
        assert len(list_outcomes(journal)) == 10
        with engine.connect() as connection:
            counts = {
                table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in TABLES
            }

        downgrade_to(engine, "0008")
        assert current_revision(engine) == "0008"
        assert "outcomes" not in inspect(engine).get_table_names()
        with engine.connect() as connection:
            for table, count in counts.items():
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == (
                    count
                ), table

        assert upgrade(engine) is True
        assert current_revision(engine) == head_revision()
        assert list_outcomes(journal) == []
        added = add_outcome(
            journal, "Riverside Homes", "community_asset", title="The centre's lease", today=TODAY
        )
        with engine.connect() as connection:
            stamped = connection.execute(
                text("SELECT updated_by FROM outcomes WHERE id = :id"), {"id": added.id}
            ).scalar_one()
            if engine.dialect.name == "postgresql":  # the server's login, by its trigger
                login = connection.execute(text("SELECT session_user")).scalar_one()
                assert stamped == login
