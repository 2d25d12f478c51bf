"""Print the map…: the partnership's map on one page, saved as a PDF or printed."""

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
from bigjournal.reports.map import MapResult, make_map


class PrintMapDialog(ReportDialog):
    what = "map"

    def __init__(
        self, actions: JournalActions, partnership: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_PrintSummaryDialog()  # the same form: a sentence, paper, type size
        self.ui.setupUi(self)
        self.setObjectName("PrintMapDialog")
        self.partnership = partnership
        self.setWindowTitle("Print the partnership's map")
        whose = f"<b>{escape(partnership)}</b>" if partnership else "the partnership"
        self.ui.intro_label.setText(
            f"The map of {whose}'s relationships on one page, in black and white with its "
            "key: each organisation by kind, the line's pattern its health and its "
            "thickness the type, who holds it and how many active contacts there are."
        )
        self._set_up_output()
        self.save_button.setFocus()

    def default_name(self) -> str:
        return safe_file_name(f"{self.partnership or 'Partnership'} - map", ".pdf")

    def builder(self) -> Builder:
        journal = self.journal
        today, paper, size = self.journal_actions.today(), self.paper, self.print_size

        def build(out: Path, progress: Progress, stop: threading.Event) -> MapResult:
            return make_map(
                journal,
                out,
                today=today,
                paper=paper,
                print_size=size,
                progress=report_progress(progress, "Drawing the map…"),
                cancel=stop.is_set,
            )

        return build
