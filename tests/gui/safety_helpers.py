"""Helpers for the safety tests: answering questions asked with ``exec()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox


class Answerer:
    """Click a button (by object name or text) on the next message box that appears.

    Questions at start-up are asked with ``exec()``, which blocks the test; a timer
    looks for the box while it is open, remembers what it said and clicks.
    """

    def __init__(self, button: str = "") -> None:
        self.button = button
        self.texts: list[str] = []
        self.titles: list[str] = []
        self.button_texts: list[list[str]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.texts.append(
                    " ".join([widget.text(), widget.informativeText(), widget.detailedText()])
                )
                self.titles.append(widget.windowTitle())
                buttons = widget.findChildren(QAbstractButton)
                self.button_texts.append([b.text() for b in buttons if b.isVisible()])
                chosen = next(
                    (
                        b
                        for b in buttons
                        if self.button
                        and (b.objectName() == self.button or b.text() == self.button)
                    ),
                    None,
                )
                if chosen is None:
                    widget.done(0)
                else:
                    chosen.click()
                return

    def stop(self) -> None:
        self._timer.stop()

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def answering(button: str = "") -> Any:
    return Answerer(button)
