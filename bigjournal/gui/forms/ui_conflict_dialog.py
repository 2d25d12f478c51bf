# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFrame, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(680, 300)
        self.main_layout = QVBoxLayout(ConflictDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.who_label = QLabel(ConflictDialog)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setWordWrap(True)

        self.main_layout.addWidget(self.who_label)

        self.compare_table = QTableWidget(ConflictDialog)
        self.compare_table.setObjectName(u"compare_table")
        self.compare_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.compare_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.compare_table.setWordWrap(True)
        self.compare_table.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.compare_table)

        self.choice_label = QLabel(ConflictDialog)
        self.choice_label.setObjectName(u"choice_label")
        self.choice_label.setWordWrap(True)

        self.main_layout.addWidget(self.choice_label)

        self.error_label = QLabel(ConflictDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ConflictDialog)
        self.button_box.setObjectName(u"button_box")

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else changed this", None))
#if QT_CONFIG(accessibility)
        self.compare_table.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Their version and yours, field by field", None))
#endif // QT_CONFIG(accessibility)
        self.choice_label.setText(QCoreApplication.translate("ConflictDialog", u"\u201cKeep theirs\u201d leaves the record as they saved it. \u201cUse mine\u201d saves your version over theirs.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

