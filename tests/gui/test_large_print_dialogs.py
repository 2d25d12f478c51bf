"""Large print from the window: the type size choice in both print dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from bigjournal.gui.dialogs.briefing_pack import BriefingPackDialog
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.journal import settings
from bigjournal.journal.organisations import find_organisation
from tests.unit.reports.pdf_sizes import size_of, sizes_of


def test_the_summary_dialog_prints_large_print_chosen_by_keyboard(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    found = find_organisation(actions.journal, "Ashford Vale Borough Council")
    dialog = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.print_size_combo
    assert combo.accessibleName() == "Type size" and combo.currentData() == 10
    # Its keyboard path: the label's underlined letter, used by nothing else here.
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is combo)
    assert label.text() == "T&ype size:"
    letters = [
        w.text().lower().split("&", 1)[1][0]
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        if "&" in w.text() and w.isVisible()
    ]
    assert letters.count("z") == 1, letters
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Large print (14 pt)"
    dialog.open_check.setChecked(False)
    dialog.save_pdf(tmp_path / "large.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert size_of(tmp_path / "large.pdf", "Key contacts") == 16  # headings: body + 2
    assert size_of(tmp_path / "large.pdf", "Contains personal contact details") == 13
    assert settings.get_setting(actions.journal, settings.PRINT_SIZE) == "14"
    again = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(again)
    assert again.print_size == 14  # remembered for the journal


def test_the_pack_dialog_prints_in_twelve_point(actions: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.recipient_edit, "Cllr Ann Lee")
    dialog.print_size_combo.setCurrentIndex(dialog.print_size_combo.findData(12))
    dialog.open_check.setChecked(False)
    dialog.save_pdf(tmp_path / "pack.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=60_000)
    assert 21.6 in sizes_of(tmp_path / "pack.pdf", "Key contacts directory")  # its title
    assert size_of(tmp_path / "pack.pdf", "The people to contact at each") == 12
