"""Open every window and dialog on one screen size and say what does not fit (JSON).

Run in a fresh interpreter, since the screen is chosen when Qt starts::

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.5] \\
        python -m tests.gui.fit_probe JOURNAL PREFERENCES.ini TEXT_PERCENT

tests/gui/test_fits_every_screen.py runs it for each screen volunteers have.
"""

from __future__ import annotations

import json
import sys
from itertools import chain
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class _Bot:
    """The two things tests/gui/windows.py asks of pytest-qt's qtbot."""

    def __init__(self) -> None:
        self.kept: list[QWidget] = []

    def addWidget(self, widget: QWidget) -> None:
        self.kept.append(widget)

    def waitExposed(self, widget: QWidget) -> None:
        QTest.qWaitForWindowExposed(widget, 10000)
        QApplication.processEvents()


def probe(journal_path: str, preferences_path: str, text_percent: int) -> dict[str, Any]:
    from bigjournal.gui import text_size
    from bigjournal.gui.app import make_application
    from bigjournal.store import open_journal
    from tests.gui.fitting import fit_problems
    from tests.gui.windows import main_window_views, open_dialogs, session_window

    app = make_application(["fit_probe"])
    text_size.apply_scale(app, text_percent)
    preferences = QSettings(preferences_path, QSettings.Format.IniFormat)
    bot = _Bot()
    problems: list[str] = []
    least: dict[str, list[int]] = {}
    with open_journal(journal_path) as journal:
        window = session_window(journal, preferences, bot)
        # One at a time: each view is looked at while it is the one showing.
        for opened in chain(main_window_views(window), open_dialogs(window, bot)):
            QTest.qWait(300)  # the lists load and their column fitters run
            problems += fit_problems(opened.widget, opened.name)
            hint = opened.widget.minimumSizeHint().expandedTo(opened.widget.minimumSize())
            least[opened.name] = [hint.width(), hint.height()]
        window.close()
        window.session.close()
    screen = app.primaryScreen().availableGeometry()
    return {"screen": [screen.width(), screen.height()], "problems": problems, "least": least}


if __name__ == "__main__":
    result = probe(sys.argv[1], sys.argv[2], int(sys.argv[3]))
    print(json.dumps(result))
