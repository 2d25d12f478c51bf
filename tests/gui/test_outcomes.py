"""Outcomes in the window: recorded from the organisation's page through the real
dialog, shown there with the funding added up, corrected, deleted, each one undo step
(issue 21, item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from bigjournal.gui.dialogs.legacy_report import LegacyReportDialog
from bigjournal.gui.dialogs.outcome import OutcomeDialog
from bigjournal.journal import outcomes, promises
from bigjournal.journal.organisations import find_organisation
from bigjournal.model.vocabulary import Beneficiary, OutcomeKind
from tests.conftest import TODAY as THE_DAY


def _open_page(window: Any, name: str) -> Any:
    organisation = find_organisation(window.journal_actions.journal, name)
    window.open_record("organisation", organisation.id)
    return organisation


def _dialog(window: Any) -> OutcomeDialog:
    dialog = window.dialog
    assert isinstance(dialog, OutcomeDialog)
    return dialog


def test_an_outcome_is_recorded_from_the_page_and_shown_there(window: Any, qtbot: Any) -> None:
    college = _open_page(window, "Millbrook College")
    journal = window.journal_actions.journal
    view = window.organisations_view
    before = outcomes.list_outcomes(journal, college.id)
    view.action_outcome.trigger()
    dialog = _dialog(window)
    assert dialog.windowTitle() == "Outcome with Millbrook College"
    assert not dialog.amount_edit.isEnabled()  # a seat at the table has no amount
    dialog.choose(Beneficiary.AREA, OutcomeKind.FUNDING_LEVERAGED)
    assert dialog.amount_edit.isEnabled()
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())] == [
        "Funding leveraged",
        "A community asset",
        "Other",
    ]
    qtbot.keyClicks(dialog.title_edit, "Grant for the SEND parents group")
    qtbot.keyClicks(dialog.amount_edit, "12,500.50")
    dialog.meeting_combo.setCurrentIndex(1)  # the latest meeting with the college
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    rows = outcomes.list_outcomes(journal, college.id)
    assert len(rows) == len(before) + 1
    (new,) = [row for row in rows if row.title == "Grant for the SEND parents group"]
    assert (new.kind, new.beneficiary, new.amount_pence) == (
        OutcomeKind.FUNDING_LEVERAGED,
        Beneficiary.AREA,
        1_250_050,
    )
    assert new.meeting is not None
    browser = view.ui.detail_browser
    qtbot.waitUntil(lambda: "Grant for the SEND parents group" in browser.toPlainText())
    page = browser.toPlainText()
    assert "Outcomes" in page and "£12,500.50" in page
    assert f"from the meeting {new.meeting.name}" in page
    total = outcomes.pounds(outcomes.total_pence(rows))
    assert f"Funding leveraged in all: {total}" in page

    window.journal_actions.undo_stack.undo()  # Ctrl+Z takes it back
    assert len(outcomes.list_outcomes(journal, college.id)) == len(before)


def test_a_funding_outcome_with_no_amount_is_refused_in_the_form(window: Any, qtbot: Any) -> None:
    _open_page(window, "Riverside Homes")
    window.organisations_view.action_outcome.trigger()
    dialog = _dialog(window)
    dialog.choose(Beneficiary.AREA, OutcomeKind.FUNDING_LEVERAGED)
    qtbot.keyClicks(dialog.title_edit, "Roof grant")
    assert not dialog.save()
    assert "amount of funding leveraged" in dialog.error_label.text()
    assert dialog.isVisible()
    dialog.discard()


def test_an_outcome_is_corrected_and_deleted_from_its_dialog(window: Any, qtbot: Any) -> None:
    council = _open_page(window, "Ashford Vale Borough Council")
    journal = window.journal_actions.journal
    funding = next(
        row
        for row in outcomes.list_outcomes(journal, council.id)
        if row.kind == OutcomeKind.FUNDING_LEVERAGED
    )
    window.open_record("outcome", funding.id)  # an outcome's title on the page links here
    dialog = _dialog(window)
    assert dialog.outcome is not None and dialog.outcome.id == funding.id
    assert dialog.amount_edit.text() == funding.amount
    dialog.amount_edit.setText("£50,000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert outcomes.outcome(journal, funding.id).amount_pence == 5_000_000
    window.journal_actions.undo_stack.undo()
    assert outcomes.outcome(journal, funding.id).amount_pence == funding.amount_pence

    window.open_record("outcome", funding.id)
    dialog = _dialog(window)
    dialog.delete()
    assert funding.id not in {row.id for row in outcomes.list_outcomes(journal)}
    window.journal_actions.undo_stack.undo()
    assert outcomes.outcome(journal, funding.id).title == funding.title


def test_the_legacy_report_is_saved_from_the_file_menu(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    action = window.output_actions["action_legacy_report"]
    assert action in window.ui.menu_file.actions()
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LegacyReportDialog)
    assert dialog.default_name() == "Legacy report.pdf"
    dialog.open_check.setChecked(False)
    dialog.save_pdf(tmp_path / "legacy")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    reader = PdfReader(dialog.saved_path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "What our relationships achieved" in text and "Outcomes (3; £45,000" in text


def test_an_outcome_is_recorded_from_a_promise_already_linked(window: Any, qtbot: Any) -> None:
    journal = window.journal_actions.journal
    kept = next(p for p in promises.list_promises(journal, status="kept", today=THE_DAY))
    window.open_record("promise", kept.id)
    view = window.promises_view
    qtbot.waitUntil(lambda: view.current is not None and view.current.id == kept.id)
    view.context_actions["outcome"].trigger()
    dialog = _dialog(window)
    assert dialog.promise_combo.currentData() == kept.id
    assert dialog.windowTitle() == f"Outcome with {kept.organisation.name}"
    qtbot.keyClicks(dialog.title_edit, "Came of a kept promise")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (made,) = [o for o in outcomes.list_outcomes(journal) if o.title == "Came of a kept promise"]
    assert made.promise is not None and made.promise.id == kept.id
    assert made.organisation.id == kept.organisation.id


def test_an_outcome_is_recorded_from_a_meeting_already_linked(window: Any, qtbot: Any) -> None:
    from bigjournal.journal.meetings import list_meetings

    journal = window.journal_actions.journal
    held = next(m for m in list_meetings(journal) if not m.is_planned and m.organisations)
    window.open_record("meeting", held.id)
    view = window.meetings_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == held.id)
    assert view.outcome_action in view.ui.meeting_table.actions()
    assert view.outcome_action.isEnabled()
    view.outcome_action.trigger()
    dialog = _dialog(window)
    assert dialog.meeting_combo.currentData() == held.id
    qtbot.keyClicks(dialog.title_edit, "Came of a meeting")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (made,) = [o for o in outcomes.list_outcomes(journal) if o.title == "Came of a meeting"]
    assert made.meeting is not None and made.meeting.id == held.id
    assert made.organisation.id == held.organisations[0].id
