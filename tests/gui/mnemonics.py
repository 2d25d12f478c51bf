"""Finding the underlined letters (Alt+letter) of a window, and the ones that clash.

Within one window, Alt+letter is shared by the menu bar's titles and every visible
labelled field, button, check box and tab; two owners of one letter means Alt+letter
goes to the wrong one (or only moves the focus between them). Inside each menu the
items' letters must differ too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Owner:
    """Something that answers Alt+letter, described for a failure message."""

    letter: str
    what: str


def letter_of(text: str) -> str | None:
    """The underlined letter of a text with ``&`` in it ("&File" → "F"), or None."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return None
    return sequence.toString().rsplit("+", 1)[-1].upper()


def _describe(widget: QWidget, kind: str, text: str) -> str:
    name = widget.objectName() or widget.__class__.__name__
    return f"{kind} “{text}” ({name})"


def window_owners(window: QWidget) -> Iterator[Owner]:
    """Every owner of an Alt+letter in ``window`` as it is shown now."""
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            letter = letter_of(action.text())
            if letter and action.isVisible():
                yield Owner(letter, f"the menu “{action.text()}”")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text, kind = widget.text(), "the label"
        elif isinstance(widget, QAbstractButton):
            text, kind = widget.text(), "the button"
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text, kind = widget.title(), "the box"
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                letter = letter_of(widget.tabText(index))
                if letter and widget.isTabVisible(index):
                    yield Owner(letter, _describe(widget, "the tab", widget.tabText(index)))
            continue
        else:
            continue
        letter = letter_of(text)
        if letter:
            yield Owner(letter, _describe(widget, kind, text))


def clashes(owners: Iterator[Owner] | list[Owner]) -> list[str]:
    """ "Alt+F: the menu “&File” and the label “&First name” (…)" for each shared letter."""
    by_letter: dict[str, list[str]] = {}
    for owner in owners:
        by_letter.setdefault(owner.letter, []).append(owner.what)
    return [
        f"Alt+{letter}: " + " and ".join(whats)
        for letter, whats in sorted(by_letter.items())
        if len(whats) > 1
    ]


def menus_of(window: QWidget) -> Iterator[tuple[str, QMenu]]:
    """The menus reachable in ``window``: the menu bar's (and submenus), buttons' menus."""
    seen: set[int] = set()

    def walk(path: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
        if id(menu) in seen:
            return
        seen.add(id(menu))
        menu.aboutToShow.emit()  # menus filled as they open (recent journals)
        yield path, menu
        for action in menu.actions():
            if action.menu() is not None and action.isVisible():
                yield from walk(f"{path} › {action.text()}", action.menu())

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                yield from walk(f"menu “{action.text()}”", action.menu())
    for button in window.findChildren(QPushButton):
        if button.menu() is not None and button.isVisibleTo(window):
            yield from walk(f"the menu of “{button.text()}”", button.menu())


def menu_clashes(path: str, menu: QMenu) -> list[str]:
    owners = [
        Owner(letter, f"“{action.text()}”")
        for action in menu.actions()
        if action.isVisible() and not action.isSeparator()
        for letter in [letter_of(action.text())]
        if letter
    ]
    return [f"{path}: {clash}" for clash in clashes(owners)]
