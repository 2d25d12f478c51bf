"""The larger-text setting: scales the application font (a per-user preference).

Kept in QSettings, not the journal: it belongs to the person at this computer, and
a shared journal should not change everyone's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

SCALES = (100, 125, 150, 200)
KEY = "appearance/text_scale"
_BASE_PROPERTY = "bigjournal_base_point_size"


def saved_scale(preferences: QSettings) -> int:
    try:
        value = int(preferences.value(KEY, 100))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 100
    return value if value in SCALES else 100


def apply_scale(app: QApplication, percent: int) -> None:
    """Scale the font every widget inherits from the size the system gave us."""
    base = app.property(_BASE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 10.0
        app.setProperty(_BASE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)


def save_scale(preferences: QSettings, percent: int) -> None:
    preferences.setValue(KEY, percent)
    preferences.sync()
