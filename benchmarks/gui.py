"""The desktop half of issue 9: cold start to the first paint, and a long list's first paint.

Both run under ``QT_QPA_PLATFORM=offscreen`` (set here unless already chosen), so they
need no display and measure Qt's own work: the same widgets are laid out, styled and
painted into the window's backing store as on a screen.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.database import PEAK_MEMORY
from benchmarks.registry import Context, Measured, Pair, benchmark

ROOT = Path(__file__).resolve().parent.parent

# Identical in both cold starts: note the first paint of any window (the app's splash,
# the bare window) and of the first QMainWindow, then quit. A paint event reaching a
# top-level widget is the moment its pixels are drawn into the backing store.
PROBE = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = {}

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            now = {"wall": time.monotonic(), "cpu": time.process_time()}
            self.seen.setdefault("first window", now)
            if isinstance(watched, QMainWindow) and "main window" not in self.seen:
                self.seen["main window"] = now
                QTimer.singleShot(0, QApplication.instance().quit)
        return False


def report(probe):
    print(json.dumps(probe.seen), flush=True)
    os._exit(0)  # the measurement is taken; skip tearing Qt down
"""

APP_START = (
    PROBE
    + """
from bigjournal.gui.app import make_application, run_app
probe = FirstPaint()
make_application().installEventFilter(probe)
run_app(sys.argv[1])
report(probe)
"""
)

BARE_START = (
    PROBE
    + """
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
window = QMainWindow()
table = QTableView(window)
table.setModel(QStandardItemModel(0, 4, table))
window.setCentralWidget(table)
window.resize(1200, 760)
window.show()
app.exec()
report(probe)
"""
)


def _offscreen_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])]
    )
    return environment


def _start(script: str, argument: str, clock: str) -> Measured:
    """Start a fresh interpreter; ms from starting it to its first paints."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script, argument],
        cwd=ROOT,
        env=_offscreen_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"the start did not paint: {result.stderr[-2000:]}")
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    def ms(moment: dict[str, float]) -> float:
        # CPU time counts from the process's own start (interpreter included).
        return (moment["cpu"] if clock == "cpu" else moment["wall"] - started) * 1000

    return Measured({name: ms(moment) for name, moment in seen.items()})


@benchmark(
    "cold start",
    targets={"main window": 1.5, "first window": 1.5},
    units={"main window": "ms", "first window": "ms"},
    group="gui",
)
def cold_start(context: Context) -> Pair:
    """From starting Python to the painted main window (and the first paint: the splash),
    against a bare QMainWindow with an empty QTableView; each in a fresh interpreter."""
    from bigjournal.journal.demo import build_demo
    from bigjournal.store import open_journal

    demo = context.scratch / "demo.sqlite"
    if not demo.exists():
        with open_journal(demo) as journal:
            build_demo(journal, today=context.today)
            journal.checkpoint()

    def same(app: Any, floor: Any) -> str | None:
        missing = {"main window", "first window"} - (set(app.metrics) & set(floor.metrics))
        return f"no paint of the {', '.join(sorted(missing))}" if missing else None

    return Pair(
        app=lambda: _start(APP_START, str(demo), context.clock),
        floor=lambda: _start(BARE_START, "", context.clock),
        same=same,
    )


# --- the meeting list's first paint ------------------------------------------------------


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _paint_first_page(model: Any) -> Any:
    """Show ``model`` in a table the size of the meetings list and paint it once."""
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((110, 130, 300)):
        table.setColumnWidth(column, width)
    table.resize(680, 700)
    table.grab()  # lays out and paints the view and every visible cell, now
    return table


def _bare_meeting_model(db: sqlite3.Connection, page_size: int) -> Any:
    """A lazy table model over raw sqlite3: the floor for the app's PagedTableModel."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from benchmarks import floors

    class BareMeetings(QAbstractTableModel):
        headers = ("Date", "Kind", "Title", "With")

        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, ...]] = []
            self.done = False

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 4

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            return None

        def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
            return not self.done

        def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
            page = floors.meeting_page(db, page_size, len(self.rows))
            self.done = len(page) < page_size
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            for _id, _uuid, on, kind, title, planned, organisations in page:
                self.rows.append(
                    (
                        on,
                        kind + (" (planned)" if planned else ""),
                        title,
                        ", ".join(o[2] for o in organisations),
                    )
                )
            self.endInsertRows()

    model = BareMeetings()
    model.fetchMore()
    return model


def _shown_ids(table: Any) -> list[Any]:
    model = table.model()
    rows = getattr(model, "rows", [])
    return [getattr(r, "title", None) or r[2] for r in rows]


@benchmark("meeting list, first paint", target=2.0, group="gui")
def meeting_list_paint(context: Context) -> Pair:
    """The meetings list (newest first) read and painted: the app's paged model and
    columns against a bare lazy QAbstractTableModel over raw sqlite3, same first page."""
    from benchmarks import floors
    from bigjournal.gui.paged_model import PagedTableModel
    from bigjournal.gui.views.meetings import COLUMNS
    from bigjournal.journal.browse import PAGE_SIZE, meeting_cursor, meetings_page
    from bigjournal.store import open_journal

    _application()
    journal = open_journal(context.journal_path)
    db = floors.connect(str(context.journal_path))
    tables: list[Any] = []

    def app() -> Any:
        model = PagedTableModel(
            COLUMNS,
            lambda after, limit: meetings_page(journal, after=after, limit=limit),
            meeting_cursor,
        )
        model.reload()  # what MeetingsView.refresh does: the first page
        table = _paint_first_page(model)
        tables.append(table)
        return table

    def floor() -> Any:
        table = _paint_first_page(_bare_meeting_model(db, PAGE_SIZE))
        tables.append(table)
        return table

    def same(app_table: Any, floor_table: Any) -> str | None:
        app_titles, floor_titles = _shown_ids(app_table), _shown_ids(floor_table)
        if app_titles != floor_titles:
            return f"the app shows {len(app_titles)} rows, the floor {len(floor_titles)}"
        return None

    def close() -> None:
        for table in tables:
            table.deleteLater()
        journal.close()
        db.close()

    return Pair(app=app, floor=floor, same=same, close=close)


# --- start to Today painted with its rows (issue 19) -------------------------------------

# Identical in both: note the first paint of a tree's viewport that shows rows (the
# app's Today list, the bare window's tree), then quit. "Opening your journal…" and an
# empty list do not count: the volunteer waits for the rows.
ROWS_PROBE = (
    PEAK_MEMORY
    + """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTreeWidget


class RowsPainted(QObject):
    def __init__(self):
        super().__init__()
        self.seen = {}

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "rows" not in self.seen:
            tree = watched.parent() if watched.isWidgetType() else None
            if isinstance(tree, QTreeWidget) and tree.viewport() is watched:
                if tree.topLevelItemCount() > 0 and tree.objectName() in ("agenda_tree", "bare"):
                    self.seen["rows"] = {"wall": time.monotonic(), "cpu": time.process_time()}
                    self.seen["items"] = tree.topLevelItemCount()
                    self.seen["peak memory"] = peak_memory_mb()
                    QTimer.singleShot(0, QApplication.instance().quit)
        return False


def report(probe):
    print(json.dumps(probe.seen), flush=True)
    os._exit(0)
"""
)

APP_TODAY = (
    ROWS_PROBE
    + """
from bigjournal.gui.app import make_application, run_app
probe = RowsPainted()
make_application().installEventFilter(probe)
run_app(sys.argv[1])
report(probe)
"""
)

BARE_TODAY = (
    ROWS_PROBE
    + """
if "--with-sqlalchemy" in sys.argv:
    import sqlalchemy  # the chosen dependency's own price, as the command line's floor
import sqlite3
from datetime import date
from PySide6.QtWidgets import QMainWindow, QTreeWidgetItem
from benchmarks import floors
app = QApplication(sys.argv[:1])
probe = RowsPainted()
app.installEventFilter(probe)
window = QMainWindow()
tree = QTreeWidget(window)
tree.setObjectName("bare")
tree.setHeaderLabels(["What", "Who", "Due"])
window.setCentralWidget(tree)
window.resize(1200, 760)
window.show()
db = floors.connect(sys.argv[1])
for section, rows in floors.agenda(db, date.today(), 100).items():  # as Today asks
    head = QTreeWidgetItem(tree, [section])
    for row in rows[:100]:
        QTreeWidgetItem(head, [str(value) for value in row][:3])
    head.setExpanded(True)
# Closed as a program that ends well closes it: killed with the connection open, it left
# the write-ahead log behind, which the app's next start rightly took for another
# program's crash and checked the whole 400 MB file (7 s, "15.9×", in the row below).
db.close()
app.exec()
report(probe)
"""
)


def _rows_painted(script: str, argument: str, clock: str, *options: str) -> Measured:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script, argument, *options],
        cwd=ROOT,
        env=_offscreen_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"no rows were painted: {result.stderr[-2000:]}")
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    if "rows" not in seen:
        raise RuntimeError("no rows were painted")
    moment = seen["rows"]
    ms = (moment["cpu"] if clock == "cpu" else moment["wall"] - started) * 1000
    return Measured({"time": ms, "items": float(seen["items"]), "peak memory": seen["peak memory"]})


@benchmark("window start to Today painted with its rows", targets={"time": 1.5}, group="gui")
def start_to_today_rows(context: Context) -> Pair:
    """From starting Python to the Today list painted with its rows (the demo journal),
    against a bare QMainWindow whose QTreeWidget shows the raw agenda query's rows."""
    from bigjournal.journal.demo import build_demo
    from bigjournal.store import open_journal

    demo = context.scratch / "today-demo.sqlite"
    if not demo.exists():
        with open_journal(demo, automatic_backups=False) as journal:
            build_demo(journal, today=context.today)

    def same(app: Any, floor: Any) -> str | None:
        return None if app.metrics["items"] > 0 and floor.metrics["items"] > 0 else "no rows"

    return Pair(
        app=lambda: _rows_painted(APP_TODAY, str(demo), context.clock),
        floor=lambda: _rows_painted(BARE_TODAY, str(demo), context.clock),
        same=same,
    )


@benchmark(
    "window start to Today painted with its rows (floor imports SQLAlchemy)",
    targets={"time": 1.5},
    group="gui",
)
def start_to_today_rows_with_sqlalchemy(context: Context) -> Pair:
    """The same start on the demo journal, against the bare window that also imports
    SQLAlchemy (the floor the command line's rows use: the dependency's own price)."""
    from bigjournal.journal.demo import build_demo
    from bigjournal.store import open_journal

    demo = context.scratch / "today-demo.sqlite"
    if not demo.exists():
        with open_journal(demo, automatic_backups=False) as journal:
            build_demo(journal, today=context.today)

    def same(app: Any, floor: Any) -> str | None:
        return None if app.metrics["items"] > 0 and floor.metrics["items"] > 0 else "no rows"

    def bare() -> Measured:
        return _rows_painted(BARE_TODAY, str(demo), context.clock, "--with-sqlalchemy")

    return Pair(
        app=lambda: _rows_painted(APP_TODAY, str(demo), context.clock),
        floor=bare,
        same=same,
    )


@benchmark(
    "window start to Today painted with its rows (generated journal)",
    targets={"time": 1.5, "peak memory": 1.5},
    units={"time": "ms", "peak memory": "MB"},
    group="gui",
)
def start_to_today_rows_generated(context: Context) -> Pair:
    """From starting Python to the Today list painted with its rows on the generated
    journal (fifteen years at scale 1), against the bare window and the raw agenda."""
    from bigjournal.store import backup, open_journal

    journal = context.journal_path
    with open_journal(journal, automatic_backups=False) as opened:  # closed cleanly, once
        backup.make_backup(opened, reason="benchmark")  # none due while measuring

    def same(app: Any, floor: Any) -> str | None:
        return None if app.metrics["items"] > 0 and floor.metrics["items"] > 0 else "no rows"

    return Pair(
        app=lambda: _rows_painted(APP_TODAY, str(journal), context.clock),
        floor=lambda: _rows_painted(BARE_TODAY, str(journal), context.clock),
        same=same,
    )
