"""The first morning through the window: a whole partnership's people and organisations.

From an empty journal, only keys and clicks on the real widgets: the first run takes the
partnership's name and its members; then every organisation of
``tests/partnership_script.py`` (a council with two departments, a housing association
that is also the LTO) and every contact (two councillors with their titles) is entered
with every field the script gives; then two of its corrections are made — a misspelt
name, a contact at the wrong department. The use cases are only called to read back.
The second test goes on, still only through the window, to log the script's six meetings
(attendees on both sides) and the mistaken seventh, enter its ten promises in every
status, correct the wrong due date, delete the meeting logged twice, undo that with
Ctrl+Z and delete it again, print the council's one-page summary as a PDF, and compare
the agenda with the one the real ``bigjournal`` command builds from the same script.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QPushButton,
)

from bigjournal.gui.dialogs.contact_editor import ContactEditor
from bigjournal.gui.dialogs.editing import rhythm_in_units, shown_date
from bigjournal.gui.dialogs.first_run import FirstRunDialog
from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.gui.dialogs.promise_editor import PromiseEditorDialog
from bigjournal.gui.main_window import CONTACTS, MEETINGS, ORGANISATIONS, PROMISES
from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.meetings import list_meetings, meeting_detail
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import list_contacts, list_members
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import (
    CouncilTier,
    MeetingKind,
    MemberRole,
    OrganisationKind,
    PreferredContact,
    PromiseStatus,
    Purpose,
    RelationshipType,
    Side,
)
from bigjournal.store import open_journal
from tests import partnership_script as script
from tests.e2e.conftest import command
from tests.e2e.test_build_partnership_cli import enter_partnership
from tests.gui.window_driving import (
    click_action,
    from_tree_menu,
    pick_with_arrows,
    question,
    save,
    select_contact_row,
    select_tree_row,
    tick,
    type_into,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def first_run(qtbot: Any, journal: Any) -> None:
    dialog = FirstRunDialog(journal, today=script.TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.partnership_name_edit, script.PARTNERSHIP_NAME)
    qtbot.keyClick(dialog.ui.partnership_name_edit, Qt.Key.Key_Return)
    for member in script.MEMBERS:
        pick_with_arrows(qtbot, dialog.ui.member_role_combo, MemberRole(member.role).label)
        type_into(qtbot, dialog.ui.member_name_edit, member.name)
        qtbot.keyClick(dialog.ui.member_name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.findChild(QPushButton, "start_button"), LEFT)  # Next
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "skip_button"), LEFT)


def enter_organisation(qtbot: Any, window: Any, entry: script.OrganisationEntry) -> None:
    view = window.show_view(ORGANISATIONS)
    if entry.parent:
        from_tree_menu(qtbot, window, entry.parent, view.action_new_department)
    else:
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)  # File → New organisation…
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    ui = window.dialog.ui
    type_into(qtbot, ui.name_edit, entry.name)
    pick_with_arrows(qtbot, ui.kind_combo, OrganisationKind(entry.kind).label)
    for other in entry.other_kinds:
        tick(qtbot, ui.other_kinds_list, OrganisationKind(other).label)
    if entry.council_tier:
        pick_with_arrows(qtbot, ui.council_tier_combo, CouncilTier(entry.council_tier).label)
    if entry.relationship_type:
        label = RelationshipType(entry.relationship_type).label
        pick_with_arrows(qtbot, ui.relationship_type_combo, label)
    for purpose in entry.purposes:
        tick(qtbot, ui.purposes_list, Purpose(purpose).label)
    for holder in entry.holders:
        tick(qtbot, ui.holders_list, holder)
    if entry.contact_every_days:
        count, unit = rhythm_in_units(entry.contact_every_days)  # 28 days: "4 weeks"
        ui.rhythm_spin.setFocus()
        ui.rhythm_spin.selectAll()
        qtbot.keyClicks(ui.rhythm_spin, str(count))
        pick_with_arrows(qtbot, ui.rhythm_unit_combo, unit)
    type_into(qtbot, ui.since_edit, shown_date(entry.relationship_since))
    type_into(qtbot, ui.phone_edit, entry.phone)
    type_into(qtbot, ui.email_edit, entry.email)
    type_into(qtbot, ui.website_edit, entry.website)
    type_into(qtbot, ui.notes_edit, entry.notes)
    save(qtbot, window, window.dialog)


def organisation_label(name: str) -> str:
    """How the editors' lists show an organisation: with the body it belongs to."""
    parents = {o.name: o.parent for o in script.ORGANISATIONS}
    parent = parents.get(name)
    return f"{parent} › {name}" if parent else name


def enter_contact(qtbot: Any, window: Any, entry: script.ContactEntry) -> None:
    window.show_view(CONTACTS)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)  # File → New contact…
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    ui = window.dialog.ui
    type_into(qtbot, ui.name_edit, entry.name)
    type_into(qtbot, ui.title_edit, entry.title)
    type_into(qtbot, ui.role_edit, entry.role)
    pick_with_arrows(qtbot, ui.organisation_combo, organisation_label(entry.organisation))
    if entry.elected:
        pick_with_arrows(qtbot, ui.kind_combo, "Elected member")
        type_into(qtbot, ui.ward_edit, entry.ward)
        type_into(qtbot, ui.term_ends_edit, shown_date(entry.term_ends_on))
    phones, emails = list(entry.phones) or [""], list(entry.emails) or [""]
    type_into(qtbot, ui.phone_edit, phones[0])
    type_into(qtbot, ui.other_phones_edit, "; ".join(phones[1:]))
    type_into(qtbot, ui.email_edit, emails[0])
    type_into(qtbot, ui.other_emails_edit, "; ".join(emails[1:]))
    if entry.preferred_contact:
        label = PreferredContact(entry.preferred_contact).label
        pick_with_arrows(qtbot, ui.preferred_combo, label)
    type_into(qtbot, ui.notes_edit, entry.notes)
    save(qtbot, window, window.dialog)


def edit_contact(qtbot: Any, window: Any, name: str) -> ContactEditor:
    contacts = window.show_view(CONTACTS)
    select_contact_row(qtbot, window, name)
    contacts.ui.contact_table.setFocus()
    qtbot.keyClick(contacts.ui.contact_table, Qt.Key.Key_Return)  # Enter edits
    qtbot.waitUntil(lambda: isinstance(window.dialog, ContactEditor), timeout=10_000)
    return window.dialog


def test_a_whole_partnership_of_people_and_organisations_through_the_window(
    journal: Any, preferences: Any, qtbot: Any, qapp: Any
) -> None:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow

    first_run(qtbot, journal)
    window = MainWindow(JournalActions(journal, today=script.TODAY), preferences)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the welcome dialog had the keyboard until now
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    for organisation in script.ORGANISATIONS:
        enter_organisation(qtbot, window, organisation)
    for contact in script.CONTACTS:
        enter_contact(qtbot, window, contact)

    # Two of the corrections: a misspelt name, and a contact at the wrong department.
    misspelt, spelt = script.CORRECT_NAME
    dialog = edit_contact(qtbot, window, misspelt)
    dialog.ui.name_edit.setFocus()
    dialog.ui.name_edit.selectAll()
    qtbot.keyClicks(dialog.ui.name_edit, spelt)
    save(qtbot, window, dialog)
    moved, department = script.CORRECT_DEPARTMENT
    dialog = edit_contact(qtbot, window, moved)
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, organisation_label(department))
    save(qtbot, window, dialog)

    # What the journal holds is what the script says, corrected.
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == script.PARTNERSHIP_NAME
    assert {(m.name, m.role.value) for m in list_members(journal)} == {
        (m.name, m.role) for m in script.MEMBERS
    }
    rows = {o.name: o for o in list_organisations(journal)}
    assert set(rows) == {o.name for o in script.ORGANISATIONS}
    for entry in script.ORGANISATIONS:
        saved = organisation_detail(journal, rows[entry.name].id, today=script.TODAY)
        assert [k.value for k in saved.kinds] == [entry.kind, *entry.other_kinds]
        assert (saved.parent.name if saved.parent else None) == entry.parent
        assert (saved.council_tier.value if saved.council_tier else None) == entry.council_tier
        assert (
            saved.relationship_type.value if saved.relationship_type else None
        ) == entry.relationship_type
        assert {p.value for p in saved.purposes} == set(entry.purposes)
        assert {h.name for h in saved.holders} == set(entry.holders)
        assert saved.contact_every_days == entry.contact_every_days
        assert saved.relationship_since == entry.relationship_since
        assert (saved.phone, saved.email, saved.website, saved.notes) == (
            entry.phone,
            entry.email,
            entry.website,
            entry.notes,
        )
    contacts = {c.name: c for c in list_contacts(journal)}
    expected_names = {c.name for c in script.CONTACTS} - {misspelt} | {spelt}
    assert set(contacts) == expected_names
    for entry in script.CONTACTS:
        saved_contact = contacts[spelt if entry.name == misspelt else entry.name]
        where = department if entry.name == moved else entry.organisation
        assert saved_contact.organisation.name == where
        assert (saved_contact.title, saved_contact.role) == (entry.title, entry.role)
        assert saved_contact.kind.value == ("elected_member" if entry.elected else "officer")
        assert (saved_contact.ward, saved_contact.term_ends_on) == (entry.ward, entry.term_ends_on)
        assert saved_contact.phones == entry.phones
        assert saved_contact.emails == entry.emails
        preferred = saved_contact.preferred_contact
        assert (preferred.value if preferred else None) == entry.preferred_contact
    # Departments sit under their council in the tree, as the volunteer entered them.
    view = window.show_view(ORGANISATIONS)
    council = next(
        view.model.item(row)
        for row in range(view.model.rowCount())
        if view.model.item(row).text() == script.COUNCIL
    )
    assert sorted(council.child(row).text() for row in range(council.rowCount())) == [
        script.HIGHWAYS,
        script.PARKS,
    ]
    # Today warns of the councillor whose term ends within eight weeks, from her contact.
    today = window.show_view(0)
    tree = today.ui.agenda_tree
    lines = [
        tree.topLevelItem(top).child(row).text(0)
        for top in range(tree.topLevelItemCount())
        for row in range(tree.topLevelItem(top).childCount())
    ]
    (ending,) = script.EXPECTED_AGENDA["terms_ending"]
    assert any(ending in line for line in lines), lines


# --- meetings, promises, a deletion undone, the printed summary ---------------------


def type_date(qtbot: Any, edit: Any, day: Any) -> None:
    """A date box (``d MMM yyyy``, no later than it allows): the month's name and the
    year typed over the ones shown (a space moves on), then the day rubbed out and typed
    (the month first, so the 28th is not refused for being after today in June)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for section, text in (
        (QDateEdit.Section.MonthSection, f"{day:%b}"),
        (QDateEdit.Section.YearSection, str(day.year)),
    ):
        if edit.currentSection() != section:
            qtbot.keyClicks(edit, " ")
        assert edit.currentSection() == section, edit.text()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in str(edit.date().day()):
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, str(day.day))
    assert edit.date().toPython() == day, edit.text()


def typed_date(day: Any) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def log_meeting(qtbot: Any, window: Any, entry: script.MeetingEntry) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, LogMeetingDialog), timeout=10_000)
    dialog = window.dialog
    ui = dialog.ui
    type_date(qtbot, ui.date_edit, entry.occurred_on)
    pick_with_arrows(qtbot, ui.kind_combo, MeetingKind(entry.kind).label)
    type_into(qtbot, ui.organisations_edit, "; ".join(entry.organisations))
    type_into(qtbot, ui.contacts_edit, "; ".join(entry.contacts))
    type_into(qtbot, ui.members_edit, "; ".join(entry.members))
    type_into(qtbot, ui.title_edit, entry.title)
    type_into(qtbot, ui.notes_edit, entry.notes)
    type_into(qtbot, ui.decisions_edit, entry.decisions)
    for promise in entry.promises:
        qtbot.mouseClick(ui.add_promise_button, LEFT)
        row = dialog.rows[-1]
        pick_with_arrows(qtbot, row.ui.side_combo, Side(promise.side).label)
        type_into(qtbot, row.ui.who_edit, promise.made_by or "")
        type_into(qtbot, row.ui.what_edit, promise.description)
        type_into(qtbot, row.ui.due_edit, typed_date(promise.due_on))
    assert ui.planned_check.isChecked() == (entry.occurred_on > script.TODAY)
    save(qtbot, window, dialog)


def select_promise_row(qtbot: Any, window: Any, description: str) -> None:
    view = window.show_view(PROMISES)
    table = view.ui.promise_table
    row = view.model.find_row(lambda p: p.description == description)
    index = view.model.index(row, 0)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())
    assert view.current is not None and view.current.description == description


def fill_promise(
    qtbot: Any,
    ui: Any,
    *,
    made_to: str | None = None,
    status: str = "open",
    status_on: Any = None,
    note: str = "",
) -> None:
    """The parts of a promise the meeting's row has no box for, and its status."""
    if made_to:
        ui.made_to_edit.setFocus()
        ui.made_to_edit.selectAll()
        type_into(qtbot, ui.made_to_edit, made_to)
    if status != "open":
        pick_with_arrows(qtbot, ui.status_combo, PromiseStatus(status).label)
        type_date(qtbot, ui.status_on_edit, status_on)
        type_into(qtbot, ui.note_edit, note)


def enter_promise(qtbot: Any, window: Any, entry: script.PromiseEntry) -> None:
    """New promise… in the Promises view: one written down after the fact."""
    view = window.show_view(PROMISES)
    qtbot.mouseClick(view.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.dialog, PromiseEditorDialog), timeout=10_000)
    ui = window.dialog.ui
    type_into(qtbot, ui.what_edit, entry.description)
    pick_with_arrows(qtbot, ui.side_combo, Side(entry.side).label)
    if entry.organisation:
        type_into(qtbot, ui.organisation_edit, entry.organisation)
    type_into(qtbot, ui.made_by_edit, entry.made_by or "")
    type_date(qtbot, ui.made_on_edit, entry.made_on)
    type_into(qtbot, ui.due_edit, typed_date(entry.due_on))
    fill_promise(
        qtbot,
        ui,
        made_to=entry.made_to,
        status=entry.status,
        status_on=entry.status_on,
        note=entry.status_note,
    )
    save(qtbot, window, window.dialog)


def edit_promise(qtbot: Any, window: Any, description: str) -> Any:
    """Choose the promise in the register, Enter opens it for correcting."""
    select_promise_row(qtbot, window, description)
    table = window.promises_view.ui.promise_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.dialog, PromiseEditorDialog), timeout=10_000)
    return window.dialog


def select_meeting_row(qtbot: Any, window: Any, title: str) -> None:
    view = window.show_view(MEETINGS)
    table = view.ui.meeting_table
    row = view.model.find_row(lambda m: m.title == title)
    index = view.model.index(row, 0)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.title == title)


def delete_meeting(qtbot: Any, window: Any, title: str) -> None:
    select_meeting_row(qtbot, window, title)
    qtbot.mouseClick(window.meetings_view.ui.delete_button, LEFT)
    box = question(window)
    assert "1 promise" not in box.text()  # the mistaken call had none
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), LEFT)
    qtbot.waitUntil(
        lambda: title not in meeting_titles(window.journal_actions.journal), timeout=10_000
    )


def meeting_titles(journal: Any) -> list[str]:
    return sorted(m.title for m in list_meetings(journal))


def print_summary(qtbot: Any, window: Any, name: str, out: Path) -> None:
    """Print summary… on the organisation's tool bar; Save as PDF…; the file named."""
    window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, name)
    view = window.organisations_view
    click_action(qtbot, view.tool_bar, window.output_actions["action_print_summary"])
    qtbot.waitUntil(lambda: isinstance(window.dialog, PrintSummaryDialog), timeout=10_000)
    dialog = window.dialog
    if dialog.open_check.isChecked():  # no PDF viewer here
        qtbot.mouseClick(dialog.open_check, LEFT)
    answered: list[str] = []

    def name_the_file() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(100, name_the_file)
            return
        edit = chooser.focusWidget()
        # the file name, as the dialog opens
        if not isinstance(edit, QLineEdit):
            chooser.reject()  # fail below, not hang here
            return
        edit.selectAll()
        qtbot.keyClicks(edit, str(out))
        answered.append(edit.text())
        # Enter goes to the folder suggestions if they opened, then to the name.
        qtbot.keyClick(QApplication.activePopupWidget() or edit, Qt.Key.Key_Return)
        if chooser.isVisible():
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if chooser.isVisible():
            chooser.reject()  # fail below, not hang here

    QTimer.singleShot(100, name_the_file)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved_path == out, timeout=20_000)
    assert answered == [str(out)]


def agenda_by_names(journal: Any) -> dict[str, Any]:
    """The agenda of the frozen day, every record by its name and no number."""
    agenda = today_agenda(journal, today=script.TODAY)

    def ref(value: Any) -> Any:
        return value.name if value is not None else None

    def promise(p: Any) -> tuple[Any, ...]:
        return (
            p.description,
            p.side.value,
            ref(p.made_by),
            ref(p.made_to),
            ref(p.holder),
            ref(p.organisation),
            p.made_on,
            p.due_on,
            p.status.value,
        )

    return {
        "today": agenda.today,
        "theirs_due": [promise(p) for p in agenda.theirs_due],
        "ours_due": [promise(p) for p in agenda.ours_due],
        "gone_quiet": [
            (q.organisation.name, q.contact_every_days, q.last_contact_on)
            for q in agenda.gone_quiet
        ],
        "left_without_handover": [c.name for c in agenda.left_without_handover],
        "pending_handovers": len(agenda.pending_handovers),
        "planned": [(m.title, m.occurred_on, m.kind.value) for m in agenda.planned],
        "single_points": sorted(
            (s.organisation.name, ref(s.only_contact), ref(s.only_holder), s.contacts, s.holders)
            for s in agenda.single_points
        ),
        "terms_ending": [(t.contact.name, t.term_ends_on) for t in agenda.terms_ending],
    }


def build_through_the_command_line(tmp_path: Path) -> Path:
    """tests/e2e's build, the real command in a subprocess, into a journal of its own."""
    path = tmp_path / "command-line.sqlite"

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [*command(), "--journal", str(path), *args],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stderr}")
        return result

    enter_partnership(run, lambda *args: json.loads(run(*args, "--json").stdout))
    return path


def test_a_whole_partnership_built_corrected_and_printed_through_the_window(
    journal: Any, preferences: Any, qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow

    first_run(qtbot, journal)
    window = MainWindow(JournalActions(journal, today=script.TODAY), preferences)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    for organisation in script.ORGANISATIONS:
        enter_organisation(qtbot, window, organisation)
    for contact in script.CONTACTS:
        enter_contact(qtbot, window, contact)

    # Six meetings with their promises, then the call logged twice by mistake.
    for meeting in (*script.MEETINGS, script.MISTAKEN_MEETING):
        log_meeting(qtbot, window, meeting)
    # Log a meeting's promise rows have no "to whom": said in the promise editor.
    for meeting in script.MEETINGS:
        for promise in meeting.promises:
            dialog = edit_promise(qtbot, window, promise.description)
            fill_promise(qtbot, dialog.ui, made_to=promise.made_to)
            save(qtbot, window, dialog)
    # Promises written down after the fact, already broken or released.
    for promise in script.PROMISES:
        enter_promise(qtbot, window, promise)
    # What became of the meetings' promises.
    for settled in script.SETTLEMENTS:
        dialog = edit_promise(qtbot, window, settled.promise)
        fill_promise(
            qtbot, dialog.ui, status=settled.status, status_on=settled.on, note=settled.note
        )
        save(qtbot, window, dialog)

    # The three corrections.
    misspelt, spelt = script.CORRECT_NAME
    dialog = edit_contact(qtbot, window, misspelt)
    dialog.ui.name_edit.setFocus()
    dialog.ui.name_edit.selectAll()
    qtbot.keyClicks(dialog.ui.name_edit, spelt)
    save(qtbot, window, dialog)
    hall, due = script.CORRECT_DUE_DATE
    dialog = edit_promise(qtbot, window, hall)
    dialog.ui.due_edit.setFocus()
    dialog.ui.due_edit.selectAll()
    qtbot.keyClicks(dialog.ui.due_edit, typed_date(due))
    save(qtbot, window, dialog)
    moved, department = script.CORRECT_DEPARTMENT
    dialog = edit_contact(qtbot, window, moved)
    pick_with_arrows(qtbot, dialog.ui.organisation_combo, organisation_label(department))
    save(qtbot, window, dialog)

    # The meeting logged twice goes; Ctrl+Z brings it back; deleted again, for good.
    mistaken = script.MISTAKEN_MEETING.title
    delete_meeting(qtbot, window, mistaken)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: mistaken in meeting_titles(journal), timeout=10_000)
    delete_meeting(qtbot, window, mistaken)
    assert meeting_titles(journal) == sorted(m.title for m in script.MEETINGS)

    # What the journal holds is the script's, corrected.
    saved = {p.description: p for p in list_promises(journal)}
    assert {d: p.status.value for d, p in saved.items()} == script.FINAL_STATUSES
    assert saved[hall].due_on == due
    for entry in script.all_promises():
        p = saved[entry.description]
        assert (
            p.made_by is None
            if entry.made_by is None
            else (p.made_by.name == (spelt if entry.made_by == misspelt else entry.made_by))
        )
        wanted_to = spelt if entry.made_to == misspelt else entry.made_to
        assert (p.made_to.name if p.made_to else None) == wanted_to, entry.description
    late = {d for d, p in saved.items() if p.status.value == "kept" and p.status_on > p.due_on}
    assert late == script.KEPT_LATE
    for meeting in list_meetings(journal):
        detail = meeting_detail(journal, meeting.id)
        assert detail.contacts and detail.members  # both sides were there

    # The council's one-page summary, saved as a PDF from the window.
    out = tmp_path / "council summary.pdf"
    print_summary(qtbot, window, script.COUNCIL, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = " ".join((reader.pages[0].extract_text() or "").split())
    for words in script.EXPECTED_SUMMARY:
        assert words in page, words
    assert "Nobody named yet" not in page

    # The agenda is the one the command line builds from the same script.
    built_by_window = agenda_by_names(journal)
    expected = script.EXPECTED_AGENDA
    assert [p[0] for p in built_by_window["theirs_due"]] == expected["theirs_due"]
    assert [p[0] for p in built_by_window["ours_due"]] == expected["ours_due"]
    assert [m[0] for m in built_by_window["planned"]] == expected["planned"]
    assert [q[0] for q in built_by_window["gone_quiet"]] == expected["gone_quiet"]
    assert [t[0] for t in built_by_window["terms_ending"]] == expected["terms_ending"]
    with open_journal(build_through_the_command_line(tmp_path)) as by_command:
        built_by_command = agenda_by_names(by_command)
    for part in built_by_window:
        assert built_by_window[part] == built_by_command[part], part
