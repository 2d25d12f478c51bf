"""Revision 0008 (issue 21) both ways over the demo's data: the link from a new date to
the broken promise is added, and going back to 0005 leaves the promises (and their
search) as they were.

Run against PostgreSQL too: ``BIGJOURNAL_TEST_DATABASE=postgresql``.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import inspect, text

from bigjournal.journal.promises import list_promises, renew_promise
from bigjournal.journal.search import search
from bigjournal.store import open_journal
from bigjournal.store.migrations import current_revision, head_revision, upgrade
from tests.conftest import TODAY
from tests.reliability.test_migration_0005 import downgrade_to


def test_0008_goes_back_to_0005_and_up_again_over_existing_records(
    demo_target: str | Path,
) -> None:
    with open_journal(demo_target, automatic_backups=False) as journal:
        engine = journal.engine
        assert current_revision(engine) == head_revision()
        broken = next(p for p in list_promises(journal, status="broken") if p.can_be_renewed)
        renewed = renew_promise(
            journal, broken.id, due_on=TODAY + timedelta(days=400), today=TODAY + timedelta(365)
        )
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM promises")).scalar_one()

        downgrade_to(engine, "0005")
        assert current_revision(engine) == "0005"
        columns = {c["name"] for c in inspect(engine).get_columns("promises")}
        assert "renewed_from_id" not in columns
        with engine.begin() as connection:
            assert connection.execute(text("SELECT count(*) FROM promises")).scalar_one() == count
            # The search triggers on promises survived the rebuild (SQLite) and still work.
            connection.execute(
                text("UPDATE promises SET status_note = 'zebracrossing' WHERE id = :id"),
                {"id": renewed.id},
            )

        assert upgrade(engine) is True
        assert current_revision(engine) == head_revision()
        columns = {c["name"] for c in inspect(engine).get_columns("promises")}
        assert "renewed_from_id" in columns
        assert any(hit.id == renewed.id for hit in search(journal, "zebracrossing"))
        again = renew_promise(
            journal,
            [p for p in list_promises(journal, status="broken") if p.can_be_renewed][-1].id,
            due_on=TODAY + timedelta(days=400),
            today=TODAY + timedelta(365),
        )
        assert again.renewed_from_id is not None
