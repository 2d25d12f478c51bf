"""Starting the desktop app: ``bigjournal`` with no command runs :func:`run_app`.

Start-up is ordered for a fast first paint on an old laptop: Qt and a splash window
first, then (on the next turn of the event loop) the database layer and the main
window, which import SQLAlchemy and the use cases.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QDialog

from bigjournal import APP_NAME
from bigjournal.gui import resources_rc, text_size
from bigjournal.gui.splash import Splash

assert resources_rc  # registers the icons with Qt's resource system

# Set to a PNG path, the app paints its main window into that file and quits: the
# installer's smoke test proves a frozen build can start, draw and exit cleanly.
SMOKE_TEST_VARIABLE = "BIGJOURNAL_SMOKE_TEST"


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
    splash = Splash(QPixmap(":/icons/bigjournal-128.png"))
    splash.showMessage(
        "Opening your journal…",
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
    )
    splash.show()
    app.processEvents()  # paint it now, before the timer below starts the slow part
    state: dict[str, object] = {}
    if import_path is not None:
        state["import_path"] = import_path  # an empty journal then skips the first run
    # Closing the splash or a question asked before the window shows must not quit the
    # app (Qt would, after its last window closed): the window takes over when shown.
    app.setQuitOnLastWindowClosed(False)

    def open_window() -> None:
        code = _open_window(app, journal_arg, prefs, splash, state)
        if code is not None:
            app.exit(code)
            return
        app.setQuitOnLastWindowClosed(True)
        if import_path is not None:
            from bigjournal.gui.dialogs.output_menu import offer_import

            offer_import(state["window"], import_path)  # type: ignore[arg-type]

    QTimer.singleShot(0, open_window)
    code = app.exec()
    app.setQuitOnLastWindowClosed(True)
    session = state.get("session")
    if session is not None:
        session.close()  # type: ignore[attr-defined]
    return code


def _open_window(
    app: QApplication,
    journal_arg: str | os.PathLike[str] | Path | None,
    prefs: QSettings,
    splash: Splash,
    state: dict[str, object],
) -> int | None:
    """The part of start-up after the first paint. Returns an exit status to stop."""
    from bigjournal.gui.session import JournalSession

    session = JournalSession(prefs, parent=app)
    session.before_asking = splash.close
    state["session"] = session
    journal = session.open(None if journal_arg is None else str(journal_arg))
    if journal is None:
        splash.close()
        return 1
    state["journal"] = journal
    from bigjournal.gui.dialogs.first_run import FirstRunDialog

    if needs_first_run(journal) and "import_path" not in state:
        splash.close()
        dialog = FirstRunDialog(journal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            session.close_journal(journal)
            return 0
    window = session.show_window(journal)
    state["window"] = window
    splash.finish(window)
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
