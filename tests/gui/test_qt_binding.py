"""The Qt binding BigJournal runs on must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` at every call of a Qt
method that returns nothing: the count falls by thousands in a working session and
the program dies with "Fatal Python error: none_dealloc". pyproject.toml excludes it;
this test catches such a binding whatever version is installed. It counts in a fresh
interpreter, because a bad binding would kill the process that counts.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 1000
COUNT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for number in range({CALLS}):
    label.setText(str(number))  # returns nothing, as most of the GUI's calls do
    QApplication.processEvents()
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_keep_none_alive() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", COUNT],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.split()[-1])
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} Qt calls"
