"""Where printing and exchange plug into the main window (a few lines there call this).

File menu: Briefing pack…, Export for a successor…, Import…, and the files for other
tools; the organisation tool bar: Print summary…. Each opens its dialog the way the
window opens every dialog (window-modal, deleted on close).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from bigjournal.errors import JournalError
from bigjournal.gui.dialogs.briefing_pack import BriefingPackDialog
from bigjournal.gui.dialogs.export_archive import ExportArchiveDialog
from bigjournal.gui.dialogs.import_archive import ImportArchiveDialog
from bigjournal.gui.dialogs.other_formats import CSV as CSV_KIND
from bigjournal.gui.dialogs.other_formats import ICAL, VCARD, ExportFileDialog, VCardImportDialog
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.gui.errors import show_error

if TYPE_CHECKING:
    from bigjournal.gui.main_window import MainWindow


def install_output_actions(window: MainWindow) -> dict[str, QAction]:
    """Add the printing and exchange actions to the window; returns them by name."""
    actions = window.actions
    made: dict[str, QAction] = {}

    def file_action(name: str, text: str, open_dialog: Callable[[], QDialog]) -> None:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: show(window, open_dialog()))
        window.add_file_action(action)
        made[name] = action

    file_action(
        "action_briefing_pack", "&Briefing pack…", lambda: BriefingPackDialog(actions, window)
    )
    file_action(
        "action_export_archive",
        "&Export for a successor…",
        lambda: ExportArchiveDialog(actions, window),
    )
    file_action("action_import_archive", "&Import…", lambda: ImportArchiveDialog(actions, window))
    file_action(
        "action_export_vcard",
        "Export contacts (&vCard)…",
        lambda: ExportFileDialog(actions, VCARD, window),
    )
    file_action(
        "action_import_vcard",
        "Import contacts (v&Card)…",
        lambda: VCardImportDialog(actions, window),
    )
    file_action(
        "action_export_ical",
        "Export calendar (&iCalendar)…",
        lambda: ExportFileDialog(actions, ICAL, window),
    )
    file_action(
        "action_export_csv",
        "Export registers (&CSV)…",
        lambda: ExportFileDialog(actions, CSV_KIND, window),
    )

    view = window.organisations_view

    def print_summary() -> None:
        detail = view.detail
        if detail is None:
            return
        show(window, PrintSummaryDialog(actions, detail.id, detail.name, window))

    made["action_print_summary"] = view.add_organisation_action("&Print summary…", print_summary)
    return made


def show(window: MainWindow, dialog: QDialog) -> QDialog:
    window._open_dialog(dialog)  # the window's one way of opening dialogs
    return dialog


def offer_import(window: MainWindow, path: str | Path) -> QDialog | None:
    """Opened with an archive (``bigjournal FILE.bigjournal``): show Import… for it."""
    try:
        dialog = ImportArchiveDialog(window.actions, window, path=path)
    except JournalError as error:
        show_error(window, error)
        return None
    show(window, dialog)
    dialog.open_archive()
    return dialog
