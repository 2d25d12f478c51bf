"""Issue 15: F1 opens the user guide inside the app, offline, at the page for the view.

The guide shown is the copy shipped in the package (not the web, not the checkout's
docs/), and that copy is the same as docs/user-guide.md and listed in the package data.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bigjournal.gui import build_forms
from bigjournal.gui.help import HelpWindow, guide_text
from bigjournal.gui.main_window import CONTACTS, TODAY

ROOT = Path(__file__).resolve().parents[2]


def help_window(window: Any) -> HelpWindow:
    found = window.findChild(HelpWindow, "help_window")
    assert found is not None and found.isVisible(), "F1 opened the guide"
    return found


def test_f1_opens_the_guide_at_the_section_for_the_view(window: Any, qtbot: Any) -> None:
    window.show_view(CONTACTS)
    window.contacts_view.ui.contact_table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    guide = help_window(window)
    qtbot.waitUntil(lambda: guide.heading_at_top() == "Contacts", timeout=10000)
    assert "Moving around" in guide.browser.toPlainText()  # the whole guide is there

    guide.close()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_view(TODAY)
    qtbot.keyClick(window.today_view.ui.agenda_tree, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_window(window).heading_at_top() == "Today", timeout=10000)


def test_f1_in_log_a_meeting_opens_its_own_section(window: Any, qtbot: Any) -> None:
    dialog = window.log_meeting()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.ui.organisations_edit, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow, "help_window")
    assert guide is not None and guide.isVisible(), "usable beside the open dialog"
    qtbot.waitUntil(lambda: guide.heading_at_top().startswith("Log a meeting"), timeout=10000)
    dialog.reject()


def test_the_help_menu_offers_the_user_guide_on_f1(window: Any) -> None:
    action = window.action_help
    assert action in window.ui.menu_help.actions()
    assert action.text() == "&User guide" and action.shortcut().toString() == "F1"


def test_the_shipped_guide_is_the_one_in_docs_and_is_package_data() -> None:
    shipped = build_forms.SHIPPED_GUIDE
    assert shipped.read_text(encoding="utf-8") == (ROOT / "docs" / "user-guide.md").read_text(
        encoding="utf-8"
    ), "copy it with: python -m bigjournal.gui.build_forms"
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["bigjournal"]
    inside = shipped.relative_to(ROOT / "bigjournal").as_posix()
    assert any(fnmatch.fnmatch(inside, pattern) for pattern in patterns)
    assert "![" not in guide_text() and "## Contacts" in guide_text()


def test_f1_in_the_check_in_window_opens_its_own_section(window: Any, qtbot: Any) -> None:
    from bigjournal.gui.dialogs.check_in import CheckInDialog
    from bigjournal.journal.organisations import find_organisation

    college = find_organisation(window.journal_actions.journal, "Millbrook College")
    window.open_record("organisation", college.id)
    window.organisations_view.action_check_in.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CheckInDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow, "help_window")
    assert guide is not None and guide.isVisible(), "usable beside the open dialog"
    qtbot.waitUntil(lambda: guide.heading_at_top() == "Recording a check-in", timeout=10000)
    assert "Not talked about" in guide.browser.toPlainText()
    dialog.reject()
