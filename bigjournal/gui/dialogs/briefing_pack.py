"""Briefing pack…: for whom, their organisation first, which organisations (ticked).

Every organisation that is not part of another is ticked at first (departments
appear on their council's page, as in ``bigjournal pack``). Naming a current
contact as the recipient chooses their organisation, which moves to the top.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QTreeWidgetItem, QWidget

from bigjournal import wording
from bigjournal.errors import ValidationError
from bigjournal.gui.actions import JournalActions
from bigjournal.gui.dialogs.background import report_progress
from bigjournal.gui.dialogs.report_output import Builder, ReportDialog, safe_file_name
from bigjournal.gui.forms.ui_briefing_pack_dialog import Ui_BriefingPackDialog
from bigjournal.gui.worker import Progress
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts
from bigjournal.journal.records import OrganisationRow
from bigjournal.reports import PackResult, make_pack

ID_ROLE = Qt.ItemDataRole.UserRole
THEIRS = "  — theirs (first in the pack)"
THEIRS_PART = "  — theirs (what it is part of comes first)"


class BriefingPackDialog(ReportDialog):
    what = "briefing pack"

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(actions, parent)
        self.ui = Ui_BriefingPackDialog()
        self.ui.setupUi(self)
        self._set_up_output()
        self.organisations = list_organisations(self.journal)
        self._by_id = {row.id: row for row in self.organisations}
        contacts = list_contacts(self.journal, include_left=False)
        self._contact_organisation: dict[str, int | None] = {}
        for contact in contacts:  # a name shared by two people names no one organisation
            key = contact.name.casefold()
            seen = self._contact_organisation.get(key, contact.organisation.id)
            self._contact_organisation[key] = (
                contact.organisation.id if seen == contact.organisation.id else None
            )
        completer = QCompleter(sorted({c.name for c in contacts}, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.recipient_edit.setCompleter(completer)

        self.ui.own_combo.addItem("Not one of these (or not known)", None)
        for row in self.organisations:
            self.ui.own_combo.addItem(row.name, row.id)
        self._fill_tree()
        self.ui.recipient_edit.textChanged.connect(self._on_recipient_edit_text_changed)
        self.ui.own_combo.currentIndexChanged.connect(self._on_own_combo_current_index_changed)
        self.ui.organisation_tree.itemChanged.connect(self._on_organisation_tree_item_changed)
        self.ui.all_button.clicked.connect(lambda: self._tick_all(True))
        self.ui.none_button.clicked.connect(lambda: self._tick_all(False))
        self._count()
        self.ui.recipient_edit.setFocus()

    # --- the organisations ---------------------------------------------------------

    def _fill_tree(self) -> None:
        tree = self.ui.organisation_tree
        tree.blockSignals(True)
        tree.clear()
        children: dict[int | None, list[OrganisationRow]] = {}
        for row in self.organisations:
            parent = row.parent_id if row.parent_id in self._by_id else None
            children.setdefault(parent, []).append(row)

        def add(parent: QTreeWidgetItem | None, row: OrganisationRow) -> None:
            item = QTreeWidgetItem([row.name])
            item.setData(0, ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if parent is None else Qt.CheckState.Unchecked
            )
            if parent is None:
                tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in children.get(row.id, []):
                add(item, child)

        for row in children.get(None, []):
            add(None, row)
        tree.expandAll()
        tree.blockSignals(False)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item)
            for number in range(item.childCount()):
                walk(item.child(number))

        tree = self.ui.organisation_tree
        for number in range(tree.topLevelItemCount()):
            walk(tree.topLevelItem(number))
        return found

    def chosen_ids(self) -> list[int]:
        """The ticked organisations, in the order shown (their own first)."""
        return [
            int(item.data(0, ID_ROLE))
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def set_chosen(self, organisation_ids: list[int]) -> None:
        wanted = set(organisation_ids)
        for item in self._items():
            ticked = int(item.data(0, ID_ROLE)) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _tick_all(self, ticked: bool) -> None:
        tree = self.ui.organisation_tree
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for number in range(tree.topLevelItemCount()):
            if (item := tree.topLevelItem(number)) is not None:
                item.setCheckState(0, state)
        if not ticked:
            self.set_chosen([])

    def _count(self) -> None:
        count = len(self.chosen_ids())
        self.ui.count_label.setText(
            f"{wording.count(count, 'organisation')} ticked"
            + ("" if count else ": tick at least one")
        )

    def _top_of(self, organisation_id: int) -> int:
        row = self._by_id[organisation_id]
        seen = {row.id}
        while row.parent_id in self._by_id and row.parent_id not in seen:
            row = self._by_id[row.parent_id]
            seen.add(row.id)
        return row.id

    def _put_first(self, organisation_id: int | None) -> None:
        """Their organisation (or the council it is part of) to the top, ticked, marked."""
        tree = self.ui.organisation_tree
        top = self._top_of(organisation_id) if organisation_id is not None else None
        tree.blockSignals(True)
        for item in self._items():
            row = self._by_id[int(item.data(0, ID_ROLE))]
            theirs = row.id == organisation_id
            mark = (THEIRS if item.parent() is None else THEIRS_PART) if theirs else ""
            item.setText(0, row.name + mark)
            font = item.font(0)
            font.setBold(theirs)
            item.setFont(0, font)
        tree.blockSignals(False)
        if top is None:
            return
        for number in range(tree.topLevelItemCount()):
            first = tree.topLevelItem(number)
            if first is not None and int(first.data(0, ID_ROLE)) == top:
                tree.blockSignals(True)
                tree.takeTopLevelItem(number)
                tree.insertTopLevelItem(0, first)
                first.setExpanded(True)
                for child in range(first.childCount()):
                    if (part := first.child(child)) is not None:
                        part.setExpanded(True)
                tree.blockSignals(False)
                first.setCheckState(0, Qt.CheckState.Checked)
                break
        tree.scrollToTop()

    # --- slots ---------------------------------------------------------------------

    def _on_recipient_edit_text_changed(self, text: str) -> None:
        found = self._contact_organisation.get(text.strip().casefold())
        if found is not None:
            self.ui.own_combo.setCurrentIndex(self.ui.own_combo.findData(found))

    def _on_own_combo_current_index_changed(self, _index: int) -> None:
        self._put_first(self.ui.own_combo.currentData())

    def _on_organisation_tree_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._count()

    # --- making the pack -------------------------------------------------------------

    @property
    def recipient(self) -> str:
        return self.ui.recipient_edit.text().strip()

    def check(self) -> None:
        if not self.recipient:
            self.ui.recipient_edit.setFocus()
            raise ValidationError("Please say whom the briefing pack is for.", "recipient")
        if not self.chosen_ids():
            self.ui.organisation_tree.setFocus()
            raise ValidationError("Please tick at least one organisation for the pack.")

    def default_name(self) -> str:
        return safe_file_name(
            f"Briefing pack for {self.recipient or 'a new officer'} {date.today():%Y-%m-%d}",
            ".pdf",
        )

    def builder(self) -> Builder:
        journal, recipient, chosen = self.journal, self.recipient, self.chosen_ids()
        own, today, paper = (
            self.ui.own_combo.currentData(),
            self.journal_actions.today(),
            self.paper,
        )
        size = self.print_size

        def build(out: Path, progress: Progress, stop: threading.Event) -> PackResult:
            return make_pack(
                journal,
                recipient,
                chosen,
                out,
                recipient_organisation=own,
                today=today,
                paper=paper,
                print_size=size,
                progress=report_progress(progress, "Making the briefing pack…"),
                cancel=stop.is_set,
            )

        return build
