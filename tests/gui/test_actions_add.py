"""New organisations and contacts through JournalActions: saved at once, one undo step."""

from __future__ import annotations

from typing import Any

from bigjournal.gui.actions import JournalActions
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import find_member, list_contacts
from tests.conftest import TODAY


def test_undo_takes_a_new_organisation_away_with_its_relationship_and_redo_brings_it_back(
    demo_journal: Any, qapp: Any
) -> None:
    actions = JournalActions(demo_journal, today=TODAY)
    before = {o.id for o in list_organisations(demo_journal)}
    aisha = find_member(demo_journal, "Aisha Rahman").id
    parish = next(
        o.id for o in list_organisations(demo_journal) if o.name.startswith("Millbrook P")
    )
    saved = actions.add_organisation(
        "Eastfield Food Bank",
        "voluntary_organisation",
        purposes=["routes_in"],
        holders=[aisha],
        links=[(parish, "meets in the parish hall")],
    )
    detail = organisation_detail(demo_journal, saved.id, today=TODAY)
    assert [h.id for h in detail.holders] == [aisha]
    assert [(link.organisation.id, link.description) for link in detail.links] == [
        (parish, "meets in the parish hall")
    ]
    actions.undo_stack.undo()
    assert {o.id for o in list_organisations(demo_journal)} == before
    parish_links = organisation_detail(demo_journal, parish, today=TODAY).links
    assert all(link.organisation.id != saved.id for link in parish_links)
    actions.undo_stack.redo()
    again = organisation_detail(demo_journal, saved.id, today=TODAY)
    assert again.name == "Eastfield Food Bank"
    assert [h.id for h in again.holders] == [aisha]
    assert [p.value for p in again.purposes] == ["routes_in"]
    assert [link.organisation.id for link in again.links] == [parish]


def test_a_link_that_cannot_be_made_leaves_no_organisation_behind(
    demo_journal: Any, qapp: Any
) -> None:
    import pytest

    from bigjournal.errors import JournalError

    actions = JournalActions(demo_journal, today=TODAY)
    before = len(list_organisations(demo_journal))
    with pytest.raises(JournalError):
        actions.add_organisation("Eastfield Food Bank", "other", links=[(999_999, "")])
    assert len(list_organisations(demo_journal)) == before
    assert not actions.undo_stack.canUndo()


def test_undo_takes_a_new_contact_away(demo_journal: Any, qapp: Any) -> None:
    actions = JournalActions(demo_journal, today=TODAY)
    parish = next(
        o.id for o in list_organisations(demo_journal) if o.name.startswith("Millbrook P")
    )
    saved = actions.add_contact("Sam Okoye", parish, role="Clerk")
    assert saved.id in {c.id for c in list_contacts(demo_journal)}
    actions.undo_stack.undo()
    assert saved.id not in {c.id for c in list_contacts(demo_journal)}
    actions.undo_stack.redo()
    assert saved.id in {c.id for c in list_contacts(demo_journal)}
