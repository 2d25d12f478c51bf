# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_meeting_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LogMeetingDialog(object):
    def setupUi(self, LogMeetingDialog):
        if not LogMeetingDialog.objectName():
            LogMeetingDialog.setObjectName(u"LogMeetingDialog")
        LogMeetingDialog.resize(820, 700)
        self.main_layout = QVBoxLayout(LogMeetingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.error_label = QLabel(LogMeetingDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.scroll_area = QScrollArea(LogMeetingDialog)
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
        self.date_label = QLabel(self.form_widget)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_kind_layout = QHBoxLayout()
        self.date_kind_layout.setObjectName(u"date_kind_layout")
        self.date_edit = QDateEdit(self.form_widget)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.date_kind_layout.addWidget(self.date_edit)

        self.time_label = QLabel(self.form_widget)
        self.time_label.setObjectName(u"time_label")

        self.date_kind_layout.addWidget(self.time_label)

        self.time_edit = QLineEdit(self.form_widget)
        self.time_edit.setObjectName(u"time_edit")
        self.time_edit.setMaximumSize(QSize(130, 16777215))

        self.date_kind_layout.addWidget(self.time_edit)

        self.kind_label = QLabel(self.form_widget)
        self.kind_label.setObjectName(u"kind_label")

        self.date_kind_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(self.form_widget)
        self.kind_combo.setObjectName(u"kind_combo")

        self.date_kind_layout.addWidget(self.kind_combo)

        self.planned_check = QCheckBox(self.form_widget)
        self.planned_check.setObjectName(u"planned_check")

        self.date_kind_layout.addWidget(self.planned_check)

        self.date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_kind_layout.addItem(self.date_spacer)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.date_kind_layout)

        self.organisations_label = QLabel(self.form_widget)
        self.organisations_label.setObjectName(u"organisations_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisations_label)

        self.organisations_layout = QVBoxLayout()
        self.organisations_layout.setSpacing(2)
        self.organisations_layout.setObjectName(u"organisations_layout")
        self.organisations_edit = QLineEdit(self.form_widget)
        self.organisations_edit.setObjectName(u"organisations_edit")

        self.organisations_layout.addWidget(self.organisations_edit)

        self.organisations_offer_button = QPushButton(self.form_widget)
        self.organisations_offer_button.setObjectName(u"organisations_offer_button")
        self.organisations_offer_button.setVisible(False)

        self.organisations_layout.addWidget(self.organisations_offer_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.organisations_layout)

        self.contacts_label = QLabel(self.form_widget)
        self.contacts_label.setObjectName(u"contacts_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contacts_label)

        self.contacts_layout = QVBoxLayout()
        self.contacts_layout.setSpacing(2)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_edit = QLineEdit(self.form_widget)
        self.contacts_edit.setObjectName(u"contacts_edit")

        self.contacts_layout.addWidget(self.contacts_edit)

        self.contacts_offer_button = QPushButton(self.form_widget)
        self.contacts_offer_button.setObjectName(u"contacts_offer_button")
        self.contacts_offer_button.setVisible(False)

        self.contacts_layout.addWidget(self.contacts_offer_button)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contacts_layout)

        self.members_label = QLabel(self.form_widget)
        self.members_label.setObjectName(u"members_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.members_label)

        self.members_edit = QLineEdit(self.form_widget)
        self.members_edit.setObjectName(u"members_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.members_edit)

        self.title_label = QLabel(self.form_widget)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.form_widget)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.location_label = QLabel(self.form_widget)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.form_widget)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.notes_label = QLabel(self.form_widget)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.form_widget)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumSize(QSize(0, 120))

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.decisions_label = QLabel(self.form_widget)
        self.decisions_label.setObjectName(u"decisions_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decisions_label)

        self.decisions_edit = QPlainTextEdit(self.form_widget)
        self.decisions_edit.setObjectName(u"decisions_edit")
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decisions_edit)


        self.form_outer_layout.addLayout(self.form_layout)

        self.promises_group = QGroupBox(self.form_widget)
        self.promises_group.setObjectName(u"promises_group")
        self.promises_outer_layout = QVBoxLayout(self.promises_group)
        self.promises_outer_layout.setObjectName(u"promises_outer_layout")
        self.promises_layout = QVBoxLayout()
        self.promises_layout.setObjectName(u"promises_layout")

        self.promises_outer_layout.addLayout(self.promises_layout)

        self.add_promise_layout = QHBoxLayout()
        self.add_promise_layout.setObjectName(u"add_promise_layout")
        self.add_promise_button = QPushButton(self.promises_group)
        self.add_promise_button.setObjectName(u"add_promise_button")

        self.add_promise_layout.addWidget(self.add_promise_button)

        self.add_promise_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_promise_layout.addItem(self.add_promise_spacer)


        self.promises_outer_layout.addLayout(self.add_promise_layout)


        self.form_outer_layout.addWidget(self.promises_group)

        self.scroll_area.setWidget(self.form_widget)

        self.main_layout.addWidget(self.scroll_area)

        self.button_box = QDialogButtonBox(LogMeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.time_label.setBuddy(self.time_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.organisations_label.setBuddy(self.organisations_edit)
        self.contacts_label.setBuddy(self.contacts_edit)
        self.members_label.setBuddy(self.members_edit)
        self.title_label.setBuddy(self.title_edit)
        self.location_label.setBuddy(self.location_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.decisions_label.setBuddy(self.decisions_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.time_edit)
        QWidget.setTabOrder(self.time_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.planned_check)
        QWidget.setTabOrder(self.planned_check, self.organisations_edit)
        QWidget.setTabOrder(self.organisations_edit, self.organisations_offer_button)
        QWidget.setTabOrder(self.organisations_offer_button, self.contacts_edit)
        QWidget.setTabOrder(self.contacts_edit, self.contacts_offer_button)
        QWidget.setTabOrder(self.contacts_offer_button, self.members_edit)
        QWidget.setTabOrder(self.members_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.decisions_edit)
        QWidget.setTabOrder(self.decisions_edit, self.add_promise_button)

        self.retranslateUi(LogMeetingDialog)

        QMetaObject.connectSlotsByName(LogMeetingDialog)
    # setupUi

    def retranslateUi(self, LogMeetingDialog):
        LogMeetingDialog.setWindowTitle(QCoreApplication.translate("LogMeetingDialog", u"Log a meeting", None))
#if QT_CONFIG(accessibility)
        LogMeetingDialog.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Log a meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("LogMeetingDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Date of the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("LogMeetingDialog", u"d MMM yyyy", None))
        self.time_label.setText(QCoreApplication.translate("LogMeetingDialog", u"Ti&me:", None))
#if QT_CONFIG(accessibility)
        self.time_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Time of the meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.time_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Optional, like 14:30 or 2:30pm", None))
#endif // QT_CONFIG(accessibility)
        self.time_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"e.g. 14:30", None))
        self.kind_label.setText(QCoreApplication.translate("LogMeetingDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Kind of meeting", None))
#endif // QT_CONFIG(accessibility)
        self.planned_check.setText(QCoreApplication.translate("LogMeetingDialog", u"P&lanned, not happened yet", None))
#if QT_CONFIG(accessibility)
        self.planned_check.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Planned, not happened yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planned_check.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Ticked for a meeting still to come; follows the date until you change it", None))
#endif // QT_CONFIG(accessibility)
        self.organisations_label.setText(QCoreApplication.translate("LogMeetingDialog", u"&With (organisations):", None))
#if QT_CONFIG(accessibility)
        self.organisations_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Organisations met", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisations_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Type a few letters and choose; separate several with semicolons. Can be left empty if you name their people below.", None))
#endif // QT_CONFIG(accessibility)
        self.organisations_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"Type a few letters, e.g. Ashford; separate several with ;", None))
#if QT_CONFIG(accessibility)
        self.organisations_offer_button.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Add a new organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisations_offer_button.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"A name typed here matches no organisation in the journal: add it without leaving the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_label.setText(QCoreApplication.translate("LogMeetingDialog", u"&Their people:", None))
#if QT_CONFIG(accessibility)
        self.contacts_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Their people who attended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contacts_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Contacts from the organisations; type a few letters and choose; separate several with semicolons", None))
#endif // QT_CONFIG(accessibility)
        self.contacts_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"Contacts who were there; separate several with ;", None))
#if QT_CONFIG(accessibility)
        self.contacts_offer_button.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Add a new contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contacts_offer_button.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"A name typed here matches no contact in the journal: add it without leaving the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.members_label.setText(QCoreApplication.translate("LogMeetingDialog", u"O&ur people:", None))
#if QT_CONFIG(accessibility)
        self.members_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Our people who attended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Partnership members who were there; separate several with semicolons", None))
#endif // QT_CONFIG(accessibility)
        self.members_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"Partnership members who were there; separate several with ;", None))
        self.title_label.setText(QCoreApplication.translate("LogMeetingDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Optional; if left empty the kind and organisation are used", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"Optional, e.g. Street lighting on Mill Lane", None))
        self.location_label.setText(QCoreApplication.translate("LogMeetingDialog", u"Pl&ace:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Optional: where the meeting was", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText(QCoreApplication.translate("LogMeetingDialog", u"Optional, e.g. Millbrook Community Centre", None))
        self.notes_label.setText(QCoreApplication.translate("LogMeetingDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"What was discussed", None))
#endif // QT_CONFIG(accessibility)
        self.decisions_label.setText(QCoreApplication.translate("LogMeetingDialog", u"De&cisions:", None))
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisions_edit.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"What was decided", None))
#endif // QT_CONFIG(accessibility)
        self.promises_group.setTitle(QCoreApplication.translate("LogMeetingDialog", u"Promises made at the meeting (who, what, by when)", None))
#if QT_CONFIG(accessibility)
        self.promises_group.setAccessibleName(QCoreApplication.translate("LogMeetingDialog", u"Promises made at the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.add_promise_button.setText(QCoreApplication.translate("LogMeetingDialog", u"Add a &promise", None))
#if QT_CONFIG(accessibility)
        self.add_promise_button.setAccessibleDescription(QCoreApplication.translate("LogMeetingDialog", u"Add a row for another promise: theirs or ours, who, what, by when", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

