"""The About box: version, journal, the licence with its no-warranty notice, and the
Licences… button showing the full GPL and the third-party notices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import bigjournal
from bigjournal import licences

ROOT = Path(__file__).resolve().parents[2]


def open_about(window: Any, qtbot: Any) -> Any:
    from bigjournal.gui.dialogs.about import AboutDialog

    window.ui.action_about.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, AboutDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))


def test_about_names_version_journal_licence_and_no_warranty(window: Any, qtbot: Any) -> None:
    about = open_about(window, qtbot)
    assert about.parentWidget() is window
    assert about.ui.title_label.text() == f"BigJournal {bigjournal.__version__}"
    journal = window.journal_actions.journal.target.display_name
    assert about.ui.journal_label.text() == f"Journal: {journal}"
    assert "GPL-3.0-or-later" in about.ui.licence_label.text()
    assert "WITHOUT ANY WARRANTY" in about.ui.warranty_label.text()
    assert about.width() <= 1024 and about.sizeHint().height() <= 600
    for widget in (about.ui.licences_button, about.ui.licence_label, about.ui.warranty_label):
        assert widget.accessibleName()

    qtbot.mouseClick(about.ui.licences_button, Qt.MouseButton.LeftButton)
    shown = about.licences_dialog
    qtbot.waitUntil(lambda: shown.isVisible(), timeout=10_000)
    gpl = shown.ui.licence_text.toPlainText()
    assert gpl == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in gpl and "Version 3" in gpl
    notices = shown.ui.notices_text.toPlainText()
    for part in ("PySide6", "SQLAlchemy", "reportlab", "psycopg", "DejaVu"):
        assert part in notices, part
    assert shown.width() <= 1024 and shown.height() <= 600
    shown.reject()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _deleted(about) or not about.isVisible(), timeout=10_000)


def _deleted(widget: Any) -> bool:
    from shiboken6 import isValid

    return not isValid(widget)


def test_about_before_the_journal_opens_says_no_journal(qtbot: Any, preferences: Any) -> None:
    from bigjournal.gui.main_window import MainWindow

    waiting = MainWindow(None, preferences)
    qtbot.addWidget(waiting)
    waiting.show()
    about = open_about(waiting, qtbot)
    assert about.ui.journal_label.isHidden()
    assert licences.LICENCE_SPDX in about.ui.licence_label.text()
    about.reject()
