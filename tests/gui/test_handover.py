"""The handover, walked through the real window on the demo journal.

A contact leaves (with a successor, or the post vacant), every open promise needs a
decision before saving, Today shows what is pending and finishes it, several people
leave at once, a member steps down, and each of these comes back with Ctrl+Z.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from bigjournal.gui.dialogs.handover import HandoverDialog, PendingHandoverDialog
from bigjournal.gui.dialogs.members import MembersDialog, SteppingDownDialog
from bigjournal.gui.main_window import CONTACTS
from bigjournal.gui.main_window import TODAY as TODAY_VIEW
from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.handovers import (
    list_handovers,
    member_promises_to_hand_over,
    promises_to_hand_over,
    relationships_held_by,
)
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import organisation_detail
from bigjournal.journal.people import contact_detail, list_contacts, list_members
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import PromiseStatus
from tests.conftest import TODAY


def leaver_with_promises(journal: Any, at_least: int = 2) -> Any:
    """An active contact with open promises to hand over (the demo has several)."""
    for contact in list_contacts(journal, include_left=False):
        if len(promises_to_hand_over(journal, contact.id)) >= at_least:
            return contact
    raise AssertionError("the demo journal should have a contact with open promises")


def open_handover(window: Any, qtbot: Any, contact: Any) -> HandoverDialog:
    window.open_record("contact", contact.id)
    with qtbot.waitSignal(window.contacts_view.leaving_requested):
        qtbot.mouseClick(window.contacts_view.ui.has_left_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    return dialog


def snapshot(journal: Any) -> Any:
    """What a handover touches, to compare before and after undo."""
    return (
        sorted(
            (c.id, c.left_on, c.went_to, c.successor, c.version) for c in list_contacts(journal)
        ),
        sorted(
            (p.id, p.status, p.holder, p.made_to, p.status_note, p.version)
            for p in list_promises(journal, today=TODAY)
        ),
        [(h.id, h.completed_on) for h in list_handovers(journal)],
        sorted(m.id for m in list_meetings(journal)),
    )


def test_handover_to_a_successor_moves_promises_and_plans_the_introduction(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    leaver = leaver_with_promises(demo_journal)
    promises = promises_to_hand_over(demo_journal, leaver.id)
    before = snapshot(demo_journal)
    dialog = open_handover(window, qtbot, leaver)
    assert dialog.ui.promise_table.rowCount() == len(promises)

    # Nothing can be saved until every promise has a decision, and the dialog says so.
    assert not dialog.save_button.isEnabled()
    assert f"{len(promises)} promises still need a decision" in dialog.ui.decisions_error.text()
    qtbot.keyClicks(dialog.ui.went_to_edit, "Kentshire County Council")
    successor = next(
        c
        for c in list_contacts(demo_journal, include_left=False)
        if c.organisation.id == leaver.organisation.id and c.id != leaver.id
    )
    # Type-ahead: part of the organisation's name finds its people; choose from the list.
    edit = dialog.ui.successor_edit
    qtbot.keyClicks(edit, successor.organisation.name[:9])
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    label = f"{successor.name} ({successor.organisation.name})"
    assert label in [model.index(n, 0).data() for n in range(model.rowCount())]
    edit.setText(label)  # as choosing it does (offscreen popups take no clicks)
    qtbot.keyClicks(dialog.ui.notes_edit, "Ask about the lamp columns on Mill Lane.")
    dialog.decide(0, "move")
    for row in range(1, len(promises) - 1):
        dialog.decide(row, "organisation")
    # Closing needs a note: the note field is only enabled for "close".
    last = len(promises) - 1
    assert not dialog.note_edits[last].isEnabled()
    dialog.decide(last, "close")
    assert dialog.note_edits[last].isEnabled()
    assert dialog.save_button.isEnabled()
    assert not dialog.ui.decisions_error.isVisible()

    # Without the note the service explains, next to the promises, and keeps the input.
    assert not dialog.save()
    assert "say why" in dialog.ui.decisions_error.text()
    assert dialog.ui.went_to_edit.text() == "Kentshire County Council"
    dialog.note_edits[last].setText("They agreed it is no longer needed.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)

    contact = contact_detail(demo_journal, leaver.id).contact
    assert contact.left_on == TODAY and contact.went_to == "Kentshire County Council"
    assert contact.successor is not None and contact.successor.id == successor.id
    after = {p.id: p for p in list_promises(demo_journal, today=TODAY)}
    moved = after[promises[0].id]
    assert successor.id in {moved.holder and moved.holder.id, moved.made_to and moved.made_to.id}
    assert after[promises[last].id].status is PromiseStatus.RELEASED
    assert after[promises[last].id].status_note == "They agreed it is no longer needed."

    # Today: the introduction is planned, the handover pending with how long it waits.
    window.show_view(TODAY_VIEW)
    agenda = window.today_view.agenda
    intro = TODAY + timedelta(days=14)
    assert not any(m.occurred_on == intro for m in agenda.planned)  # beyond the week
    assert any(
        m.occurred_on == intro and successor.name in m.title for m in list_meetings(demo_journal)
    )
    pending = [h for h in agenda.pending_handovers if h.leaver.id == leaver.id]
    assert len(pending) == 1 and pending[0].successor.id == successor.id
    texts = tree_texts(window.today_view)
    assert any(f"Handover from {leaver.name} to {successor.name}" in t for t in texts)
    assert any("waiting 0 days" in t for t in texts)
    detail = organisation_detail(demo_journal, leaver.organisation.id)
    assert any(h.leaver.id == leaver.id for h in detail.handovers)

    # Ctrl+Z puts every row back as it was; Ctrl+Y makes the handover again.
    window.journal_actions.undo_stack.undo()
    assert snapshot(demo_journal) == before
    window.journal_actions.undo_stack.redo()
    assert contact_detail(demo_journal, leaver.id).contact.left_on == TODAY
    assert any(h.leaver.id == leaver.id for h in list_handovers(demo_journal))


def test_vacant_post_keeps_promises_with_the_organisation_then_today_fills_it(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    leaver = leaver_with_promises(demo_journal)
    promises = promises_to_hand_over(demo_journal, leaver.id)
    dialog = open_handover(window, qtbot, leaver)
    dialog.decide(0, "move")
    qtbot.mouseClick(dialog.ui.vacant_radio, Qt.MouseButton.LeftButton)
    # "Move to the successor" cannot apply to a vacant post: the choice is undone.
    assert dialog.fate_combos[0].currentData() == ""
    assert not dialog.ui.introduction_check.isEnabled()
    for row in range(len(promises)):
        dialog.decide(row, "organisation")
    assert dialog.save()
    dialog.accept()
    qtbot.waitUntil(lambda: window.dialog is None)
    handover = next(h for h in list_handovers(demo_journal) if h.leaver.id == leaver.id)
    assert handover.post_vacant and handover.successor is None

    # Today lists it as pending; Enter opens the dialog that names the successor.
    window.show_view(TODAY_VIEW)
    today = window.today_view
    assert select_item(today, "handover", handover.id)
    with qtbot.waitSignal(today.handover_requested):
        qtbot.keyClick(today.ui.agenda_tree, Qt.Key.Key_Return)
    filling = window.dialog
    assert isinstance(filling, PendingHandoverDialog) and filling.vacant
    qtbot.keyClicks(filling.new_name_edit, "Grace Oduya")
    qtbot.keyClicks(filling.new_role_edit, "Neighbourhood officer")
    assert filling.new_radio.isChecked()
    assert filling.save()
    filling.accept()
    qtbot.waitUntil(lambda: window.dialog is None)
    filled = next(h for h in list_handovers(demo_journal) if h.id == handover.id)
    assert filled.successor is not None and filled.successor.name == "Grace Oduya"
    held = {p.id: p for p in list_promises(demo_journal, today=TODAY)}
    assert any(held[p.id].holder and held[p.id].holder.name == "Grace Oduya" for p in promises), (
        "the organisation's promises pass to the new post-holder"
    )

    # Then complete it: it leaves Today and stays in the organisation's timeline.
    window.today_view.refresh()
    assert select_item(today, "handover", handover.id)
    today.open_selected()
    completing = window.dialog
    assert isinstance(completing, PendingHandoverDialog) and not completing.vacant
    assert completing.save()
    completing.accept()
    assert not any(h.id == handover.id for h in today_agenda(demo_journal).pending_handovers)
    done = organisation_detail(demo_journal, leaver.organisation.id).handovers
    assert any(h.id == handover.id and h.completed_on for h in done)
    window.journal_actions.undo_stack.undo()
    assert any(h.id == handover.id for h in today_agenda(demo_journal).pending_handovers)


def test_problems_are_shown_by_their_field_and_the_input_is_kept(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    leaver = leaver_with_promises(demo_journal, at_least=0)
    dialog = open_handover(window, qtbot, leaver)
    for row in range(len(dialog.promises)):
        dialog.decide(row, "organisation")
    qtbot.keyClicks(dialog.ui.went_to_edit, "Retired")
    assert not dialog.save()  # no successor chosen and the post not marked vacant
    assert dialog.ui.successor_error.isVisible()
    assert "post vacant for now" in dialog.ui.successor_error.text()
    assert not dialog.ui.error_label.isVisible()
    qtbot.keyClicks(dialog.ui.successor_edit, "Nobody By This Name")
    assert not dialog.save()
    assert dialog.ui.successor_error.isVisible()
    assert dialog.ui.went_to_edit.text() == "Retired"
    assert contact_detail(demo_journal, leaver.id).contact.left_on is None


def test_today_starts_the_handover_of_someone_who_left_without_one(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    window.show_view(TODAY_VIEW)
    today = window.today_view
    left = today.agenda.left_without_handover
    assert [c.name for c in left] == ["Priya Shah"]
    assert select_item(today, "left", left[0].id)
    with qtbot.waitSignal(today.leaving_requested):
        qtbot.keyClick(today.ui.agenda_tree, Qt.Key.Key_Return)
    dialog = window.dialog
    assert isinstance(dialog, HandoverDialog)
    # What the journal already knows is filled in: when, where, and who took over.
    assert dialog.ui.left_on_edit.date().toPython() == left[0].left_on
    assert dialog.ui.went_to_edit.text() == left[0].went_to
    assert "Øyvind Hansen" in dialog.ui.successor_edit.text()
    for row in range(len(dialog.promises)):
        dialog.decide(row, "move")
    assert dialog.save(), dialog.ui.successor_error.text() + dialog.ui.error_label.text()
    agenda = today_agenda(demo_journal, today=TODAY)
    assert not agenda.left_without_handover
    assert any(h.leaver.name == "Priya Shah" for h in agenda.pending_handovers)


def test_several_people_leave_at_once_in_a_restructure(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    view = window.show_view(CONTACTS)
    view.ui.filter_edit.setText("")
    view.refresh()
    table = view.ui.contact_table
    chosen = []
    for row in range(len(view.model.rows)):
        if view.model.rows[row].left_on is None:
            chosen.append(view.model.rows[row])
        if len(chosen) == 2:
            break
    selection = table.selectionModel()
    selection.clearSelection()
    for contact in chosen:
        row = view.model.find_row(lambda c, wanted=contact.id: c.id == wanted)
        table.selectRow(row) if not selection.hasSelection() else None
        selection.select(
            view.model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    assert {c.id for c in view.selected_contacts()} == {c.id for c in chosen}
    qtbot.mouseClick(view.several_left_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and dialog.windowTitle() == "Several people have left"
    dialog.note_edit.setPlainText("The neighbourhoods team was merged.")
    assert dialog.save()
    dialog.accept()
    pending = {h.leaver.id: h for h in today_agenda(demo_journal).pending_handovers}
    for contact in chosen:
        assert pending[contact.id].post_vacant
    window.journal_actions.undo_stack.undo()
    pending_after = {h.leaver.id for h in today_agenda(demo_journal).pending_handovers}
    assert not pending_after & {c.id for c in chosen}


def test_a_member_steps_down_and_hands_on_what_they_held(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    members = window.show_members()
    assert isinstance(members, MembersDialog)
    # The member holding the most: at least one relationship they hold alone.
    candidates = [
        m
        for m in list_members(demo_journal, include_former=False)
        if relationships_held_by(demo_journal, m.id)
    ]
    member = max(candidates, key=lambda m: len(relationships_held_by(demo_journal, m.id)))
    held = relationships_held_by(demo_journal, member.id)
    promises = member_promises_to_hand_over(demo_journal, member.id)
    assert members.select_member(member.id)
    qtbot.mouseClick(members.steps_down_button, Qt.MouseButton.LeftButton)
    dialog = members.stepping_down
    assert isinstance(dialog, SteppingDownDialog)
    alone = [row for row, (_org, others) in enumerate(held) if others == 0]
    if alone or promises:
        assert not dialog.save_button.isEnabled()
        assert "Before saving, choose" in dialog.waiting_label.text()
    taker = next(m for m in list_members(demo_journal, include_former=False) if m.id != member.id)
    for row in alone:
        dialog.choose_holder(row, taker.id)
    for row in range(len(promises)):
        dialog.choose_owner(row, taker.id)
    dialog.notes_edit.setPlainText("The college contacts know Zoë best.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    former = next(m for m in list_members(demo_journal) if m.id == member.id)
    assert former.stepped_down_on == TODAY and not former.holds
    for organisation, _others in held:
        holders = organisation_detail(demo_journal, organisation.id).holders
        assert member.id not in {h.id for h in holders} and holders
    assert "stepped down" in members.member_list.currentItem().text()
    window.journal_actions.undo_stack.undo()
    again = next(m for m in list_members(demo_journal) if m.id == member.id)
    assert again.stepped_down_on is None and {r.id for r in again.holds} == {o.id for o, _ in held}
    members.reject()


def test_members_are_added_and_edited_with_their_conflicts_of_interest(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    members = window.show_members()
    qtbot.mouseClick(members.new_button, Qt.MouseButton.LeftButton)
    assert not members.save()  # a name is needed
    assert "name" in members.error_label.text()
    qtbot.keyClicks(members.name_edit, "Dev Mistry")
    members.conflicts_edit.setPlainText("Tenant of Millbrook Homes")
    assert members.save()
    dev = next(m for m in list_members(demo_journal) if m.name == "Dev Mistry")
    assert dev.conflicts_of_interest == "Tenant of Millbrook Homes"
    members.phone_edit.setText("01234 567890")
    assert members.save()
    assert next(m for m in list_members(demo_journal) if m.id == dev.id).phone == "01234 567890"
    # The councillor warning is a journal setting, kept with the journal.
    members.term_warning_spin.setValue(90)
    members.save_term_warning()
    assert settings.get_setting(demo_journal, settings.TERM_WARNING_DAYS) == "90"
    members.reject()


def test_today_lists_single_points_of_contact_and_terms_ending(
    window: Any, demo_journal: Any
) -> None:
    settings.set_settings(demo_journal, {settings.TERM_WARNING_DAYS: "365"})
    window.show_view(TODAY_VIEW)
    today = window.today_view
    today.refresh()
    agenda = today.agenda
    headers = [
        today.ui.agenda_tree.topLevelItem(n).text(0)
        for n in range(today.ui.agenda_tree.topLevelItemCount())
    ]
    assert any(h.startswith("Handovers pending") for h in headers)
    assert any(h.startswith("Relationships that hang on one person or nobody") for h in headers)
    assert any(h.startswith("Councillors' terms ending") for h in headers)
    texts = tree_texts(today)
    assert agenda.single_points, "the demo has relationships that hang on one person"
    risk = agenda.single_points[0]
    assert any(risk.describe() in t for t in texts)
    assert agenda.terms_ending, "the demo has a councillor whose term ends within a year"
    term = agenda.terms_ending[0]
    line = next(t for t in texts if t.startswith(term.contact.name))
    assert "relationships depending on them" in line
    assert all(r.name in line for r in term.relationships)
    # The flag also shows on the organisation itself.
    window.open_record("organisation", risk.organisation.id)
    shown = window.organisations_view.ui.detail_browser.toPlainText()
    assert "Single point of contact" in shown


def tree_texts(view: Any) -> list[str]:
    tree = view.ui.agenda_tree
    texts = []
    for top in range(tree.topLevelItemCount()):
        header = tree.topLevelItem(top)
        for n in range(header.childCount()):
            item = header.child(n)
            texts.append(" | ".join(item.text(c) for c in range(tree.columnCount())))
    return texts


def select_item(view: Any, kind: str, record_id: int) -> bool:
    tree = view.ui.agenda_tree
    for top in range(tree.topLevelItemCount()):
        header = tree.topLevelItem(top)
        for n in range(header.childCount()):
            item = header.child(n)
            if (
                item.data(0, Qt.ItemDataRole.UserRole),
                item.data(0, Qt.ItemDataRole.UserRole + 1),
            ) == (
                kind,
                record_id,
            ):
                tree.setCurrentItem(item)
                tree.setFocus()
                return True
    return False


def test_today_says_which_relationships_hang_on_nobody(window: Any) -> None:
    """One contact and no member holding it is a risk, and Today says which risk."""
    window.show_view(TODAY_VIEW)
    today = window.today_view
    today.refresh()
    nobody = [r for r in today.agenda.single_points if r.holders == 0]
    assert nobody, "the demo has a relationship nobody holds"
    texts = tree_texts(today)
    line = next(t for t in texts if nobody[0].organisation.name in t and "Hangs on" in t)
    assert line.startswith("Hangs on nobody:") and "nobody holds the relationship" in line
    assert not any("more than one contact" in t for t in texts)


def test_a_day_typed_before_its_month_is_kept_and_a_future_date_explained(
    window: Any, qtbot: Any, demo_journal: Any
) -> None:
    """28 May typed day first, while the box still shows this June (issue 14)."""
    from PySide6.QtWidgets import QDateTimeEdit

    leaver = leaver_with_promises(demo_journal, at_least=0)
    dialog = open_handover(window, qtbot, leaver)
    for row in range(len(dialog.promises)):
        dialog.decide(row, "organisation")
    dialog.ui.vacant_radio.setChecked(True)
    edit = dialog.ui.left_on_edit
    dialog.activateWindow()  # the keyboard goes to the dialog, as a window manager does
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=10_000)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as Tab into it does
    qtbot.keyClicks(edit, "28")
    assert edit.date().toPython() == TODAY.replace(day=28)  # not refused in silence
    assert not dialog.save()  # 28 June is after "today", 15 June: said in words
    assert "in the future" in dialog.ui.left_on_error.text()  # beside the date
    assert contact_detail(demo_journal, leaver.id).contact.left_on is None
    edit.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date().toPython() == TODAY.replace(month=5, day=28)
    assert dialog.save(), dialog.ui.error_label.text() + dialog.ui.successor_error.text()
    assert contact_detail(demo_journal, leaver.id).contact.left_on == TODAY.replace(month=5, day=28)
