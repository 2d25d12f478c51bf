"""Every list shares its width so that no column is cut off, at any text size."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeWidget

from bigjournal.gui.columns import LEAST_FOR_MAIN_COLUMN, ColumnFitter, header_of
from bigjournal.gui.main_window import CONTACTS, MEETINGS, ORGANISATIONS, PROMISES, SEARCH, TODAY


def lists_of(window: Any) -> dict[int, tuple[QAbstractItemView, ColumnFitter]]:
    views = {
        TODAY: (window.today_view, window.today_view.ui.agenda_tree),
        ORGANISATIONS: (window.organisations_view, window.organisations_view.ui.organisation_tree),
        CONTACTS: (window.contacts_view, window.contacts_view.ui.contact_table),
        MEETINGS: (window.meetings_view, window.meetings_view.ui.meeting_table),
        PROMISES: (window.promises_view, window.promises_view.ui.promise_table),
        SEARCH: (window.search_view, window.search_view.ui.result_tree),
    }
    return {number: (table, view.column_fitter) for number, (view, table) in views.items()}


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_columns_fit_the_list_and_the_main_one_keeps_its_share(
    window: Any, qtbot: Any, percent: int
) -> None:
    window.findChild(type(window.action_undo), f"action_text_{percent}").trigger()
    window.search_view.search_for("highways")
    for number, (view, fitter) in lists_of(window).items():
        window.show_view(number)
        settle(qtbot)
        header = header_of(view)
        available = view.viewport().width()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        widths = [header.sectionSize(c) for c in shown]
        # No heading is ever cut (issue 15)...
        for column in shown:
            assert header.sectionSize(column) >= fitter.heading_width(column), (number, column)
        headings = sum(fitter.heading_width(c) for c in shown if c != fitter.main)
        if headings + int(available * LEAST_FOR_MAIN_COLUMN) > available:
            # ...so where even the headings do not fit (large text, narrow pane), the
            # list scrolls sideways rather than cutting them.
            assert view.horizontalScrollBar().maximum() > 0, (number, percent)
            continue
        # Nothing runs off the right-hand edge, so no column hides behind a scroll bar.
        assert sum(widths) <= available, (number, percent, widths, available)
        assert header.length() <= available and view.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(fitter.main) >= int(available * LEAST_FOR_MAIN_COLUMN) - 1
        # A column that needs little (a date, a kind) gets all it needs.
        for column in shown:
            if column != fitter.main and fitter.needed_width(column) < available * 0.1:
                assert header.sectionSize(column) >= fitter.needed_width(column), (
                    number,
                    percent,
                    column,
                )


def test_the_date_a_contact_left_is_shown_whole(window: Any, qtbot: Any) -> None:
    window.show_view(CONTACTS)
    settle(qtbot)
    table = window.contacts_view.ui.contact_table
    model = table.model()
    left_column = 3
    rows = [r for r in range(model.rowCount()) if model.index(r, left_column).data()]
    assert rows, "the demo has a contact who left"
    text = model.index(rows[0], left_column).data()
    needed = table.fontMetrics().horizontalAdvance(text)
    assert table.horizontalHeader().sectionSize(left_column) > needed
    assert isinstance(window.today_view.ui.agenda_tree, QTreeWidget)


def test_narrow_columns_get_what_they_need_and_wide_ones_share_the_rest() -> None:
    widths = ColumnFitter.share_out({0: 80, 1: 500, 2: 400, 3: 90}, room=600, most=400)
    assert widths[0] == 80 and widths[3] == 90
    assert widths[1] == widths[2] == 215
    assert sum(widths.values()) <= 600
    assert ColumnFitter.share_out({0: 50, 1: 60}, room=600, most=400) == {0: 50, 1: 60}


def test_a_hidden_column_can_be_shown_from_the_headings(window: Any, qtbot: Any) -> None:
    window.show_view(ORGANISATIONS)
    settle(qtbot)
    fitter = window.organisations_view.column_fitter
    header = header_of(window.organisations_view.ui.organisation_tree)
    assert header.isSectionHidden(4)  # "Held by": the detail beside shows it
    menu = fitter.column_menu()
    held_by = next(a for a in menu.actions() if a.text() == "Held by")
    assert not held_by.isChecked()
    assert "Organisation" not in [a.text() for a in menu.actions()]  # the main one stays
    held_by.trigger()
    settle(qtbot)
    assert not header.isSectionHidden(4) and header.sectionSize(4) > 0
