"""Starting the desktop app: ``bigjournal`` with no command runs :func:`run_app`.

Start-up is ordered for a fast first paint on an old laptop: Qt and a splash window
first, then (on the next turn of the event loop) the database layer and the main
window, which import SQLAlchemy and the use cases. Opening, switching and closing the
journal (with its automatic backups in a worker) is the job of
:class:`~bigjournal.gui.session.JournalSession`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QSplashScreen

from bigjournal import APP_NAME
from bigjournal.gui import resources_rc, text_size

assert resources_rc  # registers the icons with Qt's resource system


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
        app.setDesktopFileName("bigjournal")
    return app


def run_app(journal_arg: str | os.PathLike[str] | Path | None) -> int:
    """Open the journal (the default one if None) in the main window; the exit status."""
    app = make_application()
    prefs = preferences()
    text_size.apply_scale(app, text_size.saved_scale(prefs))
    splash = QSplashScreen(QPixmap(":/icons/bigjournal-128.png"))
    splash.showMessage(
        "Opening your journal…",
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
    )
    splash.show()
    state: dict[str, object] = {}
    # Closing the splash or a question asked before the window shows must not quit the
    # app (Qt would, after its last window closed): the window takes over when shown.
    app.setQuitOnLastWindowClosed(False)

    def open_window() -> None:
        code = _open_window(app, journal_arg, prefs, splash, state)
        if code is not None:
            app.exit(code)
        else:
            app.setQuitOnLastWindowClosed(True)

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
    splash: QSplashScreen,
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

    if needs_first_run(journal):
        splash.close()
        dialog = FirstRunDialog(journal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            session.close_journal(journal)
            return 0
    window = session.show_window(journal)
    state["window"] = window
    splash.finish(window)
    return None


def needs_first_run(journal: object) -> bool:
    """An empty journal with no name yet: offer to start it or to explore the demo."""
    from bigjournal.journal import settings
    from bigjournal.journal.demo import demo_is_possible

    return demo_is_possible(journal) and not settings.get_setting(  # type: ignore[arg-type]
        journal,  # type: ignore[arg-type]
        settings.PARTNERSHIP_NAME,
    )
