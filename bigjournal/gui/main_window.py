"""The main window: five views, search from anywhere, undo, and the larger-text setting.

It only wires things together: each view and dialog lives in its own module.
Where later features plug in:

- File menu: :meth:`MainWindow.add_file_action` puts "Print…", "Export…",
  "Backups…" above Quit.
- Organisations: ``window.organisations_view.add_organisation_action(...)`` adds
  "Print summary…" to the tool bar above an organisation.
- A contact who has left: :meth:`MainWindow.start_leaving` (from the contact's
  "Has left…" button) is the one entry point of the handover.

The window is built in two steps so that it is the first thing painted at start-up
(issue 9): :class:`MainWindow` itself needs only Qt, and shows "Opening your journal…"
where the views go; :meth:`MainWindow.attach` then brings the journal, the views and
every action that needs them. Keep this module's imports Qt-only: the database layer,
the use cases, the views and dialogs are imported inside the methods that use them
(tests/gui/test_start_up.py checks it in a fresh interpreter).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QHideEvent,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from bigjournal import APP_NAME
from bigjournal.errors import JournalError
from bigjournal.gui import fit, resources_rc, text_size
from bigjournal.gui.errors import show_error
from bigjournal.gui.forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.dialogs.conflict import Conflict, ConflictDialog
    from bigjournal.gui.dialogs.contact_editor import ContactEditor
    from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
    from bigjournal.gui.dialogs.members import MembersDialog
    from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
    from bigjournal.gui.dialogs.promise_editor import PromiseEditorDialog
    from bigjournal.gui.dialogs.promise_status import PromiseStatusDialog
    from bigjournal.gui.views.base import JournalView
    from bigjournal.gui.views.contacts import ContactsView
    from bigjournal.gui.views.map import MapView
    from bigjournal.gui.views.meetings import MeetingsView
    from bigjournal.gui.views.organisations import OrganisationsView
    from bigjournal.gui.views.promises import PromisesView
    from bigjournal.gui.views.search import SearchView
    from bigjournal.gui.views.topics import TopicsView
    from bigjournal.journal.records import ContactRow, PromiseRow

assert resources_rc  # registers the icons with Qt's resource system


SEARCH_DELAY_MS = 250
TODAY, ORGANISATIONS, CONTACTS, MEETINGS, PROMISES, SEARCH, MAP = range(7)
TOPICS = 7  # issue 21: after the others (bigjournal.gui.views.topics)
OPENING_TEXT = "Opening your journal…"
#: The views after Today are built once Today is painted, or after this at the latest.
VIEWS_AFTER_MS = 500


class MainWindow(QMainWindow):
    """The window on one journal. Given no actions it waits for :meth:`attach`."""

    #: The window's first paint (start-up opens the journal only after it).
    first_painted = Signal()

    def __init__(
        self,
        actions: JournalActions | None,
        preferences: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.journal_actions: JournalActions | None = None
        self.preferences = preferences
        self.dialog: QDialog | None = None  # the dialog open now, if any
        self.views: list[JournalView] = []
        self._painted = False
        self.setWindowIcon(QIcon(":/icons/bigjournal.svg"))
        self.setWindowTitle(APP_NAME)

        self._build_placeholder()
        self._size_navigation()
        self._build_search_box()
        self._build_edit_menu()
        self._build_text_size_menu()
        self._connect()
        self._build_topics_entry()
        self._set_journal_actions_enabled(False)
        fit.install()  # every dialog fits the screen, scrolling where it must
        fit.place_main_window(self, preferences)
        if actions is not None:
            self.attach(actions)

    # --- building ----------------------------------------------------------------

    def _build_placeholder(self) -> None:
        """What stands where the views go while the journal opens: a calm line of text."""
        self.placeholder = QLabel(OPENING_TEXT, self.ui.view_stack)
        self.placeholder.setObjectName("opening_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.placeholder.setFont(font)
        self.placeholder.setAccessibleName(OPENING_TEXT)
        self.placeholder.setAccessibleDescription(
            "BigJournal is opening your journal. Its pages appear here in a moment."
        )
        self.ui.view_stack.addWidget(self.placeholder)
        self.ui.view_stack.setCurrentWidget(self.placeholder)
        self.statusBar().showMessage(OPENING_TEXT)

    @property
    def attached_actions(self) -> JournalActions:
        """The journal's actions, for what is only enabled once a journal is attached."""
        if self.journal_actions is None:
            raise RuntimeError("No journal is attached to this window yet.")
        return self.journal_actions

    def attach(self, actions: JournalActions, *, all_views: bool = True) -> None:
        """Show the journal in this window: its views, and the actions that need it.

        The imports are here, not at the top: they bring the database layer and the
        use cases, which the first paint of the window does without. With
        ``all_views=False`` (start-up) only Today is built now, so that it is painted
        with its rows first; the other views follow right after that paint (or the
        moment anything asks for one: :meth:`build_views`).
        """
        from bigjournal.gui.dialogs.output_menu import install_output_actions
        from bigjournal.gui.views.today import TodayView

        if self.journal_actions is not None:
            raise RuntimeError("This window already shows a journal.")
        self.journal_actions = actions
        self.undo_group.addStack(actions.undo_stack)
        self.undo_group.setActiveStack(actions.undo_stack)

        self.today_view = TodayView(actions)
        self.views = [self.today_view]
        had_focus = self.placeholder.hasFocus() or QApplication.focusWidget() is None
        self.ui.view_stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self.ui.view_stack.addWidget(self.today_view)
        self.today_view.record_opened.connect(self._on_view_record_opened)
        self.today_view.leaving_requested.connect(self.start_leaving)
        self.today_view.handover_requested.connect(self.finish_handover)

        self._connect_journal(actions)
        # Printing and exchange (the File menu now; Print summary… with its view).
        self.output_actions = install_output_actions(self, summary=False)
        fit.restore_layout(self, self.preferences)  # splitters and columns as left
        fit.wrap_rows(self.views)  # button and filter rows wrap on a narrow window
        actions.conflict_handler = self.resolve_conflict
        self._set_journal_actions_enabled(True)
        self.statusBar().clearMessage()
        self.update_title()
        self.show_view(TODAY)
        if had_focus and self.isActiveWindow():
            self.ui.navigation_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if all_views:
            self.build_views()
        else:
            # After Today's first paint (or half a second, for a window never painted).
            self.today_view.installEventFilter(self)
            QTimer.singleShot(VIEWS_AFTER_MS, self.build_views)

    def build_views(self) -> None:
        """The views after Today, and what plugs into them (once; at once when asked)."""
        if self.journal_actions is None or len(self.views) > 1:
            return
        from bigjournal.gui.dialogs.output_menu import install_summary_action
        from bigjournal.gui.views.contacts import ContactsView
        from bigjournal.gui.views.map import MapView
        from bigjournal.gui.views.meetings import MeetingsView
        from bigjournal.gui.views.organisations import OrganisationsView
        from bigjournal.gui.views.promises import PromisesView
        from bigjournal.gui.views.search import SearchView

        actions = self.journal_actions
        self.today_view.removeEventFilter(self)
        self._organisations_view = OrganisationsView(actions)
        self._contacts_view = ContactsView(actions)
        self._meetings_view = MeetingsView(actions)
        self._promises_view = PromisesView(actions)
        self._search_view = SearchView(actions)
        self._map_view = MapView(actions)
        later: list[JournalView] = [
            self._organisations_view,
            self._contacts_view,
            self._meetings_view,
            self._promises_view,
            self._search_view,
            self._map_view,
        ]
        self.views.extend(later)
        for view in later:
            self.ui.view_stack.addWidget(view)
            view.record_opened.connect(self._on_view_record_opened)
        self._connect_views()
        self._connect_record_editors()
        from bigjournal.gui.views.topics import install_topics

        self._topics_view = install_topics(self)  # the page after Search, and Topics…
        self.output_actions["action_print_summary"] = install_summary_action(self)
        fit.fit_detail_panes(later)  # the detail beside a list scrolls, never cut
        fit.restore_layout(self, self.preferences)
        fit.wrap_rows(later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and watched is getattr(self, "today_view", None)
            and len(self.views) == 1
        ):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.build_views)  # once this paint is on the screen
        return super().eventFilter(watched, event)

    # The views after Today exist once :meth:`build_views` ran; asking for one builds them.

    @property
    def organisations_view(self) -> OrganisationsView:
        self.build_views()
        return self._organisations_view

    @property
    def contacts_view(self) -> ContactsView:
        self.build_views()
        return self._contacts_view

    @property
    def meetings_view(self) -> MeetingsView:
        self.build_views()
        return self._meetings_view

    @property
    def promises_view(self) -> PromisesView:
        self.build_views()
        return self._promises_view

    @property
    def search_view(self) -> SearchView:
        self.build_views()
        return self._search_view

    @property
    def map_view(self) -> MapView:
        self.build_views()
        return self._map_view

    @property
    def topics_view(self) -> TopicsView:
        self.build_views()
        return self._topics_view

    def show_topics(self) -> TopicsView:
        self.show_view(TOPICS)
        return self.topics_view

    def _build_topics_entry(self) -> None:
        """Topics (issue 21): its row in the navigation and View › Topics (Ctrl+7)."""
        self.ui.navigation_list.addItem("Topics")
        self.action_view_topics = QAction("Top&ics", self)
        self.action_view_topics.setObjectName("action_view_topics")
        self.action_view_topics.setShortcut(QKeySequence("Ctrl+7"))
        self.action_view_topics.triggered.connect(lambda _checked=False: self.show_view(TOPICS))
        self.ui.menu_view.insertAction(self.ui.action_search, self.action_view_topics)

    def _set_journal_actions_enabled(self, enabled: bool) -> None:
        """What needs a journal waits for it (menus, shortcuts, navigation, search)."""
        ui = self.ui
        for action in (
            ui.action_log_meeting,
            ui.action_new_organisation,
            ui.action_new_contact,
            ui.action_edit,
            ui.action_delete,
            ui.action_view_today,
            ui.action_view_organisations,
            ui.action_view_contacts,
            ui.action_view_meetings,
            ui.action_view_promises,
            ui.action_search,
            ui.action_refresh,
            ui.action_new_promise,
            self.action_members,
            self.action_view_map,
            self.action_view_topics,
        ):
            action.setEnabled(enabled)
        ui.navigation_list.setEnabled(enabled)
        self.search_edit.setEnabled(enabled)

    def showEvent(self, event: QShowEvent) -> None:
        self.action_help.setEnabled(True)  # off while hidden: see hideEvent
        for other in QApplication.topLevelWidgets():  # the newest window shown owns F1
            if isinstance(other, MainWindow) and other is not self:
                other.action_help.setEnabled(False)
        super().showEvent(event)
        if not getattr(self, "_kept_on_screen", False):
            self._kept_on_screen = True
            # Once shown the window manager's frame is known: all of it on the screen.
            QTimer.singleShot(0, lambda: fit.keep_on_screen(self))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _size_navigation(self) -> None:
        navigation = self.ui.navigation_list
        width = max(navigation.sizeHintForColumn(0), 120) + 2 * navigation.frameWidth() + 16
        navigation.setFixedWidth(width)

    def _build_search_box(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText("Search names and notes (Ctrl+F)")
        self.search_edit.setAccessibleName("Search")
        self.search_edit.setAccessibleDescription(
            "Search names and notes across the journal as you type; Enter opens the first result"
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.ui.main_tool_bar.addSeparator()
        self.ui.main_tool_bar.addWidget(self.search_edit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _build_edit_menu(self) -> None:
        # A group, not the journal's stack: Undo and Redo are in place (and disabled)
        # before the journal is attached, and follow its stack once it is.
        self.undo_group = QUndoGroup(self)
        self.action_undo = self.undo_group.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setObjectName("action_undo")
        self.action_redo = self.undo_group.createRedoAction(self, "&Redo")
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.action_redo.setObjectName("action_redo")
        menu = self.ui.menu_edit
        existing = menu.actions()
        if existing:
            menu.insertAction(existing[0], self.action_undo)
            menu.insertAction(existing[0], self.action_redo)
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([self.action_undo, self.action_redo])
        self.ui.main_tool_bar.insertAction(self.ui.action_log_meeting, self.action_undo)

    def _build_text_size_menu(self) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        current = text_size.saved_scale(self.preferences)
        self.text_size_actions: dict[int, QAction] = {}
        for percent in text_size.SCALES:
            action = QAction(f"{percent}%", self, checkable=True)
            action.setObjectName(f"action_text_{percent}")
            action.setChecked(percent == current)
            action.triggered.connect(lambda _checked=False, p=percent: self.set_text_scale(p))
            group.addAction(action)
            self.ui.menu_text_size.addAction(action)
            self.text_size_actions[percent] = action
        self.ui.menu_text_size.addSeparator()
        bigger = self.ui.menu_text_size.addAction("&Larger text")
        bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.step_text_scale(+1))
        smaller = self.ui.menu_text_size.addAction("&Smaller text")
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.step_text_scale(-1))

    def _connect(self) -> None:
        """The connections that need no journal (the rest wait for :meth:`attach`)."""
        ui = self.ui
        ui.navigation_list.currentRowChanged.connect(self._on_navigation_list_current_row_changed)
        for number, action in enumerate(
            (
                ui.action_view_today,
                ui.action_view_organisations,
                ui.action_view_contacts,
                ui.action_view_meetings,
                ui.action_view_promises,
            )
        ):
            action.triggered.connect(lambda _checked=False, n=number: self.show_view(n))
        ui.action_log_meeting.triggered.connect(self._on_action_log_meeting_triggered)
        ui.action_search.triggered.connect(self._on_action_search_triggered)
        ui.action_refresh.triggered.connect(self._on_action_refresh_triggered)
        ui.action_delete.triggered.connect(self._on_action_delete_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.action_report_problem = QAction("&Report a problem…", self)
        self.action_report_problem.setObjectName("action_report_problem")
        self.action_report_problem.setStatusTip(
            "Gather BigJournal's log and crash reports into one file to send"
        )
        self.action_report_problem.triggered.connect(lambda: self.report_problem())
        self.ui.menu_help.insertAction(self.ui.action_about, self.action_report_problem)
        self.action_members = QAction("Mem&bers of the partnership…", self)
        self.action_members.setObjectName("action_members")
        self.action_members.triggered.connect(self.show_members)
        self.ui.menu_view.addSeparator()
        self.ui.menu_view.addAction(self.action_members)
        self._build_map_entry()
        self._build_help_action()

    def _build_map_entry(self) -> None:
        """View › Map (Ctrl+6) and its line in the navigation, after the other views."""
        self.action_view_map = QAction("M&ap", self)
        self.action_view_map.setObjectName("action_view_map")
        self.action_view_map.setShortcut(QKeySequence("Ctrl+6"))
        self.action_view_map.setStatusTip(
            "The partnership in the middle, every relationship round it"
        )
        self.action_view_map.triggered.connect(lambda _checked=False: self.show_view(MAP))
        self.ui.menu_view.insertAction(self.ui.action_search, self.action_view_map)
        self.ui.menu_view.insertSeparator(self.ui.action_search)
        self.ui.navigation_list.addItem("Map")

    def _build_help_action(self) -> None:
        """Help › User guide (F1): the guide inside the app, at the page for the view."""
        self.action_help = QAction("&User guide", self)
        self.action_help.setObjectName("action_help")
        self.action_help.setShortcut(QKeySequence("F1"))
        # From any window of the app, so F1 in a dialog opens its own page.
        self.action_help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_help.triggered.connect(self.show_help)
        self.ui.menu_help.insertAction(self.ui.action_about, self.action_help)
        self.ui.menu_help.insertSeparator(self.ui.action_about)

    def show_help(self) -> QDialog:
        """The user guide at the section for the dialog in front, else the view shown."""
        from bigjournal.gui.help import open_help, section_for

        front = QApplication.activeModalWidget()
        owner = front
        while owner is not None and owner is not self:
            owner = owner.parentWidget()
        if owner is not self:
            front = None  # another window's dialog: not what this window's F1 is about
        over = front if isinstance(front, QDialog) else self
        view = self.ui.view_stack.currentIndex() if self.views else None
        return open_help(over, section_for(front, view))

    def _connect_journal(self, actions: JournalActions) -> None:
        actions.changed.connect(self._on_actions_changed)
        actions.failed.connect(self._on_actions_failed)
        actions.reported.connect(self._on_actions_reported)
        ui = self.ui  # File → New organisation…/New contact…/New promise…, Edit → Edit…
        ui.action_new_promise.triggered.connect(self._on_action_new_promise_triggered)
        ui.action_new_organisation.triggered.connect(lambda: self.new_organisation())
        ui.action_new_contact.triggered.connect(lambda: self.new_contact())
        ui.action_edit.triggered.connect(self._on_action_edit_triggered)

    def _connect_views(self) -> None:
        """The views' requests (the views after Today: :meth:`build_views`)."""
        self.organisations_view.meeting_requested.connect(self.log_meeting)
        self.meetings_view.meeting_requested.connect(self._on_action_log_meeting_triggered)
        self.contacts_view.leaving_requested.connect(self.start_leaving)
        self.contacts_view.several_left_requested.connect(self.several_left)
        self.promises_view.status_change_requested.connect(self.change_status)
        self.map_view.print_requested.connect(self.print_map)
        self._connect_editors()

    def add_file_action(self, action: QAction) -> None:
        """Put an action (Print…, Export…, Backups…) in the File menu, above Quit."""
        menu = self.ui.menu_file
        menu.insertAction(self.ui.action_quit, action)
        if not getattr(self, "_file_separator_added", False):
            menu.insertSeparator(self.ui.action_quit)
            self._file_separator_added = True

    # --- state -------------------------------------------------------------------

    def update_title(self) -> None:
        # Imported here, not at the top: the first paint needs no database layer.
        from bigjournal.journal import settings
        from bigjournal.store.team import describe_journal  # a shared journal's plain name

        try:
            name = settings.get_setting(self.attached_actions.journal, settings.PARTNERSHIP_NAME)
        except JournalError:
            name = ""
        from bigjournal.journal.demo import is_demo_journal

        parts = [APP_NAME, name, describe_journal(self.attached_actions.journal.target)]
        if is_demo_journal(self.attached_actions.journal.target.path):
            # Never mistaken for the volunteer's own records.
            parts = [APP_NAME, f"Demo journal (an invented partnership: {name})"]
        self.setWindowTitle(" — ".join(part for part in parts if part))

    def current_view(self) -> JournalView:
        from bigjournal.gui.views.base import JournalView

        view = self.ui.view_stack.currentWidget()
        assert isinstance(view, JournalView)
        return view

    def show_view(self, number: int) -> JournalView:
        if number != TODAY:
            self.build_views()
        self.ui.navigation_list.setCurrentRow(number)
        self.ui.view_stack.setCurrentIndex(number)
        return self.current_view()

    def set_text_scale(self, percent: int) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        text_size.apply_scale(app, percent)
        text_size.save_scale(self.preferences, percent)
        self.text_size_actions[percent].setChecked(True)
        self._size_navigation()
        for view in self.views:
            view.mark_stale()
        # Once every widget has the new font: the views' names whole, all on the screen.
        QTimer.singleShot(0, self._after_text_scale)
        self.statusBar().showMessage(f"Text size {percent}%", 4000)

    def _after_text_scale(self) -> None:
        self._size_navigation()
        fit.keep_on_screen(self)

    def step_text_scale(self, step: int) -> None:
        scales = text_size.SCALES
        current = scales.index(text_size.saved_scale(self.preferences))
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + step))])

    # --- opening things ------------------------------------------------------------

    def open_record(self, kind: str, record_id: int) -> None:
        """Show any record where it lives (from Today, search, or a link): its kind's
        page or dialog, as ``bigjournal.gui.kinds`` declares it."""
        from bigjournal.gui.kinds import window_kind

        if kind == "overdue":
            self.show_view(PROMISES)
            self.promises_view.set_filter(overdue_only=True)
            return
        declared = window_kind(kind)
        if declared is None or not declared.opens:
            where = declared.shown_where if declared is not None else ""
            self.statusBar().showMessage(where or "That record cannot be opened by itself.", 6000)
            return
        if declared.page is not None:
            self.show_view(declared.page).open_record(record_id)
        elif declared.show is not None:
            declared.show(self, record_id)

    def edit_record(self, kind: str, record_id: int) -> Any:
        """The dialog correcting any record, as its kind declares it (None if it has none)."""
        from bigjournal.gui.kinds import window_kind

        declared = window_kind(kind)
        if declared is None or declared.edit is None:
            return None
        return declared.edit(self, record_id)

    def log_meeting(self, organisation_id: int | None = None) -> LogMeetingDialog:
        """Open "Log a meeting" (Ctrl+N); it saves itself and the views refresh."""
        from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog

        dialog = LogMeetingDialog(self.attached_actions, self, organisation_id=organisation_id)
        dialog.meeting_logged.connect(self._on_dialog_meeting_logged)
        dialog.note_requested.connect(self.note_of_meeting)
        self._open_dialog(dialog)
        return dialog

    def note_of_meeting(self, meeting_id: int) -> QDialog | None:
        """Note of the meeting…: its one-page note and email draft (issue 21)."""
        from bigjournal.gui.dialogs.meeting_note import MeetingNoteDialog

        try:
            dialog = MeetingNoteDialog(self.attached_actions, meeting_id, self)
        except JournalError as error:
            show_error(self, error)
            return None
        self._open_dialog(dialog)
        return dialog

    def _connect_editors(self) -> None:
        """Correcting meetings and promises, and entering a promise on its own."""
        self.meetings_view.edit_requested.connect(self.edit_meeting)
        self.meetings_view.note_requested.connect(self.note_of_meeting)
        self.promises_view.edit_requested.connect(self.edit_promise)
        self.promises_view.new_promise_requested.connect(self.new_promise)

    def edit_meeting(self, meeting_id: int) -> LogMeetingDialog | None:
        """The meeting form on a meeting already in the journal (Edit…, double-click)."""
        from bigjournal.gui.dialogs.log_meeting import LogMeetingDialog
        from bigjournal.journal.meetings import meeting_detail

        try:
            detail = meeting_detail(self.attached_actions.journal, meeting_id)
        except JournalError as error:
            show_error(self, error)
            return None
        dialog = LogMeetingDialog(self.attached_actions, self, meeting=detail)
        self._open_dialog(dialog)
        return dialog

    def new_promise(self, organisation_id: int | None = None) -> PromiseEditorDialog:
        """A promise made outside a logged meeting, perhaps already kept or broken."""
        from bigjournal.gui.dialogs.promise_editor import PromiseEditorDialog

        dialog = PromiseEditorDialog(
            self.attached_actions, None, self, organisation_id=organisation_id
        )
        self._open_dialog(dialog)
        return dialog

    def edit_promise(self, promise: PromiseRow) -> PromiseEditorDialog:
        """Every part of a promise, and its status, corrected (Edit…, double-click)."""
        from bigjournal.gui.dialogs.promise_editor import PromiseEditorDialog

        dialog = PromiseEditorDialog(self.attached_actions, promise, self)
        self._open_dialog(dialog)
        return dialog

    def _on_action_new_promise_triggered(self) -> None:
        self.new_promise()

    def change_status(self, promise: PromiseRow) -> PromiseStatusDialog:
        from bigjournal.gui.dialogs.promise_status import PromiseStatusDialog

        dialog = PromiseStatusDialog(self.attached_actions, promise, self)
        self._open_dialog(dialog)
        return dialog

    def start_leaving(self, contact_id: int) -> QDialog | None:
        """A contact has left: the entry point of the handover (contacts and Today)."""
        from bigjournal.gui.dialogs.handover import HandoverDialog
        from bigjournal.journal.people import contact_detail

        try:
            contact = contact_detail(self.attached_actions.journal, contact_id).contact
        except JournalError as error:
            show_error(self, error)
            return None
        dialog = HandoverDialog(self.attached_actions, contact, self)
        self._open_dialog(dialog)
        return dialog

    def several_left(self, contacts: list[ContactRow]) -> QDialog | None:
        """A restructure: several contacts gone at once, each post vacant for now."""
        from bigjournal.gui.dialogs.handover import SeveralLeftDialog

        if not [c for c in contacts if c.left_on is None]:
            self.statusBar().showMessage(
                "Select the people who have left in Contacts first (Ctrl+click for several).",
                6000,
            )
            return None
        dialog = SeveralLeftDialog(self.attached_actions, contacts, self)
        self._open_dialog(dialog)
        return dialog

    def finish_handover(self, handover_id: int) -> QDialog | None:
        """A pending handover from Today: name the successor, or mark it complete."""
        from bigjournal.gui.dialogs.handover import PendingHandoverDialog
        from bigjournal.journal.handovers import list_handovers

        try:
            handover = next(
                h for h in list_handovers(self.attached_actions.journal) if h.id == handover_id
            )
        except StopIteration:
            show_error(self, "That handover is no longer in the journal.")
            return None
        dialog = PendingHandoverDialog(self.attached_actions, handover, self)
        self._open_dialog(dialog)
        return dialog

    def show_members(self) -> MembersDialog:
        """The partnership's members: roles, conflicts of interest, stepping down."""
        from bigjournal.gui.dialogs.members import MembersDialog

        dialog = MembersDialog(self.attached_actions, self)
        self._open_dialog(dialog)
        return dialog

    def print_map(self) -> QDialog:
        """Print the map…: the map on one page, saved as a PDF or printed."""
        from bigjournal.gui.dialogs.print_map import PrintMapDialog

        world = self.map_view.world
        dialog = PrintMapDialog(
            self.attached_actions, world.partnership if world is not None else "", self
        )
        self._open_dialog(dialog)
        return dialog

    def resolve_conflict(self, conflict: Conflict) -> ConflictDialog:
        """Someone saved the record first: show both versions, keep theirs or use mine."""
        from bigjournal.gui.dialogs.conflict import ConflictDialog

        dialog = ConflictDialog(self.attached_actions, conflict, self)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.addAction(self.action_help)  # F1 inside the dialog: its page of the guide
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------

    def _on_navigation_list_current_row_changed(self, row: int) -> None:
        if row > TODAY:
            self.build_views()
        if row >= 0:
            self.ui.view_stack.setCurrentIndex(row)

    def _on_view_record_opened(self, kind: str, record_id: int) -> None:
        self.open_record(kind, record_id)

    def _on_action_log_meeting_triggered(self) -> None:
        self.log_meeting()

    def _on_action_search_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_action_refresh_triggered(self) -> None:
        for view in self.views:
            view.mark_stale()

    def _on_action_delete_triggered(self) -> None:
        if not self.current_view().delete_selected():
            self.statusBar().showMessage("Choose a record to delete first.", 5000)

    def report_problem(self, target: Path | None = None) -> Path | None:
        """Help → Report a problem…: the log and crash reports gathered into one file."""
        from datetime import date

        from PySide6.QtWidgets import QFileDialog

        from bigjournal import diagnostics

        if target is None:
            suggested = Path.home() / f"bigjournal-problem-report-{date.today():%Y-%m-%d}.zip"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, "Save the problem report", str(suggested), "Problem report (*.zip)"
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            saved = diagnostics.gather_report(target)
        except OSError as error:
            show_error(
                self,
                f"The report could not be saved there ({error.strerror or error}). "
                "Choose another folder, such as your Documents.",
                "Report not saved",
            )
            return None
        self.statusBar().showMessage(
            f"Saved {saved.name}: send it to whoever looks after BigJournal for you.", 10000
        )
        return saved

    def _on_action_about_triggered(self) -> None:
        from bigjournal.gui.dialogs.about import AboutDialog

        name = (
            self.journal_actions.journal.target.display_name
            if self.journal_actions is not None
            else None
        )
        dialog = AboutDialog(name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        self._search_timer.stop()
        typed = self.search_edit.text()
        if not typed.strip() and self.ui.view_stack.currentIndex() != SEARCH:
            return
        self.show_view(SEARCH)
        self.search_view.search_for(typed)

    def _on_search_edit_return_pressed(self) -> None:
        self.run_search()
        self.search_view.ui.result_tree.setFocus()

    def _on_actions_changed(self) -> None:
        for view in self.views:
            view.mark_stale()
        self.update_title()

    def _on_actions_failed(self, error: Exception) -> None:
        show_error(self, error, "Could not undo")

    def _on_actions_reported(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_dialog_meeting_logged(self, meeting_id: int) -> None:
        self.statusBar().showMessage("Meeting saved. Ctrl+Z takes it back.", 8000)

    def _on_dialog_finished(self, _result: int) -> None:
        if self.sender() in (self.dialog, None):  # not one a newer dialog replaced
            self.dialog = None

    # --- new and edit organisations and contacts (issue 14) ----------------------------

    def _connect_record_editors(self) -> None:
        """The views' requests for the editors (File and Edit: :meth:`_connect_journal`)."""
        organisations, contacts = self.organisations_view, self.contacts_view
        organisations.new_organisation_requested.connect(
            lambda parent_id: self.new_organisation(parent_id or None)
        )
        organisations.edit_organisation_requested.connect(self.edit_organisation)
        organisations.new_contact_requested.connect(
            lambda organisation_id: self.new_contact(organisation_id or None)
        )
        contacts.new_contact_requested.connect(
            lambda organisation_id: self.new_contact(organisation_id or None)
        )
        contacts.edit_contact_requested.connect(self.edit_contact)
        contacts.new_organisation_requested.connect(lambda _zero: self.new_organisation())

    def new_organisation(
        self, parent_id: int | None = None, *, name: str = ""
    ) -> OrganisationEditor:
        """New organisation… (or a department of ``parent_id``); shown once saved."""
        from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor

        dialog = OrganisationEditor(self.attached_actions, self, parent_id=parent_id, name=name)
        dialog.saved.connect(lambda record_id: self._on_editor_saved("organisation", record_id))
        self._open_dialog(dialog)
        return dialog

    def edit_organisation(self, organisation_id: int) -> OrganisationEditor | None:
        from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor

        try:
            dialog = OrganisationEditor(
                self.attached_actions, self, organisation_id=organisation_id
            )
        except JournalError as error:
            show_error(self, error)
            return None
        dialog.saved.connect(lambda record_id: self._on_editor_saved("organisation", record_id))
        self._open_dialog(dialog)
        return dialog

    def new_contact(self, organisation_id: int | None = None, *, name: str = "") -> ContactEditor:
        """New contact… (at ``organisation_id`` if given); shown once saved."""
        from bigjournal.gui.dialogs.contact_editor import ContactEditor

        dialog = ContactEditor(
            self.attached_actions, self, organisation_id=organisation_id, name=name
        )
        dialog.saved.connect(lambda record_id: self._on_editor_saved("contact", record_id))
        self._open_dialog(dialog)
        return dialog

    def edit_contact(self, contact_id: int) -> ContactEditor | None:
        from bigjournal.gui.dialogs.contact_editor import ContactEditor

        try:
            dialog = ContactEditor(self.attached_actions, self, contact_id=contact_id)
        except JournalError as error:
            show_error(self, error)
            return None
        dialog.saved.connect(lambda record_id: self._on_editor_saved("contact", record_id))
        self._open_dialog(dialog)
        return dialog

    def _on_editor_saved(self, kind: str, record_id: int) -> None:
        for view in self.views:
            view.mark_stale()
        self.open_record(kind, record_id)

    def _on_action_edit_triggered(self) -> None:
        edit = getattr(self.current_view(), "edit_selected", None)
        if edit is None or not edit():
            self.statusBar().showMessage("Choose the record to edit first.", 5000)

    def hideEvent(self, event: QHideEvent) -> None:
        # F1 is application-wide (dialogs use it too): a closed window (the journal
        # switched from) must not make it ambiguous for the one in front.
        self.action_help.setEnabled(False)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already saved; leave the last field so it saves too.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        fit.save_main_window(self, self.preferences)
        super().closeEvent(event)
