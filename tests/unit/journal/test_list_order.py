"""Lists in the order chosen, paged by the database, and names in the language's order
(issue 15): Łucja with the Ls, Øystein with the Os, Émile with the Es, titles ignored.

Run against PostgreSQL too (``BIGJOURNAL_TEST_DATABASE=postgresql``): the same order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from bigjournal.journal.browse import (
    CONTACT_SORTS,
    MEETING_SORTS,
    PROMISE_SORTS,
    PromiseFilter,
    contact_cursor,
    contacts_page,
    count_meetings_matching,
    meeting_cursor,
    meetings_page,
    promise_cursor,
    promises_page,
)
from bigjournal.journal.list_order import ListOrder
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact
from bigjournal.journal.promises import PromiseDraft, add_promise
from bigjournal.model import Contact
from bigjournal.model.collation import organisation_sort_key, sort_key
from bigjournal.store import Journal

TODAY = date(2026, 6, 15)

# The order a reader expects, not the order of the code points.
NAMES_IN_ORDER = [
    "Cllr Ahmed Khan",
    "Ms Ann Lee",
    "Émile Fort",
    "Eve Grant",
    "Dr Fiona Marsh",
    "Lucas Brown",
    "Łucja Nowak",
    "Revd Mark Ellis",
    "Mrs Olive Pratt",
    "Oliver Dale",
    "Øystein Berg",
    "Councillor Zara Iqbal",
    "Zoë Adams",
]


def test_names_sort_by_the_language_not_by_code_point() -> None:
    shuffled = sorted(NAMES_IN_ORDER, reverse=True)
    assert sorted(shuffled, key=sort_key) == NAMES_IN_ORDER
    assert sorted(NAMES_IN_ORDER) != NAMES_IN_ORDER  # code points would put Ł after Z
    # Accents only break ties (names equal but for case are ordered by id in the lists).
    assert sorted(["Łucja", "Lucja"], key=sort_key) == ["Lucja", "Łucja"]
    assert sort_key("Lucja") == sort_key("lucja") == "lucja"  # one part, no accents
    assert sort_key("Ł" * 300) < sort_key("M")  # cut short, still with the Ls
    assert sort_key("Cllr. Dr Ahmed Khan") < sort_key("Ann Lee")
    assert sort_key("Ward 9 forum") < sort_key("Ward 10 forum")
    assert sort_key("Cllr") == sort_key("Cllr")  # a title alone stays a name
    # An organisation's name keeps its first word: "Dr Foster Surgery" is under D.
    assert organisation_sort_key("Dr Foster Surgery") < organisation_sort_key("Elm Surgery")


@pytest.fixture
def lists(journal: Journal) -> Journal:
    councils = [
        add_organisation(journal, name=name, kind="local_authority")
        for name in ("Zwickau Partners", "Łódź Twinning", "Ashford Vale Council", "Östra Trust")
    ]
    for number, name in enumerate(NAMES_IN_ORDER[::-1]):
        added = add_contact(
            journal,
            name=name,
            organisation=councils[number % len(councils)].id,
            role=("housing officer", "Ward councillor", "clerk", "Planning lead")[number % 4],
        )
        if number % 3 == 0:  # some have left (the register of leavers is not the point)
            with journal.transaction() as session:
                session.get(Contact, added.id).left_on = TODAY - timedelta(days=number)
    kinds = ("meeting", "call", "email", "walkabout")
    for number in range(11):
        log_meeting(
            journal,
            MeetingDraft(
                occurred_on=date(2026, 1, 1) + timedelta(days=(number * 7) % 30),
                kind=kinds[number % 4],
                title=("Ward walk", "budget", "Élan forum", "Łąki clean-up", "ward 10 walk")[
                    number % 5
                ]
                + f" {number}",
                organisations=[councils[number % len(councils)].id],
            ),
            today=TODAY,
        )
    for number in range(13):
        add_promise(
            journal,
            PromiseDraft(
                description=("fix the lamp", "Send minutes", "éclair sale", "book the hall")[
                    number % 4
                ],
                side=("theirs", "ours")[number % 2],
                due_on=None if number % 5 == 0 else TODAY + timedelta(days=number % 4),
                organisation=councils[number % len(councils)].id,
            ),
            made_on=TODAY - timedelta(days=30),
        )
    return journal


def read_all(page: Callable[..., list[Any]], cursor: Callable[[Any], Any], size: int) -> list[Any]:
    """Every row, ``size`` at a time, each page starting after the last row's cursor."""
    rows: list[Any] = []
    while True:
        found = page(after=cursor(rows[-1]) if rows else None, limit=size)
        rows.extend(found)
        if len(found) < size:
            return rows


def expected(rows: list[Any], value: Callable[[Any], Any], descending: bool) -> list[int]:
    """The ids in the order promised: values (folded) then ties by id, blanks last."""
    present = [r for r in rows if value(r) is not None]
    blank = [r for r in rows if value(r) is None]
    present.sort(key=lambda r: (value(r), r.id), reverse=descending)
    blank.sort(key=lambda r: r.id, reverse=descending)
    return [r.id for r in present + blank]


def folded(sorts: dict[str, Any], name: str) -> Callable[[Any], Any]:
    column = sorts[name]
    if column.fold:
        return lambda row: column.value(row).lower()  # ASCII here: as the database folds
    return column.value


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("name", list(CONTACT_SORTS))
def test_contacts_page_through_every_order(lists: Journal, name: str, descending: bool) -> None:
    order = ListOrder(name, descending)
    rows = read_all(
        lambda **kw: contacts_page(lists, order=order, **kw),
        lambda row: contact_cursor(row, order),
        size=2,
    )
    assert len(rows) == len(NAMES_IN_ORDER) and len({r.id for r in rows}) == len(rows)
    assert [r.id for r in rows] == expected(rows, folded(CONTACT_SORTS, name), descending)


def test_contacts_by_name_are_in_the_languages_order(lists: Journal) -> None:
    rows = read_all(lambda **kw: contacts_page(lists, **kw), contact_cursor, size=3)
    assert [r.name for r in rows] == NAMES_IN_ORDER
    backwards = ListOrder("name", descending=True)
    rows = read_all(
        lambda **kw: contacts_page(lists, order=backwards, **kw),
        lambda row: contact_cursor(row, backwards),
        size=4,
    )
    assert [r.name for r in rows] == NAMES_IN_ORDER[::-1]
    narrowed = contacts_page(lists, text="twinning")
    assert [r.organisation.name for r in narrowed] == ["Łódź Twinning"] * len(narrowed)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("name", list(MEETING_SORTS))
def test_meetings_page_through_every_order(lists: Journal, name: str, descending: bool) -> None:
    order = ListOrder(name, descending)
    rows = read_all(
        lambda **kw: meetings_page(lists, order=order, **kw),
        lambda row: meeting_cursor(row, order),
        size=3,
    )
    assert len(rows) == 11 and len({r.id for r in rows}) == 11
    assert [r.id for r in rows] == expected(rows, MEETING_SORTS[name].value, descending)


def test_meetings_by_title_follow_the_language(lists: Journal) -> None:
    order = ListOrder("title")
    titles = [r.title for r in meetings_page(lists, order=order, limit=50)]
    firsts = [title.rsplit(" ", 1)[0] for title in titles]
    assert firsts == sorted(firsts, key=organisation_sort_key)
    assert firsts.index("Łąki clean-up") < firsts.index("Ward walk")  # Ł with the Ls


def test_the_meeting_list_narrows_to_typed_text(lists: Journal) -> None:
    narrowed = read_all(
        lambda **kw: meetings_page(lists, text="WARD", **kw),
        lambda row: meeting_cursor(row),
        size=2,
    )
    assert narrowed and all("ward" in r.title.lower() for r in narrowed)
    assert len(narrowed) == count_meetings_matching(lists, "WARD")
    dates = [(r.occurred_on, r.id) for r in narrowed]
    assert dates == sorted(dates, reverse=True)  # still newest first
    by_name = meetings_page(lists, text="twinning", limit=50)
    assert by_name and all(o.name == "Łódź Twinning" for r in by_name for o in r.organisations)
    assert meetings_page(lists, text="100% nothing_like") == []
    titled = meetings_page(lists, text="walk", order=ListOrder("title"), limit=50)
    assert [r.title for r in titled] == sorted((r.title for r in titled), key=organisation_sort_key)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("name", list(PROMISE_SORTS))
def test_promises_page_through_every_order(lists: Journal, name: str, descending: bool) -> None:
    order = ListOrder(name, descending)
    wanted = PromiseFilter(today=TODAY)
    rows = read_all(
        lambda **kw: promises_page(lists, wanted, order=order, **kw),
        lambda row: promise_cursor(row, order),
        size=3,
    )
    assert len(rows) == 13 and len({r.id for r in rows}) == 13
    assert [r.id for r in rows] == expected(rows, folded(PROMISE_SORTS, name), descending)
