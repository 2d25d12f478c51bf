"""Record, correct or delete an outcome of a relationship (issue 21, item 4).

Opened from an organisation's page ("Record an outcome…", or an outcome's title on the
page). Who it benefits comes first, and the kinds offered are that side's (2022 report,
§4), with Other for anything else. The amount, typed in pounds ("12,500" or
"£12,500.50"), is only open for funding leveraged. The meeting or promise it came from
is chosen from the organisation's own. Saving is one Ctrl+Z step; Esc with changes
asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bigjournal.errors import JournalError, ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.date_widgets import date_edit, python_date
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.discard import AsksBeforeDiscarding
from bigjournal.gui.errors import problem_label, show_error, show_inline
from bigjournal.gui.html import day
from bigjournal.journal import outcomes
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import organisation_detail
from bigjournal.journal.outcomes import FUNDING, OutcomeRow, meeting_name, pounds
from bigjournal.journal.promises import list_promises
from bigjournal.journal.records import Ref
from bigjournal.model.vocabulary import Beneficiary, OutcomeKind

#: The organisation's meetings and promises offered as where an outcome came from.
OFFERED = 300
NONE = "(none)"


class OutcomeDialog(AsksBeforeDiscarding):
    """One outcome: new for ``organisation_id``, or ``outcome`` corrected.

    ``meeting_id`` or ``promise_id`` pre-link a new outcome to what it came from.
    """

    #: Saved (the outcome's id); the views refresh through the actions too.
    saved = Signal(int)

    def __init__(
        self,
        actions: JournalActions,
        organisation_id: int,
        parent: QWidget | None = None,
        *,
        outcome: OutcomeRow | None = None,
        meeting_id: int | None = None,
        promise_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.outcome = outcome
        journal = actions.journal
        self.organisation_id = outcome.organisation.id if outcome else organisation_id
        self.organisation_name = (
            outcome.organisation.name
            if outcome
            else organisation_detail(journal, organisation_id, today=actions.today()).name
        )
        self.discard_question = None
        self.setObjectName("outcome_dialog")
        self.setWindowTitle(
            f"Correct an outcome with {self.organisation_name}"
            if outcome
            else f"Outcome with {self.organisation_name}"
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            "What did the relationship achieve, and for whom? A seat at the table, an "
            "introduction, funding leveraged: say it in a few words."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = problem_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        layout.addLayout(form)

        self.beneficiary_combo = QComboBox()
        self.beneficiary_combo.setObjectName("beneficiary_combo")
        for side in Beneficiary:
            self.beneficiary_combo.addItem(side.label, side)
        self._add_row(form, "&Benefits", self.beneficiary_combo, "Who it benefits")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        self._add_row(form, "&Kind", self.kind_combo, "Kind of outcome")
        self.title_edit = QLineEdit(outcome.title if outcome else "")
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(outcomes.TITLE_LIMIT)
        self.title_edit.setPlaceholderText("In a few words, like “A seat on the health board”")
        self._add_row(form, "&Title", self.title_edit, "Title")
        self.achieved_edit = date_edit(
            outcome.achieved_on if outcome else actions.today(), "Achieved on"
        )
        self.achieved_edit.setObjectName("achieved_on_edit")
        self._add_row(form, "&Achieved on", self.achieved_edit, "Achieved on")
        self.amount_edit = QLineEdit(
            pounds(outcome.amount_pence) if outcome and outcome.amount_pence is not None else ""
        )
        self.amount_edit.setObjectName("amount_edit")
        self.amount_edit.setPlaceholderText("Funding only: like 12,500 or £12,500.50")
        self._add_row(form, "Amo&unt in pounds", self.amount_edit, "Amount in pounds")
        self.meeting_combo = self._links(
            "meeting_combo", self._meetings(meeting_id), outcome.meeting if outcome else None
        )
        if outcome is None and meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(meeting_id), 0))
        self._add_row(form, "Came from the &meeting", self.meeting_combo, "Came from the meeting")
        self.promise_combo = self._links(
            "promise_combo", self._promises(), outcome.promise if outcome else None
        )
        if outcome is None and promise_id is not None:
            self.promise_combo.setCurrentIndex(max(self.promise_combo.findData(promise_id), 0))
        self._add_row(form, "Came from the &promise", self.promise_combo, "Came from the promise")
        self.notes_edit = QPlainTextEdit(outcome.notes if outcome else "")
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 14)
        self._add_row(form, "&Notes", self.notes_edit, "Notes")

        chosen_side = outcome.beneficiary if outcome else Beneficiary.PARTNERSHIP
        self.beneficiary_combo.setCurrentIndex(max(self.beneficiary_combo.findData(chosen_side), 0))
        self._fill_kinds(outcome.kind if outcome else None)
        self.beneficiary_combo.currentIndexChanged.connect(self._on_beneficiary_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(
            "&Save", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        cancel = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        self.delete_button: QPushButton | None = None
        if outcome is not None:
            self.delete_button = self.button_box.addButton(
                "&Delete outcome…", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setObjectName("delete_button")
            self.delete_button.clicked.connect(self.ask_to_delete)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.button_box)
        self._initial = self.values()

    # --- building --------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(name)
        form.addRow(label, field)

    def _meetings(self, also: int | None) -> list[tuple[str, int]]:
        rows = list_meetings(
            self.journal_actions.journal, organisation=self.organisation_id, limit=OFFERED
        )
        return [
            (
                f"{day(row.occurred_on)}: {meeting_name(row.title, row.kind, row.occurred_on)}",
                row.id,
            )
            for row in rows
            if not row.is_planned or row.id == also
        ]

    def _promises(self) -> list[tuple[str, int]]:
        rows = list_promises(
            self.journal_actions.journal,
            organisation=self.organisation_id,
            today=self.journal_actions.today(),
            limit=OFFERED,
        )
        rows.sort(key=lambda row: (row.made_on, row.id), reverse=True)
        return [(f"{day(row.made_on)}: {_short(row.description)}", row.id) for row in rows]

    def _links(self, name: str, choices: list[tuple[str, int]], linked: Ref | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(NONE, None)
        for text, key in choices:
            combo.addItem(text, key)
        if linked is not None and combo.findData(linked.id) < 0:  # older than those offered
            combo.addItem(_short(linked.name), linked.id)
        combo.setCurrentIndex(max(combo.findData(linked.id), 0) if linked is not None else 0)
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _fill_kinds(self, chosen: OutcomeKind | None) -> None:
        side = self.beneficiary_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in outcomes.kinds_for(side):
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(chosen), 0) if chosen else 0)
        self.kind_combo.blockSignals(False)

    def _on_beneficiary_changed(self) -> None:
        self._fill_kinds(self.kind_combo.currentData())
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        funding = self.kind_combo.currentData() == FUNDING
        self.amount_edit.setEnabled(funding)
        self.amount_edit.setToolTip(
            "" if funding else "Only funding leveraged has an amount (choose it under Kind)"
        )

    # --- reading ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as the use case takes it (the amount as typed)."""
        kind = self.kind_combo.currentData()
        return {
            "beneficiary": self.beneficiary_combo.currentData(),
            "kind": kind,
            "title": self.title_edit.text().strip(),
            "achieved_on": python_date(self.achieved_edit.date()),
            "amount": self.amount_edit.text().strip() if kind == FUNDING else "",
            "meeting": self.meeting_combo.currentData(),
            "promise": self.promise_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def has_changes(self) -> bool:
        return self.values() != self._initial

    def choose(self, beneficiary: Beneficiary, kind: OutcomeKind) -> None:
        """Choose who it benefits and its kind (for keyboard-free tests and scripts)."""
        self.beneficiary_combo.setCurrentIndex(self.beneficiary_combo.findData(beneficiary))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    # --- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        values = self.values()
        values["amount"] = values["amount"] or None
        try:
            if self.outcome is None:
                added = self.journal_actions.add(
                    "outcome",
                    self.organisation_id,
                    values.pop("kind"),
                    today=self.journal_actions.today(),
                    label=f"record an outcome with {self.organisation_name}",
                    **values,
                )
                record_id = added.id
            else:
                old = dict(self._initial, amount=self._initial["amount"] or None)
                changes = {key: value for key, value in values.items() if old[key] != value}
                if "amount" in changes:  # pence, so "£12,500" and "12500" are the same
                    changes["amount"] = outcomes.parse_amount(changes["amount"])
                    if changes["amount"] == self.outcome.amount_pence:
                        del changes["amount"]
                record_id = self.outcome.id
                if changes:
                    self.journal_actions.update(
                        "outcome",
                        record_id,
                        changes,
                        {key: self._stored(key) for key in changes},
                        expected_version=self.outcome.version,
                        label=f"correct the outcome “{_short(self.outcome.title)}”",
                    )
        except ValidationError as error:
            show_inline(self.error_label, error)
            field = {
                "beneficiary": self.beneficiary_combo,
                "kind": self.kind_combo,
                "title": self.title_edit,
                "achieved_on": self.achieved_edit,
                "amount": self.amount_edit if self.amount_edit.isEnabled() else self.kind_combo,
                "meeting": self.meeting_combo,
                "promise": self.promise_combo,
                "notes": self.notes_edit,
            }.get(error.field or "")
            if field is not None:
                field.setFocus()
            return False
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        self.journal_actions.report(
            f"Outcome with {self.organisation_name} saved. Ctrl+Z takes it back."
        )
        self.saved.emit(record_id)
        QDialog.accept(self)
        return True

    def _stored(self, key: str) -> Any:
        """A field as the journal holds it (what undo puts back)."""
        assert self.outcome is not None
        if key == "amount":
            return self.outcome.amount_pence
        if key in ("meeting", "promise"):
            linked = getattr(self.outcome, key)
            return linked.id if linked is not None else None
        return getattr(self.outcome, key)

    def accept(self) -> None:  # Enter: save, and stay open if it could not be saved
        self.save()

    # --- deleting --------------------------------------------------------------------

    def ask_to_delete(self) -> None:
        if self.outcome is None:
            return
        confirm(
            self,
            "Delete this outcome?",
            f"Delete the outcome “{_short(self.outcome.title)}” with "
            f"{self.organisation_name}? You can undo this with Ctrl+Z.",
            "Delete outcome",
            self.delete,
        )

    def delete(self) -> None:
        assert self.outcome is not None
        try:
            self.journal_actions.delete(
                "outcome",
                self.outcome.id,
                label=f"delete the outcome “{_short(self.outcome.title)}”",
            )
        except JournalError as error:
            show_error(self, error, "Not deleted")
            return
        self.journal_actions.report("Deleted the outcome. Ctrl+Z brings it back.")
        QDialog.reject(self)

    # --- closing ---------------------------------------------------------------------

    def discard_title(self) -> str:
        return "Discard this outcome?" if self.outcome is None else "Discard your changes?"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_outcome(window: Any, outcome_id: int) -> OutcomeDialog | None:
    """The dialog on an outcome already in the journal (from its organisation's page)."""
    try:
        found = outcomes.outcome(window.attached_actions.journal, outcome_id)
    except JournalError as error:
        show_error(window, error)
        return None
    dialog = OutcomeDialog(window.attached_actions, found.organisation.id, window, outcome=found)
    _open(window, dialog)
    return dialog


def record_outcome(
    window: Any,
    actions: JournalActions,
    organisation_id: int,
    *,
    meeting_id: int | None = None,
    promise_id: int | None = None,
) -> OutcomeDialog:
    """ "Record an outcome…" on an organisation's page (pre-linked when from a meeting
    or a promise)."""
    dialog = OutcomeDialog(
        actions, organisation_id, window, meeting_id=meeting_id, promise_id=promise_id
    )
    _open(window, dialog)
    return dialog


def _open(window: Any, dialog: QDialog) -> None:
    """As the main window opens its dialogs (F1, the one open now), else plainly."""
    opener = getattr(window, "_open_dialog", None)
    if opener is not None:
        opener(dialog)
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
