"""Today: what needs doing now, grouped, with one key to mark a promise kept.

Enter on a pending handover finishes it (name the successor, or mark it complete);
on someone who left without a handover, it starts their handover.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from bigjournal import wording
from bigjournal.errors import JournalError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.columns import ColumnFitter
from bigjournal.gui.errors import show_error
from bigjournal.gui.forms.ui_today_view import Ui_TodayView
from bigjournal.gui.html import day
from bigjournal.gui.views.base import JournalView
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.records import Agenda, HandoverRow, PromiseRow

KIND_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_KEPT_KEYS = (Qt.Key.Key_K, Qt.Key.Key_Space)
#: Items shown per section; the rest are a click away in the Promises view.
SECTION_LIMIT = 100


class TodayView(JournalView):
    #: A contact who left without a handover was opened: start their handover (id).
    leaving_requested = Signal(int)
    #: A pending handover was opened: finish it (the handover's id).
    handover_requested = Signal(int)

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.agenda: Agenda | None = None
        # Items carry plain ids; the rows they stand for are kept here, in Python.
        self._promises: dict[int, PromiseRow] = {}
        tree = self.ui.agenda_tree
        self.column_fitter = ColumnFitter(tree, main=0)  # what is due
        tree.itemActivated.connect(self._on_agenda_tree_item_activated)
        tree.currentItemChanged.connect(self._on_agenda_tree_current_item_changed)
        tree.installEventFilter(self)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.mark_kept_button.clicked.connect(self._on_mark_kept_button_clicked)
        self._update_buttons()

    # --- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        today = self.journal_actions.today()
        # Only the first page of each promise section is read; the totals come counted.
        self.agenda = today_agenda(self.journal, today=today, limit=SECTION_LIMIT)
        current = self._current_key()
        tree = self.ui.agenda_tree
        tree.clear()
        self._promises = {}
        agenda = self.agenda
        self.ui.heading_label.setText(f"Today, {today:%A} {day(today)}")
        self._section(
            "Their promises due or overdue",
            [self._promise_item(p) for p in agenda.theirs_due[:SECTION_LIMIT]],
            "Nothing they promised is due this week.",
            more=agenda.theirs_due_count - SECTION_LIMIT,
        )
        self._section(
            "Our promises due or overdue",
            [self._promise_item(p) for p in agenda.ours_due[:SECTION_LIMIT]],
            "Nothing we promised is due this week.",
            more=agenda.ours_due_count - SECTION_LIMIT,
        )
        self._section(
            "Broken promises to follow up: agree a new date?",
            [self._broken_item(p) for p in agenda.broken_to_follow_up],
            "No promise was broken lately without a new date agreed.",
        )
        self._section(
            "Handovers pending",
            [self._handover_item(h, today) for h in agenda.pending_handovers[:SECTION_LIMIT]],
            "No handover is waiting.",
        )
        self._section(
            "Left without a handover",
            [
                self._item(
                    [
                        f"{c.name} left"
                        + (f" for {c.went_to}" if c.went_to else "")
                        + " — press Enter to record the handover",
                        c.name,
                        c.organisation.name,
                        f"left {day(c.left_on)}",
                    ],
                    "left",
                    c.id,
                )
                for c in agenda.left_without_handover
            ],
            "Nobody has left without a handover.",
        )
        self._section(
            "Relationships gone quiet",
            [
                self._item(
                    [
                        f"No contact for {wording.count(q.days_overdue(today), 'day')} past "
                        f"the agreed rhythm (every {wording.count(q.contact_every_days, 'day')})",
                        "",
                        q.organisation.name,
                        f"last {day(q.last_contact_on)}" if q.last_contact_on else "never met",
                    ],
                    "organisation",
                    q.organisation.id,
                )
                for q in agenda.gone_quiet
            ],
            "Every relationship with an agreed rhythm is up to date.",
        )
        self._section(
            "Councillors' terms ending",
            [
                self._item(
                    [
                        f"{t.contact.name}"
                        + (f" ({t.ward})" if t.ward else "")
                        + ": relationships depending on them: "
                        + ", ".join(r.name for r in t.relationships)
                        + (f"; {t.open_promises} open promises" if t.open_promises else ""),
                        t.contact.name,
                        t.organisation.name,
                        f"term ends {day(t.term_ends_on)}",
                    ],
                    "contact",
                    t.contact.id,
                )
                for t in agenda.terms_ending
            ],
            "No councillor's term ends soon.",
        )
        self._section(
            "Relationships that hang on one person or nobody",
            [
                self._item(
                    [
                        ("Hangs on nobody: " if risk.hangs_on_nobody else "Hangs on one person: ")
                        + risk.describe(),
                        (risk.only_contact or risk.only_holder or risk.organisation).name,
                        risk.organisation.name,
                        "",
                    ],
                    "organisation",
                    risk.organisation.id,
                )
                for risk in agenda.single_points[:SECTION_LIMIT]
            ],
            "Every relationship has more than one contact and more than one member holding it.",
            more=len(agenda.single_points) - SECTION_LIMIT,
            more_text="… and {more} more: see the organisations",
        )
        self._section(
            "Planned this week",
            [
                self._item(
                    [m.title, "", ", ".join(o.name for o in m.organisations), day(m.occurred_on)],
                    "meeting",
                    m.id,
                )
                for m in agenda.planned
            ],
            "No meetings planned in the next seven days.",
        )
        for section in agenda.reminders:  # the sections the kinds of record declare
            self._section(
                section.title,
                [
                    self._item(
                        [
                            r.what,
                            r.who,
                            r.organisation,
                            f"{r.on_words} {day(r.on)}" if r.on else r.on_words,
                        ],
                        r.kind,
                        r.record_id,
                    )
                    for r in section.items[:SECTION_LIMIT]
                ],
                section.empty,
                more=len(section.items) - SECTION_LIMIT,
                more_text="… and {more} more: see the organisations",
            )
        tree.expandAll()
        self._restore_current(current)
        self._update_buttons()

    def _section(
        self,
        title: str,
        items: list[QTreeWidgetItem],
        empty: str,
        *,
        more: int = 0,
        more_text: str = "… and {more} more: open the promise register (overdue only)",
    ) -> None:
        header = QTreeWidgetItem([f"{title} ({len(items) + max(more, 0)})"])
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        header.setFirstColumnSpanned(True)
        self.ui.agenda_tree.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)
        if items:
            header.addChildren(items)
            if more > 0:
                if "promise register" in more_text:
                    header.addChild(self._item([more_text.format(more=more)], "overdue", 0))
                else:
                    rest = QTreeWidgetItem([more_text.format(more=more)])
                    rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    header.addChild(rest)
        else:
            quiet = QTreeWidgetItem([empty])
            quiet.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.addChild(quiet)
            quiet.setFirstColumnSpanned(True)

    def _item(self, texts: list[str], kind: str, record: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, RECORD_ROLE, record)
        for column, text in enumerate(texts):
            item.setToolTip(column, text)
        return item

    def _handover_item(self, handover: HandoverRow, today: date) -> QTreeWidgetItem:
        waiting = (today - handover.left_on).days
        if handover.successor is not None:
            what = f"Handover from {handover.leaver.name} to {handover.successor.name}"
        elif handover.post_vacant:
            what = f"{handover.leaver.name}'s post is vacant: who has taken over?"
        else:
            what = f"Handover from {handover.leaver.name}"
        if handover.leaver_is_member:
            what += " (stepped down)"
        return self._item(
            [
                what,
                handover.successor.name if handover.successor else "",
                handover.organisation.name if handover.organisation else "the partnership",
                f"waiting {wording.count(waiting, 'day')}",
            ],
            "handover",
            handover.id,
        )

    def _promise_item(self, promise: PromiseRow) -> QTreeWidgetItem:
        self._promises[promise.id] = promise
        today = self.journal_actions.today()
        when = (
            f"OVERDUE since {day(promise.due_on)}"
            if promise.is_overdue(today)
            else f"due {day(promise.due_on)}"
        )
        return self._item(
            [promise.description, promise.holder_name, promise.organisation.name, when],
            "promise",
            promise.id,
        )

    def _broken_item(self, promise: PromiseRow) -> QTreeWidgetItem:
        """A broken promise and the reason given, to follow up: Enter opens it in the
        register, where "Agree a new date…" makes the new promise."""
        reason = " ".join(promise.status_note.split())
        return self._item(
            [
                f"{promise.description} — "
                + (f"reason given: “{reason}”" if reason else "no reason recorded"),
                promise.holder_name,
                promise.organisation.name,
                f"broken {day(promise.status_on)}",
            ],
            "promise",
            promise.id,
        )

    # --- selection -------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        item = self.ui.agenda_tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return None
        return item.data(0, KIND_ROLE), int(item.data(0, RECORD_ROLE))

    def selected_promise(self) -> PromiseRow | None:
        found = self.selected()
        return self._promises.get(found[1]) if found and found[0] == "promise" else None

    def _current_key(self) -> tuple[str, int] | None:
        return self.selected()

    def _restore_current(self, key: tuple[str, int] | None) -> None:
        tree = self.ui.agenda_tree
        first: QTreeWidgetItem | None = None
        for top in range(tree.topLevelItemCount()):
            header = tree.topLevelItem(top)
            if header is None:
                continue
            for number in range(header.childCount()):
                item = header.child(number)
                if item is None or item.data(0, KIND_ROLE) is None:
                    continue
                first = first or item
                if key == (item.data(0, KIND_ROLE), item.data(0, RECORD_ROLE)):
                    tree.setCurrentItem(item)
                    return
        if first is not None:
            tree.setCurrentItem(first)

    def select_promise(self, promise_id: int) -> bool:
        """Make a promise the current item (for keyboard use and tests)."""
        self._restore_current(("promise", promise_id))
        chosen = self.selected_promise()
        return chosen is not None and chosen.id == promise_id

    def _update_buttons(self) -> None:
        self.ui.open_button.setEnabled(self.selected() is not None)
        self.ui.mark_kept_button.setEnabled(self.selected_promise() is not None)

    # --- doing -----------------------------------------------------------------

    def mark_selected_kept(self) -> bool:
        promise = self.selected_promise()
        if promise is None:
            return False
        try:
            self.journal_actions.mark_kept(promise)
        except JournalError as error:
            show_error(self, error, "Not saved")
            return False
        self.journal_actions.report(f"Marked kept: {promise.description}")
        return True

    def open_selected(self) -> None:
        found = self.selected()
        if found is None:
            return
        kind, record_id = found
        if kind == "handover":
            self.handover_requested.emit(record_id)
        elif kind == "left":
            self.leaving_requested.emit(record_id)
        else:
            self.record_opened.emit(kind, record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.agenda_tree
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in MARK_KEPT_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.mark_selected_kept() or True
        return super().eventFilter(watched, event)

    def _on_agenda_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_selected()

    def _on_agenda_tree_current_item_changed(self, *_items: object) -> None:
        self._update_buttons()

    def _on_open_button_clicked(self) -> None:
        self.open_selected()

    def _on_mark_kept_button_clicked(self) -> None:
        self.mark_selected_kept()
