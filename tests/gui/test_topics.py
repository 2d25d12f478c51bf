"""Topics in the window: added on the Topics page, a demo meeting tagged from the
Meetings page, seen on the topic's timeline; renamed, closed, deleted and undone;
Enter on a timeline row opens the meeting; the summary printed (issue 21)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bigjournal.gui.dialogs.topic_editor import TopicEditor
from bigjournal.gui.dialogs.topics import TopicsDialog
from bigjournal.gui.main_window import MEETINGS, TOPICS
from bigjournal.gui.views.topics import tag_current
from bigjournal.journal.lookup import find_meeting
from bigjournal.journal.topics import list_topics, topic_detail


def _timeline_titles(view: Any) -> list[str]:
    tree = view.timeline
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def test_add_a_topic_tag_a_demo_meeting_and_see_it_on_the_timeline(window: Any, qtbot: Any) -> None:
    journal = window.journal_actions.journal
    window.action_view_topics.trigger()
    view = window.topics_view
    assert window.current_view() is view and window.ui.view_stack.currentIndex() == TOPICS
    names = [
        view.topic_list.topLevelItem(i).text(0) for i in range(view.topic_list.topLevelItemCount())
    ]
    assert "Street lighting on Canal Walk" in names and not any("closed" in n for n in names)

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert isinstance(editor, TopicEditor)
    qtbot.keyClicks(editor.name_edit, "Parents' cafe funding")
    editor.description_edit.insertPlainText("The college and the PCN.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    added = next(t for t in list_topics(journal) if t.name == "Parents' cafe funding")
    assert view.current is not None and view.current.id == added.id
    assert view.about_label.text() == "The college and the PCN."

    # A demo meeting, tagged from the Meetings page ("Topics…" in its context menu).
    meeting = find_meeting(journal, "Parents' peer-support café")
    window.show_view(MEETINGS)
    window.meetings_view.open_record(meeting.id)
    qtbot.waitUntil(lambda: window.meetings_view.current_id == meeting.id)
    table = window.meetings_view.ui.meeting_table
    [action] = [a for a in table.actions() if a.objectName().endswith("_topics_action")]
    action.trigger()
    dialog = window.topics_dialog
    assert isinstance(dialog, TopicsDialog)
    items = [dialog.topic_list.item(i) for i in range(dialog.topic_list.count())]
    assert not any("closed" in item.text() for item in items)  # closed topics not offered
    [ours] = [item for item in items if item.text() == "Parents' cafe funding"]
    ours.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [m.id for m in topic_detail(journal, added.id).timeline] == [meeting.id]
    # The meeting's page names its topics, each a link to the topic's page.
    browser = window.meetings_view.ui.detail_browser
    qtbot.waitUntil(lambda: "Parents' cafe funding" in browser.toPlainText())
    assert f'href="record:topic/{added.id}"' in browser.toHtml()

    window.show_view(TOPICS)
    view.select_topic(added.id)
    qtbot.waitUntil(lambda: _timeline_titles(view) == [meeting.name])
    assert "Millbrook College" in view.organisations_label.text()

    # Enter on the timeline row opens the meeting.
    view.timeline.setCurrentItem(view.timeline.topLevelItem(0))
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ui.view_stack.currentIndex() == MEETINGS)
    assert window.meetings_view.current_id == meeting.id

    window.action_undo.trigger()  # the tagging is one step
    assert topic_detail(journal, added.id).timeline == ()


def test_rename_close_and_delete_are_each_one_undo_step(window: Any, qtbot: Any) -> None:
    journal = window.journal_actions.journal
    view = window.show_topics()
    lighting = next(t for t in list_topics(journal) if t.name.startswith("Street lighting"))
    view.select_topic(lighting.id)

    editor = view.rename_topic()
    editor.name_edit.setText("Canal Walk lighting")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert view.name_label.text() == "Canal Walk lighting"
    window.action_undo.trigger()
    assert topic_detail(journal, lighting.id).topic.name == "Street lighting on Canal Walk"

    view.select_topic(lighting.id)
    assert view.close_topic()
    assert topic_detail(journal, lighting.id).topic.closed_on is not None
    assert view.close_button.text() == "Re&open topic"
    window.action_undo.trigger()
    assert topic_detail(journal, lighting.id).topic.is_open

    view.select_topic(lighting.id)
    assert view.delete_selected()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    qtbot.mouseClick(
        box.findChild(type(view.add_button), "confirm_button"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: all(t.id != lighting.id for t in list_topics(journal)))
    window.action_undo.trigger()
    assert len(topic_detail(journal, lighting.id).timeline) == 8  # its links came back too


def test_topics_with_nothing_chosen_say_how_and_the_summary_prints(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.show_view(MEETINGS)
    window.meetings_view.ui.meeting_table.clearSelection()
    window.show_view(0)
    assert tag_current(window) is None  # Today: no meeting or promise chosen
    assert "Choose a meeting" in window.statusBar().currentMessage()
    view = window.show_topics()
    out = view.print_summary(tmp_path / "lighting.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")
