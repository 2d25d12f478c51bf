# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_add_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_QuickAddDialog(object):
    def setupUi(self, QuickAddDialog):
        if not QuickAddDialog.objectName():
            QuickAddDialog.setObjectName(u"QuickAddDialog")
        self.main_layout = QVBoxLayout(QuickAddDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(QuickAddDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(QuickAddDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(QuickAddDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(QuickAddDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMinimumSize(QSize(320, 0))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.organisation_label = QLabel(QuickAddDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(QuickAddDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.role_label = QLabel(QuickAddDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(QuickAddDialog)
        self.role_edit.setObjectName(u"role_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.kind_label = QLabel(QuickAddDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(QuickAddDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind_combo)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(QuickAddDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.role_label.setBuddy(self.role_edit)
        self.kind_label.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.kind_combo)

        self.retranslateUi(QuickAddDialog)

        QMetaObject.connectSlotsByName(QuickAddDialog)
    # setupUi

    def retranslateUi(self, QuickAddDialog):
        QuickAddDialog.setWindowTitle(QCoreApplication.translate("QuickAddDialog", u"Add a new contact", None))
#if QT_CONFIG(accessibility)
        QuickAddDialog.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Add a new record", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("QuickAddDialog", u"The essentials now; the rest can be filled in later from its own page.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("QuickAddDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("QuickAddDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Organisation they work for", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("QuickAddDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.role_edit.setPlaceholderText(QCoreApplication.translate("QuickAddDialog", u"Optional, e.g. Neighbourhood officer", None))
        self.kind_label.setText(QCoreApplication.translate("QuickAddDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("QuickAddDialog", u"Kind of organisation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

