# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'promise_editor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PromiseEditorDialog(object):
    def setupUi(self, PromiseEditorDialog):
        if not PromiseEditorDialog.objectName():
            PromiseEditorDialog.setObjectName(u"PromiseEditorDialog")
        PromiseEditorDialog.resize(620, 470)
        self.main_layout = QVBoxLayout(PromiseEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.error_label = QLabel(PromiseEditorDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.scroll_area = QScrollArea(PromiseEditorDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.form_widget = QWidget()
        self.form_widget.setObjectName(u"form_widget")
        self.form_outer_layout = QVBoxLayout(self.form_widget)
        self.form_outer_layout.setObjectName(u"form_outer_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.what_label = QLabel(self.form_widget)
        self.what_label.setObjectName(u"what_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what_edit = QLineEdit(self.form_widget)
        self.what_edit.setObjectName(u"what_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what_edit)

        self.side_label = QLabel(self.form_widget)
        self.side_label.setObjectName(u"side_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.side_label)

        self.side_combo = QComboBox(self.form_widget)
        self.side_combo.setObjectName(u"side_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.side_combo)

        self.organisation_label = QLabel(self.form_widget)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(self.form_widget)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.made_by_label = QLabel(self.form_widget)
        self.made_by_label.setObjectName(u"made_by_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.made_by_label)

        self.made_by_edit = QLineEdit(self.form_widget)
        self.made_by_edit.setObjectName(u"made_by_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.made_by_edit)

        self.made_to_label = QLabel(self.form_widget)
        self.made_to_label.setObjectName(u"made_to_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.made_to_label)

        self.made_to_edit = QLineEdit(self.form_widget)
        self.made_to_edit.setObjectName(u"made_to_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.made_to_edit)

        self.holder_label = QLabel(self.form_widget)
        self.holder_label.setObjectName(u"holder_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.holder_label)

        self.holder_edit = QLineEdit(self.form_widget)
        self.holder_edit.setObjectName(u"holder_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.holder_edit)

        self.made_on_label = QLabel(self.form_widget)
        self.made_on_label.setObjectName(u"made_on_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.made_on_label)

        self.made_on_edit = QDateEdit(self.form_widget)
        self.made_on_edit.setObjectName(u"made_on_edit")
        self.made_on_edit.setCalendarPopup(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.made_on_edit)

        self.due_label = QLabel(self.form_widget)
        self.due_label.setObjectName(u"due_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = QLineEdit(self.form_widget)
        self.due_edit.setObjectName(u"due_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.status_label = QLabel(self.form_widget)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.form_widget)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_on_label = QLabel(self.form_widget)
        self.status_on_label.setObjectName(u"status_on_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.status_on_label)

        self.status_on_edit = QDateEdit(self.form_widget)
        self.status_on_edit.setObjectName(u"status_on_edit")
        self.status_on_edit.setCalendarPopup(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status_on_edit)

        self.note_label = QLabel(self.form_widget)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.form_widget)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.form_outer_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_outer_layout.addItem(self.form_spacer)

        self.scroll_area.setWidget(self.form_widget)

        self.main_layout.addWidget(self.scroll_area)

        self.button_box = QDialogButtonBox(PromiseEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.what_label.setBuddy(self.what_edit)
        self.side_label.setBuddy(self.side_combo)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.made_by_label.setBuddy(self.made_by_edit)
        self.made_to_label.setBuddy(self.made_to_edit)
        self.holder_label.setBuddy(self.holder_edit)
        self.made_on_label.setBuddy(self.made_on_edit)
        self.due_label.setBuddy(self.due_edit)
        self.status_label.setBuddy(self.status_combo)
        self.status_on_label.setBuddy(self.status_on_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.what_edit, self.side_combo)
        QWidget.setTabOrder(self.side_combo, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.made_by_edit)
        QWidget.setTabOrder(self.made_by_edit, self.made_to_edit)
        QWidget.setTabOrder(self.made_to_edit, self.holder_edit)
        QWidget.setTabOrder(self.holder_edit, self.made_on_edit)
        QWidget.setTabOrder(self.made_on_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.status_on_edit)
        QWidget.setTabOrder(self.status_on_edit, self.note_edit)

        self.retranslateUi(PromiseEditorDialog)

        QMetaObject.connectSlotsByName(PromiseEditorDialog)
    # setupUi

    def retranslateUi(self, PromiseEditorDialog):
        PromiseEditorDialog.setWindowTitle(QCoreApplication.translate("PromiseEditorDialog", u"New promise", None))
#if QT_CONFIG(accessibility)
        PromiseEditorDialog.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Promise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.what_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"What was promised", None))
#endif // QT_CONFIG(accessibility)
        self.what_edit.setPlaceholderText(QCoreApplication.translate("PromiseEditorDialog", u"In a few words, e.g. Repair the lamps on Mill Lane", None))
        self.side_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"Wh&ose:", None))
#if QT_CONFIG(accessibility)
        self.side_combo.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Whose promise", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"O&rganisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("PromiseEditorDialog", u"Type a few letters and choose; from who made it if left empty", None))
        self.made_by_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"Made &by:", None))
#if QT_CONFIG(accessibility)
        self.made_by_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Who made the promise", None))
#endif // QT_CONFIG(accessibility)
        self.made_by_edit.setPlaceholderText(QCoreApplication.translate("PromiseEditorDialog", u"Type a few letters; may be left empty", None))
        self.made_to_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"Promised &to:", None))
#if QT_CONFIG(accessibility)
        self.made_to_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Who the promise was made to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.made_to_edit.setAccessibleDescription(QCoreApplication.translate("PromiseEditorDialog", u"Theirs: one of us. Ours: one of their people", None))
#endif // QT_CONFIG(accessibility)
        self.made_to_edit.setPlaceholderText(QCoreApplication.translate("PromiseEditorDialog", u"Optional", None))
        self.holder_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"&Held now by:", None))
#if QT_CONFIG(accessibility)
        self.holder_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Who holds the promise now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.holder_edit.setAccessibleDescription(QCoreApplication.translate("PromiseEditorDialog", u"Who answers for it now; empty means the organisation (or the partnership) itself", None))
#endif // QT_CONFIG(accessibility)
        self.made_on_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"M&ade on:", None))
#if QT_CONFIG(accessibility)
        self.made_on_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Date the promise was made", None))
#endif // QT_CONFIG(accessibility)
        self.made_on_edit.setDisplayFormat(QCoreApplication.translate("PromiseEditorDialog", u"d MMM yyyy", None))
        self.due_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleDescription(QCoreApplication.translate("PromiseEditorDialog", u"A date like 31/7/2026, or a time from the day it was made like 2w for two weeks", None))
#endif // QT_CONFIG(accessibility)
        self.due_edit.setPlaceholderText(QCoreApplication.translate("PromiseEditorDialog", u"e.g. 2w, 31/7/2026 or 2026-07-31; may be empty", None))
        self.status_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_on_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"Dat&e:", None))
#if QT_CONFIG(accessibility)
        self.status_on_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Date of the status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_on_edit.setAccessibleDescription(QCoreApplication.translate("PromiseEditorDialog", u"The day it was kept, broken or released", None))
#endif // QT_CONFIG(accessibility)
        self.status_on_edit.setDisplayFormat(QCoreApplication.translate("PromiseEditorDialog", u"d MMM yyyy", None))
        self.note_label.setText(QCoreApplication.translate("PromiseEditorDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("PromiseEditorDialog", u"Note on the status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleDescription(QCoreApplication.translate("PromiseEditorDialog", u"How it was kept, or why it was broken or released", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

