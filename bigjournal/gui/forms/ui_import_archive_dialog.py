# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_archive_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportArchiveDialog(object):
    def setupUi(self, ImportArchiveDialog):
        if not ImportArchiveDialog.objectName():
            ImportArchiveDialog.setObjectName(u"ImportArchiveDialog")
        ImportArchiveDialog.resize(680, 520)
        self.main_layout = QVBoxLayout(ImportArchiveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ImportArchiveDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(ImportArchiveDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.page_stack = QStackedWidget(ImportArchiveDialog)
        self.page_stack.setObjectName(u"page_stack")
        self.open_page = QWidget()
        self.open_page.setObjectName(u"open_page")
        self.open_layout = QFormLayout(self.open_page)
        self.open_layout.setObjectName(u"open_layout")
        self.file_label = QLabel(self.open_page)
        self.file_label.setObjectName(u"file_label")

        self.open_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(self.open_page)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(self.open_page)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.open_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.passphrase_label = QLabel(self.open_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.open_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.open_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.open_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.file_note_label = QLabel(self.open_page)
        self.file_note_label.setObjectName(u"file_note_label")
        self.file_note_label.setWordWrap(True)

        self.open_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.file_note_label)

        self.page_stack.addWidget(self.open_page)
        self.preview_page = QWidget()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.RichText)

        self.preview_layout.addWidget(self.summary_label)

        self.preview_table = QTableWidget(self.preview_page)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_table.setAlternatingRowColors(True)

        self.preview_layout.addWidget(self.preview_table)

        self.result_label = QLabel(self.preview_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.preview_layout.addWidget(self.result_label)

        self.page_stack.addWidget(self.preview_page)

        self.main_layout.addWidget(self.page_stack)

        self.button_box = QDialogButtonBox(ImportArchiveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.preview_table)

        self.retranslateUi(ImportArchiveDialog)

        QMetaObject.connectSlotsByName(ImportArchiveDialog)
    # setupUi

    def retranslateUi(self, ImportArchiveDialog):
        ImportArchiveDialog.setWindowTitle(QCoreApplication.translate("ImportArchiveDialog", u"Import a journal", None))
        self.intro_label.setText(QCoreApplication.translate("ImportArchiveDialog", u"Bring in a journal exported with \u201cExport for a successor\u2026\u201d. You will see what it adds and changes before anything is imported; records are never duplicated.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ImportArchiveDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("ImportArchiveDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportArchiveDialog", u"Archive file", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ImportArchiveDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("ImportArchiveDialog", u"Choose the archive file", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("ImportArchiveDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("ImportArchiveDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_table.setAccessibleName(QCoreApplication.translate("ImportArchiveDialog", u"What the import does, per kind of record", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

