"""Dates in widgets: one conversion and one date field for every dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


def python_date(value: QDate) -> date:
    """A widget's date as Python's (PySide6 types ``toPython`` as any object)."""
    return date(value.year(), value.month(), value.day())


def date_edit(on: date, name: str) -> QDateEdit:
    """A date field with a calendar, a spelled-out month and a screen-reader name.

    Never capped at today: a capped box silently refused a day typed before the month
    was changed (28 when it still showed this June); the use case says in words when a
    date cannot be in the future.
    """
    edit = QDateEdit(qdate(on))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit
