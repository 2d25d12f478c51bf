# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'licences_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_LicencesDialog(object):
    def setupUi(self, LicencesDialog):
        if not LicencesDialog.objectName():
            LicencesDialog.setObjectName(u"LicencesDialog")
        LicencesDialog.resize(820, 540)
        self.main_layout = QVBoxLayout(LicencesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(LicencesDialog)
        self.tabs.setObjectName(u"tabs")
        self.licence_tab = QWidget()
        self.licence_tab.setObjectName(u"licence_tab")
        self.licence_layout = QVBoxLayout(self.licence_tab)
        self.licence_layout.setObjectName(u"licence_layout")
        self.licence_text = QPlainTextEdit(self.licence_tab)
        self.licence_text.setObjectName(u"licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.licence_layout.addWidget(self.licence_text)

        self.tabs.addTab(self.licence_tab, "")
        self.notices_tab = QWidget()
        self.notices_tab.setObjectName(u"notices_tab")
        self.notices_layout = QVBoxLayout(self.notices_tab)
        self.notices_layout.setObjectName(u"notices_layout")
        self.notices_text = QPlainTextEdit(self.notices_tab)
        self.notices_text.setObjectName(u"notices_text")
        self.notices_text.setReadOnly(True)
        self.notices_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.notices_layout.addWidget(self.notices_text)

        self.tabs.addTab(self.notices_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(LicencesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(LicencesDialog)

        QMetaObject.connectSlotsByName(LicencesDialog)
    # setupUi

    def retranslateUi(self, LicencesDialog):
        LicencesDialog.setWindowTitle(QCoreApplication.translate("LicencesDialog", u"Licences", None))
#if QT_CONFIG(accessibility)
        LicencesDialog.setAccessibleName(QCoreApplication.translate("LicencesDialog", u"Licences", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("LicencesDialog", u"Licences", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licence_text.setAccessibleName(QCoreApplication.translate("LicencesDialog", u"BigJournal's licence: the GNU General Public License, version 3", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.licence_tab), QCoreApplication.translate("LicencesDialog", u"BigJournal's &licence", None))
#if QT_CONFIG(accessibility)
        self.notices_text.setAccessibleName(QCoreApplication.translate("LicencesDialog", u"Third-party notices: the licences of the parts BigJournal is built from", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.notices_tab), QCoreApplication.translate("LicencesDialog", u"&Third-party notices", None))
    # retranslateUi

