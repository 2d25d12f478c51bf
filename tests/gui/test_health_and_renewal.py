"""Issue 21 in the window: the health words in the organisation list (sorted worst
first) and on its page, changing as the journal changes; a broken promise followed up
on Today with its reason, given a new date from the register or the status dialog, and
the new date undone with Ctrl+Z."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from bigjournal.gui.date_widgets import qdate
from bigjournal.gui.dialogs.promise_status import PromiseStatusDialog
from bigjournal.gui.dialogs.renew_promise import RenewPromiseDialog
from bigjournal.gui.main_window import PROMISES
from bigjournal.gui.views.organisations import HEALTH_COLUMN
from bigjournal.journal.health import health_of_organisations
from bigjournal.journal.meetings import MeetingDraft
from bigjournal.journal.promises import PromiseDraft, list_promises, promise
from bigjournal.journal.records import HealthWord
from bigjournal.model.vocabulary import PromiseStatus
from tests.conftest import TODAY


def _health_text(view: Any, organisation_id: int) -> str:
    """The list's health cell: the word, and (its tip, read aloud too) the reasons."""
    index = view._index_of(organisation_id)
    assert index is not None
    cell = index.siblingAtColumn(HEALTH_COLUMN)
    word = str(cell.data())
    said = str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert said.startswith(f"{word}: ") and said == cell.data(Qt.ItemDataRole.AccessibleTextRole)
    return said


def test_the_health_words_change_as_the_journal_changes(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    everyone = health_of_organisations(demo_journal, today=TODAY)
    lapsed = next(i for i, h in everyone.items() if any("lapsed" in reason for reason in h.reasons))
    window.open_record("organisation", lapsed)
    view = window.organisations_view
    before = _health_text(view, lapsed)
    assert "lapsed" in before and before.startswith(everyone[lapsed].word.label)
    page = view.ui.detail_browser.toPlainText()
    assert f"Health: {everyone[lapsed].word.label}" in page
    assert "promises that fell due" in page  # the track record, one sentence per side

    # A meeting today keeps the rhythm: the words say so, in the list and on the page.
    window.journal_actions.log_meeting(
        MeetingDraft(occurred_on=TODAY, kind="call", title="Catch-up", organisations=[lapsed])
    )
    qtbot.waitUntil(lambda: "lapsed" not in _health_text(view, lapsed))
    after = _health_text(view, lapsed)
    assert "kept" in after.split(";")[0]
    assert after.split(":")[0] != before.split(":")[0]  # a better word than before
    assert "lapsed" not in view.ui.detail_browser.toPlainText()
    window.journal_actions.undo_stack.undo()
    qtbot.waitUntil(lambda: _health_text(view, lapsed) == before)


def test_a_check_in_and_an_outcome_recorded_in_the_window_change_the_health_words(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    """Recorded through the real dialogs from the organisation's page: trust rated
    lower is said against the relationship, an outcome for it, in the list and on the
    page (issue 21's done-when)."""
    from bigjournal.gui.dialogs.check_in import CheckInDialog
    from bigjournal.gui.dialogs.outcome import OutcomeDialog
    from bigjournal.journal.organisations import find_organisation
    from bigjournal.model.vocabulary import Beneficiary, OutcomeKind

    homes = find_organisation(demo_journal, "Riverside Homes")
    window.open_record("organisation", homes.id)
    view = window.organisations_view
    before = _health_text(view, homes.id)
    assert "trust rated lower" not in before

    view.action_check_in.trigger()
    check_in = window.dialog
    assert isinstance(check_in, CheckInDialog)
    for criterion in ("trust", "respect"):
        check_in.set_level(criterion, "Weak")
    qtbot.mouseClick(check_in.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check_in.isVisible())
    qtbot.waitUntil(lambda: "trust and respect rated lower" in _health_text(view, homes.id))
    after_check_in = _health_text(view, homes.id)
    assert "trust and respect rated lower" in view.ui.detail_browser.toPlainText()

    achieved = "outcome achieved this year"
    already = [reason for reason in after_check_in.split("; ") if "achieved this year" in reason]
    view.action_outcome.trigger()
    outcome = window.dialog
    assert isinstance(outcome, OutcomeDialog)
    outcome.choose(Beneficiary.PARTNERSHIP, OutcomeKind.SEAT_AT_THE_TABLE)
    qtbot.keyClicks(outcome.title_edit, "A seat on the estate's repairs panel")
    qtbot.mouseClick(outcome.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not outcome.isVisible())
    qtbot.waitUntil(lambda: _health_text(view, homes.id) != after_check_in)
    after_outcome = _health_text(view, homes.id)
    assert "achieved this year" in after_outcome and after_outcome != after_check_in
    if not already:
        assert f"1 {achieved}" in after_outcome
    assert "achieved this year" in view.ui.detail_browser.toPlainText()

    window.journal_actions.undo_stack.undo()  # each one undo step: back as it was
    window.journal_actions.undo_stack.undo()
    qtbot.waitUntil(lambda: _health_text(view, homes.id) == before)


def test_the_list_sorts_by_health_worst_first(window: Any, demo_journal: Any) -> None:
    view = window.organisations_view
    window.open_record("organisation", 1)
    tree = view.ui.organisation_tree
    tree.header().sortIndicatorChanged.emit(HEALTH_COLUMN, Qt.SortOrder.AscendingOrder)
    view.sorting.arrange()
    model = view.model
    words = [
        str(model.index(row, HEALTH_COLUMN).data()).split(":")[0] for row in range(model.rowCount())
    ]
    ranks = [next(w for w in HealthWord if w.label == word).rank for word in words]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1


def _follow_ups(tree: Any) -> list[str]:
    """The lines of Today's section of broken promises to follow up."""
    for top in range(tree.topLevelItemCount()):
        header = tree.topLevelItem(top)
        if header.text(0).startswith("Broken promises to follow up"):
            return [header.child(n).text(0) for n in range(header.childCount())]
    raise AssertionError("Today has no section of broken promises to follow up")


def _broken_promise(window: Any) -> Any:
    """A promise broken yesterday, with its reason, to follow up."""
    from bigjournal.journal.promises import add_promise

    added = add_promise(
        window.journal_actions.journal,
        PromiseDraft(
            "Repair the bollards on Canal Walk",
            side="theirs",
            organisation=1,
            due_on=TODAY - timedelta(days=20),
            status="broken",
            status_on=TODAY - timedelta(days=1),
            status_note="The budget was cut",
        ),
        made_on=TODAY - timedelta(days=40),
        today=TODAY,
    )
    window.journal_actions.changed.emit()
    return promise(window.journal_actions.journal, added.id)


def test_a_broken_promise_is_followed_up_and_given_a_new_date(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    broken = _broken_promise(window)
    tree = window.today_view.ui.agenda_tree
    window.show_view(0)
    qtbot.waitUntil(lambda: any("Repair the bollards" in t for t in _follow_ups(tree)))
    assert any("“The budget was cut”" in t for t in _follow_ups(tree))

    window.show_view(PROMISES)
    register = window.promises_view
    register.set_filter(status=PromiseStatus.BROKEN)
    register.open_record(broken.id)
    assert "Reason given" in register.ui.detail_browser.toPlainText()
    renew = register.context_actions["renew"]
    assert renew.isEnabled()
    renew.trigger()
    dialog = register.renew_dialog
    assert isinstance(dialog, RenewPromiseDialog) and "The budget was cut" in (
        dialog.promise_label.text()
    )
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(-60))  # before today: refused
    assert dialog.due_edit.date().toPython() >= TODAY  # the field does not go back so far
    new_due = TODAY + timedelta(days=30)
    dialog.due_edit.setDate(qdate(new_due))
    qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
    renewed = [p for p in list_promises(demo_journal) if p.renewed_from_id == broken.id]
    assert len(renewed) == 1 and renewed[0].due_on == new_due
    assert promise(demo_journal, broken.id).status is PromiseStatus.BROKEN
    assert register.current is not None and register.current.id == renewed[0].id
    window.show_view(0)
    qtbot.waitUntil(lambda: not any("Repair the bollards" in t for t in _follow_ups(tree)))
    window.journal_actions.undo_stack.undo()  # the new date is taken back; the broken one stays
    assert not [p for p in list_promises(demo_journal) if p.renewed_from_id == broken.id]
    assert promise(demo_journal, broken.id).can_be_renewed


def test_the_status_dialog_offers_a_new_date_for_a_broken_promise(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    broken = _broken_promise(window)
    dialog = PromiseStatusDialog(window.journal_actions, broken, window)
    dialog.show()
    button = dialog.findChild(QPushButton, "renew_button")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    renewing = dialog.renew_dialog
    assert isinstance(renewing, RenewPromiseDialog) and renewing.isVisible()
    assert renewing.save()
    assert promise(demo_journal, broken.id).renewal_id is not None
    kept = next(p for p in list_promises(demo_journal, status="kept"))
    other = PromiseStatusDialog(window.journal_actions, kept, window)
    assert other.findChild(QPushButton, "renew_button") is None
    other.close()
    QApplication.processEvents()
