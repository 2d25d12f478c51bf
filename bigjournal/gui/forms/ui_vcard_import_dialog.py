# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vcard_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VCardImportDialog(object):
    def setupUi(self, VCardImportDialog):
        if not VCardImportDialog.objectName():
            VCardImportDialog.setObjectName(u"VCardImportDialog")
        VCardImportDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(VCardImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(VCardImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(VCardImportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.file_label = QLabel(VCardImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(VCardImportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(VCardImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.default_label = QLabel(VCardImportDialog)
        self.default_label.setObjectName(u"default_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_label)

        self.default_combo = QComboBox(VCardImportDialog)
        self.default_combo.setObjectName(u"default_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_combo)

        self.add_organisations_check = QCheckBox(VCardImportDialog)
        self.add_organisations_check.setObjectName(u"add_organisations_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.add_organisations_check)


        self.main_layout.addLayout(self.form_layout)

        self.preview_table = QTableWidget(VCardImportDialog)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setWordWrap(True)

        self.main_layout.addWidget(self.preview_table)

        self.summary_label = QLabel(VCardImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.button_box = QDialogButtonBox(VCardImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.default_label.setBuddy(self.default_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.default_combo)
        QWidget.setTabOrder(self.default_combo, self.add_organisations_check)
        QWidget.setTabOrder(self.add_organisations_check, self.preview_table)

        self.retranslateUi(VCardImportDialog)

        QMetaObject.connectSlotsByName(VCardImportDialog)
    # setupUi

    def retranslateUi(self, VCardImportDialog):
        VCardImportDialog.setWindowTitle(QCoreApplication.translate("VCardImportDialog", u"Import contacts (vCard)", None))
        self.intro_label.setText(QCoreApplication.translate("VCardImportDialog", u"Bring in people from a phone or address book (a .vcf file). You will see who is added and what changes before anything is imported. People are matched by name at their organisation, so nobody is added twice.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("VCardImportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("VCardImportDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("VCardImportDialog", u"vCard file", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("VCardImportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("VCardImportDialog", u"Choose the vCard file", None))
#endif // QT_CONFIG(accessibility)
        self.default_label.setText(QCoreApplication.translate("VCardImportDialog", u"&Organisation not known:", None))
#if QT_CONFIG(accessibility)
        self.default_combo.setAccessibleName(QCoreApplication.translate("VCardImportDialog", u"Where to put people whose organisation is not in the journal", None))
#endif // QT_CONFIG(accessibility)
        self.add_organisations_check.setText(QCoreApplication.translate("VCardImportDialog", u"&Add organisations named on the cards that the journal does not have", None))
#if QT_CONFIG(accessibility)
        self.preview_table.setAccessibleName(QCoreApplication.translate("VCardImportDialog", u"What happens to each person", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

