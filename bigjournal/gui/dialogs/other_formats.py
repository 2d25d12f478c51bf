"""Talking to other tools: contacts as vCard, a calendar as iCalendar, registers as CSV.

Each export is one small dialog: what to include, and where to save it (the file is
written whole or not at all by the exchange layer). Importing contacts from a
vCard file shows, person by person, what will happen before anything changes.
These files are small, so the work runs on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from bigjournal import wording
from bigjournal.errors import JournalError, ValidationError
from bigjournal.exchange.ical import export_calendar
from bigjournal.exchange.registers import REGISTERS, export_register
from bigjournal.exchange.vcard import (
    VCardImport,
    export_vcards,
    import_vcards,
    plan_vcard_import,
    read_vcard_file,
)
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.dialogs.confirm import confirm
from bigjournal.gui.dialogs.report_output import documents_folder, safe_file_name
from bigjournal.gui.errors import show_inline
from bigjournal.gui.forms.ui_export_file_dialog import Ui_ExportFileDialog
from bigjournal.gui.forms.ui_vcard_import_dialog import Ui_VCardImportDialog
from bigjournal.journal import settings
from bigjournal.journal.organisations import list_organisations

REGISTER_LABELS = {
    "promises": "Promises",
    "meetings": "Meetings",
    "contacts": "Contacts",
    "organisations": "Organisations",
    "members": "Partnership members",
}
assert set(REGISTER_LABELS) == set(REGISTERS)

VCARD, ICAL, CSV = "vcard", "ical", "csv"
KINDS = {
    VCARD: (
        "Export contacts (vCard)",
        "People in the journal as a vCard file (.vcf), for a phone or an email address "
        "book. Each card has their name, organisation, role, phone and email.",
        "vCard files (*.vcf)",
        ".vcf",
    ),
    ICAL: (
        "Export calendar (iCalendar)",
        "Meetings and the due dates of open promises as a calendar file (.ics), for "
        "Outlook, Google Calendar or a phone.",
        "Calendar files (*.ics)",
        ".ics",
    ),
    CSV: (
        "Export registers (CSV)",
        "One register as a CSV file, for a spreadsheet (Excel, LibreOffice Calc). "
        "Dates are written as YYYY-MM-DD.",
        "CSV files (*.csv)",
        ".csv",
    ),
}


def partnership_name(actions: JournalActions) -> str:
    try:
        return settings.get_setting(actions.journal, settings.PARTNERSHIP_NAME) or "BigJournal"
    except JournalError:
        return "BigJournal"


class ExportFileDialog(QDialog):
    """Export to another tool's file: ``kind`` is "vcard", "ical" or "csv"."""

    def __init__(self, actions: JournalActions, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportFileDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.journal = actions.journal
        self.kind = kind
        self.last_message = ""
        self.written = 0
        title, intro, self.file_filter, self.suffix = KINDS[kind]
        self.setWindowTitle(title)
        self.ui.intro_label.setText(intro)
        show_inline(self.ui.error_label, None)
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.ui.button_box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self._build_options()
        self.ui.file_edit.setText(str(documents_folder() / self.default_name()))

    def _build_options(self) -> None:
        layout = QFormLayout()
        self.ui.options_layout.addLayout(layout)
        if self.kind == VCARD:
            self.organisation_combo = QComboBox()
            self.organisation_combo.setObjectName("organisation_combo")
            self.organisation_combo.setAccessibleName("Whose contacts")
            self.organisation_combo.addItem("Everyone", None)
            for row in list_organisations(self.journal):
                self.organisation_combo.addItem(row.name, row.id)
            layout.addRow("&Whose contacts:", self.organisation_combo)
            self.include_left_check = QCheckBox("Include people who have &left their post")
            layout.addRow(self.include_left_check)
            self.organisation_combo.currentIndexChanged.connect(self._rename)
        elif self.kind == ICAL:
            self.meetings_check = QCheckBox("&Meetings (held and planned)")
            self.meetings_check.setChecked(True)
            self.promises_check = QCheckBox("&Due dates of open promises")
            self.promises_check.setChecked(True)
            self.notes_check = QCheckBox(
                "Include meeting &notes (calendars are often shared: only if you are sure)"
            )
            for check in (self.meetings_check, self.promises_check, self.notes_check):
                layout.addRow(check)
        else:
            self.register_combo = QComboBox()
            self.register_combo.setObjectName("register_combo")
            self.register_combo.setAccessibleName("Register")
            for key in REGISTERS:
                self.register_combo.addItem(REGISTER_LABELS[key], key)
            layout.addRow("&Register:", self.register_combo)
            self.register_combo.currentIndexChanged.connect(self._rename)

    def default_name(self) -> str:
        name = partnership_name(self.journal_actions)
        if self.kind == VCARD:
            chosen = self.organisation_combo.currentData()
            whose = self.organisation_combo.currentText() if chosen is not None else name
            return safe_file_name(f"{whose} contacts", self.suffix)
        if self.kind == ICAL:
            return safe_file_name(f"{name} calendar", self.suffix)
        register = REGISTER_LABELS[self.register_combo.currentData()].lower()
        return safe_file_name(
            f"{name} {register} {self.journal_actions.today():%Y-%m-%d}", self.suffix
        )

    def _rename(self, _index: int = 0) -> None:
        """Keep the folder, follow the choice in the name."""
        typed = self.ui.file_edit.text().strip()
        folder = Path(typed).parent if typed else documents_folder()
        self.ui.file_edit.setText(str(folder / self.default_name()))

    # --- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the file; True when written. Asks first before replacing a file."""
        typed = self.ui.file_edit.text().strip()
        if not typed:
            show_inline(self.ui.error_label, "Please choose where to save the file.")
            return False
        path = Path(typed).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + self.suffix)
        from bigjournal.store.files import refuse_protected

        try:
            refuse_protected(path)  # never the journal, its backups or a device
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        if path.exists():

            def replace() -> None:
                if self._write(path):
                    self.accept()

            confirm(
                self,
                "Replace the file?",
                f"“{path.name}” already exists in that folder. Replace it?",
                "&Replace it",
                replace,
            )
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            if self.kind == ICAL and not (
                self.meetings_check.isChecked() or self.promises_check.isChecked()
            ):
                raise ValidationError("Please tick meetings, promise due dates, or both.")
            count, what = self._export(path)
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        self.written = count
        self.last_message = f"Wrote {what} to {path}."
        self.journal_actions.report(self.last_message)
        return True

    def _export(self, path: Path) -> tuple[int, str]:
        if self.kind == VCARD:
            count = export_vcards(
                self.journal,
                path,
                organisation=self.organisation_combo.currentData(),
                include_left=self.include_left_check.isChecked(),
            )
            return count, wording.count(count, "contact")
        if self.kind == ICAL:
            count = export_calendar(
                self.journal,
                path,
                meetings=self.meetings_check.isChecked(),
                promises=self.promises_check.isChecked(),
                with_notes=self.notes_check.isChecked(),
            )
            return count, wording.count(count, "calendar event")
        register = self.register_combo.currentData()
        count = export_register(self.journal, register, path, today=self.journal_actions.today())
        return (
            count,
            f"the {REGISTER_LABELS[register].lower()} register ({wording.count(count, 'row')})",
        )

    def _on_save_button_clicked(self) -> None:
        if self.save():
            self.accept()

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.ui.file_edit.text(), self.file_filter
        )
        if chosen:
            self.ui.file_edit.setText(chosen)


# --- importing contacts -----------------------------------------------------------------

ACTION_WORDS = {
    "add": "Add",
    "update": "Update",
    "unchanged": "Already the same",
    "skip": "Skipped",
}


class VCardImportDialog(QDialog):
    """Read a .vcf file, show what happens to each person, import on request."""

    def __init__(
        self,
        actions: JournalActions,
        parent: QWidget | None = None,
        *,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VCardImportDialog()
        self.ui.setupUi(self)
        self.journal_actions = actions
        self.journal = actions.journal
        self.plan: VCardImport | None = None
        self.imported: VCardImport | None = None
        show_inline(self.ui.error_label, None)
        self.import_button = QPushButton("&Import")
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.ui.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.ui.default_combo.addItem("Skip them", None)
        for row in list_organisations(self.journal):
            self.ui.default_combo.addItem(f"Put them at {row.name}", row.id)
        table = self.ui.preview_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Name", "Organisation", "What happens", "Why / what"])
        table.verticalHeader().hide()
        self.column_fitter = ColumnFitter(table, main=3)  # no heading cut at any text size
        for changed in (
            self.ui.default_combo.currentIndexChanged,
            self.ui.add_organisations_check.toggled,
        ):
            changed.connect(self._on_option_changed)
        self.ui.file_edit.editingFinished.connect(self.read_file)
        if path is not None:
            self.ui.file_edit.setText(str(path))
            self.read_file()
        self.ui.file_edit.setFocus()

    def read_file(self) -> bool:
        """Read the cards and plan the import (changes nothing); False with a reason."""
        typed = self.ui.file_edit.text().strip()
        self.plan = None
        self.import_button.setEnabled(False)
        if not typed:
            return False
        try:
            cards = read_vcard_file(Path(typed).expanduser())
            self.plan = plan_vcard_import(
                self.journal,
                cards,
                default_organisation=self.ui.default_combo.currentData(),
                add_organisations=self.ui.add_organisations_check.isChecked(),
            )
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            self.ui.preview_table.setRowCount(0)
            self.ui.summary_label.clear()
            return False
        show_inline(self.ui.error_label, None)
        self._show(self.plan, done=False)
        return True

    def _show(self, plan: VCardImport, *, done: bool) -> None:
        table = self.ui.preview_table
        table.setRowCount(len(plan.plans))
        for row, item in enumerate(plan.plans):
            why = item.reason or ", ".join(f"{k}: {v}" for k, v in item.changes)
            why = "; ".join(part for part in (why, item.note) if part)  # and what is not kept
            if item.action == "add" and item.organisation_id is None:
                why = "with a new organisation"
            cells = (item.card.name, item.card.organisation, ACTION_WORDS[item.action], why)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        added, updated = plan.count("add"), plan.count("update")
        same, skipped = plan.count("unchanged"), plan.count("skip")
        if done:
            text = f"Imported: {added} added, {updated} updated."
        else:
            text = (
                f"Would add {added}, update {updated}; {same} already the same"
                + (f"; {skipped} skipped" if skipped else "")
                + ". Nothing has been changed yet."
            )
        if plan.new_organisations:
            text += " New organisations: " + ", ".join(plan.new_organisations) + "."
        if plan.new_departments:
            text += (
                " New departments: "
                + ", ".join(f"{name} (part of {parent})" for name, parent in plan.new_departments)
                + "."
            )
        self.ui.summary_label.setText(text)
        self.import_button.setEnabled(not done and (added + updated) > 0)

    def import_now(self) -> bool:
        if self.plan is None:
            return False
        try:
            self.imported = import_vcards(self.journal, self.plan)
        except JournalError as error:
            show_inline(self.ui.error_label, error)
            return False
        self._show(self.imported, done=True)
        self.journal_actions.changed.emit()
        self.journal_actions.report(
            f"Imported contacts: {self.imported.count('add')} added, "
            f"{self.imported.count('update')} updated."
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("&Close")
        self.import_button.hide()
        return True

    def _on_option_changed(self, *_args: object) -> None:
        self.read_file()

    def _on_import_button_clicked(self) -> None:
        self.import_now()

    def _on_choose_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Import contacts", str(documents_folder()), "vCard files (*.vcf);;All files (*)"
        )
        if chosen:
            self.ui.file_edit.setText(chosen)
            self.read_file()
