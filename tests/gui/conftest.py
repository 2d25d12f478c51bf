"""GUI tests drive the real widgets offscreen, on real journal files."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY

# A desktop-sized offscreen screen (Qt's default is 800×800), so the fixture's
# 1280×760 window fits as on a volunteer's desktop; tests/gui/test_fits_every_screen.py
# checks the small screens, each in a fresh interpreter. (Read when Qt starts.)
_SCREEN = os.path.join(tempfile.gettempdir(), "bigjournal-test-screen-1920x1080.json")
with open(_SCREEN, "w", encoding="utf-8") as _file:
    json.dump(
        {"screens": [{"name": "desktop", "width": 1920, "height": 1080, "x": 0, "y": 0}]}, _file
    )
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")


@pytest.fixture
def preferences(tmp_path: Path) -> Any:
    """Interface preferences in a file of the test's own (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def actions(demo_journal: Any, qapp: Any) -> Any:
    from bigjournal.gui.actions import JournalActions

    return JournalActions(demo_journal, today=TODAY)


@pytest.fixture
def window(actions: Any, preferences: Any, qtbot: Any, qapp: Any) -> Iterator[Any]:
    """The main window on the demo journal, shown, with "today" fixed."""
    from bigjournal.gui import text_size
    from bigjournal.gui.main_window import MainWindow

    main = MainWindow(actions, preferences)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    text_size.apply_scale(qapp, 100)  # the application font outlives the window


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: Any) -> Iterator[None]:
    """Each test starts with no window of an earlier one still open.

    A dialog a test left open (an output dialog that stays to say "Saved", a message
    box) outlives the main window it belongs to until Qt's deferred deletes run, which
    the tests' own event processing never does; the next test's keyboard then went to
    it. Whatever is still shown once pytest-qt has closed the test's widgets is hidden
    (not closed: a close could ask a question nobody answers) and deleted now.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(10):  # popups stack: a suggestion list over a menu
        if (popup := QApplication.activePopupWidget()) is None:
            break
        popup.hide()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# The offscreen platform has no window manager (no size hints, raising or keyboard
# grabs for popups) and says so. That is the test platform talking, not the app.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
