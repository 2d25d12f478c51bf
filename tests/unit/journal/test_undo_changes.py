"""Undoing a change that touches several records: every row back exactly, or nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bigjournal.errors import ValidationError
from bigjournal.journal import people, undo
from bigjournal.journal.handovers import (
    LeavingDraft,
    NewContact,
    PromiseDecision,
    PromiseFate,
    contact_leaves,
    promises_to_hand_over,
)
from bigjournal.journal.search import search
from bigjournal.model import Base
from tests.conftest import TODAY


def dump(journal: Any) -> dict[str, list[tuple[Any, ...]]]:
    with journal.reading() as session:
        return {
            table.name: sorted(tuple(map(repr, row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def leave_with_a_new_successor(journal: Any) -> tuple[Any, Any, Any]:
    """Fiona Marsh (Dr) leaves the college; a new contact takes over, with a walkabout."""
    fiona = people.find_contact(journal, "Fiona Marsh")
    promises = promises_to_hand_over(journal, fiona.id)
    scope = undo.change_scope(
        journal,
        {"contacts": {fiona.id}, "promises": {p.id for p in promises}},
        adds=("contacts", "handovers", "interactions"),
    )
    before = undo.capture(journal, scope)
    contact_leaves(
        journal,
        fiona.id,
        LeavingDraft(
            left_on=TODAY,
            new_successor=NewContact("Samira Quayle", "Head of Community Learning"),
            introduction_on=TODAY,
            decisions=[PromiseDecision(p.id, PromiseFate.MOVE) for p in promises],
        ),
        today=TODAY,
    )
    return before, undo.capture(journal, scope), fiona


def test_a_handover_is_undone_and_redone_row_for_row(demo_journal: Any) -> None:
    original = dump(demo_journal)
    before, after, _fiona = leave_with_a_new_successor(demo_journal)
    changed = dump(demo_journal)
    assert changed != original
    assert {h.title for h in search(demo_journal, "Samira")} == {
        "Samira Quayle",
        "Introduction walkabout with Samira Quayle",
    }
    undo.return_to(demo_journal, before, after)
    assert dump(demo_journal) == original  # search index included
    assert not search(demo_journal, "Samira")
    undo.return_to(demo_journal, after, before)
    assert dump(demo_journal) == changed


def test_nothing_is_undone_once_someone_edited_a_row_since(demo_journal: Any) -> None:
    before, after, fiona = leave_with_a_new_successor(demo_journal)
    people.update_contact(demo_journal, fiona.id, {"notes": "Now at the county."})
    edited = dump(demo_journal)
    with pytest.raises(ValidationError, match="edited since"):
        undo.return_to(demo_journal, before, after)
    assert dump(demo_journal) == edited
