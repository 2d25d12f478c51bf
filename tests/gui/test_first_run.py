"""First run: an empty journal offers to start it (asking the name) or to explore the demo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from bigjournal.gui.app import needs_first_run
from bigjournal.gui.dialogs.first_run import FirstRunDialog
from bigjournal.journal import settings
from bigjournal.journal.demo import demo_journal_path, open_demo_journal
from bigjournal.journal.organisations import add_organisation, list_organisations
from bigjournal.journal.people import list_members
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
    qtbot.mouseClick(dialog.findChild(QPushButton, "start_button"), Qt.MouseButton.LeftButton)
    assert dialog.choice == "empty"
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == "Eastfield Tenants Forum"
    assert not needs_first_run(journal)
    # Both further steps can be skipped: the journal opens empty but named.
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.members_page
    skip = dialog.findChild(QPushButton, "skip_button")
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.organisation_page
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert list_organisations(journal) == []
    assert list_members(journal) == []


def test_first_run_takes_the_members_then_the_first_organisation(journal: Any, qtbot: Any) -> None:
    dialog = FirstRunDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    next_button = dialog.findChild(QPushButton, "start_button")
    qtbot.keyClicks(dialog.ui.partnership_name_edit, "Eastfield Tenants Forum")
    qtbot.keyClick(dialog.ui.partnership_name_edit, Qt.Key.Key_Return)  # Enter starts too
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.members_page
    assert "Step 2 of 3" in dialog.ui.members_heading.text()

    name, role = dialog.ui.member_name_edit, dialog.ui.member_role_combo
    role.setFocus()
    qtbot.keyClicks(role, "Chair")
    name.setFocus()
    qtbot.keyClicks(name, "Aisha Rahman")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter adds the member, and stays here
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.members_page
    assert name.text() == ""
    qtbot.keyClick(name, Qt.Key.Key_Return)  # an empty name is explained, not added
    assert "member's name" in dialog.ui.error_label.text()
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Home)  # the first role: Worker
    assert role.currentText() == "Worker"
    name.setFocus()
    qtbot.keyClicks(name, "Tom Kowalski")
    # "Next" with a name still typed adds it first: nothing typed is lost.
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    members = {m.name: m.role.value for m in list_members(journal)}
    assert members == {"Aisha Rahman": "chair", "Tom Kowalski": "worker"}

    assert dialog.ui.step_stack.currentWidget() is dialog.ui.organisation_page
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # no name yet: explained
    assert "Skip this step" in dialog.ui.error_label.text()
    qtbot.keyClicks(dialog.ui.first_organisation_name_edit, "Ashford Vale Borough Council")
    holders = dialog.ui.first_organisation_holders_list
    item = holders.findItems("Tom Kowalski", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        holders.viewport(), Qt.MouseButton.LeftButton, pos=holders.visualItemRect(item).center()
    )
    qtbot.keyClick(holders, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    (council,) = list_organisations(journal)
    assert council.name == "Ashford Vale Borough Council"
    assert council.kind.value == "local_authority"
    assert [h.name for h in council.holders] == ["Tom Kowalski"]


def test_explore_the_demo_builds_it_in_a_journal_of_its_own(journal: Any, qtbot: Any) -> None:
    dialog = FirstRunDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.demo_radio.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        assert dialog.start() is False  # still working: the dialog stays responsive
        assert dialog.ui.progress_bar.isVisible()
        assert not dialog.ui.button_box.isEnabled()
    assert dialog.choice == "demo"
    demo = dialog.demo_journal
    try:
        assert demo is not None and demo.path == demo_journal_path()
        assert len(list_organisations(demo)) > 5
        assert settings.get_setting(demo, settings.PARTNERSHIP_NAME) == "Millbrook Big Local"
        # The volunteer's own journal is left empty for their records.
        assert list_organisations(journal) == [] and needs_first_run(journal)
    finally:
        if demo is not None:
            demo.close()


def test_exploring_the_demo_again_reopens_it_as_it_was_left(journal: Any, qtbot: Any) -> None:
    first = open_demo_journal(today=TODAY)
    add_organisation(first, name="Millbrook Allotment Society", kind="other")
    first.close()
    dialog = FirstRunDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.demo_radio.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.start()
    demo = dialog.demo_journal
    assert demo is not None
    try:
        names = [o.name for o in list_organisations(demo)]
        assert "Millbrook Allotment Society" in names  # not built a second time over it
        assert len(names) == len(set(names))
    finally:
        demo.close()
