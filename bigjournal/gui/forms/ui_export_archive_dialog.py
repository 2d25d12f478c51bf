# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_archive_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportArchiveDialog(object):
    def setupUi(self, ExportArchiveDialog):
        if not ExportArchiveDialog.objectName():
            ExportArchiveDialog.setObjectName(u"ExportArchiveDialog")
        ExportArchiveDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(ExportArchiveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ExportArchiveDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(ExportArchiveDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ExportArchiveDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ExportArchiveDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ExportArchiveDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.main_layout.addLayout(self.file_layout)

        self.lock_group = QGroupBox(ExportArchiveDialog)
        self.lock_group.setObjectName(u"lock_group")
        self.lock_layout = QVBoxLayout(self.lock_group)
        self.lock_layout.setObjectName(u"lock_layout")
        self.lock_radio = QRadioButton(self.lock_group)
        self.lock_radio.setObjectName(u"lock_radio")
        self.lock_radio.setChecked(True)

        self.lock_layout.addWidget(self.lock_radio)

        self.passphrase_layout = QFormLayout()
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.lock_group)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.lock_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(self.lock_group)
        self.repeat_label.setObjectName(u"repeat_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.lock_group)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.strength_label = QLabel(self.lock_group)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setWordWrap(True)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_label)


        self.lock_layout.addLayout(self.passphrase_layout)

        self.plain_radio = QRadioButton(self.lock_group)
        self.plain_radio.setObjectName(u"plain_radio")

        self.lock_layout.addWidget(self.plain_radio)

        self.warning_label = QLabel(self.lock_group)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setFrameShape(QFrame.Box)
        self.warning_label.setMargin(6)

        self.lock_layout.addWidget(self.warning_label)


        self.main_layout.addWidget(self.lock_group)

        self.leave_out_group = QGroupBox(ExportArchiveDialog)
        self.leave_out_group.setObjectName(u"leave_out_group")
        self.leave_out_layout = QVBoxLayout(self.leave_out_group)
        self.leave_out_layout.setObjectName(u"leave_out_layout")
        self.private_notes_check = QCheckBox(self.leave_out_group)
        self.private_notes_check.setObjectName(u"private_notes_check")

        self.leave_out_layout.addWidget(self.private_notes_check)

        self.contact_details_check = QCheckBox(self.leave_out_group)
        self.contact_details_check.setObjectName(u"contact_details_check")

        self.leave_out_layout.addWidget(self.contact_details_check)


        self.main_layout.addWidget(self.leave_out_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ExportArchiveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.lock_radio)
        QWidget.setTabOrder(self.lock_radio, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.plain_radio)
        QWidget.setTabOrder(self.plain_radio, self.private_notes_check)
        QWidget.setTabOrder(self.private_notes_check, self.contact_details_check)

        self.retranslateUi(ExportArchiveDialog)

        QMetaObject.connectSlotsByName(ExportArchiveDialog)
    # setupUi

    def retranslateUi(self, ExportArchiveDialog):
        ExportArchiveDialog.setWindowTitle(QCoreApplication.translate("ExportArchiveDialog", u"Export for a successor", None))
        self.intro_label.setText(QCoreApplication.translate("ExportArchiveDialog", u"The whole journal in one file, for the person who takes over: copy it to a USB stick; they open it in BigJournal with File \u25b8 Import\u2026", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.file_label.setText(QCoreApplication.translate("ExportArchiveDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ExportArchiveDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"Choose where to save", None))
#endif // QT_CONFIG(accessibility)
        self.lock_group.setTitle(QCoreApplication.translate("ExportArchiveDialog", u"Keep it safe", None))
        self.lock_radio.setText(QCoreApplication.translate("ExportArchiveDialog", u"&Lock it with a passphrase (recommended)", None))
        self.passphrase_label.setText(QCoreApplication.translate("ExportArchiveDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("ExportArchiveDialog", u"A short sentence is easy to remember and hard to guess", None))
        self.repeat_label.setText(QCoreApplication.translate("ExportArchiveDialog", u"The same a&gain:", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"The same passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strength_label.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"How strong the passphrase is", None))
#endif // QT_CONFIG(accessibility)
        self.plain_radio.setText(QCoreApplication.translate("ExportArchiveDialog", u"Leave it &unencrypted", None))
#if QT_CONFIG(accessibility)
        self.warning_label.setAccessibleName(QCoreApplication.translate("ExportArchiveDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.warning_label.setText(QCoreApplication.translate("ExportArchiveDialog", u"<b>Warning:</b> anyone who finds the file can read it. It holds personal data (names, phone numbers, notes about people): hand it over in person, do not email it, and delete it once it has been handed on.", None))
        self.leave_out_group.setTitle(QCoreApplication.translate("ExportArchiveDialog", u"Leave out (the successor's copy will not have them)", None))
        self.private_notes_check.setText(QCoreApplication.translate("ExportArchiveDialog", u"Leave out private &notes about contacts", None))
        self.contact_details_check.setText(QCoreApplication.translate("ExportArchiveDialog", u"Leave out phone numbers and e&mail addresses of people", None))
    # retranslateUi

