"""The main screens read the journal in a fixed handful of statements, however big it is.

Each screen is refreshed on the demo journal and again after thousands of meetings
and promises are added; the number of SQL statements must not grow (no query per
row), and the long lists load one page, not every row.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select

from bigjournal.model import Meeting, Organisation, Promise, interaction_organisations
from bigjournal.model.entities import new_uuid, utc_now
from bigjournal.model.vocabulary import MeetingKind, PromiseStatus, Side
from tests.conftest import TODAY
from tests.statements import counted_statements


def grow(journal: Any, meetings: int, promises_each: int = 1) -> None:
    """Add many meetings (each with promises) quickly, straight through SQL."""
    now = utc_now()
    with journal.transaction() as session:
        org_ids = list(session.scalars(select(Organisation.id)))
        first = (session.scalar(select(Meeting.id).order_by(Meeting.id.desc())) or 0) + 1
        rows, links, promises = [], [], []
        for n in range(meetings):
            meeting_id = first + n
            on = TODAY - timedelta(days=3000 - n % 2900)
            org = org_ids[n % len(org_ids)]
            rows.append(
                {
                    "id": meeting_id,
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "occurred_on": on,
                    "kind": MeetingKind.MEETING,
                    "title": f"Regular meeting {n}",
                    "location": "",
                    "notes": "Grown for the statement count.",
                    "decisions": "",
                    "is_planned": False,
                }
            )
            links.append({"interaction_id": meeting_id, "organisation_id": org})
            for k in range(promises_each):
                promises.append(
                    {
                        "uuid": new_uuid(),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        "description": f"Follow up {n}.{k}",
                        "side": Side.THEIRS if k % 2 == 0 else Side.OURS,
                        "organisation_id": org,
                        "interaction_id": meeting_id,
                        "made_on": on,
                        "due_on": on + timedelta(days=14),
                        "status": PromiseStatus.OPEN if n % 3 else PromiseStatus.KEPT,
                        "status_on": None if n % 3 else on + timedelta(days=10),
                        "status_note": "",
                    }
                )
        session.execute(insert(Meeting.__table__), rows)
        session.execute(insert(interaction_organisations), links)
        if promises:  # an empty list would insert one row of defaults
            session.execute(insert(Promise.__table__), promises)


def statements_per_screen(window: Any) -> dict[str, int]:
    counts = {}
    journal = window.journal_actions.journal
    for number, view in enumerate(window.views[:5]):
        window.show_view(number)
        with counted_statements(journal) as statements:
            view.refresh()
        counts[type(view).__name__] = len(statements)
    return counts


def test_screens_do_not_query_per_row(
    window: Any, demo_journal: Any, qtbot: Any, preferences: Any
) -> None:
    from bigjournal.gui.main_window import MainWindow

    small = statements_per_screen(window)
    grow(demo_journal, meetings=3000, promises_each=2)
    window = MainWindow(window.journal_actions, preferences)  # the same fresh start as before
    qtbot.addWidget(window)
    window.show()
    large = statements_per_screen(window)
    # (A small register may take one statement more: a short first page goes on to
    # the promises with no due date.)
    grew = {name: (small[name], large[name]) for name in small if large[name] > small[name]}
    assert not grew, f"statements grew with the journal: {grew}"
    assert all(count <= 40 for count in large.values()), large
    # Today lists the first hundred overdue and points to the register for the rest.
    tree = window.today_view.ui.agenda_tree
    theirs = tree.topLevelItem(0)
    assert theirs.childCount() == 101
    assert "more: open the promise register" in theirs.child(100).text(0)
    window.today_view.ui.agenda_tree.setCurrentItem(theirs.child(100))
    window.today_view.open_selected()
    assert window.promises_view.ui.overdue_check.isChecked()
    # The long lists hold one page, not the 3,000 meetings or 6,000 promises.
    assert len(window.meetings_view.model.rows) == window.meetings_view.model.page_size
    assert len(window.promises_view.model.rows) <= window.promises_view.model.page_size


def test_scrolling_fetches_a_page_in_a_fixed_number_of_statements(
    window: Any, demo_journal: Any
) -> None:
    grow(demo_journal, meetings=1000)
    view = window.show_view(3)
    model = view.model
    assert model.canFetchMore()
    with counted_statements(demo_journal) as statements:
        model.fetchMore()
    assert len(model.rows) == 2 * model.page_size
    assert len(statements) == 1, statements  # the page, its organisations joined in
