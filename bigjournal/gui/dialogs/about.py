"""About BigJournal: the version, the journal open now, the licence and its notices.

The GPL asks that a program with an interactive interface shows its licence and that
it comes with no warranty; the Licences… button shows the full licence and the
third-party notices made at build time (see :mod:`bigjournal.licences`). Qt and the
licence texts only: the About box opens before the journal too.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bigjournal import APP_NAME, __version__, licences
from bigjournal.gui.forms.ui_about_dialog import Ui_AboutDialog
from bigjournal.gui.forms.ui_licences_dialog import Ui_LicencesDialog

MISSING = (
    "The {what} file is missing from this copy of BigJournal. The text is at "
    "https://www.gnu.org/licenses/gpl-3.0.html and the parts' own licences on their sites."
)


class LicencesDialog(QDialog):
    """BigJournal's licence and the third-party notices, each on its own tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LicencesDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_NAME} licences")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for view, text, what in (
            (self.ui.licence_text, licences.licence_text(), licences.LICENCE_FILE),
            (self.ui.notices_text, licences.third_party_notices(), licences.NOTICES_FILE),
        ):
            view.setFont(fixed)
            view.setPlainText(text or MISSING.format(what=what))
        self.ui.button_box.rejected.connect(self.reject)


class AboutDialog(QDialog):
    """Name, version, what it is for, the journal's name, the licence and no warranty."""

    def __init__(self, journal_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"About {APP_NAME}")
        self.ui.icon_label.setPixmap(QIcon(":/icons/bigjournal.svg").pixmap(64, 64))
        self.ui.title_label.setText(f"{APP_NAME} {__version__}")
        if journal_name:
            self.ui.journal_label.setText(f"Journal: {journal_name}")
        else:
            self.ui.journal_label.hide()
        self.ui.licence_label.setText(
            f"Licence: {licences.LICENCE_NAME} ({licences.LICENCE_SPDX}). "
            "It is built from other free software; Licences… shows their notices."
        )
        self.ui.warranty_label.setText(licences.NO_WARRANTY)
        self.licences_dialog: LicencesDialog | None = None
        self.ui.licences_button.clicked.connect(self.show_licences)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def show_licences(self) -> LicencesDialog:
        if self.licences_dialog is None:
            self.licences_dialog = LicencesDialog(self)
        self.licences_dialog.open()
        return self.licences_dialog
