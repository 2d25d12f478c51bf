# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(860, 760)
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HandoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(HandoverDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.leaving_layout = QFormLayout()
        self.leaving_layout.setObjectName(u"leaving_layout")
        self.left_on_label = QLabel(HandoverDialog)
        self.left_on_label.setObjectName(u"left_on_label")

        self.leaving_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.left_on_label)

        self.left_on_edit = QDateEdit(HandoverDialog)
        self.left_on_edit.setObjectName(u"left_on_edit")
        self.left_on_edit.setCalendarPopup(True)

        self.leaving_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.left_on_edit)

        self.left_on_error = QLabel(HandoverDialog)
        self.left_on_error.setObjectName(u"left_on_error")
        self.left_on_error.setWordWrap(True)
        self.left_on_error.setMargin(4)

        self.leaving_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.left_on_error)

        self.went_to_label = QLabel(HandoverDialog)
        self.went_to_label.setObjectName(u"went_to_label")

        self.leaving_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.went_to_label)

        self.went_to_edit = QLineEdit(HandoverDialog)
        self.went_to_edit.setObjectName(u"went_to_edit")

        self.leaving_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.went_to_edit)


        self.main_layout.addLayout(self.leaving_layout)

        self.successor_group = QGroupBox(HandoverDialog)
        self.successor_group.setObjectName(u"successor_group")
        self.successor_layout = QGridLayout(self.successor_group)
        self.successor_layout.setObjectName(u"successor_layout")
        self.existing_radio = QRadioButton(self.successor_group)
        self.existing_radio.setObjectName(u"existing_radio")
        self.existing_radio.setChecked(True)

        self.successor_layout.addWidget(self.existing_radio, 0, 0, 1, 1)

        self.successor_edit = QLineEdit(self.successor_group)
        self.successor_edit.setObjectName(u"successor_edit")

        self.successor_layout.addWidget(self.successor_edit, 0, 1, 1, 3)

        self.new_radio = QRadioButton(self.successor_group)
        self.new_radio.setObjectName(u"new_radio")

        self.successor_layout.addWidget(self.new_radio, 1, 0, 1, 1)

        self.new_name_edit = QLineEdit(self.successor_group)
        self.new_name_edit.setObjectName(u"new_name_edit")

        self.successor_layout.addWidget(self.new_name_edit, 1, 1, 1, 1)

        self.new_role_edit = QLineEdit(self.successor_group)
        self.new_role_edit.setObjectName(u"new_role_edit")

        self.successor_layout.addWidget(self.new_role_edit, 1, 2, 1, 2)

        self.vacant_radio = QRadioButton(self.successor_group)
        self.vacant_radio.setObjectName(u"vacant_radio")

        self.successor_layout.addWidget(self.vacant_radio, 2, 0, 1, 4)

        self.successor_error = QLabel(self.successor_group)
        self.successor_error.setObjectName(u"successor_error")
        self.successor_error.setWordWrap(True)
        self.successor_error.setMargin(4)

        self.successor_layout.addWidget(self.successor_error, 3, 0, 1, 4)


        self.main_layout.addWidget(self.successor_group)

        self.handover_layout = QFormLayout()
        self.handover_layout.setObjectName(u"handover_layout")
        self.notes_label = QLabel(HandoverDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.handover_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(HandoverDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.handover_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.introduction_check = QCheckBox(HandoverDialog)
        self.introduction_check.setObjectName(u"introduction_check")
        self.introduction_check.setChecked(True)

        self.handover_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.introduction_check)

        self.introduction_layout = QHBoxLayout()
        self.introduction_layout.setObjectName(u"introduction_layout")
        self.introduction_edit = QDateEdit(HandoverDialog)
        self.introduction_edit.setObjectName(u"introduction_edit")
        self.introduction_edit.setCalendarPopup(True)

        self.introduction_layout.addWidget(self.introduction_edit)

        self.introduction_hint = QLabel(HandoverDialog)
        self.introduction_hint.setObjectName(u"introduction_hint")
        self.introduction_hint.setWordWrap(True)

        self.introduction_layout.addWidget(self.introduction_hint)


        self.handover_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.introduction_layout)

        self.introduction_error = QLabel(HandoverDialog)
        self.introduction_error.setObjectName(u"introduction_error")
        self.introduction_error.setWordWrap(True)
        self.introduction_error.setMargin(4)

        self.handover_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.introduction_error)


        self.main_layout.addLayout(self.handover_layout)

        self.promises_label = QLabel(HandoverDialog)
        self.promises_label.setObjectName(u"promises_label")
        self.promises_label.setWordWrap(True)

        self.main_layout.addWidget(self.promises_label)

        self.promise_table = QTableWidget(HandoverDialog)
        if (self.promise_table.columnCount() < 4):
            self.promise_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.promise_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.promise_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.promise_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.promise_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.promise_table.setObjectName(u"promise_table")
        self.promise_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.promise_table.setAlternatingRowColors(True)
        self.promise_table.setColumnCount(4)

        self.main_layout.addWidget(self.promise_table)

        self.decisions_error = QLabel(HandoverDialog)
        self.decisions_error.setObjectName(u"decisions_error")
        self.decisions_error.setWordWrap(True)
        self.decisions_error.setMargin(4)

        self.main_layout.addWidget(self.decisions_error)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.left_on_label.setBuddy(self.left_on_edit)
        self.went_to_label.setBuddy(self.went_to_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.left_on_edit, self.went_to_edit)
        QWidget.setTabOrder(self.went_to_edit, self.existing_radio)
        QWidget.setTabOrder(self.existing_radio, self.successor_edit)
        QWidget.setTabOrder(self.successor_edit, self.new_radio)
        QWidget.setTabOrder(self.new_radio, self.new_name_edit)
        QWidget.setTabOrder(self.new_name_edit, self.new_role_edit)
        QWidget.setTabOrder(self.new_role_edit, self.vacant_radio)
        QWidget.setTabOrder(self.vacant_radio, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.introduction_check)
        QWidget.setTabOrder(self.introduction_check, self.introduction_edit)
        QWidget.setTabOrder(self.introduction_edit, self.promise_table)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Handover", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.left_on_label.setText(QCoreApplication.translate("HandoverDialog", u"&Date they left:", None))
#if QT_CONFIG(accessibility)
        self.left_on_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Date they left", None))
#endif // QT_CONFIG(accessibility)
        self.left_on_edit.setDisplayFormat(QCoreApplication.translate("HandoverDialog", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.left_on_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the date they left", None))
#endif // QT_CONFIG(accessibility)
        self.went_to_label.setText(QCoreApplication.translate("HandoverDialog", u"&Where they went:", None))
#if QT_CONFIG(accessibility)
        self.went_to_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Where they went", None))
#endif // QT_CONFIG(accessibility)
        self.went_to_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Optional, e.g. retired, or Kentshire County Council", None))
        self.successor_group.setTitle(QCoreApplication.translate("HandoverDialog", u"Who replaces them", None))
        self.existing_radio.setText(QCoreApplication.translate("HandoverDialog", u"Someone &already in the journal:", None))
#if QT_CONFIG(accessibility)
        self.existing_radio.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Successor already in the journal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.successor_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Successor's name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.successor_edit.setAccessibleDescription(QCoreApplication.translate("HandoverDialog", u"Type part of a name and choose from the list", None))
#endif // QT_CONFIG(accessibility)
        self.successor_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Type part of their name and choose", None))
        self.new_radio.setText(QCoreApplication.translate("HandoverDialog", u"Someone &new:", None))
#if QT_CONFIG(accessibility)
        self.new_radio.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"A new successor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_name_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"New successor's name", None))
#endif // QT_CONFIG(accessibility)
        self.new_name_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.new_role_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"New successor's role", None))
#endif // QT_CONFIG(accessibility)
        self.new_role_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Role (empty: the same as theirs)", None))
        self.vacant_radio.setText(QCoreApplication.translate("HandoverDialog", u"&Post vacant for now (finish the handover when someone is appointed)", None))
#if QT_CONFIG(accessibility)
        self.vacant_radio.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Post vacant for now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.successor_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the successor", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("HandoverDialog", u"What the successor\n"
"should &know:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"What the successor should know", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"e.g. the history of the community centre lease, who to ask about the bins", None))
        self.introduction_check.setText(QCoreApplication.translate("HandoverDialog", u"Plan an &introduction:", None))
#if QT_CONFIG(accessibility)
        self.introduction_check.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Plan an introduction walkabout", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introduction_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Date of the introduction walkabout", None))
#endif // QT_CONFIG(accessibility)
        self.introduction_edit.setDisplayFormat(QCoreApplication.translate("HandoverDialog", u"d MMM yyyy", None))
        self.introduction_hint.setText(QCoreApplication.translate("HandoverDialog", u"a walkabout with the new post-holder; it appears in Today", None))
#if QT_CONFIG(accessibility)
        self.introduction_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the introduction", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.promise_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HandoverDialog", u"Promise", None))
        ___qtablewidgetitem1 = self.promise_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HandoverDialog", u"Due", None))
        ___qtablewidgetitem2 = self.promise_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HandoverDialog", u"What happens", None))
        ___qtablewidgetitem3 = self.promise_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HandoverDialog", u"Note (why it is closed)", None))
#if QT_CONFIG(accessibility)
        self.promise_table.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Their open promises", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promise_table.setAccessibleDescription(QCoreApplication.translate("HandoverDialog", u"For each promise choose what happens: move it to the successor, keep it with the organisation, or close it with a note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisions_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Promises still to decide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

