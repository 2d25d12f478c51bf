# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'promises_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PromisesView(object):
    def setupUi(self, PromisesView):
        if not PromisesView.objectName():
            PromisesView.setObjectName(u"PromisesView")
        self.main_layout = QVBoxLayout(PromisesView)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.side_label = QLabel(PromisesView)
        self.side_label.setObjectName(u"side_label")

        self.filter_layout.addWidget(self.side_label)

        self.side_combo = QComboBox(PromisesView)
        self.side_combo.setObjectName(u"side_combo")

        self.filter_layout.addWidget(self.side_combo)

        self.status_label = QLabel(PromisesView)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(PromisesView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.organisation_label = QLabel(PromisesView)
        self.organisation_label.setObjectName(u"organisation_label")

        self.filter_layout.addWidget(self.organisation_label)

        self.organisation_combo = QComboBox(PromisesView)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.organisation_combo)

        self.overdue_check = QCheckBox(PromisesView)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(PromisesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.promise_table = QTableView(self.splitter)
        self.promise_table.setObjectName(u"promise_table")
        self.promise_table.setAlternatingRowColors(True)
        self.promise_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.promise_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.promise_table.setWordWrap(False)
        self.splitter.addWidget(self.promise_table)
        self.detail_browser = QTextBrowser(self.splitter)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setOpenLinks(False)
        self.splitter.addWidget(self.detail_browser)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.count_label = QLabel(PromisesView)
        self.count_label.setObjectName(u"count_label")

        self.button_layout.addWidget(self.count_label)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.mark_kept_button = QPushButton(PromisesView)
        self.mark_kept_button.setObjectName(u"mark_kept_button")

        self.button_layout.addWidget(self.mark_kept_button)

        self.change_status_button = QPushButton(PromisesView)
        self.change_status_button.setObjectName(u"change_status_button")

        self.button_layout.addWidget(self.change_status_button)

        self.delete_button = QPushButton(PromisesView)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.side_label.setBuddy(self.side_combo)
        self.status_label.setBuddy(self.status_combo)
        self.organisation_label.setBuddy(self.organisation_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.side_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.promise_table)
        QWidget.setTabOrder(self.promise_table, self.detail_browser)
        QWidget.setTabOrder(self.detail_browser, self.mark_kept_button)
        QWidget.setTabOrder(self.mark_kept_button, self.change_status_button)
        QWidget.setTabOrder(self.change_status_button, self.delete_button)

        self.retranslateUi(PromisesView)

        QMetaObject.connectSlotsByName(PromisesView)
    # setupUi

    def retranslateUi(self, PromisesView):
#if QT_CONFIG(accessibility)
        PromisesView.setAccessibleName(QCoreApplication.translate("PromisesView", u"Promises", None))
#endif // QT_CONFIG(accessibility)
        self.side_label.setText(QCoreApplication.translate("PromisesView", u"&Whose:", None))
#if QT_CONFIG(accessibility)
        self.side_combo.setAccessibleName(QCoreApplication.translate("PromisesView", u"Whose promises", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PromisesView", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PromisesView", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("PromisesView", u"Or&ganisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("PromisesView", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_check.setText(QCoreApplication.translate("PromisesView", u"&Overdue only", None))
#if QT_CONFIG(accessibility)
        self.overdue_check.setAccessibleDescription(QCoreApplication.translate("PromisesView", u"Show only open promises past their due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promise_table.setAccessibleName(QCoreApplication.translate("PromisesView", u"Promise register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promise_table.setAccessibleDescription(QCoreApplication.translate("PromisesView", u"Promises soonest due first. K or Space marks the selected promise kept.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_browser.setAccessibleName(QCoreApplication.translate("PromisesView", u"Promise details", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        self.mark_kept_button.setText(QCoreApplication.translate("PromisesView", u"Mark &kept", None))
#if QT_CONFIG(accessibility)
        self.mark_kept_button.setAccessibleDescription(QCoreApplication.translate("PromisesView", u"Mark the selected promise kept today (shortcut K)", None))
#endif // QT_CONFIG(accessibility)
        self.change_status_button.setText(QCoreApplication.translate("PromisesView", u"&Change status\u2026", None))
#if QT_CONFIG(accessibility)
        self.change_status_button.setAccessibleDescription(QCoreApplication.translate("PromisesView", u"Mark the promise kept, broken, released or open again, with a date and a note", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("PromisesView", u"&Delete promise\u2026", None))
    # retranslateUi

