"""What the summary and pack dialogs share: paper size, Save as PDF…, Print….

A report is built on the worker thread (:class:`BackgroundJob`) with a progress
dialog whose Cancel stops it. "Save as PDF…" saves where the volunteer chooses and
opens the file in the system's PDF viewer; "Print…" asks for the printer and copies
(``QPrintDialog``), builds the PDF in a temporary file and hands it to the system's
print path (:mod:`bigjournal.gui.printing`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import BackgroundJob, was_cancelled
from bigjournal.gui.errors import show_inline
from bigjournal.gui.printing import no_viewer_sentence, print_with_qt, send_to_printer
from bigjournal.gui.worker import Progress
from bigjournal.journal import settings

PAPER_SIZES = settings.CHOICES[settings.PAPER_SIZE]
PRINT_SIZES = (
    (10, "Standard (10 pt)"),
    (12, "Clear print (12 pt)"),
    (14, "Large print (14 pt)"),
)
#: What the worker runs: build the report into this file, reporting progress.
Builder = Callable[[Path, Progress, threading.Event], Any]
QT_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_name(text: str, suffix: str) -> str:
    """A name anyone can type and every file system accepts."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return " ".join(kept.split())[:80].strip() + suffix


def unprintable_sentence(result: Any) -> str:
    """ " Some names could not be printed …" when a name had a character no font has."""
    names = list(getattr(result, "unprintable", ()) or ())
    if not names:
        return ""
    shown = "; ".join(f"“{name}”" for name in names[:5])
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return (
        f" Some characters could not be printed (no font on this computer has them) and "
        f"show as ‹U+…› marks: {shown}{more}."
    )


class ReportDialog(QDialog):
    """Base of the report dialogs; subclasses say what to build and how to name it.

    The form must have ``error_label``, ``paper_combo``, ``open_check`` and
    ``button_box``.
    """

    what = "report"

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_actions = actions
        self.journal = actions.journal
        self.job: BackgroundJob | None = None
        self.saved_path: Path | None = None
        self.last_message = ""

    # Subclasses fill these in.
    def builder(self) -> Builder:
        """Read the form (on the GUI thread) into a function the worker runs."""
        raise NotImplementedError

    def default_name(self) -> str:
        raise NotImplementedError

    def check(self) -> None:
        """Raise a ValidationError if the form cannot make a report yet."""

    def _set_up_output(self) -> None:
        ui: Any = self.ui  # type: ignore[attr-defined]
        self.error_label: QLabel = ui.error_label
        self.paper_combo: QComboBox = ui.paper_combo
        self.open_check: QCheckBox = ui.open_check
        show_inline(self.error_label, None)
        self.paper_combo.addItems(list(PAPER_SIZES))
        with contextlib.suppress(JournalError):
            paper = settings.get_setting(self.journal, settings.PAPER_SIZE)
            self.paper_combo.setCurrentText(paper if paper in PAPER_SIZES else PAPER_SIZES[0])
        self._add_print_size(ui)
        box: QDialogButtonBox = ui.button_box
        self.save_button = QPushButton("&Save as PDF…")
        self.save_button.setObjectName("save_pdf_button")
        self.save_button.setDefault(True)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton("&Print…")
        self.print_button.setObjectName("print_button")
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        box.rejected.connect(self.reject)

    @property
    def paper(self) -> str:
        return self.paper_combo.currentText()

    def _add_print_size(self, ui: Any) -> None:
        """The type size choice, under the paper size: standard or large print."""
        combo = QComboBox()
        combo.setObjectName("print_size_combo")
        combo.setAccessibleName("Type size")
        combo.setAccessibleDescription(
            "How large the printed text is; large print follows clear-print guidance. "
            "Remembered for this journal."
        )
        for size, size_label in PRINT_SIZES:
            combo.addItem(size_label, size)
        with contextlib.suppress(JournalError, ValueError):
            stored = int(settings.get_setting(self.journal, settings.PRINT_SIZE))
            index = combo.findData(stored)
            combo.setCurrentIndex(max(0, index))
        label = QLabel("T&ype size:")
        label.setBuddy(combo)
        ui.form_layout.addRow(label, combo)
        QWidget.setTabOrder(self.paper_combo, combo)
        self.print_size_combo = combo

    @property
    def print_size(self) -> int:
        return int(self.print_size_combo.currentData())

    # --- saving --------------------------------------------------------------------

    def _ready(self) -> bool:
        try:
            self.check()
        except JournalError as error:
            show_inline(self.error_label, error)
            return False
        show_inline(self.error_label, None)
        self._remember_paper()
        return True

    def _remember_paper(self) -> None:
        with contextlib.suppress(JournalError):
            if settings.get_setting(self.journal, settings.PAPER_SIZE) != self.paper:
                settings.set_settings(self.journal, {settings.PAPER_SIZE: self.paper})
            size = str(self.print_size)
            if settings.get_setting(self.journal, settings.PRINT_SIZE) != size:
                settings.set_settings(self.journal, {settings.PRINT_SIZE: size})

    def _on_save_button_clicked(self) -> None:
        if not self._ready():
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            f"Save the {self.what} as a PDF",
            str(documents_folder() / self.default_name()),
            "PDF files (*.pdf)",
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> BackgroundJob | None:
        """Build the report into ``path`` (in the worker); open it afterwards if asked."""
        if not self._ready():
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from bigjournal.store.files import refuse_protected

        try:
            refuse_protected(path)  # the file dialog asked about replacing; never the journal
        except JournalError as error:
            self._finish(str(error))
            return None
        build = self.builder()
        return self._run(
            lambda progress, stop: build(path, progress, stop),
            lambda result: self._saved(path, result),
        )

    def _saved(self, path: Path, result: Any = None) -> None:
        self.saved_path = path
        self._finish(f"Saved the {self.what} as {path}." + unprintable_sentence(result))
        if self.open_check.isChecked() and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        ):
            self.last_message = no_viewer_sentence(path)
            self.journal_actions.report(self.last_message)
            show_inline(self.error_label, JournalError(self.last_message))

    # --- printing ------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        if not self._ready():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer = printer  # kept alive while the dialog and the job use it
        printer.setPageSize(QPageSize(QT_PAGE_SIZES[self.paper]))
        printer.setDocName(self.default_name())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setWindowTitle(f"Print the {self.what}")
        dialog.accepted.connect(lambda: self._on_print_dialog_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # PySide's QPrintDialog.open() wants a receiver; this does not

    def _on_print_dialog_accepted(self, dialog: QPrintDialog) -> None:
        printer = dialog.printer()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.save_pdf(Path(printer.outputFileName()))  # "Print to file" is a save
            return
        self.print_on(printer)

    def print_on(self, printer: QPrinter) -> BackgroundJob | None:
        """Build the report into a temporary PDF and draw it onto ``printer`` as the print
        dialog set it up (worker); the PDF is deleted as soon as the job is handed over,
        and "Sent" is said only then."""
        if not self._ready():
            return None
        build = self.builder()
        self._printer = printer

        def job(progress: Progress, stop: threading.Event) -> str:
            handle, name = tempfile.mkstemp(prefix="bigjournal-", suffix=".pdf")
            os.close(handle)
            pdf = Path(name)
            try:
                build(pdf, progress, stop)
                progress(0, 0, "Sending it to the printer…")
                return print_with_qt(pdf, printer)
            finally:
                pdf.unlink(missing_ok=True)  # personal details: never left in the temp folder

        return self._run(job, lambda message: self._finish(str(message)))

    def print_to(self, printer: str, copies: int = 1) -> BackgroundJob | None:
        """Build the report into a temporary PDF and send it to ``printer`` (worker)."""
        if not self._ready():
            return None
        build = self.builder()

        def job(progress: Progress, stop: threading.Event) -> str:
            folder = Path(tempfile.gettempdir()) / "bigjournal-printing"
            folder.mkdir(exist_ok=True)
            handle, name = tempfile.mkstemp(prefix="report-", suffix=".pdf", dir=folder)
            os.close(handle)
            pdf = Path(name)
            try:
                build(pdf, progress, stop)
                progress(0, 0, "Sending it to the printer…")
                return send_to_printer(pdf, printer, copies)
            finally:
                if os.name == "posix":  # lp has queued its own copy; Windows's reader has not
                    pdf.unlink(missing_ok=True)

        return self._run(job, lambda message: self._finish(str(message)))

    # --- the worker ------------------------------------------------------------------

    def _run(self, job: Any, on_done: Any) -> BackgroundJob:
        self._busy(True)
        self.job = BackgroundJob(self, f"Making the {self.what}…", job, on_done, self._failed)
        return self.job.start()

    def _finish(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self.last_message = message
        self.journal_actions.report(message)
        show_inline(self.error_label, None)

    def _failed(self, error: JournalError) -> None:
        self.job = None
        self._busy(False)
        if was_cancelled(error):
            self.last_message = str(error)
            self.journal_actions.report(str(error))
            return
        show_inline(self.error_label, error)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is not None:  # Close while building means "stop"
            self.job.cancel()
            return
        super().reject()
