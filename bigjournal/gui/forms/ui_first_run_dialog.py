# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QLabel, QLineEdit,
    QProgressBar, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 380)
        self.main_layout = QVBoxLayout(FirstRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.welcome_label = QLabel(FirstRunDialog)
        self.welcome_label.setObjectName(u"welcome_label")
        font = QFont()
        font.setBold(True)
        self.welcome_label.setFont(font)

        self.main_layout.addWidget(self.welcome_label)

        self.intro_label = QLabel(FirstRunDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.empty_radio = QRadioButton(FirstRunDialog)
        self.empty_radio.setObjectName(u"empty_radio")
        self.empty_radio.setChecked(True)

        self.main_layout.addWidget(self.empty_radio)

        self.name_layout = QFormLayout()
        self.name_layout.setObjectName(u"name_layout")
        self.name_layout.setContentsMargins(24, -1, -1, -1)
        self.partnership_name_label = QLabel(FirstRunDialog)
        self.partnership_name_label.setObjectName(u"partnership_name_label")

        self.name_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnership_name_label)

        self.partnership_name_edit = QLineEdit(FirstRunDialog)
        self.partnership_name_edit.setObjectName(u"partnership_name_edit")

        self.name_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnership_name_edit)


        self.main_layout.addLayout(self.name_layout)

        self.demo_radio = QRadioButton(FirstRunDialog)
        self.demo_radio.setObjectName(u"demo_radio")

        self.main_layout.addWidget(self.demo_radio)

        self.demo_label = QLabel(FirstRunDialog)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setWordWrap(True)
        self.demo_label.setIndent(24)

        self.main_layout.addWidget(self.demo_label)

        self.error_label = QLabel(FirstRunDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.progress_bar = QProgressBar(FirstRunDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(True)

        self.main_layout.addWidget(self.progress_bar)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirstRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.partnership_name_label.setBuddy(self.partnership_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.empty_radio, self.partnership_name_edit)
        QWidget.setTabOrder(self.partnership_name_edit, self.demo_radio)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to BigJournal", None))
        self.welcome_label.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to BigJournal", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"BigJournal keeps your partnership's meetings, the promises made and kept on both sides, and who the right person is now. Your journal is empty. How would you like to start?", None))
        self.empty_radio.setText(QCoreApplication.translate("FirstRunDialog", u"Start an &empty journal for my partnership", None))
        self.partnership_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"Partnership's &name:", None))
#if QT_CONFIG(accessibility)
        self.partnership_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Partnership's name", None))
#endif // QT_CONFIG(accessibility)
        self.partnership_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Millbrook Big Local", None))
        self.demo_radio.setText(QCoreApplication.translate("FirstRunDialog", u"Explore the &demo journal of an invented partnership", None))
        self.demo_label.setText(QCoreApplication.translate("FirstRunDialog", u"The demo opens in a journal of its own, full of made-up organisations, people, meetings and promises, so you can try everything safely; your own journal stays empty until you start it.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

