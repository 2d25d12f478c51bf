# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(600, 420)
        self.main_layout = QVBoxLayout(FirstRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.step_stack = QStackedWidget(FirstRunDialog)
        self.step_stack.setObjectName(u"step_stack")
        self.start_page = QWidget()
        self.start_page.setObjectName(u"start_page")
        self.start_layout = QVBoxLayout(self.start_page)
        self.start_layout.setObjectName(u"start_layout")
        self.welcome_label = QLabel(self.start_page)
        self.welcome_label.setObjectName(u"welcome_label")
        font = QFont()
        font.setBold(True)
        self.welcome_label.setFont(font)

        self.start_layout.addWidget(self.welcome_label)

        self.intro_label = QLabel(self.start_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.start_layout.addWidget(self.intro_label)

        self.empty_radio = QRadioButton(self.start_page)
        self.empty_radio.setObjectName(u"empty_radio")
        self.empty_radio.setChecked(True)

        self.start_layout.addWidget(self.empty_radio)

        self.name_layout = QFormLayout()
        self.name_layout.setObjectName(u"name_layout")
        self.name_layout.setContentsMargins(24, -1, -1, -1)
        self.partnership_name_label = QLabel(self.start_page)
        self.partnership_name_label.setObjectName(u"partnership_name_label")

        self.name_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnership_name_label)

        self.partnership_name_edit = QLineEdit(self.start_page)
        self.partnership_name_edit.setObjectName(u"partnership_name_edit")

        self.name_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnership_name_edit)


        self.start_layout.addLayout(self.name_layout)

        self.steps_label = QLabel(self.start_page)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setIndent(24)

        self.start_layout.addWidget(self.steps_label)

        self.demo_radio = QRadioButton(self.start_page)
        self.demo_radio.setObjectName(u"demo_radio")

        self.start_layout.addWidget(self.demo_radio)

        self.demo_label = QLabel(self.start_page)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setWordWrap(True)
        self.demo_label.setIndent(24)

        self.start_layout.addWidget(self.demo_label)

        self.start_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.start_layout.addItem(self.start_spacer)

        self.step_stack.addWidget(self.start_page)
        self.members_page = QWidget()
        self.members_page.setObjectName(u"members_page")
        self.members_layout = QVBoxLayout(self.members_page)
        self.members_layout.setObjectName(u"members_layout")
        self.members_heading = QLabel(self.members_page)
        self.members_heading.setObjectName(u"members_heading")
        self.members_heading.setFont(font)

        self.members_layout.addWidget(self.members_heading)

        self.members_intro = QLabel(self.members_page)
        self.members_intro.setObjectName(u"members_intro")
        self.members_intro.setWordWrap(True)

        self.members_layout.addWidget(self.members_intro)

        self.member_form = QFormLayout()
        self.member_form.setObjectName(u"member_form")
        self.member_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.member_name_label = QLabel(self.members_page)
        self.member_name_label.setObjectName(u"member_name_label")

        self.member_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.member_name_label)

        self.member_name_edit = QLineEdit(self.members_page)
        self.member_name_edit.setObjectName(u"member_name_edit")

        self.member_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member_name_edit)

        self.member_role_label = QLabel(self.members_page)
        self.member_role_label.setObjectName(u"member_role_label")

        self.member_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.member_role_label)

        self.member_role_layout = QHBoxLayout()
        self.member_role_layout.setObjectName(u"member_role_layout")
        self.member_role_combo = QComboBox(self.members_page)
        self.member_role_combo.setObjectName(u"member_role_combo")

        self.member_role_layout.addWidget(self.member_role_combo)

        self.add_member_button = QPushButton(self.members_page)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_role_layout.addWidget(self.add_member_button)

        self.member_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_role_layout.addItem(self.member_spacer)


        self.member_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.member_role_layout)


        self.members_layout.addLayout(self.member_form)

        self.members_list = QListWidget(self.members_page)
        self.members_list.setObjectName(u"members_list")

        self.members_layout.addWidget(self.members_list)

        self.step_stack.addWidget(self.members_page)
        self.organisation_page = QWidget()
        self.organisation_page.setObjectName(u"organisation_page")
        self.organisation_layout = QVBoxLayout(self.organisation_page)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_heading = QLabel(self.organisation_page)
        self.organisation_heading.setObjectName(u"organisation_heading")
        self.organisation_heading.setFont(font)

        self.organisation_layout.addWidget(self.organisation_heading)

        self.organisation_intro = QLabel(self.organisation_page)
        self.organisation_intro.setObjectName(u"organisation_intro")
        self.organisation_intro.setWordWrap(True)

        self.organisation_layout.addWidget(self.organisation_intro)

        self.organisation_form = QFormLayout()
        self.organisation_form.setObjectName(u"organisation_form")
        self.organisation_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.first_organisation_name_label = QLabel(self.organisation_page)
        self.first_organisation_name_label.setObjectName(u"first_organisation_name_label")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_organisation_name_label)

        self.first_organisation_name_edit = QLineEdit(self.organisation_page)
        self.first_organisation_name_edit.setObjectName(u"first_organisation_name_edit")

        self.organisation_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_organisation_name_edit)

        self.first_organisation_kind_label = QLabel(self.organisation_page)
        self.first_organisation_kind_label.setObjectName(u"first_organisation_kind_label")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_organisation_kind_label)

        self.first_organisation_kind_combo = QComboBox(self.organisation_page)
        self.first_organisation_kind_combo.setObjectName(u"first_organisation_kind_combo")

        self.organisation_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_organisation_kind_combo)

        self.first_organisation_holders_label = QLabel(self.organisation_page)
        self.first_organisation_holders_label.setObjectName(u"first_organisation_holders_label")

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_organisation_holders_label)

        self.first_organisation_holders_list = QListWidget(self.organisation_page)
        self.first_organisation_holders_list.setObjectName(u"first_organisation_holders_list")
        self.first_organisation_holders_list.setMaximumSize(QSize(16777215, 120))

        self.organisation_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_organisation_holders_list)


        self.organisation_layout.addLayout(self.organisation_form)

        self.organisation_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisation_layout.addItem(self.organisation_spacer)

        self.step_stack.addWidget(self.organisation_page)

        self.main_layout.addWidget(self.step_stack)

        self.error_label = QLabel(FirstRunDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setFrameShape(QFrame.Box)
        self.error_label.setMargin(6)

        self.main_layout.addWidget(self.error_label)

        self.progress_bar = QProgressBar(FirstRunDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(True)

        self.main_layout.addWidget(self.progress_bar)

        self.button_box = QDialogButtonBox(FirstRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.partnership_name_label.setBuddy(self.partnership_name_edit)
        self.member_name_label.setBuddy(self.member_name_edit)
        self.member_role_label.setBuddy(self.member_role_combo)
        self.first_organisation_name_label.setBuddy(self.first_organisation_name_edit)
        self.first_organisation_kind_label.setBuddy(self.first_organisation_kind_combo)
        self.first_organisation_holders_label.setBuddy(self.first_organisation_holders_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.empty_radio, self.partnership_name_edit)
        QWidget.setTabOrder(self.partnership_name_edit, self.demo_radio)
        QWidget.setTabOrder(self.demo_radio, self.member_name_edit)
        QWidget.setTabOrder(self.member_name_edit, self.member_role_combo)
        QWidget.setTabOrder(self.member_role_combo, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.members_list)
        QWidget.setTabOrder(self.members_list, self.first_organisation_name_edit)
        QWidget.setTabOrder(self.first_organisation_name_edit, self.first_organisation_kind_combo)
        QWidget.setTabOrder(self.first_organisation_kind_combo, self.first_organisation_holders_list)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to BigJournal", None))
        self.welcome_label.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to BigJournal", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"BigJournal keeps your partnership's meetings, the promises made and kept on both sides, and who the right person is now. Your journal is empty. How would you like to start?", None))
        self.empty_radio.setText(QCoreApplication.translate("FirstRunDialog", u"Start an &empty journal for my partnership", None))
        self.partnership_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"Partnership's &name:", None))
#if QT_CONFIG(accessibility)
        self.partnership_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Partnership's name", None))
#endif // QT_CONFIG(accessibility)
        self.partnership_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Millbrook Big Local", None))
        self.steps_label.setText(QCoreApplication.translate("FirstRunDialog", u"Then two short steps, each of which you can skip: the partnership's members, and the first organisation you work with.", None))
        self.demo_radio.setText(QCoreApplication.translate("FirstRunDialog", u"Explore the &demo journal of an invented partnership", None))
        self.demo_label.setText(QCoreApplication.translate("FirstRunDialog", u"The demo opens in a journal of its own, full of made-up organisations, people, meetings and promises, so you can try everything safely; your own journal stays empty until you start it.", None))
        self.members_heading.setText(QCoreApplication.translate("FirstRunDialog", u"Step 2 of 3: who is in the partnership?", None))
        self.members_intro.setText(QCoreApplication.translate("FirstRunDialog", u"Add the partnership's members, who hold its relationships: the chair, the worker, resident members, the LTO, the rep. Press Enter after each name. You can add more, or correct them, later in View \u2192 Members of the partnership.", None))
        self.member_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.member_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Member's name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.member_name_edit.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Type a member's name and press Enter to add them", None))
#endif // QT_CONFIG(accessibility)
        self.member_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Aisha Rahman", None))
        self.member_role_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.member_role_combo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Member's role in the partnership", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("FirstRunDialog", u"&Add member", None))
#if QT_CONFIG(accessibility)
        self.add_member_button.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Add this member to the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_list.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Members added", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.members_list.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"The members added so far", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_heading.setText(QCoreApplication.translate("FirstRunDialog", u"Step 3 of 3: the first organisation you work with", None))
        self.organisation_intro.setText(QCoreApplication.translate("FirstRunDialog", u"The council, housing association, school or health service you work with most. Its departments, its people and your meetings come after, in the journal itself.", None))
        self.first_organisation_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.first_organisation_name_edit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Organisation's name", None))
#endif // QT_CONFIG(accessibility)
        self.first_organisation_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Ashford Vale Borough Council", None))
        self.first_organisation_kind_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.first_organisation_kind_combo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Kind of organisation", None))
#endif // QT_CONFIG(accessibility)
        self.first_organisation_holders_label.setText(QCoreApplication.translate("FirstRunDialog", u"Held &by:", None))
#if QT_CONFIG(accessibility)
        self.first_organisation_holders_list.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Members who hold the relationship", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.first_organisation_holders_list.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Tick the members who hold this relationship; Space ticks the chosen one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

