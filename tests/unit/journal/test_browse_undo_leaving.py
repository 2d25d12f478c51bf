"""Paged lists, and undoing deletions exactly."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bigjournal.errors import ValidationError
from bigjournal.journal import browse, meetings, organisations, people, promises, undo
from bigjournal.journal.search import search
from bigjournal.model import Base
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal
from tests.conftest import TODAY


def every_page(fetch: Any, cursor: Any, size: int) -> list[Any]:
    rows: list[Any] = []
    while True:
        page = fetch(cursor(rows[-1]) if rows else None, size)
        rows += page
        if len(page) < size:
            return rows


def test_meeting_pages_join_up_to_the_whole_list(demo_journal: Any) -> None:
    paged = every_page(
        lambda after, n: browse.meetings_page(demo_journal, after=after, limit=n),
        browse.meeting_cursor,
        7,
    )
    assert [m.id for m in paged] == [m.id for m in meetings.list_meetings(demo_journal)]
    assert browse.count_meetings(demo_journal) == len(paged)


def test_promise_pages_match_the_register_order_and_filters(demo_journal: Any) -> None:
    for wanted in (
        browse.PromiseFilter(),
        browse.PromiseFilter(side=Side.OURS),
        browse.PromiseFilter(status=PromiseStatus.OPEN, overdue_only=True, today=TODAY),
    ):
        paged = every_page(
            lambda after, n, w=wanted: browse.promises_page(demo_journal, w, after=after, limit=n),
            browse.promise_cursor,
            5,
        )
        expected = promises.list_promises(
            demo_journal,
            side=wanted.side,
            status=wanted.status,
            overdue_only=wanted.overdue_only,
            today=TODAY,
        )
        assert [p.id for p in paged] == [p.id for p in expected]
        assert browse.count_promises(demo_journal, wanted) == len(paged)


def test_contact_pages_and_filter(demo_journal: Any) -> None:
    paged = every_page(
        lambda after, n: browse.contacts_page(demo_journal, after=after, limit=n),
        browse.contact_cursor,
        4,
    )
    assert sorted(c.id for c in paged) == sorted(c.id for c in people.list_contacts(demo_journal))
    assert len({c.id for c in paged}) == len(paged)
    highways = browse.contacts_page(demo_journal, text="highways")
    assert highways and all("highways" in (c.role + c.organisation.name).lower() for c in highways)
    assert browse.contacts_page(demo_journal, text="100%_\\") == []


def dump(journal: Any) -> dict[str, list[tuple[Any, ...]]]:
    with journal.reading() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("organisation", "Millbrook College"),
        ("organisation", "Highways and Streetscene"),
        ("contact", "Priya Shah"),
        ("contact", "Gareth Lloyd"),
    ],
)
def test_restoring_a_deletion_puts_every_row_back(demo_journal: Any, kind: str, name: str) -> None:
    before = dump(demo_journal)
    if kind == "organisation":
        record_id = organisations.find_organisation(demo_journal, name).id
        delete = organisations.delete_organisation
    else:
        record_id = people.find_contact(demo_journal, name).id
        delete = people.delete_contact
    snapshot = undo.snapshot_deletion(demo_journal, kind, record_id)
    delete(demo_journal, record_id)
    assert dump(demo_journal) != before
    undo.restore(demo_journal, snapshot)
    assert dump(demo_journal) == before
    with pytest.raises(ValidationError, match="already back"):
        undo.restore(demo_journal, snapshot)


def test_a_restored_meeting_is_found_by_search_again(demo_journal: Any) -> None:
    meeting = meetings.list_meetings(demo_journal)[5]
    detail = meetings.meeting_detail(demo_journal, meeting.id)
    word = next(w for w in detail.title.split() if len(w) > 4)
    snapshot = undo.snapshot_deletion(demo_journal, "meeting", meeting.id, with_promises=True)
    before = dump(demo_journal)
    meetings.delete_meeting(demo_journal, meeting.id, with_promises=True)
    assert meeting.id not in {h.id for h in search(demo_journal, word) if h.kind == "meeting"}
    undo.restore(demo_journal, snapshot)
    assert dump(demo_journal) == before
    assert meeting.id in {h.id for h in search(demo_journal, word) if h.kind == "meeting"}


def test_contact_filter_folds_case_as_the_database_does(journal: Journal) -> None:
    """Typed in any case, in any script the database folds, a name is found."""
    from bigjournal.journal.organisations import add_organisation
    from bigjournal.journal.people import add_contact

    add_organisation(journal, name="Highways", kind="council_department")
    add_contact(journal, name="Øyvind Hansen", organisation="Highways")
    add_contact(journal, name="Priya Shah", organisation="Highways", role="Senior Officer")
    assert [c.name for c in browse.contacts_page(journal, text="PRIYA")] == ["Priya Shah"]
    assert [c.name for c in browse.contacts_page(journal, text="senior")] == ["Priya Shah"]
    assert [c.name for c in browse.contacts_page(journal, text="Øyv")] == ["Øyvind Hansen"]
    assert [c.name for c in browse.contacts_page(journal, text="100%")] == []
