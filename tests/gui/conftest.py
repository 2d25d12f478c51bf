"""GUI tests drive the real widgets offscreen on real journal files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.conftest import TODAY  # noqa: E402


@pytest.fixture
def preferences(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def actions(demo_journal, qapp):  # type: ignore[no-untyped-def]
    from bigjournal.gui.actions import JournalActions

    return JournalActions(demo_journal, today=TODAY)


@pytest.fixture
def window(actions, preferences, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from bigjournal.gui import text_size
    from bigjournal.gui.main_window import MainWindow

    main = MainWindow(actions, preferences)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    text_size.apply_scale(main.app if hasattr(main, "app") else qapp_instance(), 100)


def qapp_instance():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
