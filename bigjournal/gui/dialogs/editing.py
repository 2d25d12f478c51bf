"""What the record editors share: choices from the vocabularies, forgiving dates,
the rhythm of contact in days, weeks or months, and asking before a duplicate."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QMessageBox, QWidget

from bigjournal.errors import ValidationError
from bigjournal.gui.dates import DateNotUnderstood, parse_when
from bigjournal.journal.names import NameMatch, already_there
from bigjournal.model.vocabulary import LabelledEnum

ID_ROLE = Qt.ItemDataRole.UserRole
#: The units a rhythm of contact is typed in, and their length in days.
RHYTHM_UNITS = (("days", 1), ("weeks", 7), ("months", 30))


def fill_choices(
    combo: QComboBox, members: Iterable[LabelledEnum], *, none: str | None = None
) -> None:
    """The labels of a vocabulary (and, given ``none``, a first "not set" choice)."""
    combo.clear()
    if none is not None:
        combo.addItem(none, "")
    for member in members:
        combo.addItem(member.label, member.value)


def choose(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item if none is)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def fill_ticks(
    widget: QListWidget, items: Iterable[tuple[str, object]], ticked: set[object]
) -> None:
    """A list of tick boxes (Space ticks the chosen one)."""
    widget.clear()
    for text, value in items:
        item = QListWidgetItem(text, widget)
        item.setData(ID_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)


def ticked(widget: QListWidget) -> list[object]:
    return [
        widget.item(row).data(ID_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def rhythm_in_units(days: int | None) -> tuple[int, str]:
    """28 days reads as 4 weeks, 90 as 3 months; nothing agreed is (0, "weeks")."""
    if not days:
        return 0, "weeks"
    for unit, length in reversed(RHYTHM_UNITS):
        if days % length == 0 and days // length <= 366:
            return days // length, unit
    return days, "days"


def rhythm_days(count: int, unit: str) -> int | None:
    if count <= 0:
        return None
    return count * dict(RHYTHM_UNITS)[unit]


def shown_date(on: date | None) -> str:
    """A date as the editors show it, and read it back (day first, as in Britain)."""
    return f"{on.day}/{on.month}/{on.year}" if on else ""


def read_date(
    text: str, what: str, field: str, today: date, *, month_or_year: bool = False
) -> date | None:
    """A typed date, or the sentence saying what would work.

    With ``month_or_year`` a month ("3/2019", "March 2019") or a year ("2019") is
    enough, taken as its first day: people remember when a relationship began that way.
    """
    if month_or_year:
        roughly = _month_or_year(text)
        if roughly is not None:
            return roughly
    try:
        return parse_when(text, today)
    except DateNotUnderstood as error:
        raise ValidationError(f"{what}: {error}", field) from None


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
YEAR = re.compile(r"^(\d{4})$")
MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
NAMED_MONTH_YEAR = re.compile(r"^([a-z]{3,9})\.?\s+(\d{4})$")


def _month_or_year(text: str) -> date | None:
    typed = text.strip().casefold()
    if match := YEAR.match(typed):
        return date(int(match.group(1)), 1, 1)
    if (match := MONTH_YEAR.match(typed)) and 1 <= int(match.group(1)) <= 12:
        return date(int(match.group(2)), int(match.group(1)), 1)
    if match := NAMED_MONTH_YEAR.match(typed):
        months = [m for m in MONTHS if m.startswith(match.group(1))]
        if len(months) == 1:
            return date(int(match.group(2)), MONTHS.index(months[0]) + 1, 1)
    return None


def ask_before_duplicate(
    parent: QWidget,
    matches: list[NameMatch],
    noun: str,
    on_yes: Callable[[], None],
    *,
    renaming: bool = False,
) -> QMessageBox:
    """ "There is already … Add another?" — nothing is added unless the volunteer says so.

    Opened with ``open()`` so tests can answer it; "Go back" is the default.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Already in the journal")
    text = already_there(
        matches, noun, "Give this one the same name?" if renaming else "Add another?"
    )
    box.setText(text)
    box.setAccessibleName("Already in the journal")
    box.setAccessibleDescription(text)
    add = box.addButton(
        "&Same name" if renaming else "&Add another", QMessageBox.ButtonRole.AcceptRole
    )
    add.setObjectName("add_another_button")
    back = box.addButton("&Go back", QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("go_back_button")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_box_finished(_result: int) -> None:
        if box.clickedButton() is add:
            on_yes()

    box.finished.connect(_on_box_finished)
    box.open()
    return box
