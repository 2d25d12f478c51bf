"""Start-up (issue 9): the real main window is painted first, from Qt alone, saying the
journal is opening; the database layer follows, and the journal is attached to the
same window. Abandoning the opening closes the window with today's exit status."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

from bigjournal.store import backup, open_journal

ROOT = Path(__file__).resolve().parents[2]

# What the first paint must do without: each costs a tenth of a second or more to import.
HEAVY = ("sqlalchemy", "alembic", "reportlab", "bigjournal.journal", "bigjournal.store")


def test_the_window_and_the_start_up_import_no_database_layer_or_printing() -> None:
    code = (
        "import sys\n"
        "import bigjournal.gui.app, bigjournal.gui.main_window\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "", f"imported before the first paint: {result.stdout}"


@pytest.fixture
def waiting_window(preferences: Any, qtbot: Any, qapp: Any) -> Any:
    from bigjournal.gui.main_window import MainWindow

    window = MainWindow(None, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def journal_actions(window: Any) -> list[Any]:
    ui = window.ui
    return [
        ui.action_log_meeting,
        ui.action_delete,
        ui.action_view_today,
        ui.action_view_promises,
        ui.action_search,
        ui.action_refresh,
        window.action_members,
    ]


def test_before_the_journal_the_window_says_it_is_opening_and_waits(waiting_window: Any) -> None:
    window = waiting_window
    placeholder = window.ui.view_stack.currentWidget()
    assert placeholder.objectName() == "opening_placeholder" and placeholder.isVisible()
    assert placeholder.text() == "Opening your journal…"
    assert placeholder.accessibleName() == "Opening your journal…"
    assert "opening your journal" in placeholder.accessibleDescription()
    assert window.windowTitle() == "BigJournal"
    assert not any(action.isEnabled() for action in journal_actions(window))
    assert not window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    assert not window.ui.navigation_list.isEnabled() and not window.search_edit.isEnabled()
    assert window.ui.action_quit.isEnabled() and window.ui.action_about.isEnabled()
    assert window.views == []
    window.ui.action_refresh.trigger()  # disabled: nothing happens, nothing breaks


def test_attaching_the_journal_fills_the_same_window(
    waiting_window: Any, actions: Any, qtbot: Any
) -> None:
    window = waiting_window
    window.attach(actions)
    assert window.findChild(type(window.ui.view_stack.widget(0)), "opening_placeholder") is None
    assert window.current_view() is window.today_view and window.today_view.isVisible()
    assert window.ui.view_stack.count() == 8
    assert all(action.isEnabled() for action in journal_actions(window))
    assert window.ui.navigation_list.isEnabled() and window.search_edit.isEnabled()
    assert "Millbrook" in window.windowTitle()
    assert window.output_actions["action_briefing_pack"] in window.ui.menu_file.actions()

    # Undo follows the journal's stack once attached.
    window.ui.action_view_contacts.trigger()
    assert window.current_view() is window.contacts_view
    assert not window.action_undo.isEnabled()
    actions.undo_stack.push(QUndoCommand("Nothing much"))
    assert window.action_undo.isEnabled() and "Nothing much" in window.action_undo.text()
    with pytest.raises(RuntimeError):
        window.attach(actions)


def test_at_start_up_today_is_painted_with_its_rows_before_the_other_views_are_built(
    waiting_window: Any, actions: Any, qtbot: Any
) -> None:
    """Issue 19: the start-up attach builds Today alone; the other views follow Today's
    first paint, and asking for one first builds them at once (nothing is ever missing)."""
    from PySide6.QtCore import QEvent, QObject

    window = waiting_window
    seen: list[tuple[int, int]] = []  # (views built, rows in Today's tree) at each paint

    class RowsPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                rows = window.today_view.ui.agenda_tree.topLevelItemCount()
                seen.append((len(window.views), rows))
            return False

    watch = RowsPaint()
    window.attach(actions, all_views=False)
    window.today_view.ui.agenda_tree.viewport().installEventFilter(watch)
    assert window.views == [window.today_view] and window.ui.view_stack.count() == 1
    assert window.current_view() is window.today_view
    assert all(action.isEnabled() for action in journal_actions(window))
    assert window.output_actions["action_briefing_pack"] in window.ui.menu_file.actions()
    qtbot.waitUntil(lambda: len(window.views) == 8)
    window.today_view.ui.agenda_tree.viewport().removeEventFilter(watch)
    assert seen and seen[0][0] == 1 and seen[0][1] > 0  # Today, with rows, painted first
    assert window.ui.view_stack.count() == 8
    assert "action_print_summary" in window.output_actions
    window.ui.navigation_list.setCurrentRow(4)
    assert window.current_view() is window.promises_view
    assert window.promises_view.model.rows  # read when first shown


def test_asking_for_a_view_before_today_is_painted_builds_them_all(
    preferences: Any, actions: Any, qtbot: Any
) -> None:
    from bigjournal.gui.main_window import MainWindow

    window = MainWindow(None, preferences)
    qtbot.addWidget(window)
    window.attach(actions, all_views=False)  # never shown, so never painted
    assert len(window.views) == 1
    window.ui.action_view_meetings.trigger()
    assert len(window.views) == 8 and window.current_view() is window.meetings_view
    assert window.organisations_view is window.views[1]
    window.build_views()  # once only
    assert len(window.views) == 8 and window.ui.view_stack.count() == 8


@pytest.fixture
def gui_preferences(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from bigjournal.gui import app as app_module

    monkeypatch.setattr(
        app_module,
        "preferences",
        lambda: QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
    )


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Millbrook.sqlite"
    shutil.copyfile(demo_template, path)
    return path


class PaintWatch:
    """Notes the main windows as they are painted and every window-level widget shown."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from bigjournal.gui.main_window import MainWindow

        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
                    watch.painted.append((watched, watched.journal_actions is not None))
                shown = event.type() == QEvent.Type.Show and watched.isWidgetType()
                if shown and watched.isWindow():
                    watch.shown.append((type(watched).__name__, watched.parentWidget()))
                return False

        self.painted: list[tuple[Any, bool]] = []
        self.shown: list[tuple[str, Any]] = []
        self.filter = Filter()
        QApplication.instance().installEventFilter(self.filter)

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(self.filter)


def quit_once(condition: Any, code: int = 7) -> Any:
    """A timer that closes the app's windows and quits with ``code`` once ``condition()``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        window = condition()
        if window:
            timer.stop()
            window.close()
            QTimer.singleShot(0, lambda: QApplication.instance().exit(code))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    return timer


def main_windows() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_app_paints_its_window_first_and_attaches_the_journal_to_it(
    demo_copy: Path, qapp: Any, gui_preferences: None
) -> None:
    from bigjournal.gui import app as app_module

    watch = PaintWatch()
    timer = quit_once(
        lambda: next((w for w in main_windows() if w.isVisible() and w.journal_actions), None)
    )
    try:
        assert app_module.run_app(demo_copy) == 7
    finally:
        timer.stop()
        watch.stop()
    first_window, attached = watch.painted[0]
    assert not attached, "the first paint waited for the journal"
    assert watch.shown[0][0] == "MainWindow", "something else was shown first"
    assert {id(window) for window, _ in watch.painted} == {id(first_window)}, "a second window"
    assert first_window.journal_actions is not None and first_window.journal_actions.journal.closed
    assert str(demo_copy) in first_window.windowTitle()


def test_a_question_while_opening_is_asked_over_the_window_and_quit_closes_it(
    demo_copy: Path, qapp: Any, gui_preferences: None
) -> None:
    from bigjournal.gui import app as app_module
    from tests.gui.safety_helpers import answering

    with open_journal(demo_copy, automatic_backups=False) as journal:
        backup.make_backup(journal)
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 2])  # damaged, as by a pulled USB stick
    watch = PaintWatch()
    answer = answering("quit_button")
    try:
        code = app_module.run_app(demo_copy)
    finally:
        answer.stop()
        watch.stop()
    assert code == 1  # as before: the journal was not opened
    assert answer.titles == ["The journal is damaged"]
    boxes = [parent for name, parent in watch.shown if name == "QMessageBox"]
    assert boxes and all(type(parent).__name__ == "MainWindow" for parent in boxes)
    window = boxes[0]
    assert window.journal_actions is None and window.isHidden()


def test_cancelling_the_first_run_closes_the_window_and_exits_quietly(
    tmp_path: Path, qapp: Any, gui_preferences: None
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bigjournal.gui import app as app_module
    from bigjournal.gui.dialogs.first_run import FirstRunDialog

    asked: list[Any] = []

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstRunDialog) and widget.isVisible():
                asked.append(widget.parentWidget())
                widget.reject()
                timer.stop()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(cancel)
    timer.start()
    try:
        code = app_module.run_app(tmp_path / "new.sqlite")
    finally:
        timer.stop()
    assert code == 0
    assert len(asked) == 1 and type(asked[0]).__name__ == "MainWindow"
    assert asked[0].isHidden() and asked[0].journal_actions is None


def test_the_smoke_test_paints_the_opened_journal_into_a_file(
    demo_copy: Path, qapp: Any, gui_preferences: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    from bigjournal.gui import app as app_module

    shot = demo_copy.parent / "smoke.png"
    monkeypatch.setenv(app_module.SMOKE_TEST_VARIABLE, str(shot))
    watch = PaintWatch()
    try:
        assert app_module.run_app(demo_copy) == 0
    finally:
        watch.stop()
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800
    grabbed, attached = watch.painted[-1]
    assert attached, "the smoke test painted the window before the journal was in it"
    assert grabbed.journal_actions.journal.closed  # closed at the end, as always
