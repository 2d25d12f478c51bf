# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'has_left_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HasLeftDialog(object):
    def setupUi(self, HasLeftDialog):
        if not HasLeftDialog.objectName():
            HasLeftDialog.setObjectName(u"HasLeftDialog")
        HasLeftDialog.resize(520, 300)
        self.main_layout = QVBoxLayout(HasLeftDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HasLeftDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(HasLeftDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.left_on_label = QLabel(HasLeftDialog)
        self.left_on_label.setObjectName(u"left_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.left_on_label)

        self.left_on_edit = QDateEdit(HasLeftDialog)
        self.left_on_edit.setObjectName(u"left_on_edit")
        self.left_on_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.left_on_edit)

        self.went_to_label = QLabel(HasLeftDialog)
        self.went_to_label.setObjectName(u"went_to_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.went_to_label)

        self.went_to_edit = QLineEdit(HasLeftDialog)
        self.went_to_edit.setObjectName(u"went_to_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.went_to_edit)


        self.main_layout.addLayout(self.form_layout)

        self.next_label = QLabel(HasLeftDialog)
        self.next_label.setObjectName(u"next_label")
        self.next_label.setWordWrap(True)

        self.main_layout.addWidget(self.next_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HasLeftDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.left_on_label.setBuddy(self.left_on_edit)
        self.went_to_label.setBuddy(self.went_to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.left_on_edit, self.went_to_edit)

        self.retranslateUi(HasLeftDialog)

        QMetaObject.connectSlotsByName(HasLeftDialog)
    # setupUi

    def retranslateUi(self, HasLeftDialog):
        HasLeftDialog.setWindowTitle(QCoreApplication.translate("HasLeftDialog", u"Has left", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("HasLeftDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.left_on_label.setText(QCoreApplication.translate("HasLeftDialog", u"&Date they left:", None))
#if QT_CONFIG(accessibility)
        self.left_on_edit.setAccessibleName(QCoreApplication.translate("HasLeftDialog", u"Date they left", None))
#endif // QT_CONFIG(accessibility)
        self.left_on_edit.setDisplayFormat(QCoreApplication.translate("HasLeftDialog", u"d MMM yyyy", None))
        self.went_to_label.setText(QCoreApplication.translate("HasLeftDialog", u"&Where they went:", None))
#if QT_CONFIG(accessibility)
        self.went_to_edit.setAccessibleName(QCoreApplication.translate("HasLeftDialog", u"Where they went", None))
#endif // QT_CONFIG(accessibility)
        self.went_to_edit.setPlaceholderText(QCoreApplication.translate("HasLeftDialog", u"Optional, e.g. retired, or Kingsmead County Council", None))
        self.next_label.setText(QCoreApplication.translate("HasLeftDialog", u"Today will list them under \u201cleft without a handover\u201d until the handover is done. Ask who has taken over, and arrange a walkabout with the new person soon.", None))
    # retranslateUi

