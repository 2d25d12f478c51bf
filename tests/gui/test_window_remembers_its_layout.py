"""Issue 15: the main window opens within the screen and remembers how it was left.

Size, position, the splitters between list and detail and the column widths the
volunteer dragged are kept in the per-user preferences; a place saved on a screen
that is gone is brought back onto the screen there is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QSplitter

from bigjournal.gui.main_window import CONTACTS, MainWindow


def open_window(actions: Any, preferences: Any, qtbot: Any) -> MainWindow:
    window = MainWindow(actions, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_size_position_splitter_and_columns_come_back_as_left(
    actions: Any, preferences: Any, qtbot: Any
) -> None:
    window = open_window(actions, preferences, qtbot)
    window.resize(900, 560)
    window.move(40, 30)
    window.show_view(CONTACTS)
    splitter = window.contacts_view.findChild(QSplitter, "splitter")
    splitter.setSizes([440, 300])
    left_sizes = splitter.sizes()
    fitter = window.contacts_view.column_fitter
    qtbot.waitUntil(lambda: fitter.header.sectionSize(0) > 0, timeout=10000)
    fitter.header.resizeSection(0, 137)  # what dragging the border does
    window.close()

    again = open_window(actions, preferences, qtbot)
    assert (again.width(), again.height()) == (900, 560)
    assert (again.x(), again.y()) == (40, 30)
    again.show_view(CONTACTS)
    assert again.contacts_view.findChild(QSplitter, "splitter").sizes() == left_sizes
    header = again.contacts_view.column_fitter.header
    qtbot.waitUntil(lambda: header.sectionSize(0) == 137, timeout=10000)
    assert again.contacts_view.column_fitter.chosen_widths() == {0: 137}


def test_a_place_left_on_a_screen_that_is_gone_comes_back_onto_the_screen(
    actions: Any, preferences: Any, qtbot: Any
) -> None:
    window = open_window(actions, preferences, qtbot)
    window.resize(3000, 2000)  # left on a big second monitor…
    window.move(4000, 3000)
    window.close()

    again = open_window(actions, preferences, qtbot)  # …which is no longer there
    screen = QApplication.primaryScreen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(again.frameGeometry()), timeout=10000)
    assert again.width() <= screen.width() and again.height() <= screen.height()


def test_switching_to_larger_text_keeps_the_views_names_whole(window: Any, qtbot: Any) -> None:
    """At 200% the navigation list cut "Organisat…" when switched while running."""
    from tests.gui.fitting import fit_problems

    for percent in (200, 100, 150):
        window.findChild(type(window.action_undo), f"action_text_{percent}").trigger()
        navigation = window.ui.navigation_list

        def whole() -> bool:
            return not [p for p in fit_problems(window, "main") if "navigation_list" in p]

        qtbot.waitUntil(whole, timeout=10000)
        assert navigation.font().pointSizeF() > 0
