"""Issue 21, item 3: the map view draws the partnership's world, opens organisations,
moves by keyboard, zooms, says what to do first when empty, and prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from bigjournal.gui.main_window import MAP, ORGANISATIONS
from bigjournal.gui.views.map import EMPTY_TEXT, MapView
from bigjournal.journal.relationship_map import relationship_map
from tests.conftest import TODAY


def _map(window: Any) -> MapView:
    view = window.show_view(MAP)
    assert isinstance(view, MapView)
    QApplication.processEvents()
    return view


def test_the_demo_journals_organisations_are_drawn_with_their_markers(window: Any) -> None:
    view = _map(window)
    world = relationship_map(window.journal_actions.journal, today=TODAY)
    drawn = {item.organisation_id: item for item in view.canvas.items_in_order}
    assert set(drawn) == {o.organisation.id for o in world.organisations}
    assert len(drawn) == 7
    for point in world.organisations:
        placed = drawn[point.organisation.id].placed
        assert placed.organisation == point
        kinds = [m.kind for m in placed.markers]
        assert ("single_point" in kinds) == point.single_point
        assert ("gone_quiet" in kinds) == point.gone_quiet
        assert ("handover" in kinds) == point.handover_pending
        shown = " ".join(line.text for line in placed.lines)
        assert point.name.split()[0] in shown and point.contacts_said() in shown
    # Some do hang on one person and some have gone quiet in the demo: both are marked.
    assert any(o.single_point for o in world.organisations)
    assert any(o.gone_quiet for o in world.organisations)
    # The departments stand under their council.
    council = next(o for o in world.organisations if o.departments)
    assert len(drawn[council.organisation.id].placed.departments) == len(council.departments)
    description = view.canvas.accessibleDescription()
    assert all(o.name in description for o in world.organisations)
    assert view.key.isVisible() and view.empty_label.isHidden()


def test_clicking_an_organisation_opens_its_page(window: Any, qtbot: Any) -> None:
    view = _map(window)
    item = view.canvas.items_in_order[2]
    view.canvas.ensureVisible(item.boundingRect())
    QApplication.processEvents()
    centre = item.placed.box.centre
    where = view.canvas.mapFromScene(centre[0], centre[1])
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    assert window.ui.view_stack.currentIndex() == ORGANISATIONS
    detail = window.organisations_view.detail
    assert detail is not None and detail.id == item.organisation_id


def test_tab_and_arrows_move_between_organisations_and_enter_opens(window: Any, qtbot: Any) -> None:
    view = _map(window)
    canvas = view.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    order = [item.organisation_id for item in canvas.items_in_order]
    assert canvas.current_item() is not None
    assert canvas.current_item().organisation_id == order[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.current_item().organisation_id == order[1]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_item().organisation_id == order[2]
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.current_item().organisation_id == order[1]
    name = canvas.current_item().placed.organisation.name
    assert name in canvas.accessibleName()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.ui.view_stack.currentIndex() == ORGANISATIONS
    assert window.organisations_view.detail.id == order[1]


def test_ctrl_plus_and_minus_zoom_the_map_not_the_text(window: Any, qtbot: Any) -> None:
    view = _map(window)
    canvas = view.canvas
    canvas.setFocus()
    before = canvas.zoom
    font = QApplication.font().pointSizeF()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom > before
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom < before
    assert QApplication.font().pointSizeF() == font
    view.fit_button.click()
    rect = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert rect.contains(canvas.sceneRect()) or canvas.zoom == 1.0


def test_the_map_is_in_the_view_menu_on_ctrl_6(window: Any) -> None:
    action = window.action_view_map
    assert action in window.ui.menu_view.actions()
    assert action.shortcut().toString() == "Ctrl+6"
    action.trigger()
    assert window.ui.view_stack.currentIndex() == MAP
    assert window.ui.navigation_list.currentItem().text() == "Map"


def test_an_empty_journal_says_what_to_do_first(journal: Any, preferences: Any, qtbot: Any) -> None:
    from bigjournal.gui.actions import JournalActions
    from bigjournal.gui.main_window import MainWindow

    main = MainWindow(JournalActions(journal, today=TODAY), preferences)
    qtbot.addWidget(main)
    main.show()
    view = _map(main)
    assert view.empty_label.isVisible() and view.empty_label.text() == EMPTY_TEXT
    assert view.canvas.isHidden() and view.key.isHidden()
    assert "New organisation" in EMPTY_TEXT


def test_print_the_map_saves_a_pdf_of_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    view = _map(window)
    view.print_button.click()
    dialog = window.dialog
    assert dialog is not None and type(dialog).__name__ == "PrintMapDialog"
    dialog.open_check.setChecked(False)
    out = tmp_path / "map.pdf"
    dialog.save_pdf(out)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    text = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert "The partnership's map" in text and "Millbrook College" in text
    dialog.reject()
