"""Removing a link between organisations in the organisation editor, and undoing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bigjournal.gui.dialogs.organisation_editor import OrganisationEditor
from bigjournal.gui.main_window import ORGANISATIONS
from bigjournal.journal.organisations import find_organisation, organisation_detail
from tests.conftest import TODAY
from tests.gui.window_driving import save, select_tree_row

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _links(journal: Any, name: str) -> list[tuple[str, str]]:
    found = find_organisation(journal, name)
    detail = organisation_detail(journal, found.id, today=TODAY)
    return sorted((link.organisation.name, link.description) for link in detail.links)


def test_a_link_removed_in_the_editor_is_gone_and_ctrl_z_brings_it_back(
    window: Any, demo_journal: Any, qtbot: Any
) -> None:
    council = "Ashford Vale Borough Council"
    before = _links(demo_journal, council)
    assert ("Kentshire County Council", "The county covers the borough") in before

    view = window.show_view(ORGANISATIONS)
    select_tree_row(qtbot, window, council)
    tree = view.ui.organisation_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.dialog, OrganisationEditor), timeout=10_000)
    dialog = window.dialog
    links = dialog.ui.links_list
    texts = [links.item(row).text() for row in range(links.count())]
    county = next(row for row, text in enumerate(texts) if "Kentshire County Council" in text)
    item = links.item(county)
    links.scrollToItem(item)
    qtbot.mouseClick(links.viewport(), LEFT, pos=links.visualItemRect(item).center())
    assert dialog.ui.remove_link_button.isEnabled()
    qtbot.mouseClick(dialog.ui.remove_link_button, LEFT)
    assert links.count() == len(texts) - 1
    save(qtbot, window, dialog)

    after = _links(demo_journal, council)
    assert after == [link for link in before if link[0] != "Kentshire County Council"]
    county_side = _links(demo_journal, "Kentshire County Council")
    assert council not in [name for name, _note in county_side]  # gone from both ends

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _links(demo_journal, council) == before  # the link and its note are back
    QTest.keySequence(window, window.action_redo.shortcut())  # this platform's Redo keys
    assert _links(demo_journal, council) == after
