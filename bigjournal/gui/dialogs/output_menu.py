"""Where printing and exchange plug into the main window (a few lines there call this).

File menu: Briefing pack…, Legacy report…, Export for a successor…, Import…, and the files for other
tools; the organisation tool bar: Print summary…. Each opens its dialog the way the
window opens every dialog (window-modal, deleted on close). The dialogs are imported
when first opened: they bring reportlab and the exchange formats, which showing the
journal at start-up does without (issue 9).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from bigjournal.errors import JournalError
from bigjournal.gui.errors import show_error

if TYPE_CHECKING:
    from bigjournal.gui.main_window import MainWindow


def install_output_actions(window: MainWindow, *, summary: bool = True) -> dict[str, QAction]:
    """Add the printing and exchange actions to the window; returns them by name.

    ``summary=False`` leaves out the organisation tool bar's Print summary… (for a
    window whose Organisations view is not built yet: :func:`install_summary_action`)."""
    actions = window.attached_actions  # installed as the journal is attached
    made: dict[str, QAction] = {}

    def file_action(name: str, text: str, open_dialog: Callable[[], QDialog]) -> None:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: show(window, open_dialog()))
        window.add_file_action(action)
        made[name] = action

    def briefing_pack() -> QDialog:
        from bigjournal.gui.dialogs.briefing_pack import BriefingPackDialog

        return BriefingPackDialog(actions, window)

    def legacy_report() -> QDialog:
        from bigjournal.gui.dialogs.legacy_report import LegacyReportDialog

        return LegacyReportDialog(actions, window)

    def export_archive() -> QDialog:
        from bigjournal.gui.dialogs.export_archive import ExportArchiveDialog

        return ExportArchiveDialog(actions, window)

    def import_archive() -> QDialog:
        from bigjournal.gui.dialogs.import_archive import ImportArchiveDialog

        return ImportArchiveDialog(actions, window)

    def export_file(kind: str) -> QDialog:
        from bigjournal.gui.dialogs.other_formats import ExportFileDialog

        return ExportFileDialog(actions, kind, window)

    def import_vcard() -> QDialog:
        from bigjournal.gui.dialogs.other_formats import VCardImportDialog

        return VCardImportDialog(actions, window)

    file_action("action_briefing_pack", "&Briefing pack…", briefing_pack)
    file_action("action_legacy_report", "Le&gacy report…", legacy_report)
    file_action("action_export_archive", "&Export for a successor…", export_archive)
    file_action("action_import_archive", "&Import…", import_archive)
    file_action("action_export_vcard", "Export contacts (&vCard)…", lambda: export_file("vcard"))
    file_action("action_import_vcard", "Im&port contacts (vCard)…", import_vcard)
    file_action("action_export_ical", "Export calendar (iC&alendar)…", lambda: export_file("ical"))
    file_action("action_export_csv", "Export registers (&CSV)…", lambda: export_file("csv"))
    if summary:
        made["action_print_summary"] = install_summary_action(window)
    return made


def install_summary_action(window: MainWindow) -> QAction:
    """Print summary… on the Organisations view's tool bar (Ctrl+P in that view)."""
    actions = window.attached_actions
    view = window.organisations_view

    def print_summary() -> None:
        from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog

        detail = view.detail
        if detail is None:
            return
        show(window, PrintSummaryDialog(actions, detail.id, detail.name, window))

    summary_action = view.add_organisation_action("&Print summary…", print_summary)
    # Tool bar buttons take no focus: Ctrl+P anywhere in the Organisations view is the
    # keyboard's way to the summary (issue 15).
    summary_action.setShortcut(QKeySequence.StandardKey.Print)
    summary_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    summary_action.setToolTip("Print the one-page summary of this organisation (Ctrl+P)")
    view.addAction(summary_action)
    return summary_action


def show(window: MainWindow, dialog: QDialog) -> QDialog:
    window._open_dialog(dialog)  # the window's one way of opening dialogs
    return dialog


def offer_import(window: MainWindow, path: str | Path) -> QDialog | None:
    """Opened with an archive (``bigjournal FILE.bigjournal``): show Import… for it."""
    from bigjournal.gui.dialogs.import_archive import ImportArchiveDialog

    try:
        dialog = ImportArchiveDialog(window.attached_actions, window, path=path)
    except JournalError as error:
        show_error(window, error)
        return None
    show(window, dialog)
    dialog.open_archive()
    return dialog
