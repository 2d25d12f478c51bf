"""Driving the real window as a volunteer does: keys and clicks on its widgets.

Shared by the tests that build and correct records through the window (issue 14).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QListWidget,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose an item of a drop-down list by typing the start of it, as on a keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().casefold().startswith(text.casefold()), combo.currentText()


def pick_with_arrows(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Walk a drop-down list with the arrow keys until ``text`` is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def tick(qtbot: Any, widget: QListWidget, text: str) -> None:
    """Click a line of a tick list, then Space ticks (or unticks) it."""
    item = widget.findItems(text, Qt.MatchFlag.MatchContains)[0]
    widget.scrollToItem(item)
    qtbot.mouseClick(widget.viewport(), LEFT, pos=widget.visualItemRect(item).center())
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def click_action(qtbot: Any, tool_bar: QToolBar, action: Any) -> None:
    qtbot.mouseClick(tool_bar.widgetForAction(action), LEFT)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; a letter beyond ASCII (Zoë, Łukasz) as a keyboard sends
    it, a key press carrying the letter (Qt's test keys know ASCII only)."""
    widget.setFocus()
    for letter in text:
        if letter.isascii():
            qtbot.keyClicks(widget, letter)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(widget, event)


def save(qtbot: Any, window: Any, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), LEFT)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=10_000)


def question(window: Any) -> QMessageBox:
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
    boxes += [b for b in window.findChildren(QMessageBox)]
    shown = [b for b in boxes if b.isVisible()]
    assert shown, "expected a question on screen"
    return shown[-1]


def select_tree_row(qtbot: Any, window: Any, name: str) -> None:
    view = window.organisations_view
    tree = view.ui.organisation_tree
    index = view.model.match(
        view.model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1, Qt.MatchFlag.MatchRecursive
    )[0]
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualRect(index).center())
    assert view.detail is not None and view.detail.name == name


def from_tree_menu(qtbot: Any, window: Any, name: str, action: Any) -> None:
    """Right-click an organisation in the tree and choose from its menu."""
    view = window.organisations_view
    select_tree_row(qtbot, window, name)
    tree = view.ui.organisation_tree
    where = tree.visualRect(tree.currentIndex()).center()
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, tree.viewport().mapToGlobal(where)
        ),
    )
    menu = view.context_menu
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def select_contact_row(qtbot: Any, window: Any, name: str) -> None:
    view = window.contacts_view
    table = view.ui.contact_table
    row = view.model.find_row(lambda c: c.name == name)
    index = view.model.index(row, 0)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())
    assert view.detail is not None and view.detail.contact.name == name
