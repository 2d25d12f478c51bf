# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'promise_status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PromiseStatusDialog(object):
    def setupUi(self, PromiseStatusDialog):
        if not PromiseStatusDialog.objectName():
            PromiseStatusDialog.setObjectName(u"PromiseStatusDialog")
        PromiseStatusDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(PromiseStatusDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.promise_label = QLabel(PromiseStatusDialog)
        self.promise_label.setObjectName(u"promise_label")
        self.promise_label.setWordWrap(True)
        self.promise_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.promise_label)

        self.error_label = QLabel(PromiseStatusDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.status_label = QLabel(PromiseStatusDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(PromiseStatusDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.date_label = QLabel(PromiseStatusDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(PromiseStatusDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.note_label = QLabel(PromiseStatusDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(PromiseStatusDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(PromiseStatusDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.date_label.setBuddy(self.date_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.note_edit)

        self.retranslateUi(PromiseStatusDialog)

        QMetaObject.connectSlotsByName(PromiseStatusDialog)
    # setupUi

    def retranslateUi(self, PromiseStatusDialog):
        PromiseStatusDialog.setWindowTitle(QCoreApplication.translate("PromiseStatusDialog", u"Change a promise's status", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PromiseStatusDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PromiseStatusDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PromiseStatusDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("PromiseStatusDialog", u"&On:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("PromiseStatusDialog", u"Date of the change", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("PromiseStatusDialog", u"d MMM yyyy", None))
        self.note_label.setText(QCoreApplication.translate("PromiseStatusDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("PromiseStatusDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleDescription(QCoreApplication.translate("PromiseStatusDialog", u"Optional: what happened, e.g. delivered at the June meeting", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

