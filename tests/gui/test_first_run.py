"""First run: an empty journal offers to start it (asking the name) or to explore the demo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from bigjournal.gui.app import needs_first_run
from bigjournal.gui.dialogs.first_run import FirstRunDialog
from bigjournal.journal import settings
from bigjournal.journal.organisations import list_organisations
from tests.conftest import TODAY


def test_an_empty_journal_needs_the_first_run_and_the_demo_does_not(
    journal: Any, demo_journal: Any
) -> None:
    assert needs_first_run(journal)
    assert not needs_first_run(demo_journal)


def test_start_an_empty_journal_asks_for_the_name(journal: Any, qtbot: Any) -> None:
    dialog = FirstRunDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start()  # no name yet: explained, not saved
    assert "partnership's name" in dialog.ui.error_label.text()
    qtbot.keyClicks(dialog.ui.partnership_name_edit, "Eastfield Tenants Forum")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.findChild(QPushButton, "start_button"), Qt.MouseButton.LeftButton)
    assert dialog.choice == "empty"
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == "Eastfield Tenants Forum"
    assert not needs_first_run(journal)


def test_explore_the_demo_builds_it_in_a_worker(journal: Any, qtbot: Any) -> None:
    dialog = FirstRunDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.demo_radio.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        assert dialog.start() is False  # still working: the dialog stays responsive
        assert dialog.ui.progress_bar.isVisible()
        assert not dialog.ui.button_box.isEnabled()
    assert dialog.choice == "demo"
    assert len(list_organisations(journal)) > 5
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == "Millbrook Big Local"


def test_the_demo_is_refused_on_a_journal_with_records(demo_journal: Any, qtbot: Any) -> None:
    dialog = FirstRunDialog(demo_journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.demo_radio.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert "already has records" in dialog.ui.error_label.text()
    assert dialog.ui.button_box.isEnabled()
