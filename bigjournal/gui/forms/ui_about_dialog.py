# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 420)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.icon_label = QLabel(AboutDialog)
        self.icon_label.setObjectName(u"icon_label")

        self.title_layout.addWidget(self.icon_label)

        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.main_layout.addWidget(self.description_label)

        self.journal_label = QLabel(AboutDialog)
        self.journal_label.setObjectName(u"journal_label")
        self.journal_label.setWordWrap(True)
        self.journal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.main_layout.addWidget(self.journal_label)

        self.licence_label = QLabel(AboutDialog)
        self.licence_label.setObjectName(u"licence_label")
        self.licence_label.setWordWrap(True)

        self.main_layout.addWidget(self.licence_label)

        self.warranty_label = QLabel(AboutDialog)
        self.warranty_label.setObjectName(u"warranty_label")
        self.warranty_label.setWordWrap(True)

        self.main_layout.addWidget(self.warranty_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.licences_button = QPushButton(AboutDialog)
        self.licences_button.setObjectName(u"licences_button")
        self.licences_button.setAutoDefault(False)

        self.button_layout.addWidget(self.licences_button)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About BigJournal", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About BigJournal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.icon_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"BigJournal's icon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Name and version", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"A relationship journal for resident-led community partnerships: meetings, promises made and kept on both sides, and who the right person is now.", None))
#if QT_CONFIG(accessibility)
        self.journal_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"The journal open now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licence_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warranty_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"No warranty", None))
#endif // QT_CONFIG(accessibility)
        self.licences_button.setText(QCoreApplication.translate("AboutDialog", u"&Licences\u2026", None))
#if QT_CONFIG(accessibility)
        self.licences_button.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licences", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licences_button.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Show BigJournal's licence and the notices of the parts it is built from", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

