"""Print summary…: the one-page summary of an organisation, saved as a PDF or printed."""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import report_progress
from bigjournal.gui.dialogs.report_output import Builder, ReportDialog, safe_file_name
from bigjournal.gui.forms.ui_print_summary_dialog import Ui_PrintSummaryDialog
from bigjournal.gui.worker import Progress
from bigjournal.reports import FittedPage, make_summary


class PrintSummaryDialog(ReportDialog):
    what = "summary"

    def __init__(
        self,
        actions: JournalActions,
        organisation_id: int,
        organisation_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_PrintSummaryDialog()
        self.ui.setupUi(self)
        self.organisation_id = organisation_id
        self.organisation_name = organisation_name
        self.setWindowTitle(f"Print the summary of {organisation_name}")
        self.ui.intro_label.setText(
            f"The one-page summary of <b>{escape(organisation_name)}</b>: key contacts, "
            "open promises both ways, the track record, the last meetings and the next "
            "steps, to carry to a meeting or photocopy."
        )
        self._set_up_output()
        self.save_button.setFocus()

    def default_name(self) -> str:
        return safe_file_name(f"{self.organisation_name} - summary", ".pdf")

    def builder(self) -> Builder:
        journal, organisation_id = self.journal, self.organisation_id
        today, paper, size = self.journal_actions.today(), self.paper, self.print_size

        def build(out: Path, progress: Progress, stop: threading.Event) -> FittedPage:
            return make_summary(
                journal,
                organisation_id,
                out,
                today=today,
                paper=paper,
                print_size=size,
                progress=report_progress(progress, "Making the summary…"),
                cancel=stop.is_set,
            )

        return build
