"""Starting the desktop app: ``bigjournal`` with no command runs :func:`run_app`.

Start-up is ordered for a fast first paint on an old laptop (issue 9): the main window
is built from Qt alone and painted first, saying "Opening your journal…" where the
views go. Only after that paint are the database layer and the use cases imported,
the journal opened (with every question that may need: damaged, missing, locked,
newer, first run — asked over the window) and the views attached to the same window.
Keep this module's imports Qt-only for that reason.
"""

from __future__ import annotations

import builtins
import gc
import importlib
import locale
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bigjournal import APP_NAME
from bigjournal.gui import error_channel, resources_rc, single_instance, text_size
from bigjournal.gui.main_window import MainWindow

if TYPE_CHECKING:  # not imported before the first paint (tests/gui/test_start_up.py)
    from bigjournal.store import Journal

assert resources_rc  # registers the icons with Qt's resource system

# Set to a PNG path, the app paints its main window into that file and quits: the
# installer's smoke test proves a frozen build can start, draw and exit cleanly.
SMOKE_TEST_VARIABLE = "BIGJOURNAL_SMOKE_TEST"

# Set to a file path, the app writes what it does at start-up and what later launches
# hand it (single_instance) there: for support, and for tests that watch a real run.
LOG_FILE_VARIABLE = "BIGJOURNAL_LOG_FILE"

log = logging.getLogger(__name__)

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
    use_british_english()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("BigJournal")
    app.setWindowIcon(QIcon(":/icons/bigjournal.svg"))
    if sys.platform.startswith("linux"):
        # The installed .desktop file's name, so desktops match the window to its icon.
        app.setDesktopFileName("org.bigjournal.BigJournal")
    return app


def use_british_english() -> None:
    """Dates in the window in British English, like its words, whatever the desktop's
    language: Qt's (date boxes, calendars) and Python's strftime month and day names,
    which follow LC_TIME once Qt has set the process's locale from the desktop."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    locale.setlocale(locale.LC_TIME, "C")


def run_app(
    journal_arg: str | os.PathLike[str] | Path | None,
    import_path: str | os.PathLike[str] | None = None,
) -> int:
    """Open the journal (the default one if None) in the main window; the exit status.

    ``import_path`` is an archive the app was opened with (double-clicked): Import…
    is offered for it once the window is up.
    """
    app = make_application()
    _log_to_file()
    # Another copy open on this journal takes the file and comes to the front; this one ends.
    archive = os.path.abspath(import_path) if import_path is not None else None
    message = {"journal": single_instance.journal_key(journal_arg), "import": archive}
    handover = single_instance.claim(journal_arg, message)
    if handover is None:
        return 0
    app.installEventFilter(handover)  # macOS: a file sent by Finder arrives as an event
    errors = error_channel.install(app)  # every unexpected exception: the log, then a dialog
    prefs = preferences()
    text_size.apply_scale(app, text_size.saved_scale(prefs))
    window = MainWindow(None, prefs)  # no journal yet: "Opening your journal…"
    state: dict[str, object] = {"window": window, "handover": handover}
    pending: list[str] = []  # archives to offer once the journal is open
    if import_path is not None:
        state["import_path"] = import_path  # an empty journal then skips the first run
        pending.append(str(import_path))
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
        state["open"] = True
        while pending:
            _offer_import(current_window(), pending.pop(0))

    def current_window() -> MainWindow:
        session: Any = state.get("session")
        return (session.window if session is not None else None) or window

    def take(message: dict[str, Any]) -> None:
        """A later launch (or Finder) asked for this journal: come forward, import."""
        shown = current_window()
        if shown.isHidden() and "open" in state:
            return  # closing down
        _bring_to_front(shown)
        path = message.get("import")
        if not isinstance(path, str) or not path:
            return
        if "open" in state and shown.journal_actions is not None:
            _offer_import(shown, path)
        else:
            pending.append(path)  # offered once the journal is open

    handover.received.connect(take)

    # After the paint event returns, so the painted pixels reach the screen first.
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_journal))
    QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, open_journal)
    window.show()
    code = app.exec()
    session: Any = state.get("session")
    # Stopped by app.exit (the smoke test, say): no window outlives the app's run.
    app.setQuitOnLastWindowClosed(False)
    for shown in {window, (session.window if session is not None else None) or window}:
        if shiboken6.isValid(shown):  # the first window is deleted after a switch
            shown.close()
    app.setQuitOnLastWindowClosed(True)
    app.removeEventFilter(handover)
    handover.close()
    if session is not None:
        session.close()
    errors.uninstall()
    return code


def _log_to_file() -> None:
    path = os.environ.get(LOG_FILE_VARIABLE)
    if path:
        logging.basicConfig(
            filename=path,
            encoding="utf-8",
            level=logging.INFO,
            format="%(asctime)s %(name)s: %(message)s",
        )


def _bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _offer_import(window: MainWindow, path: str) -> None:
    from bigjournal.gui.dialogs.output_menu import offer_import

    dialog = offer_import(window, path)
    if dialog is not None:
        log.info("offered Import… for %s", path)


def _open_journal(
    journal_arg: str | os.PathLike[str] | Path | None,
    prefs: QSettings,
    window: MainWindow,
    state: dict[str, object],
) -> int | None:
    """The part of start-up after the first paint. Returns an exit status to stop."""
    # The database layer, the use cases and the views load here: collecting garbage
    # among their objects while they load finds none (a tenth of the start-up's time).
    # Collection is back, with them set aside for good (gc.freeze), once Today is built.
    gc.disable()
    try:
        with _plain_imports():
            return _open_and_show(journal_arg, prefs, window, state)
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def _plain_imports() -> Iterator[None]:
    """Python's own import machinery while the database layer loads (issue 19).

    PySide6 replaces ``builtins.__import__`` with a hook that looks at every module
    imported after it, for its ``__feature__`` switches (``snake_case``,
    ``true_property``), which BigJournal never uses: for SQLAlchemy and our use cases
    it cost a sixth of the time from start to Today painted. ``importlib.__import__``
    imports the same way without it; the hook is put back afterwards."""
    hooked = builtins.__import__
    builtins.__import__ = importlib.__import__
    try:
        yield
    finally:
        builtins.__import__ = hooked


def _open_and_show(
    journal_arg: str | os.PathLike[str] | Path | None,
    prefs: QSettings,
    window: MainWindow,
    state: dict[str, object],
) -> int | None:
    from bigjournal.gui.session import JournalSession

    app = QApplication.instance()
    session = JournalSession(prefs, parent=app)
    session.adopt(window)
    handover: Any = state["handover"]  # follows the window when it switches journals
    session.journal_shown.connect(
        lambda shown: handover.move_to(shown.path if shown.path is not None else shown.target.url)
    )
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
        QTimer.singleShot(1000, lambda: QApplication.exit(0 if window.grab().save(shot) else 1))
    return None


def needs_first_run(journal: Journal) -> bool:
    """An empty journal with no name yet: offer to start it or to explore the demo."""
    from bigjournal.journal import settings

    if settings.get_setting(journal, settings.PARTNERSHIP_NAME):
        return False  # named: no need to import the demo builder to ask (a tenth of a second)
    from bigjournal.journal.demo import demo_is_possible

    return demo_is_possible(journal)
