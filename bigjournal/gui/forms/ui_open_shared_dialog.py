# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_shared_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OpenSharedDialog(object):
    def setupUi(self, OpenSharedDialog):
        if not OpenSharedDialog.objectName():
            OpenSharedDialog.setObjectName(u"OpenSharedDialog")
        OpenSharedDialog.resize(600, 460)
        self.main_layout = QVBoxLayout(OpenSharedDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(OpenSharedDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(OpenSharedDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.host_label = QLabel(OpenSharedDialog)
        self.host_label.setObjectName(u"host_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(OpenSharedDialog)
        self.host_edit.setObjectName(u"host_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(OpenSharedDialog)
        self.port_label.setObjectName(u"port_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_edit = QLineEdit(OpenSharedDialog)
        self.port_edit.setObjectName(u"port_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_edit)

        self.database_label = QLabel(OpenSharedDialog)
        self.database_label.setObjectName(u"database_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(OpenSharedDialog)
        self.database_edit.setObjectName(u"database_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.login_label = QLabel(OpenSharedDialog)
        self.login_label.setObjectName(u"login_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login_edit = QLineEdit(OpenSharedDialog)
        self.login_edit.setObjectName(u"login_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.password_label = QLabel(OpenSharedDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(OpenSharedDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.remember_check = QCheckBox(OpenSharedDialog)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remember_check)


        self.main_layout.addLayout(self.form_layout)

        self.result_label = QLabel(OpenSharedDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.test_button = QPushButton(OpenSharedDialog)
        self.test_button.setObjectName(u"test_button")

        self.button_layout.addWidget(self.test_button)

        self.button_box = QDialogButtonBox(OpenSharedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Open)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_edit)
        self.database_label.setBuddy(self.database_edit)
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.host_edit, self.port_edit)
        QWidget.setTabOrder(self.port_edit, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.login_edit)
        QWidget.setTabOrder(self.login_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.test_button)

        self.retranslateUi(OpenSharedDialog)

        QMetaObject.connectSlotsByName(OpenSharedDialog)
    # setupUi

    def retranslateUi(self, OpenSharedDialog):
        OpenSharedDialog.setWindowTitle(QCoreApplication.translate("OpenSharedDialog", u"Open a shared journal", None))
        self.intro_label.setText(QCoreApplication.translate("OpenSharedDialog", u"A shared journal lives on your partnership's server. Whoever looks after the server gives you these details.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.host_label.setText(QCoreApplication.translate("OpenSharedDialog", u"&Server:", None))
#if QT_CONFIG(accessibility)
        self.host_edit.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Server", None))
#endif // QT_CONFIG(accessibility)
        self.host_edit.setPlaceholderText(QCoreApplication.translate("OpenSharedDialog", u"e.g. journal.millbrook.org or 192.168.1.20", None))
        self.port_label.setText(QCoreApplication.translate("OpenSharedDialog", u"&Port:", None))
#if QT_CONFIG(accessibility)
        self.port_edit.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.port_edit.setPlaceholderText(QCoreApplication.translate("OpenSharedDialog", u"5432 (leave empty for the usual one)", None))
        self.database_label.setText(QCoreApplication.translate("OpenSharedDialog", u"&Journal database:", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Journal database", None))
#endif // QT_CONFIG(accessibility)
        self.database_edit.setPlaceholderText(QCoreApplication.translate("OpenSharedDialog", u"e.g. millbrook_journal", None))
        self.login_label.setText(QCoreApplication.translate("OpenSharedDialog", u"&Login:", None))
#if QT_CONFIG(accessibility)
        self.login_edit.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Login", None))
#endif // QT_CONFIG(accessibility)
        self.login_edit.setPlaceholderText(QCoreApplication.translate("OpenSharedDialog", u"your own login on the server", None))
        self.password_label.setText(QCoreApplication.translate("OpenSharedDialog", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("OpenSharedDialog", u"&Keep the password in this computer's keyring", None))
#if QT_CONFIG(accessibility)
        self.result_label.setAccessibleName(QCoreApplication.translate("OpenSharedDialog", u"Connection test result", None))
#endif // QT_CONFIG(accessibility)
        self.test_button.setText(QCoreApplication.translate("OpenSharedDialog", u"&Test connection", None))
#if QT_CONFIG(accessibility)
        self.test_button.setAccessibleDescription(QCoreApplication.translate("OpenSharedDialog", u"Try the server without opening the journal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

