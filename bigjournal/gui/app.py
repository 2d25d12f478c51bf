"""Starting the desktop app: ``bigjournal`` with no command runs :func:`run_app`.

Start-up is ordered for a fast first paint on an old laptop (issue 9): the main window
is built from Qt alone and painted first, saying "Opening your journal…" where the
views go. Only after that paint are the database layer and the use cases imported,
the journal opened (with every question that may need: damaged, missing, locked,
newer, first run — asked over the window) and the views attached to the same window.
Keep this module's imports Qt-only for that reason.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bigjournal import APP_NAME
from bigjournal.gui import resources_rc, text_size
from bigjournal.gui.main_window import MainWindow

assert resources_rc  # registers the icons with Qt's resource system

# Set to a PNG path, the app paints its main window into that file and quits: the
# installer's smoke test proves a frozen build can start, draw and exit cleanly.
SMOKE_TEST_VARIABLE = "BIGJOURNAL_SMOKE_TEST"

# The journal opens after the window's first paint; a window that is never painted
# (started minimised, say) must not keep it waiting longer than this.
OPEN_WITHOUT_PAINT_MS = 500


def preferences() -> QSettings:
    """Per-user interface preferences (text size), outside the journal."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BigJournal", "gui")


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("BigJournal")
    app.setWindowIcon(QIcon(":/icons/bigjournal.svg"))
    if sys.platform.startswith("linux"):
        # The installed .desktop file's name, so desktops match the window to its icon.
        app.setDesktopFileName("org.bigjournal.BigJournal")
    return app


def run_app(
    journal_arg: str | os.PathLike[str] | Path | None,
    import_path: str | os.PathLike[str] | None = None,
) -> int:
    """Open the journal (the default one if None) in the main window; the exit status.

    ``import_path`` is an archive the app was opened with (double-clicked): Import…
    is offered for it once the window is up.
    """
    app = make_application()
    prefs = preferences()
    text_size.apply_scale(app, text_size.saved_scale(prefs))
    window = MainWindow(None, prefs)  # no journal yet: "Opening your journal…"
    state: dict[str, object] = {"window": window}
    if import_path is not None:
        state["import_path"] = import_path  # an empty journal then skips the first run
    # A question closed before the journal is attached must not quit the app, nor
    # closing the window when opening is abandoned (the exit status is ours to say).
    app.setQuitOnLastWindowClosed(False)

    def open_journal() -> None:
        if "opening" in state:
            return  # the first paint and the fallback timer both ask
        state["opening"] = True
        if window.isHidden():  # closed before the journal opened
            app.exit(0)
            return
        code = _open_journal(journal_arg, prefs, window, state)
        if code is not None:
            window.close()
            app.exit(code)
            return
        app.setQuitOnLastWindowClosed(True)
        if import_path is not None:
            from bigjournal.gui.dialogs.output_menu import offer_import

            offer_import(window, import_path)

    # After the paint event returns, so the painted pixels reach the screen first.
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_journal))
    QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, open_journal)
    window.show()
    code = app.exec()
    session: Any = state.get("session")
    # Stopped by app.exit (the smoke test, say): no window outlives the app's run.
    app.setQuitOnLastWindowClosed(False)
    for shown in {window, (session.window if session is not None else None) or window}:
        shown.close()
    app.setQuitOnLastWindowClosed(True)
    if session is not None:
        session.close()
    return code


def _open_journal(
    journal_arg: str | os.PathLike[str] | Path | None,
    prefs: QSettings,
    window: MainWindow,
    state: dict[str, object],
) -> int | None:
    """The part of start-up after the first paint. Returns an exit status to stop."""
    from bigjournal.gui.session import JournalSession

    app = QApplication.instance()
    session = JournalSession(prefs, parent=app)
    session.adopt(window)
    state["session"] = session
    journal = session.open(None if journal_arg is None else str(journal_arg), window)
    if journal is None:
        return 1
    state["journal"] = journal
    if "import_path" not in state:
        chosen = session.first_run(journal, window)  # the demo opens in its own journal
        if chosen is None:
            session.close_journal(journal)
            return 0
        journal = state["journal"] = chosen
    session.show_window(journal)
    shot = os.environ.get(SMOKE_TEST_VARIABLE)
    if shot:
        QTimer.singleShot(1000, lambda: app.exit(0 if window.grab().save(shot) else 1))
    return None


def needs_first_run(journal: object) -> bool:
    """An empty journal with no name yet: offer to start it or to explore the demo."""
    from bigjournal.journal import settings

    if settings.get_setting(journal, settings.PARTNERSHIP_NAME):  # type: ignore[arg-type]
        return False  # named: no need to import the demo builder to ask (a tenth of a second)
    from bigjournal.journal.demo import demo_is_possible

    return demo_is_possible(journal)  # type: ignore[arg-type]
