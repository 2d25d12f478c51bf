"""Issue 15: each underlined letter (Alt+letter) has one owner in every window and menu.

Walks the main window with each view showing (its menu bar shares the letters with
the view's fields) and every dialog under bigjournal/gui/dialogs (discovered, so new
dialogs are checked too); the failure names the window, the letter and both owners.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.gui.mnemonics import clashes, menu_clashes, menus_of, window_owners
from tests.gui.windows import main_window_views, open_dialogs, session_window


@pytest.fixture
def main(demo_journal: Any, preferences: Any, qtbot: Any) -> Iterator[Any]:
    window = session_window(demo_journal, preferences, qtbot)
    yield window
    window.session.close()


def test_every_menu_has_one_owner_for_each_letter(main: Any) -> None:
    problems = [c for path, menu in menus_of(main) for c in menu_clashes(path, menu)]
    assert not problems, "Underlined letters used twice:\n" + "\n".join(problems)


def test_the_main_window_has_one_owner_for_each_letter_in_every_view(main: Any) -> None:
    problems = []
    for opened in main_window_views(main):
        problems += [f"{opened.name}: {c}" for c in clashes(window_owners(opened.widget))]
    assert not problems, "Underlined letters used twice:\n" + "\n".join(problems)


def test_every_dialog_has_one_owner_for_each_letter(main: Any, qtbot: Any) -> None:
    problems = []
    for opened in open_dialogs(main, qtbot):
        problems += [f"{opened.name}: {c}" for c in clashes(window_owners(opened.widget))]
        problems += [
            f"{opened.name}, {c}"
            for path, menu in menus_of(opened.widget)
            for c in menu_clashes(path, menu)
        ]
    assert not problems, "Underlined letters used twice:\n" + "\n".join(problems)


def test_alt_and_a_fields_letter_goes_to_the_field_not_a_menu(main: Any, qtbot: Any) -> None:
    """In Contacts Alt+F, Alt+E and Alt+H used to open File, Edit and Help instead."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui.main_window import CONTACTS

    main.show_view(CONTACTS)
    main.activateWindow()
    qtbot.waitActive(main)
    ui = main.contacts_view.ui
    for key, field in (
        (Qt.Key.Key_N, ui.filter_edit),
        (Qt.Key.Key_M, ui.email_edit),
        (Qt.Key.Key_P, ui.phone_edit),
    ):
        qtbot.keyClick(main, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field, timeout=10000)
        assert QApplication.activePopupWidget() is None, "no menu opened instead"
