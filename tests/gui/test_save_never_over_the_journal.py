"""Issue 16 (1): the window's save dialogs refuse the journal even when asked to replace.

The file name is typed into the real dialogs and Save clicked, as a volunteer would;
the journal must be refused in words and come out byte for byte the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bigjournal.gui.dialogs.export_archive import ExportArchiveDialog
from bigjournal.gui.dialogs.other_formats import CSV, ICAL, VCARD, ExportFileDialog

pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", [VCARD, ICAL, CSV])
def test_typing_the_journal_as_the_file_is_refused(
    actions: Any, qtbot: Any, kind: str, demo_target: Path
) -> None:
    journal = Path(demo_target)
    actions.journal.checkpoint()
    before = _digest(journal)
    dialog = ExportFileDialog(actions, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.file_edit.clear()
    qtbot.keyClicks(dialog.ui.file_edit, str(journal))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "journal itself" in dialog.ui.error_label.text(), timeout=10_000)
    assert dialog.isVisible()  # still open: the volunteer chooses another name
    assert _digest(journal) == before


def test_the_archive_export_refuses_the_journals_write_ahead_log(
    actions: Any, qtbot: Any, demo_target: Path
) -> None:
    journal = Path(demo_target)
    dialog = ExportArchiveDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.file_edit.clear()
    qtbot.keyClicks(dialog.ui.file_edit, f"{journal}-wal")
    dialog.export()
    qtbot.waitUntil(lambda: "belongs to a journal" in dialog.ui.error_label.text(), timeout=10_000)
    assert not any(p.name.endswith(".part") for p in journal.parent.iterdir())
