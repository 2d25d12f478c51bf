# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QSplitter,
    QTextBrowser, QTreeView, QVBoxLayout, QWidget)

class Ui_OrganisationsView(object):
    def setupUi(self, OrganisationsView):
        if not OrganisationsView.objectName():
            OrganisationsView.setObjectName(u"OrganisationsView")
        self.main_layout = QVBoxLayout(OrganisationsView)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(OrganisationsView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane = QWidget(self.splitter)
        self.list_pane.setObjectName(u"list_pane")
        self.list_layout = QVBoxLayout(self.list_pane)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_label = QLabel(self.list_pane)
        self.tree_label.setObjectName(u"tree_label")
        self.tree_label.setWordWrap(True)

        self.list_layout.addWidget(self.tree_label)

        self.organisation_tree = QTreeView(self.list_pane)
        self.organisation_tree.setObjectName(u"organisation_tree")
        self.organisation_tree.setAlternatingRowColors(True)
        self.organisation_tree.setUniformRowHeights(True)
        self.organisation_tree.setAllColumnsShowFocus(True)

        self.list_layout.addWidget(self.organisation_tree)

        self.splitter.addWidget(self.list_pane)
        self.detail_pane = QWidget(self.splitter)
        self.detail_pane.setObjectName(u"detail_pane")
        self.detail_layout = QVBoxLayout(self.detail_pane)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.tool_bar_layout = QHBoxLayout()
        self.tool_bar_layout.setObjectName(u"tool_bar_layout")

        self.detail_layout.addLayout(self.tool_bar_layout)

        self.detail_browser = QTextBrowser(self.detail_pane)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail_browser)

        self.edit_layout = QFormLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.next_steps_label = QLabel(self.detail_pane)
        self.next_steps_label.setObjectName(u"next_steps_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_steps_label)

        self.next_steps_edit = QPlainTextEdit(self.detail_pane)
        self.next_steps_edit.setObjectName(u"next_steps_edit")
        self.next_steps_edit.setTabChangesFocus(True)
        self.next_steps_edit.setMaximumSize(QSize(16777215, 90))

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_steps_edit)

        self.relationship_notes_label = QLabel(self.detail_pane)
        self.relationship_notes_label.setObjectName(u"relationship_notes_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relationship_notes_label)

        self.relationship_notes_edit = QPlainTextEdit(self.detail_pane)
        self.relationship_notes_edit.setObjectName(u"relationship_notes_edit")
        self.relationship_notes_edit.setTabChangesFocus(True)
        self.relationship_notes_edit.setMaximumSize(QSize(16777215, 90))

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relationship_notes_edit)


        self.detail_layout.addLayout(self.edit_layout)

        self.detail_layout.setStretch(1, 1)
        self.splitter.addWidget(self.detail_pane)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.tree_label.setBuddy(self.organisation_tree)
        self.next_steps_label.setBuddy(self.next_steps_edit)
        self.relationship_notes_label.setBuddy(self.relationship_notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_tree, self.detail_browser)
        QWidget.setTabOrder(self.detail_browser, self.next_steps_edit)
        QWidget.setTabOrder(self.next_steps_edit, self.relationship_notes_edit)

        self.retranslateUi(OrganisationsView)

        QMetaObject.connectSlotsByName(OrganisationsView)
    # setupUi

    def retranslateUi(self, OrganisationsView):
#if QT_CONFIG(accessibility)
        OrganisationsView.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
        self.tree_label.setText(QCoreApplication.translate("OrganisationsView", u"&Organisations (departments and teams under their council or agency)", None))
#if QT_CONFIG(accessibility)
        self.organisation_tree.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation_tree.setAccessibleDescription(QCoreApplication.translate("OrganisationsView", u"Organisations by parent, with kind, type of relationship, purposes and who holds it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Organisation details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleDescription(QCoreApplication.translate("OrganisationsView", u"Contacts, the timeline of meetings, promises both ways and the track record", None))
#endif // QT_CONFIG(accessibility)
        self.next_steps_label.setText(QCoreApplication.translate("OrganisationsView", u"&Next steps:", None))
#if QT_CONFIG(accessibility)
        self.next_steps_edit.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Next steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.next_steps_edit.setAccessibleDescription(QCoreApplication.translate("OrganisationsView", u"What the partnership plans next with this organisation; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_notes_label.setText(QCoreApplication.translate("OrganisationsView", u"&Relationship notes:", None))
#if QT_CONFIG(accessibility)
        self.relationship_notes_edit.setAccessibleName(QCoreApplication.translate("OrganisationsView", u"Relationship notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.relationship_notes_edit.setAccessibleDescription(QCoreApplication.translate("OrganisationsView", u"How the relationship is going; saved when you leave the field", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

