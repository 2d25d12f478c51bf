# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_view.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SearchView(object):
    def setupUi(self, SearchView):
        if not SearchView.objectName():
            SearchView.setObjectName(u"SearchView")
        self.main_layout = QVBoxLayout(SearchView)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(SearchView)
        self.heading_label.setObjectName(u"heading_label")
        font = QFont()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.result_tree = QTreeWidget(SearchView)
        self.result_tree.setObjectName(u"result_tree")
        self.result_tree.setAlternatingRowColors(True)
        self.result_tree.setRootIsDecorated(False)
        self.result_tree.setAllColumnsShowFocus(True)

        self.main_layout.addWidget(self.result_tree)


        self.retranslateUi(SearchView)

        QMetaObject.connectSlotsByName(SearchView)
    # setupUi

    def retranslateUi(self, SearchView):
#if QT_CONFIG(accessibility)
        SearchView.setAccessibleName(QCoreApplication.translate("SearchView", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.heading_label.setText(QCoreApplication.translate("SearchView", u"Type in the search box above (Ctrl+F) to search names and notes.", None))
        ___qtreewidgetitem = self.result_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SearchView", u"Where the words were found", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SearchView", u"Name or title", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SearchView", u"Kind", None))
#if QT_CONFIG(accessibility)
        self.result_tree.setAccessibleName(QCoreApplication.translate("SearchView", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.result_tree.setAccessibleDescription(QCoreApplication.translate("SearchView", u"Records whose names or notes match; Enter opens the selected one", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

