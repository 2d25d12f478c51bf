# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
    QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(760, 380)
        self.main_layout = QVBoxLayout(BackupsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BackupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(BackupsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.backup_table = QTableWidget(BackupsDialog)
        self.backup_table.setObjectName(u"backup_table")
        self.backup_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backup_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backup_table.setAlternatingRowColors(True)
        self.backup_table.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.backup_table)

        self.footer_label = QLabel(BackupsDialog)
        self.footer_label.setObjectName(u"footer_label")
        self.footer_label.setWordWrap(True)
        self.footer_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.footer_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.back_up_button = QPushButton(BackupsDialog)
        self.back_up_button.setObjectName(u"back_up_button")

        self.button_layout.addWidget(self.back_up_button)

        self.restore_button = QPushButton(BackupsDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.button_layout.addWidget(self.restore_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(BackupsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.backup_table, self.back_up_button)
        QWidget.setTabOrder(self.back_up_button, self.restore_button)

        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.intro_label.setText(QCoreApplication.translate("BackupsDialog", u"BigJournal backs up your journal by itself when it opens or closes after changes. Restoring a backup puts it in the journal's place; the journal there now is set aside, never deleted.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup_table.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.back_up_button.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
#if QT_CONFIG(accessibility)
        self.back_up_button.setAccessibleDescription(QCoreApplication.translate("BackupsDialog", u"Make a backup of the journal as it is now", None))
#endif // QT_CONFIG(accessibility)
        self.restore_button.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
#if QT_CONFIG(accessibility)
        self.restore_button.setAccessibleDescription(QCoreApplication.translate("BackupsDialog", u"Put the chosen backup in the journal's place; the journal now is set aside", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

