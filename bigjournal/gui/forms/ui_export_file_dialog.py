# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_file_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportFileDialog(object):
    def setupUi(self, ExportFileDialog):
        if not ExportFileDialog.objectName():
            ExportFileDialog.setObjectName(u"ExportFileDialog")
        ExportFileDialog.resize(600, 320)
        self.main_layout = QVBoxLayout(ExportFileDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ExportFileDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(ExportFileDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.options_group = QGroupBox(ExportFileDialog)
        self.options_group.setObjectName(u"options_group")
        self.options_layout = QVBoxLayout(self.options_group)
        self.options_layout.setObjectName(u"options_layout")

        self.main_layout.addWidget(self.options_group)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ExportFileDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ExportFileDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ExportFileDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.main_layout.addLayout(self.file_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ExportFileDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportFileDialog)

        QMetaObject.connectSlotsByName(ExportFileDialog)
    # setupUi

    def retranslateUi(self, ExportFileDialog):
        ExportFileDialog.setWindowTitle(QCoreApplication.translate("ExportFileDialog", u"Export", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ExportFileDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.options_group.setTitle(QCoreApplication.translate("ExportFileDialog", u"What to include", None))
        self.file_label.setText(QCoreApplication.translate("ExportFileDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ExportFileDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("ExportFileDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.choose_button.setAccessibleName(QCoreApplication.translate("ExportFileDialog", u"Choose where to save", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

