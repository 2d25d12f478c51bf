# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ContactsView(object):
    def setupUi(self, ContactsView):
        if not ContactsView.objectName():
            ContactsView.setObjectName(u"ContactsView")
        self.main_layout = QVBoxLayout(ContactsView)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(ContactsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane = QWidget(self.splitter)
        self.list_pane.setObjectName(u"list_pane")
        self.list_layout = QVBoxLayout(self.list_pane)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_label = QLabel(self.list_pane)
        self.filter_label.setObjectName(u"filter_label")
        self.filter_label.setWordWrap(True)

        self.list_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(self.list_pane)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.filter_edit)

        self.contact_table = QTableView(self.list_pane)
        self.contact_table.setObjectName(u"contact_table")
        self.contact_table.setAlternatingRowColors(True)
        self.contact_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contact_table.setWordWrap(False)

        self.list_layout.addWidget(self.contact_table)

        self.count_label = QLabel(self.list_pane)
        self.count_label.setObjectName(u"count_label")

        self.list_layout.addWidget(self.count_label)

        self.splitter.addWidget(self.list_pane)
        self.detail_pane = QWidget(self.splitter)
        self.detail_pane.setObjectName(u"detail_pane")
        self.detail_layout = QVBoxLayout(self.detail_pane)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(self.detail_pane)
        self.name_label.setObjectName(u"name_label")
        font = QFont()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)

        self.detail_layout.addWidget(self.name_label)

        self.edit_layout = QFormLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.role_label = QLabel(self.detail_pane)
        self.role_label.setObjectName(u"role_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(self.detail_pane)
        self.role_edit.setObjectName(u"role_edit")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.phone_label = QLabel(self.detail_pane)
        self.phone_label.setObjectName(u"phone_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.detail_pane)
        self.phone_edit.setObjectName(u"phone_edit")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.detail_pane)
        self.email_label.setObjectName(u"email_label")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.detail_pane)
        self.email_edit.setObjectName(u"email_edit")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.notes_label = QLabel(self.detail_pane)
        self.notes_label.setObjectName(u"notes_label")

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.detail_pane)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.detail_layout.addLayout(self.edit_layout)

        self.detail_browser = QTextBrowser(self.detail_pane)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail_browser)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.has_left_button = QPushButton(self.detail_pane)
        self.has_left_button.setObjectName(u"has_left_button")

        self.button_layout.addWidget(self.has_left_button)

        self.delete_button = QPushButton(self.detail_pane)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.detail_layout.addLayout(self.button_layout)

        self.detail_layout.setStretch(2, 1)
        self.splitter.addWidget(self.detail_pane)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
        self.role_label.setBuddy(self.role_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.contact_table)
        QWidget.setTabOrder(self.contact_table, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.detail_browser)
        QWidget.setTabOrder(self.detail_browser, self.has_left_button)
        QWidget.setTabOrder(self.has_left_button, self.delete_button)

        self.retranslateUi(ContactsView)

        QMetaObject.connectSlotsByName(ContactsView)
    # setupUi

    def retranslateUi(self, ContactsView):
#if QT_CONFIG(accessibility)
        ContactsView.setAccessibleName(QCoreApplication.translate("ContactsView", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.filter_label.setText(QCoreApplication.translate("ContactsView", u"Fi&nd a contact by name, role or organisation:", None))
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ContactsView", u"Find a contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filter_edit.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"Type part of a name, role or organisation; the list narrows as you type", None))
#endif // QT_CONFIG(accessibility)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ContactsView", u"e.g. Okafor, highways, college", None))
#if QT_CONFIG(accessibility)
        self.contact_table.setAccessibleName(QCoreApplication.translate("ContactsView", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contact_table.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"People at organisations; select one to see their details", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        self.name_label.setText(QCoreApplication.translate("ContactsView", u"Choose a contact from the list.", None))
        self.role_label.setText(QCoreApplication.translate("ContactsView", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("ContactsView", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"Their job title or role; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("ContactsView", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ContactsView", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("ContactsView", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ContactsView", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ContactsView", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ContactsView", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"Notes about this person; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("ContactsView", u"Contact's meetings and promises", None))
#endif // QT_CONFIG(accessibility)
        self.has_left_button.setText(QCoreApplication.translate("ContactsView", u"Has &left\u2026", None))
#if QT_CONFIG(accessibility)
        self.has_left_button.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"Record that this person has left their post and start the handover", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("ContactsView", u"&Delete contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleDescription(QCoreApplication.translate("ContactsView", u"Delete this contact; asks first and says which promises go too", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

