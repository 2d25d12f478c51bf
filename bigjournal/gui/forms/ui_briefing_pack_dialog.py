# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'briefing_pack_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_BriefingPackDialog(object):
    def setupUi(self, BriefingPackDialog):
        if not BriefingPackDialog.objectName():
            BriefingPackDialog.setObjectName(u"BriefingPackDialog")
        BriefingPackDialog.resize(640, 620)
        self.main_layout = QVBoxLayout(BriefingPackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BriefingPackDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(BriefingPackDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.recipient_label = QLabel(BriefingPackDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient_edit = QLineEdit(BriefingPackDialog)
        self.recipient_edit.setObjectName(u"recipient_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.own_label = QLabel(BriefingPackDialog)
        self.own_label.setObjectName(u"own_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.own_label)

        self.own_combo = QComboBox(BriefingPackDialog)
        self.own_combo.setObjectName(u"own_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.own_combo)

        self.paper_label = QLabel(BriefingPackDialog)
        self.paper_label.setObjectName(u"paper_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(BriefingPackDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper_combo)


        self.main_layout.addLayout(self.form_layout)

        self.organisations_label = QLabel(BriefingPackDialog)
        self.organisations_label.setObjectName(u"organisations_label")
        self.organisations_label.setWordWrap(True)

        self.main_layout.addWidget(self.organisations_label)

        self.organisation_tree = QTreeWidget(BriefingPackDialog)
        self.organisation_tree.setObjectName(u"organisation_tree")
        self.organisation_tree.setHeaderHidden(True)
        self.organisation_tree.setUniformRowHeights(True)

        self.main_layout.addWidget(self.organisation_tree)

        self.choose_layout = QHBoxLayout()
        self.choose_layout.setObjectName(u"choose_layout")
        self.all_button = QPushButton(BriefingPackDialog)
        self.all_button.setObjectName(u"all_button")

        self.choose_layout.addWidget(self.all_button)

        self.none_button = QPushButton(BriefingPackDialog)
        self.none_button.setObjectName(u"none_button")

        self.choose_layout.addWidget(self.none_button)

        self.count_label = QLabel(BriefingPackDialog)
        self.count_label.setObjectName(u"count_label")

        self.choose_layout.addWidget(self.count_label)

        self.choose_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choose_layout.addItem(self.choose_spacer)


        self.main_layout.addLayout(self.choose_layout)

        self.open_check = QCheckBox(BriefingPackDialog)
        self.open_check.setObjectName(u"open_check")
        self.open_check.setChecked(True)

        self.main_layout.addWidget(self.open_check)

        self.button_box = QDialogButtonBox(BriefingPackDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient_edit)
        self.own_label.setBuddy(self.own_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.organisations_label.setBuddy(self.organisation_tree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient_edit, self.own_combo)
        QWidget.setTabOrder(self.own_combo, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.organisation_tree)
        QWidget.setTabOrder(self.organisation_tree, self.all_button)
        QWidget.setTabOrder(self.all_button, self.none_button)
        QWidget.setTabOrder(self.none_button, self.open_check)

        self.retranslateUi(BriefingPackDialog)

        QMetaObject.connectSlotsByName(BriefingPackDialog)
    # setupUi

    def retranslateUi(self, BriefingPackDialog):
        BriefingPackDialog.setWindowTitle(QCoreApplication.translate("BriefingPackDialog", u"Briefing pack", None))
        self.intro_label.setText(QCoreApplication.translate("BriefingPackDialog", u"A briefing pack for a new officer or councillor: a cover, the partnership, a one-page summary of each organisation chosen (theirs first), timelines, key contacts, open promises and a glossary.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("BriefingPackDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_label.setText(QCoreApplication.translate("BriefingPackDialog", u"&For whom:", None))
#if QT_CONFIG(accessibility)
        self.recipient_edit.setAccessibleName(QCoreApplication.translate("BriefingPackDialog", u"For whom", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_edit.setPlaceholderText(QCoreApplication.translate("BriefingPackDialog", u"e.g. Cllr Ann Lee", None))
        self.own_label.setText(QCoreApplication.translate("BriefingPackDialog", u"&Their organisation:", None))
#if QT_CONFIG(accessibility)
        self.own_combo.setAccessibleName(QCoreApplication.translate("BriefingPackDialog", u"Their organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.own_combo.setAccessibleDescription(QCoreApplication.translate("BriefingPackDialog", u"Put first in the pack", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("BriefingPackDialog", u"Paper si&ze:", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("BriefingPackDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleDescription(QCoreApplication.translate("BriefingPackDialog", u"A4 or Letter; remembered for this journal", None))
#endif // QT_CONFIG(accessibility)
        self.organisations_label.setText(QCoreApplication.translate("BriefingPackDialog", u"&Organisations in the pack (departments appear on their council's page):", None))
        ___qtreewidgetitem = self.organisation_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BriefingPackDialog", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_tree.setAccessibleName(QCoreApplication.translate("BriefingPackDialog", u"Organisations in the pack", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation_tree.setAccessibleDescription(QCoreApplication.translate("BriefingPackDialog", u"Tick each organisation to include; Space ticks the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.all_button.setText(QCoreApplication.translate("BriefingPackDialog", u"Tick &all", None))
        self.none_button.setText(QCoreApplication.translate("BriefingPackDialog", u"Tick &none", None))
        self.open_check.setText(QCoreApplication.translate("BriefingPackDialog", u"Open the PDF &when it is saved", None))
    # retranslateUi

