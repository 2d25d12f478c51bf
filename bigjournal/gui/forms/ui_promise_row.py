# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'promise_row.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLineEdit,
    QPushButton, QSizePolicy, QWidget)

class Ui_PromiseRow(object):
    def setupUi(self, PromiseRow):
        if not PromiseRow.objectName():
            PromiseRow.setObjectName(u"PromiseRow")
        self.row_layout = QHBoxLayout(PromiseRow)
        self.row_layout.setObjectName(u"row_layout")
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.side_combo = QComboBox(PromiseRow)
        self.side_combo.setObjectName(u"side_combo")

        self.row_layout.addWidget(self.side_combo)

        self.who_edit = QLineEdit(PromiseRow)
        self.who_edit.setObjectName(u"who_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.who_edit.sizePolicy().hasHeightForWidth())
        self.who_edit.setSizePolicy(sizePolicy)

        self.row_layout.addWidget(self.who_edit)

        self.what_edit = QLineEdit(PromiseRow)
        self.what_edit.setObjectName(u"what_edit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.what_edit.sizePolicy().hasHeightForWidth())
        self.what_edit.setSizePolicy(sizePolicy1)

        self.row_layout.addWidget(self.what_edit)

        self.due_edit = QLineEdit(PromiseRow)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setMaximumSize(QSize(170, 16777215))

        self.row_layout.addWidget(self.due_edit)

        self.remove_button = QPushButton(PromiseRow)
        self.remove_button.setObjectName(u"remove_button")

        self.row_layout.addWidget(self.remove_button)

        QWidget.setTabOrder(self.side_combo, self.who_edit)
        QWidget.setTabOrder(self.who_edit, self.what_edit)
        QWidget.setTabOrder(self.what_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.remove_button)

        self.retranslateUi(PromiseRow)

        QMetaObject.connectSlotsByName(PromiseRow)
    # setupUi

    def retranslateUi(self, PromiseRow):
#if QT_CONFIG(accessibility)
        PromiseRow.setAccessibleName(QCoreApplication.translate("PromiseRow", u"Promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.side_combo.setAccessibleName(QCoreApplication.translate("PromiseRow", u"Whose promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.side_combo.setAccessibleDescription(QCoreApplication.translate("PromiseRow", u"Theirs: the organisation promised it. Ours: the partnership promised it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.who_edit.setAccessibleName(QCoreApplication.translate("PromiseRow", u"Who promised", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.who_edit.setAccessibleDescription(QCoreApplication.translate("PromiseRow", u"The person who made the promise; may be left empty", None))
#endif // QT_CONFIG(accessibility)
        self.who_edit.setPlaceholderText(QCoreApplication.translate("PromiseRow", u"Who (optional)", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("PromiseRow", u"What was promised", None))
#endif // QT_CONFIG(accessibility)
        self.what_edit.setPlaceholderText(QCoreApplication.translate("PromiseRow", u"What was promised", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("PromiseRow", u"By when", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleDescription(QCoreApplication.translate("PromiseRow", u"A date like 2026-07-31 or 31/7/2026, or a time from the meeting like 2w for two weeks; may be left empty", None))
#endif // QT_CONFIG(accessibility)
        self.due_edit.setPlaceholderText(QCoreApplication.translate("PromiseRow", u"By when, e.g. 2w", None))
        self.remove_button.setText(QCoreApplication.translate("PromiseRow", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("PromiseRow", u"Remove this promise", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

