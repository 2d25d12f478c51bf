# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_editor.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OrganisationEditor(object):
    def setupUi(self, OrganisationEditor):
        if not OrganisationEditor.objectName():
            OrganisationEditor.setObjectName(u"OrganisationEditor")
        OrganisationEditor.resize(760, 560)
        self.main_layout = QVBoxLayout(OrganisationEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(OrganisationEditor)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.error_label = QLabel(OrganisationEditor)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.scroll_area = QScrollArea(OrganisationEditor)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.form_widget = QWidget()
        self.form_widget.setObjectName(u"form_widget")
        self.form_outer_layout = QVBoxLayout(self.form_widget)
        self.form_outer_layout.setObjectName(u"form_outer_layout")
        self.organisation_group = QGroupBox(self.form_widget)
        self.organisation_group.setObjectName(u"organisation_group")
        self.organisation_form = QFormLayout(self.organisation_group)
        self.organisation_form.setObjectName(u"organisation_form")
        self.organisation_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.organisation_group)
        self.name_label.setObjectName(u"name_label")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.organisation_group)
        self.name_edit.setObjectName(u"name_edit")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(self.organisation_group)
        self.kind_label.setObjectName(u"kind_label")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.organisation_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.other_kinds_label = QLabel(self.organisation_group)
        self.other_kinds_label.setObjectName(u"other_kinds_label")

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.other_kinds_label)

        self.other_kinds_list = QListWidget(self.organisation_group)
        self.other_kinds_list.setObjectName(u"other_kinds_list")
        self.other_kinds_list.setMaximumSize(QSize(16777215, 90))

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.other_kinds_list)

        self.council_tier_label = QLabel(self.organisation_group)
        self.council_tier_label.setObjectName(u"council_tier_label")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.council_tier_label)

        self.council_tier_combo = QComboBox(self.organisation_group)
        self.council_tier_combo.setObjectName(u"council_tier_combo")

        self.organisation_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.council_tier_combo)

        self.parent_label = QLabel(self.organisation_group)
        self.parent_label.setObjectName(u"parent_label")

        self.organisation_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.parent_label)

        self.parent_combo = QComboBox(self.organisation_group)
        self.parent_combo.setObjectName(u"parent_combo")

        self.organisation_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parent_combo)

        self.links_label = QLabel(self.organisation_group)
        self.links_label.setObjectName(u"links_label")

        self.organisation_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.links_label)

        self.links_layout = QVBoxLayout()
        self.links_layout.setObjectName(u"links_layout")
        self.links_list = QListWidget(self.organisation_group)
        self.links_list.setObjectName(u"links_list")
        self.links_list.setMaximumSize(QSize(16777215, 90))

        self.links_layout.addWidget(self.links_list)

        self.link_add_layout = QHBoxLayout()
        self.link_add_layout.setObjectName(u"link_add_layout")
        self.link_combo = QComboBox(self.organisation_group)
        self.link_combo.setObjectName(u"link_combo")
        self.link_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.link_combo.setMinimumContentsLength(24)

        self.link_add_layout.addWidget(self.link_combo)

        self.link_note_edit = QLineEdit(self.organisation_group)
        self.link_note_edit.setObjectName(u"link_note_edit")

        self.link_add_layout.addWidget(self.link_note_edit)

        self.add_link_button = QPushButton(self.organisation_group)
        self.add_link_button.setObjectName(u"add_link_button")

        self.link_add_layout.addWidget(self.add_link_button)

        self.remove_link_button = QPushButton(self.organisation_group)
        self.remove_link_button.setObjectName(u"remove_link_button")

        self.link_add_layout.addWidget(self.remove_link_button)

        self.link_add_layout.setStretch(0, 3)
        self.link_add_layout.setStretch(1, 2)

        self.links_layout.addLayout(self.link_add_layout)


        self.organisation_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.links_layout)


        self.form_outer_layout.addWidget(self.organisation_group)

        self.relationship_group = QGroupBox(self.form_widget)
        self.relationship_group.setObjectName(u"relationship_group")
        self.relationship_form = QFormLayout(self.relationship_group)
        self.relationship_form.setObjectName(u"relationship_form")
        self.relationship_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.relationship_type_label = QLabel(self.relationship_group)
        self.relationship_type_label.setObjectName(u"relationship_type_label")

        self.relationship_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationship_type_label)

        self.relationship_type_combo = QComboBox(self.relationship_group)
        self.relationship_type_combo.setObjectName(u"relationship_type_combo")

        self.relationship_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relationship_type_combo)

        self.purposes_label = QLabel(self.relationship_group)
        self.purposes_label.setObjectName(u"purposes_label")

        self.relationship_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposes_label)

        self.purposes_list = QListWidget(self.relationship_group)
        self.purposes_list.setObjectName(u"purposes_list")
        self.purposes_list.setMaximumSize(QSize(16777215, 110))

        self.relationship_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposes_list)

        self.holders_label = QLabel(self.relationship_group)
        self.holders_label.setObjectName(u"holders_label")

        self.relationship_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holders_label)

        self.holders_list = QListWidget(self.relationship_group)
        self.holders_list.setObjectName(u"holders_list")
        self.holders_list.setMaximumSize(QSize(16777215, 110))

        self.relationship_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.holders_list)

        self.rhythm_label = QLabel(self.relationship_group)
        self.rhythm_label.setObjectName(u"rhythm_label")

        self.relationship_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rhythm_label)

        self.rhythm_layout = QHBoxLayout()
        self.rhythm_layout.setObjectName(u"rhythm_layout")
        self.rhythm_spin = QSpinBox(self.relationship_group)
        self.rhythm_spin.setObjectName(u"rhythm_spin")
        self.rhythm_spin.setMaximum(366)

        self.rhythm_layout.addWidget(self.rhythm_spin)

        self.rhythm_unit_combo = QComboBox(self.relationship_group)
        self.rhythm_unit_combo.setObjectName(u"rhythm_unit_combo")

        self.rhythm_layout.addWidget(self.rhythm_unit_combo)

        self.rhythm_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rhythm_layout.addItem(self.rhythm_spacer)


        self.relationship_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rhythm_layout)

        self.since_label = QLabel(self.relationship_group)
        self.since_label.setObjectName(u"since_label")

        self.relationship_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since_edit = QLineEdit(self.relationship_group)
        self.since_edit.setObjectName(u"since_edit")

        self.relationship_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.since_edit)


        self.form_outer_layout.addWidget(self.relationship_group)

        self.reach_group = QGroupBox(self.form_widget)
        self.reach_group.setObjectName(u"reach_group")
        self.reach_form = QFormLayout(self.reach_group)
        self.reach_form.setObjectName(u"reach_form")
        self.reach_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.phone_label = QLabel(self.reach_group)
        self.phone_label.setObjectName(u"phone_label")

        self.reach_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.reach_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.reach_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.reach_group)
        self.email_label.setObjectName(u"email_label")

        self.reach_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.reach_group)
        self.email_edit.setObjectName(u"email_edit")

        self.reach_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.website_label = QLabel(self.reach_group)
        self.website_label.setObjectName(u"website_label")

        self.reach_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website_edit = QLineEdit(self.reach_group)
        self.website_edit.setObjectName(u"website_edit")

        self.reach_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.website_edit)

        self.address_label = QLabel(self.reach_group)
        self.address_label.setObjectName(u"address_label")

        self.reach_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.reach_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 60))

        self.reach_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.notes_label = QLabel(self.reach_group)
        self.notes_label.setObjectName(u"notes_label")

        self.reach_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.reach_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 70))

        self.reach_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.form_outer_layout.addWidget(self.reach_group)

        self.scroll_area.setWidget(self.form_widget)

        self.main_layout.addWidget(self.scroll_area)

        self.button_box = QDialogButtonBox(OrganisationEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.other_kinds_label.setBuddy(self.other_kinds_list)
        self.council_tier_label.setBuddy(self.council_tier_combo)
        self.parent_label.setBuddy(self.parent_combo)
        self.links_label.setBuddy(self.links_list)
        self.relationship_type_label.setBuddy(self.relationship_type_combo)
        self.purposes_label.setBuddy(self.purposes_list)
        self.holders_label.setBuddy(self.holders_list)
        self.rhythm_label.setBuddy(self.rhythm_spin)
        self.since_label.setBuddy(self.since_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.website_label.setBuddy(self.website_edit)
        self.address_label.setBuddy(self.address_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.other_kinds_list)
        QWidget.setTabOrder(self.other_kinds_list, self.council_tier_combo)
        QWidget.setTabOrder(self.council_tier_combo, self.parent_combo)
        QWidget.setTabOrder(self.parent_combo, self.links_list)
        QWidget.setTabOrder(self.links_list, self.link_combo)
        QWidget.setTabOrder(self.link_combo, self.link_note_edit)
        QWidget.setTabOrder(self.link_note_edit, self.add_link_button)
        QWidget.setTabOrder(self.add_link_button, self.remove_link_button)
        QWidget.setTabOrder(self.remove_link_button, self.relationship_type_combo)
        QWidget.setTabOrder(self.relationship_type_combo, self.purposes_list)
        QWidget.setTabOrder(self.purposes_list, self.holders_list)
        QWidget.setTabOrder(self.holders_list, self.rhythm_spin)
        QWidget.setTabOrder(self.rhythm_spin, self.rhythm_unit_combo)
        QWidget.setTabOrder(self.rhythm_unit_combo, self.since_edit)
        QWidget.setTabOrder(self.since_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.website_edit)
        QWidget.setTabOrder(self.website_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.notes_edit)

        self.retranslateUi(OrganisationEditor)

        QMetaObject.connectSlotsByName(OrganisationEditor)
    # setupUi

    def retranslateUi(self, OrganisationEditor):
        OrganisationEditor.setWindowTitle(QCoreApplication.translate("OrganisationEditor", u"New organisation", None))
#if QT_CONFIG(accessibility)
        OrganisationEditor.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"New organisation", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("OrganisationEditor", u"An organisation the partnership works with, or a department or team inside one. Only the name and kind are needed now; the rest can be filled in later.", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_group.setTitle(QCoreApplication.translate("OrganisationEditor", u"The organisation", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation's name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"e.g. Ashford Vale Borough Council", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Kind of organisation", None))
#endif // QT_CONFIG(accessibility)
        self.other_kinds_label.setText(QCoreApplication.translate("OrganisationEditor", u"Also ser&ves as:", None))
#if QT_CONFIG(accessibility)
        self.other_kinds_list.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Other roles of the organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.other_kinds_list.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Tick any other role it has for the partnership, e.g. a housing association that is also the Locally Trusted Organisation; Space ticks the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.council_tier_label.setText(QCoreApplication.translate("OrganisationEditor", u"Council &tier:", None))
#if QT_CONFIG(accessibility)
        self.council_tier_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Council tier", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.council_tier_combo.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Unitary, county, district or borough, parish or town; only for councils", None))
#endif // QT_CONFIG(accessibility)
        self.parent_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Part of:", None))
#if QT_CONFIG(accessibility)
        self.parent_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Part of", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.parent_combo.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"The council or agency this department or team belongs to; choose another to move it there", None))
#endif // QT_CONFIG(accessibility)
        self.links_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Works with:", None))
#if QT_CONFIG(accessibility)
        self.links_list.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Linked organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.links_list.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Organisations this one works with, each with a note; choose one and press Remove link to forget it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.link_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation to link", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.link_combo.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Choose another organisation this one works with, e.g. the county or the parish", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.link_note_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Note on the link", None))
#endif // QT_CONFIG(accessibility)
        self.link_note_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"what the link is, e.g. our county council", None))
        self.add_link_button.setText(QCoreApplication.translate("OrganisationEditor", u"Add &link", None))
#if QT_CONFIG(accessibility)
        self.add_link_button.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Add the chosen organisation to the linked organisations", None))
#endif // QT_CONFIG(accessibility)
        self.remove_link_button.setText(QCoreApplication.translate("OrganisationEditor", u"&Remove link", None))
#if QT_CONFIG(accessibility)
        self.remove_link_button.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Forget the chosen link", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_group.setTitle(QCoreApplication.translate("OrganisationEditor", u"Our relationship with them", None))
        self.relationship_type_label.setText(QCoreApplication.translate("OrganisationEditor", u"T&ype:", None))
#if QT_CONFIG(accessibility)
        self.relationship_type_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Type of relationship", None))
#endif // QT_CONFIG(accessibility)
        self.purposes_label.setText(QCoreApplication.translate("OrganisationEditor", u"P&urposes:", None))
#if QT_CONFIG(accessibility)
        self.purposes_list.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Purposes of the relationship", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purposes_list.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Tick every purpose the relationship serves; Space ticks the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.holders_label.setText(QCoreApplication.translate("OrganisationEditor", u"Held &by:", None))
#if QT_CONFIG(accessibility)
        self.holders_list.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Members who hold the relationship", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.holders_list.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"Tick the partnership members who hold this relationship; Space ticks the chosen one", None))
#endif // QT_CONFIG(accessibility)
        self.rhythm_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Agreed contact every:", None))
#if QT_CONFIG(accessibility)
        self.rhythm_spin.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Agreed contact: how many", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rhythm_spin.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"How often you agreed to be in touch; 0 means nothing agreed", None))
#endif // QT_CONFIG(accessibility)
        self.rhythm_spin.setSpecialValueText(QCoreApplication.translate("OrganisationEditor", u"not agreed", None))
#if QT_CONFIG(accessibility)
        self.rhythm_unit_combo.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Agreed contact: days, weeks or months", None))
#endif // QT_CONFIG(accessibility)
        self.since_label.setText(QCoreApplication.translate("OrganisationEditor", u"Workin&g together since:", None))
#if QT_CONFIG(accessibility)
        self.since_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Working together since", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.since_edit.setAccessibleDescription(QCoreApplication.translate("OrganisationEditor", u"A date, like 31/3/2024, or just the month (3/2024, March 2024) or year; empty if not known", None))
#endif // QT_CONFIG(accessibility)
        self.since_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"e.g. 31/3/2024, March 2024 or 2024", None))
        self.reach_group.setTitle(QCoreApplication.translate("OrganisationEditor", u"How to reach them", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationEditor", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"e.g. enquiries@ashfordvale.gov.uk", None))
        self.website_label.setText(QCoreApplication.translate("OrganisationEditor", u"Webs&ite:", None))
#if QT_CONFIG(accessibility)
        self.website_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("OrganisationEditor", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("OrganisationEditor", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Notes about the organisation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

