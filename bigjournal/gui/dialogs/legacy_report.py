"""Legacy report…: what every relationship achieved, saved as a PDF or printed
(issue 21, item 4), for the end of a programme or a change of chair."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget

from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import report_progress
from bigjournal.gui.dialogs.report_output import Builder, ReportDialog, safe_file_name
from bigjournal.gui.forms.ui_print_summary_dialog import Ui_PrintSummaryDialog
from bigjournal.gui.worker import Progress
from bigjournal.reports import LegacyResult, make_legacy


class LegacyReportDialog(ReportDialog):
    """The summary's form (paper, type size, open when saved), for the whole journal."""

    what = "legacy report"

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_PrintSummaryDialog()
        self.ui.setupUi(self)
        self.setObjectName("legacy_report_dialog")
        self.setWindowTitle("Print the legacy report")
        self.ui.intro_label.setText(
            "What every relationship achieved — its outcomes, with the funding leveraged "
            "and where each came from — each side's track record, and who holds it today: "
            "for the end of a programme or a change of chair."
        )
        self._set_up_output()
        self.save_button.setFocus()

    def default_name(self) -> str:
        return safe_file_name("Legacy report", ".pdf")

    def builder(self) -> Builder:
        journal = self.journal
        today, paper, size = self.journal_actions.today(), self.paper, self.print_size

        def build(out: Path, progress: Progress, stop: threading.Event) -> LegacyResult:
            return make_legacy(
                journal,
                out,
                today=today,
                paper=paper,
                print_size=size,
                progress=report_progress(progress, "Making the legacy report…"),
                cancel=stop.is_set,
            )

        return build
