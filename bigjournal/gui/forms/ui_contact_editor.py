# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(680, 560)
        self.main_layout = QVBoxLayout(ContactEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ContactEditor)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(ContactEditor)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.scroll_area = QScrollArea(ContactEditor)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.form_widget = QWidget()
        self.form_widget.setObjectName(u"form_widget")
        self.form_outer_layout = QVBoxLayout(self.form_widget)
        self.form_outer_layout.setObjectName(u"form_outer_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.form_widget)
        self.name_label.setObjectName(u"name_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.form_widget)
        self.name_edit.setObjectName(u"name_edit")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.title_label = QLabel(self.form_widget)
        self.title_label.setObjectName(u"title_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.form_widget)
        self.title_edit.setObjectName(u"title_edit")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.role_label = QLabel(self.form_widget)
        self.role_label.setObjectName(u"role_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(self.form_widget)
        self.role_edit.setObjectName(u"role_edit")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.organisation_label = QLabel(self.form_widget)
        self.organisation_label.setObjectName(u"organisation_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(self.form_widget)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.kind_label = QLabel(self.form_widget)
        self.kind_label.setObjectName(u"kind_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.form_widget)
        self.kind_combo.setObjectName(u"kind_combo")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.ward_label = QLabel(self.form_widget)
        self.ward_label.setObjectName(u"ward_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ward_label)

        self.ward_layout = QHBoxLayout()
        self.ward_layout.setObjectName(u"ward_layout")
        self.ward_edit = QLineEdit(self.form_widget)
        self.ward_edit.setObjectName(u"ward_edit")

        self.ward_layout.addWidget(self.ward_edit)

        self.term_ends_label = QLabel(self.form_widget)
        self.term_ends_label.setObjectName(u"term_ends_label")

        self.ward_layout.addWidget(self.term_ends_label)

        self.term_ends_edit = QLineEdit(self.form_widget)
        self.term_ends_edit.setObjectName(u"term_ends_edit")

        self.ward_layout.addWidget(self.term_ends_edit)


        self.contact_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ward_layout)

        self.phone_label = QLabel(self.form_widget)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.form_widget)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.other_phones_label = QLabel(self.form_widget)
        self.other_phones_label.setObjectName(u"other_phones_label")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.other_phones_label)

        self.other_phones_edit = QLineEdit(self.form_widget)
        self.other_phones_edit.setObjectName(u"other_phones_edit")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.other_phones_edit)

        self.email_label = QLabel(self.form_widget)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.form_widget)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.other_emails_label = QLabel(self.form_widget)
        self.other_emails_label.setObjectName(u"other_emails_label")

        self.contact_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.other_emails_label)

        self.other_emails_edit = QLineEdit(self.form_widget)
        self.other_emails_edit.setObjectName(u"other_emails_edit")

        self.contact_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.other_emails_edit)

        self.preferred_label = QLabel(self.form_widget)
        self.preferred_label.setObjectName(u"preferred_label")

        self.contact_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.preferred_label)

        self.preferred_combo = QComboBox(self.form_widget)
        self.preferred_combo.setObjectName(u"preferred_combo")

        self.contact_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.preferred_combo)

        self.notes_label = QLabel(self.form_widget)
        self.notes_label.setObjectName(u"notes_label")

        self.contact_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.form_widget)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.contact_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.private_notes_label = QLabel(self.form_widget)
        self.private_notes_label.setObjectName(u"private_notes_label")

        self.contact_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.private_notes_label)

        self.private_notes_edit = QPlainTextEdit(self.form_widget)
        self.private_notes_edit.setObjectName(u"private_notes_edit")
        self.private_notes_edit.setTabChangesFocus(True)
        self.private_notes_edit.setMaximumSize(QSize(16777215, 70))

        self.contact_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.private_notes_edit)


        self.form_outer_layout.addLayout(self.contact_form)

        self.scroll_area.setWidget(self.form_widget)

        self.main_layout.addWidget(self.scroll_area)

        self.button_box = QDialogButtonBox(ContactEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.title_label.setBuddy(self.title_edit)
        self.role_label.setBuddy(self.role_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.ward_label.setBuddy(self.ward_edit)
        self.term_ends_label.setBuddy(self.term_ends_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.other_phones_label.setBuddy(self.other_phones_edit)
        self.email_label.setBuddy(self.email_edit)
        self.other_emails_label.setBuddy(self.other_emails_edit)
        self.preferred_label.setBuddy(self.preferred_combo)
        self.notes_label.setBuddy(self.notes_edit)
        self.private_notes_label.setBuddy(self.private_notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.ward_edit)
        QWidget.setTabOrder(self.ward_edit, self.term_ends_edit)
        QWidget.setTabOrder(self.term_ends_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.other_phones_edit)
        QWidget.setTabOrder(self.other_phones_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.other_emails_edit)
        QWidget.setTabOrder(self.other_emails_edit, self.preferred_combo)
        QWidget.setTabOrder(self.preferred_combo, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.private_notes_edit)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"New contact", None))
#if QT_CONFIG(accessibility)
        ContactEditor.setAccessibleName(QCoreApplication.translate("ContactEditor", u"New contact", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("ContactEditor", u"A person at an organisation: an officer, or an elected member such as a councillor.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("ContactEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Contact's name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"Their name without a title, so lists sort by it", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. Sam Okoye", None))
        self.title_label.setText(QCoreApplication.translate("ContactEditor", u"Tit&le:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"How to address them, kept apart from the name: Cllr, Dr, Revd", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. Cllr or Dr (optional)", None))
        self.role_label.setText(QCoreApplication.translate("ContactEditor", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Role or job title", None))
#endif // QT_CONFIG(accessibility)
        self.role_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. Highways officer", None))
        self.organisation_label.setText(QCoreApplication.translate("ContactEditor", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Organisation or department", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"Where they work; choose another department to move them there, keeping their history", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ContactEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Officer or elected member", None))
#endif // QT_CONFIG(accessibility)
        self.ward_label.setText(QCoreApplication.translate("ContactEditor", u"&Ward:", None))
#if QT_CONFIG(accessibility)
        self.ward_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Ward", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ward_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"The ward an elected member represents", None))
#endif // QT_CONFIG(accessibility)
        self.term_ends_label.setText(QCoreApplication.translate("ContactEditor", u"Term en&ds:", None))
#if QT_CONFIG(accessibility)
        self.term_ends_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Term ends", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.term_ends_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"The date their term of office ends, like 7/5/2027; empty if not known", None))
#endif // QT_CONFIG(accessibility)
        self.term_ends_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. 7/5/2027", None))
        self.phone_label.setText(QCoreApplication.translate("ContactEditor", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.other_phones_label.setText(QCoreApplication.translate("ContactEditor", u"Ot&her phones:", None))
#if QT_CONFIG(accessibility)
        self.other_phones_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Other phones", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_phones_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"Further phone numbers; put ; between them", None))
#endif // QT_CONFIG(accessibility)
        self.other_phones_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. 07700 900123; 01632 960111", None))
        self.email_label.setText(QCoreApplication.translate("ContactEditor", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ContactEditor", u"e.g. sam.okoye@ashfordvale.gov.uk", None))
        self.other_emails_label.setText(QCoreApplication.translate("ContactEditor", u"Other em&ails:", None))
#if QT_CONFIG(accessibility)
        self.other_emails_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Other emails", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_emails_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"Further email addresses; put ; between them", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_label.setText(QCoreApplication.translate("ContactEditor", u"Prefers to &be contacted by:", None))
#if QT_CONFIG(accessibility)
        self.preferred_combo.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Preferred way to be contacted", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ContactEditor", u"Not&es:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.private_notes_label.setText(QCoreApplication.translate("ContactEditor", u"Pri&vate notes:", None))
#if QT_CONFIG(accessibility)
        self.private_notes_edit.setAccessibleName(QCoreApplication.translate("ContactEditor", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.private_notes_edit.setAccessibleDescription(QCoreApplication.translate("ContactEditor", u"Kept out of printed summaries and briefing packs", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

