# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_view.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TodayView(object):
    def setupUi(self, TodayView):
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        self.main_layout = QVBoxLayout(TodayView)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(TodayView)
        self.heading_label.setObjectName(u"heading_label")
        font = QFont()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.hint_label = QLabel(TodayView)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.agenda_tree = QTreeWidget(TodayView)
        self.agenda_tree.setObjectName(u"agenda_tree")
        self.agenda_tree.setAlternatingRowColors(True)
        self.agenda_tree.setUniformRowHeights(True)
        self.agenda_tree.setAllColumnsShowFocus(True)

        self.main_layout.addWidget(self.agenda_tree)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.open_button = QPushButton(TodayView)
        self.open_button.setObjectName(u"open_button")

        self.button_layout.addWidget(self.open_button)

        self.mark_kept_button = QPushButton(TodayView)
        self.mark_kept_button.setObjectName(u"mark_kept_button")

        self.button_layout.addWidget(self.mark_kept_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.agenda_tree, self.open_button)
        QWidget.setTabOrder(self.open_button, self.mark_kept_button)

        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
#if QT_CONFIG(accessibility)
        TodayView.setAccessibleName(QCoreApplication.translate("TodayView", u"Today", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("TodayView", u"Today", None))
        self.hint_label.setText(QCoreApplication.translate("TodayView", u"Promises due this week or overdue, handovers waiting, relationships gone quiet or hanging on one person, councillors' terms ending, and meetings planned. Press Enter to open an item (on a handover or a leaver: finish the handover), K or Space to mark a promise kept.", None))
        ___qtreewidgetitem = self.agenda_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TodayView", u"When", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TodayView", u"Organisation", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodayView", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodayView", u"What", None))
#if QT_CONFIG(accessibility)
        self.agenda_tree.setAccessibleName(QCoreApplication.translate("TodayView", u"Today's agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agenda_tree.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Grouped list of what needs attention today. Enter opens the selected item; K or Space marks the selected promise kept.", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("TodayView", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Open the selected item's record", None))
#endif // QT_CONFIG(accessibility)
        self.mark_kept_button.setText(QCoreApplication.translate("TodayView", u"Mark &kept", None))
#if QT_CONFIG(accessibility)
        self.mark_kept_button.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Mark the selected promise kept today (shortcut K)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

