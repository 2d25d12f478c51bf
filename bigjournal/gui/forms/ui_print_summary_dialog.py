# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_summary_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintSummaryDialog(object):
    def setupUi(self, PrintSummaryDialog):
        if not PrintSummaryDialog.objectName():
            PrintSummaryDialog.setObjectName(u"PrintSummaryDialog")
        PrintSummaryDialog.resize(540, 260)
        self.main_layout = QVBoxLayout(PrintSummaryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PrintSummaryDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(PrintSummaryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.paper_label = QLabel(PrintSummaryDialog)
        self.paper_label.setObjectName(u"paper_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(PrintSummaryDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo)


        self.main_layout.addLayout(self.form_layout)

        self.open_check = QCheckBox(PrintSummaryDialog)
        self.open_check.setObjectName(u"open_check")
        self.open_check.setChecked(True)

        self.main_layout.addWidget(self.open_check)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PrintSummaryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.paper_label.setBuddy(self.paper_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paper_combo, self.open_check)

        self.retranslateUi(PrintSummaryDialog)

        QMetaObject.connectSlotsByName(PrintSummaryDialog)
    # setupUi

    def retranslateUi(self, PrintSummaryDialog):
        PrintSummaryDialog.setWindowTitle(QCoreApplication.translate("PrintSummaryDialog", u"Print summary", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PrintSummaryDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("PrintSummaryDialog", u"Paper si&ze:", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("PrintSummaryDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleDescription(QCoreApplication.translate("PrintSummaryDialog", u"A4 or Letter; remembered for this journal", None))
#endif // QT_CONFIG(accessibility)
        self.open_check.setText(QCoreApplication.translate("PrintSummaryDialog", u"Open the PDF &when it is saved", None))
    # retranslateUi

