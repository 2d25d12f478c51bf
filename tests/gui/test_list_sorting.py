"""Lists behave like lists (issue 15), driven through the real window: column headings
clicked to sort (by the database for the paged lists), the order shown and kept for
the session, a keyboard way to sort, filter boxes, and names in the language's order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from bigjournal.gui import list_sorting
from bigjournal.gui.main_window import CONTACTS, MEETINGS, ORGANISATIONS, PROMISES
from bigjournal.gui.views.meetings import MeetingsView
from bigjournal.journal.people import add_contact
from bigjournal.model.collation import organisation_sort_key, sort_key

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    """Each test starts as a new session would: no order remembered."""
    list_sorting.REMEMBERED.clear()
    yield
    list_sorting.REMEMBERED.clear()


def click_heading(qtbot: Any, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def titles_key(rows: list[Any]) -> list[str]:
    return [organisation_sort_key(r.title) for r in rows]


def test_clicking_a_meeting_heading_sorts_by_it_both_ways(window: Any, qtbot: Any) -> None:
    view = window.show_view(MEETINGS)
    table = view.ui.meeting_table
    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )  # newest first, as the list always opened
    click_heading(qtbot, header, 2)  # Title
    qtbot.waitUntil(lambda: titles_key(view.model.rows) == sorted(titles_key(view.model.rows)))
    assert len(view.model.rows) > 5
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.AscendingOrder,
    )
    assert view.ui.table_label.text() == "&Meetings, by title:"
    click_heading(qtbot, header, 2)
    qtbot.waitUntil(
        lambda: titles_key(view.model.rows) == sorted(titles_key(view.model.rows), reverse=True),
        timeout=WAIT_MS,
    )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # "With" holds several organisations: not sortable, and the heading says so.
    click_heading(qtbot, header, 3)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.DescendingOrder,
    )
    assert "cannot be sorted" in view.model.headerData(
        3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    # A date heading starts newest first; the kinds group together.
    click_heading(qtbot, header, 1)
    qtbot.waitUntil(
        lambda: (
            [r.kind.value for r in view.model.rows] == sorted(r.kind.value for r in view.model.rows)
        ),
        timeout=WAIT_MS,
    )


def test_the_chosen_order_is_kept_for_the_session(window: Any, qtbot: Any, actions: Any) -> None:
    view = window.show_view(MEETINGS)
    click_heading(qtbot, view.ui.meeting_table.horizontalHeader(), 2)
    qtbot.waitUntil(lambda: view.model.order.column == "title", timeout=WAIT_MS)
    again = MeetingsView(actions)  # the same list built anew (a journal reopened)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: len(again.model.rows) > 0, timeout=WAIT_MS)
    header = again.ui.meeting_table.horizontalHeader()
    assert header.sortIndicatorSection() == 2
    assert titles_key(again.model.rows) == sorted(titles_key(again.model.rows))


def test_sorting_from_the_keyboard(window: Any, qtbot: Any) -> None:
    view = window.show_view(PROMISES)
    table = view.ui.promise_table
    table.setFocus()
    qtbot.keyClick(
        table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS)
    menu = QApplication.activePopupWidget()
    labels = [a.text() for a in menu.actions() if a.text()]
    assert "Held by" not in labels and "Organisation" in labels
    target = next(a for a in menu.actions() if a.text() == "Organisation")
    menu.setActiveAction(target)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.order.column == "organisation", timeout=WAIT_MS)
    keys = [organisation_sort_key(r.organisation.name) for r in view.model.rows]
    assert keys == sorted(keys) and len(set(keys)) > 1
    assert table.horizontalHeader().sortIndicatorSection() == 4


def test_contacts_sort_by_the_rules_of_the_language(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    add_contact(demo_journal, name="Łucja Nowak", organisation="Millbrook College")
    add_contact(demo_journal, name="Øystein Berg", organisation="Millbrook College")
    add_contact(demo_journal, name="Zofia Zając", organisation="Millbrook College")
    view = window.show_view(CONTACTS)
    view.refresh()
    names = [r.name for r in view.model.rows]
    assert names == sorted(names, key=sort_key)
    # Ł with the Ls (not after Z), Ø with the Os, councillors under their own names.
    initials = [sort_key(n)[0] for n in names]
    assert initials == sorted(initials)
    assert initials[names.index("Łucja Nowak")] == "l" and initials[-1] != "l"
    assert initials[names.index("Øystein Berg")] == "o"
    assert names.index("Brian Hollis") < names.index("Claire Donovan")  # B before C
    assert names.index("Øystein Berg") < names.index("Zofia Zając")
    header = view.ui.contact_table.horizontalHeader()
    click_heading(qtbot, header, 2)  # Organisation
    qtbot.waitUntil(lambda: view.model.order.column == "organisation", timeout=WAIT_MS)
    keys = [organisation_sort_key(r.organisation.name) for r in view.model.rows]
    assert keys == sorted(keys)


def test_the_organisation_tree_sorts_within_each_parent(window: Any, qtbot: Any) -> None:
    view = window.show_view(ORGANISATIONS)
    tree = view.ui.organisation_tree
    model = view.model

    def top_names(column: int = 0) -> list[str]:
        return [model.item(row, column).text() for row in range(model.rowCount())]

    assert top_names() == sorted(top_names(), key=organisation_sort_key)
    click_heading(qtbot, tree.header(), 0)  # the same heading again: reversed
    qtbot.waitUntil(
        lambda: top_names() == sorted(top_names(), key=organisation_sort_key, reverse=True),
        timeout=WAIT_MS,
    )
    click_heading(qtbot, tree.header(), 1)  # Kind
    qtbot.waitUntil(
        lambda: top_names(1) == sorted(top_names(1), key=organisation_sort_key), timeout=WAIT_MS
    )
    # Departments stay under their council, sorted among themselves.
    for row in range(model.rowCount()):
        parent = model.item(row, 0)
        kinds = [parent.child(n, 1).text() for n in range(parent.rowCount())]
        assert kinds == sorted(kinds, key=organisation_sort_key)


def test_the_meeting_filter_narrows_in_the_database(window: Any, qtbot: Any) -> None:
    view = window.show_view(MEETINGS)
    qtbot.waitUntil(lambda: len(view.model.rows) > 0, timeout=WAIT_MS)
    everything = len(view.model.rows)
    view.ui.meeting_table.setFocus()
    qtbot.keyClick(view.ui.meeting_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    box = view.filter_box.edit
    assert box.hasFocus()
    assert box.accessibleName() == "Narrow the meetings" and box.isClearButtonEnabled()
    assert view.filter_box.label.buddy() is box and "&w" in view.filter_box.label.text()
    qtbot.keyClicks(box, "walk")
    qtbot.waitUntil(
        lambda: (
            0 < len(view.model.rows) < everything
            and all(
                "walk" in r.title.lower() or any("walk" in o.name.lower() for o in r.organisations)
                for r in view.model.rows
            )
        ),
        timeout=WAIT_MS,
    )
    shown = len(view.model.rows)
    noun = "meeting" if shown == 1 else "meetings"
    assert view.ui.count_label.text() == f"{shown} {noun} matching “walk”"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(view.model.rows) == everything, timeout=WAIT_MS)
    assert view.ui.count_label.text().endswith("in the journal")


def test_the_organisation_filter_keeps_the_council_above_a_department(
    window: Any, qtbot: Any
) -> None:
    view = window.show_view(ORGANISATIONS)
    tree, model = view.ui.organisation_tree, view.model
    parent = next(
        model.item(row, 0) for row in range(model.rowCount()) if model.item(row, 0).hasChildren()
    )
    child = parent.child(0, 0)
    view.ui.organisation_tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.filter_box.edit, child.text()[:-1].upper())  # case folded

    def shown_top() -> list[str]:
        root = model.invisibleRootItem().index()
        return [
            model.item(r, 0).text()
            for r in range(model.rowCount())
            if not tree.isRowHidden(r, root)
        ]

    qtbot.waitUntil(lambda: shown_top() and len(shown_top()) < model.rowCount(), timeout=WAIT_MS)
    assert parent.text() in shown_top()
    assert not tree.isRowHidden(child.row(), parent.index())
    view.filter_box.edit.clear()
    qtbot.waitUntil(lambda: len(shown_top()) == model.rowCount(), timeout=WAIT_MS)
