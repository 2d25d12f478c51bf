# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_MeetingsView(object):
    def setupUi(self, MeetingsView):
        if not MeetingsView.objectName():
            MeetingsView.setObjectName(u"MeetingsView")
        self.main_layout = QVBoxLayout(MeetingsView)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(MeetingsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane = QWidget(self.splitter)
        self.list_pane.setObjectName(u"list_pane")
        self.list_layout = QVBoxLayout(self.list_pane)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.table_label = QLabel(self.list_pane)
        self.table_label.setObjectName(u"table_label")

        self.top_layout.addWidget(self.table_label)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.log_meeting_button = QPushButton(self.list_pane)
        self.log_meeting_button.setObjectName(u"log_meeting_button")

        self.top_layout.addWidget(self.log_meeting_button)


        self.list_layout.addLayout(self.top_layout)

        self.meeting_table = QTableView(self.list_pane)
        self.meeting_table.setObjectName(u"meeting_table")
        self.meeting_table.setAlternatingRowColors(True)
        self.meeting_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meeting_table.setWordWrap(False)

        self.list_layout.addWidget(self.meeting_table)

        self.count_label = QLabel(self.list_pane)
        self.count_label.setObjectName(u"count_label")

        self.list_layout.addWidget(self.count_label)

        self.splitter.addWidget(self.list_pane)
        self.detail_pane = QWidget(self.splitter)
        self.detail_pane.setObjectName(u"detail_pane")
        self.detail_layout = QVBoxLayout(self.detail_pane)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_browser = QTextBrowser(self.detail_pane)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail_browser)

        self.edit_layout = QFormLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.notes_label = QLabel(self.detail_pane)
        self.notes_label.setObjectName(u"notes_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.detail_pane)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.decisions_label = QLabel(self.detail_pane)
        self.decisions_label.setObjectName(u"decisions_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisions_label)

        self.decisions_edit = QPlainTextEdit(self.detail_pane)
        self.decisions_edit.setObjectName(u"decisions_edit")
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setMaximumSize(QSize(16777215, 90))

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisions_edit)


        self.detail_layout.addLayout(self.edit_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.delete_button = QPushButton(self.detail_pane)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)


        self.detail_layout.addLayout(self.button_layout)

        self.detail_layout.setStretch(0, 1)
        self.splitter.addWidget(self.detail_pane)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.meeting_table)
        self.notes_label.setBuddy(self.notes_edit)
        self.decisions_label.setBuddy(self.decisions_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meeting_table, self.log_meeting_button)
        QWidget.setTabOrder(self.log_meeting_button, self.detail_browser)
        QWidget.setTabOrder(self.detail_browser, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.decisions_edit)
        QWidget.setTabOrder(self.decisions_edit, self.delete_button)

        self.retranslateUi(MeetingsView)

        QMetaObject.connectSlotsByName(MeetingsView)
    # setupUi

    def retranslateUi(self, MeetingsView):
#if QT_CONFIG(accessibility)
        MeetingsView.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.table_label.setText(QCoreApplication.translate("MeetingsView", u"&Meetings, newest first:", None))
        self.log_meeting_button.setText(QCoreApplication.translate("MeetingsView", u"&Log a meeting\u2026", None))
#if QT_CONFIG(accessibility)
        self.log_meeting_button.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"Log a meeting and the promises made at it (Ctrl+N)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meeting_table.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meeting_table.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"Every meeting, call and visit, newest first; select one to see its notes", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Meeting details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"Who was there and the promises that came out of the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("MeetingsView", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"What was discussed; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_label.setText(QCoreApplication.translate("MeetingsView", u"De&cisions:", None))
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleName(QCoreApplication.translate("MeetingsView", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"What was decided; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("MeetingsView", u"&Delete meeting\u2026", None))
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleDescription(QCoreApplication.translate("MeetingsView", u"Delete this meeting; asks first and says what happens to its promises", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

