"""Dates in the window are British English whatever the desktop's language (issue 20):
the interface is English, so "Donnerstag 3 Dez 2026" beside it is a mix nobody wants.

The app runs in a fresh interpreter with a German desktop (LANG=de_DE.UTF-8): Qt takes
the desktop's locale when the application starts, and so (through setlocale) do the
month and day names Python's strftime writes.
"""

from __future__ import annotations

import json
import locale
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GERMAN_MONTHS = re.compile(r"\b(Januar|Februar|März|Mär|Mai|Juni|Juli|Okt|Oktober|Dez|Dezember)\b")
GERMAN_DAYS = re.compile(r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b")

PROGRAM = """
import json, locale, sys
from datetime import date, datetime, timezone
from PySide6.QtCore import QDate, QLocale, QSettings
assert QLocale.system().name() == "de_DE", QLocale.system().name()

from bigjournal.gui.app import make_application
app = make_application()

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextBrowser
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.main_window import MainWindow
from bigjournal.gui.session import _when
from bigjournal.store import open_journal

journal = open_journal(sys.argv[1], automatic_backups=False)
preferences = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(JournalActions(journal, today=date(2026, 6, 15)), preferences)
window.resize(1280, 760)
window.show()
app.processEvents()
texts = []
for view in range(5):
    window.show_view(view)
    app.processEvents()
    for label in window.findChildren(QLabel):
        texts.append(label.text())
    for browser in window.findChildren(QTextBrowser):
        texts.append(browser.toPlainText())
    for table in window.findChildren(QAbstractItemView):
        model = table.model()
        if model is not None:
            for row in range(min(model.rowCount(), 30)):
                try:
                    columns = model.columnCount()
                except TypeError:  # a list: one column
                    columns = 1
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
dialog = window.log_meeting()
app.processEvents()
dialog.ui.date_edit.setDate(QDate(2026, 12, 3))
calendar = dialog.ui.date_edit.calendarWidget()
print(json.dumps({
    "default": QLocale().name(),
    "date_edit": dialog.ui.date_edit.text(),
    "calendar_month": calendar.locale().monthName(12),
    "first_day": calendar.firstDayOfWeek().name,
    "long_date": QLocale().toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat),
    "strftime": f"{date(2026, 12, 3):%a %d %b %Y}",
    "backup_when": _when(datetime(2026, 12, 3, 14, 5, tzinfo=timezone.utc)),
    "window_texts": texts,
}))
dialog.reject()
window.close()
journal.close(backup_if_due=False)
"""


def german_is_installed() -> bool:
    try:
        previous = locale.setlocale(locale.LC_TIME)
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        return False
    locale.setlocale(locale.LC_TIME, previous)
    return True


def test_a_german_desktop_still_shows_british_dates(demo_template: Path, tmp_path: Path) -> None:
    if not german_is_installed():
        pytest.skip("the de_DE.UTF-8 locale is not generated here (.ci/setup --test makes it)")
    environment = {
        **os.environ,
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
        "LANGUAGE": "de",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(demo_template), str(tmp_path / "gui.ini")],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["default"] == "en_GB"
    assert seen["date_edit"] == "3 Dec 2026"
    assert seen["calendar_month"] == "December"
    assert seen["first_day"] == "Monday"
    assert seen["long_date"] == "Thursday, 3 December 2026"
    assert seen["strftime"] == "Thu 03 Dec 2026"
    assert seen["backup_when"].startswith("Thu 03 Dec 2026")
    window = "\n".join(seen["window_texts"])
    assert re.search(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", window)
    assert not GERMAN_MONTHS.search(window), GERMAN_MONTHS.search(window)
    assert not GERMAN_DAYS.search(window), GERMAN_DAYS.search(window)
