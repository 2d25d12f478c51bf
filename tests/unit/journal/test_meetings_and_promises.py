"""Logging meetings with promises, and what becomes of promises: the track record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bigjournal.errors import JournalError, ValidationError
from bigjournal.journal.meetings import (
    MeetingDraft,
    delete_meeting,
    list_meetings,
    log_meeting,
    meeting_detail,
    update_meeting,
)
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.people import add_contact, add_member, contact_detail, update_contact
from bigjournal.journal.promises import (
    NOBODY,
    PromiseDraft,
    add_promise,
    list_promises,
    set_promise_status,
    update_promise,
)
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal

from ...conftest import TODAY


@pytest.fixture
def people(journal: Journal) -> Journal:
    add_organisation(journal, name="Borough Council", kind="local_authority")
    add_organisation(journal, name="Highways", kind="council_department", parent="Borough Council")
    add_organisation(journal, name="Millbrook College", kind="school_or_college")
    add_contact(journal, name="Priya Shah", organisation="Highways")
    add_contact(journal, name="Gareth Lloyd", organisation="Borough Council")
    add_contact(journal, name="Natalya Ivanova", organisation="Millbrook College")
    add_member(journal, name="Tom Kowalski", role="worker")
    add_member(journal, name="Zoë Fletcher", role="resident_member")
    return journal


def meeting(**overrides: object) -> MeetingDraft:
    values: dict[str, object] = {
        "occurred_on": TODAY - timedelta(days=10),
        "title": "Street lighting",
        "organisations": ["Borough Council"],
        "contacts": ["Priya Shah"],
        "members": ["Tom Kowalski"],
        "notes": "Walked Canal Walk at dusk; three lamps out.",
        "promises": [
            PromiseDraft(
                "Fix the lamps on Canal Walk", "theirs", "Priya Shah", TODAY + timedelta(days=5)
            ),
            PromiseDraft(
                "Send photos of the dark spots", "ours", "Tom Kowalski", TODAY - timedelta(days=3)
            ),
        ],
    }
    values.update(overrides)
    return MeetingDraft(**values)  # type: ignore[arg-type]


def test_a_meeting_is_logged_with_attendees_and_promises_both_ways(people: Journal) -> None:
    added = log_meeting(people, meeting(), today=TODAY)
    detail = meeting_detail(people, added.id)
    assert detail.title == "Street lighting"
    assert [o.name for o in detail.organisations] == ["Borough Council", "Highways"]
    assert [c.name for c in detail.contacts] == ["Priya Shah"]
    assert [m.name for m in detail.members] == ["Tom Kowalski"]
    theirs, ours = detail.promises
    assert (theirs.side, theirs.made_by.name, theirs.organisation.name) == (
        Side.THEIRS,
        "Priya Shah",
        "Highways",
    )  # type: ignore[union-attr]
    assert (ours.side, ours.holder.name, ours.organisation.name) == (
        Side.OURS,
        "Tom Kowalski",
        "Borough Council",
    )  # type: ignore[union-attr]
    assert theirs.made_on == ours.made_on == TODAY - timedelta(days=10)
    assert theirs.interaction_id == added.id


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"occurred_on": None}, "date of the meeting"),
        ({"occurred_on": "last Tuesday"}, "year-month-day"),
        ({"organisations": [], "contacts": []}, "organisation"),
        ({"organisations": ["Nowhere"]}, "no organisation called"),
        (
            {
                "promises": [
                    PromiseDraft("Fix it", "theirs", "Priya Shah", TODAY - timedelta(days=30))
                ]
            },
            "Promise 1: The due date",
        ),
        ({"promises": [PromiseDraft("", "ours", "Tom Kowalski", TODAY)]}, "what was promised"),
        (
            {"promises": [PromiseDraft("Report", "ours", "Nobody Known", TODAY)]},
            "no partnership member",
        ),
        (
            {
                "organisations": ["Borough Council", "Millbrook College"],
                "contacts": [],
                "promises": [PromiseDraft("Write up", "ours", None, None)],
            },
            "which organisation",
        ),
        ({"occurred_on": TODAY + timedelta(days=3)}, "planned for the future"),
    ],
)
def test_bad_meetings_are_explained_and_nothing_half_written(
    people: Journal, overrides: dict[str, object], message: str
) -> None:
    with pytest.raises(JournalError, match=message):
        log_meeting(people, meeting(**overrides), today=TODAY)
    assert list_meetings(people) == []
    assert list_promises(people, today=TODAY) == []


def test_empty_promise_rows_from_the_form_are_ignored(people: Journal) -> None:
    added = log_meeting(people, meeting(promises=[PromiseDraft("", "theirs")]), today=TODAY)
    assert meeting_detail(people, added.id).promises == ()


def test_a_future_meeting_is_planned_and_does_not_count_as_contact(people: Journal) -> None:
    log_meeting(people, meeting(occurred_on=TODAY + timedelta(days=2), promises=[]), today=TODAY)
    (row,) = list_meetings(people)
    assert row.is_planned
    assert organisation_detail(people, 1, today=TODAY).last_contact_on is None


def test_promise_made_by_someone_who_had_left_is_refused(people: Journal) -> None:
    update_contact(people, 1, {})
    from bigjournal.journal.lookup import find
    from bigjournal.model import Contact

    with people.transaction() as session:
        find(session, Contact, "Priya Shah").left_on = TODAY - timedelta(days=20)
    with pytest.raises(ValidationError, match="Priya Shah left on"):
        log_meeting(people, meeting(), today=TODAY)


def test_promise_status_changes_carry_a_date_and_a_note(people: Journal) -> None:
    log_meeting(people, meeting(), today=TODAY)
    theirs = list_promises(people, side="theirs", today=TODAY)[0]
    kept = set_promise_status(people, theirs.id, "kept", on=TODAY, note="All three lamps fixed")
    assert (kept.status, kept.status_on, kept.status_note) == (
        PromiseStatus.KEPT,
        TODAY,
        "All three lamps fixed",
    )
    with pytest.raises(ValidationError, match="before it was made"):
        set_promise_status(people, theirs.id, "broken", on=TODAY - timedelta(days=100))
    reopened = set_promise_status(people, theirs.id, "open")
    assert reopened.status is PromiseStatus.OPEN and reopened.status_on is None


def test_promise_register_filters(people: Journal) -> None:
    log_meeting(people, meeting(), today=TODAY)
    add_promise(
        people,
        PromiseDraft("Room for the café", "theirs", "Natalya Ivanova", TODAY + timedelta(days=30)),
        made_on=TODAY,
    )
    assert [p.description for p in list_promises(people, overdue_only=True, today=TODAY)] == [
        "Send photos of the dark spots"
    ]
    assert len(list_promises(people, side="theirs", today=TODAY)) == 2
    assert [
        p.description for p in list_promises(people, organisation="Millbrook College", today=TODAY)
    ] == ["Room for the café"]
    assert list_promises(people, status="kept", today=TODAY) == []


def test_track_record_counts_kept_late_broken_and_overdue_for_each_side(people: Journal) -> None:
    def promise(side: str, who: str, due_days_ago: int) -> int:
        return add_promise(
            people,
            PromiseDraft(
                f"{side} {due_days_ago}",
                side,
                who,
                TODAY - timedelta(days=due_days_ago),
                organisation="Borough Council",
            ),
            made_on=TODAY - timedelta(days=90),
        ).id

    on_time = promise("theirs", "Gareth Lloyd", 30)
    late = promise("theirs", "Gareth Lloyd", 40)
    broken = promise("theirs", "Gareth Lloyd", 50)
    promise("theirs", "Gareth Lloyd", 5)  # open, overdue
    released = promise("theirs", "Gareth Lloyd", 60)
    ours = promise("ours", "Tom Kowalski", 20)
    promise("ours", "Tom Kowalski", -10)  # open, not yet due
    set_promise_status(people, on_time, "kept", on=TODAY - timedelta(days=31))
    set_promise_status(people, late, "kept", on=TODAY - timedelta(days=10))
    set_promise_status(people, broken, "broken", on=TODAY - timedelta(days=1))
    set_promise_status(people, released, "released", on=TODAY - timedelta(days=61))
    set_promise_status(people, ours, "kept", on=TODAY - timedelta(days=20))

    records = organisation_detail(people, 1, today=TODAY).track_records
    theirs = records.theirs
    assert (
        theirs.kept_on_time,
        theirs.kept_late,
        theirs.broken,
        theirs.overdue,
        theirs.released,
    ) == (1, 1, 1, 1, 1)
    assert theirs.describe() == "kept 2 of 4, 1 late, 1 broken, 1 overdue"
    assert records.ours.describe() == "kept 1 of 1"
    assert records.ours.open_not_due == 1
    assert contact_detail(people, 2, today=TODAY).track_record.due == 4


def test_moving_a_promise_to_someone_who_left_is_refused(people: Journal) -> None:
    log_meeting(people, meeting(), today=TODAY)
    theirs = list_promises(people, side="theirs", today=TODAY)[0]
    moved = update_promise(people, theirs.id, {"holder": "Gareth Lloyd"})
    assert moved.holder.name == "Gareth Lloyd"  # type: ignore[union-attr]
    assert moved.made_by.name == "Priya Shah"  # type: ignore[union-attr]
    owed = update_promise(people, theirs.id, {"holder": None})
    assert owed.holder is None and owed.holder_name == "Highways"


def test_editing_a_meeting_date_keeps_promises_consistent(people: Journal) -> None:
    added = log_meeting(people, meeting(), today=TODAY)
    with pytest.raises(ValidationError, match="fall due before"):
        update_meeting(people, added.id, {"occurred_on": TODAY})
    update_meeting(people, added.id, {"occurred_on": TODAY - timedelta(days=12), "notes": "Edited"})
    detail = meeting_detail(people, added.id)
    assert detail.notes == "Edited"
    assert {p.made_on for p in detail.promises} == {TODAY - timedelta(days=12)}


def test_deleting_a_meeting_keeps_its_promises_unless_asked(people: Journal) -> None:
    first = log_meeting(people, meeting(), today=TODAY)
    assert delete_meeting(people, first.id) == 2
    assert {p.interaction_id for p in list_promises(people, today=TODAY)} == {None}
    second = log_meeting(people, meeting(), today=TODAY)
    delete_meeting(people, second.id, with_promises=True)
    assert len(list_promises(people, today=TODAY)) == 2


def test_meetings_list_newest_first(people: Journal) -> None:
    for days in (30, 10, 20):
        log_meeting(
            people,
            meeting(occurred_on=date(2026, 1, 1) + timedelta(days=days), promises=[]),
            today=TODAY,
        )
    assert [m.occurred_on.day for m in list_meetings(people)] == [31, 21, 11]
    assert len(list_meetings(people, limit=2)) == 2


def test_every_field_of_a_meeting_can_be_corrected(people: Journal) -> None:
    added = log_meeting(people, meeting(promises=[]), today=TODAY)
    update_meeting(
        people,
        added.id,
        {
            "occurred_on": TODAY - timedelta(days=3),
            "starts_at": "14:30",
            "kind": "call",
            "title": "Lamps again",
            "location": "Canal Walk",
            "decisions": "Report every lamp online",
            "is_planned": False,
            "organisations": ["Millbrook College"],
            "contacts": ["Gareth Lloyd"],
            "members": ["Zoë Fletcher", "Tom Kowalski"],
        },
    )
    detail = meeting_detail(people, added.id)
    assert detail.occurred_on == TODAY - timedelta(days=3)
    assert f"{detail.starts_at:%H:%M}" == "14:30"
    assert detail.kind.value == "call" and detail.title == "Lamps again"
    assert detail.location == "Canal Walk" and detail.decisions == "Report every lamp online"
    # Gareth's organisation comes along with him, as when a meeting is logged.
    assert {o.name for o in detail.organisations} == {"Millbrook College", "Borough Council"}
    assert [c.name for c in detail.contacts] == ["Gareth Lloyd"]
    assert {m.name for m in detail.members} == {"Zoë Fletcher", "Tom Kowalski"}
    update_meeting(people, added.id, {"starts_at": None, "title": ""})
    detail = meeting_detail(people, added.id)
    assert detail.starts_at is None
    assert detail.title == f"Call with {detail.organisations[0].name}"  # not left blank


def test_meeting_corrections_that_make_no_sense_are_explained(people: Journal) -> None:
    added = log_meeting(people, meeting(), today=TODAY)
    with pytest.raises(ValidationError, match="cannot be marked as planned"):
        update_meeting(people, added.id, {"is_planned": True})
    with pytest.raises(ValidationError, match="not a time of day"):
        update_meeting(people, added.id, {"starts_at": "teatime"})
    with pytest.raises(ValidationError, match="at least one organisation"):
        update_meeting(people, added.id, {"organisations": []})
    theirs = next(p for p in list_promises(people, today=TODAY) if p.side is Side.THEIRS)
    set_promise_status(people, theirs.id, "kept", on=TODAY - timedelta(days=9))
    with pytest.raises(ValidationError, match="settled"):
        update_meeting(people, added.id, {"occurred_on": TODAY - timedelta(days=8)})
    assert meeting_detail(people, added.id).occurred_on == TODAY - timedelta(days=10)


def test_a_promise_written_down_after_it_was_kept_late(people: Journal) -> None:
    made, due, kept_on = (
        TODAY - timedelta(days=40),
        TODAY - timedelta(days=30),
        TODAY - timedelta(days=2),
    )
    added = add_promise(
        people,
        PromiseDraft(
            "Clear the brambles on the towpath",
            "theirs",
            made_by="Gareth Lloyd",
            due_on=due,
            made_to="Zoë Fletcher",
            holder=NOBODY,
            status="kept",
            status_on=kept_on,
            status_note="Done by the ranger team",
        ),
        made_on=made,
        today=TODAY,
    )
    row = next(p for p in list_promises(people, today=TODAY) if p.id == added.id)
    assert (row.status, row.status_on, row.status_note) == (
        PromiseStatus.KEPT,
        kept_on,
        "Done by the ranger team",
    )
    assert row.made_by.name == "Gareth Lloyd" and row.made_to.name == "Zoë Fletcher"  # type: ignore[union-attr]
    assert row.holder is None and row.holder_name == "Borough Council"
    assert row.status_on > row.due_on  # type: ignore[operator]  # kept, late


@pytest.mark.parametrize(
    ("draft", "made_on", "message"),
    [
        (
            PromiseDraft("Lamps", "theirs", "Priya Shah", status="broken"),
            None,
            "date the promise was broken",
        ),
        (
            PromiseDraft(
                "Lamps", "theirs", "Priya Shah", status="kept", status_on=TODAY + timedelta(days=1)
            ),
            None,
            "still to come",
        ),
        (
            PromiseDraft(
                "Lamps",
                "theirs",
                "Priya Shah",
                status="released",
                status_on=TODAY - timedelta(days=9),
            ),
            TODAY - timedelta(days=5),
            "before it was made",
        ),
        (PromiseDraft("Lamps", "theirs", "Priya Shah"), TODAY + timedelta(days=2), "still to come"),
    ],
)
def test_a_promise_entered_with_impossible_dates_is_explained(
    people: Journal, draft: PromiseDraft, made_on: date | None, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        add_promise(people, draft, made_on=made_on, today=TODAY)
    assert list_promises(people, today=TODAY) == []


def test_every_part_of_a_promise_can_be_corrected(people: Journal) -> None:
    added = add_promise(
        people,
        PromiseDraft("Fix the lamps", "theirs", "Priya Shah", TODAY + timedelta(days=5)),
        made_on=TODAY - timedelta(days=3),
        today=TODAY,
    )
    row = update_promise(
        people,
        added.id,
        {
            "description": "Fix the lamps on Canal Walk",
            "made_on": TODAY - timedelta(days=6),
            "due_on": TODAY - timedelta(days=1),
            "made_by": "Gareth Lloyd",
            "made_to": "Tom Kowalski",
            "holder": "Gareth Lloyd",
            "organisation": "Borough Council",
            "status": "kept",
            "status_on": TODAY,
            "status_note": "Lamps back on",
        },
    )
    assert row.description == "Fix the lamps on Canal Walk"
    assert (row.made_on, row.due_on) == (TODAY - timedelta(days=6), TODAY - timedelta(days=1))
    assert [r.name for r in (row.made_by, row.made_to, row.holder)] == [  # type: ignore[union-attr]
        "Gareth Lloyd",
        "Tom Kowalski",
        "Gareth Lloyd",
    ]
    assert (row.status, row.status_on, row.status_note) == (
        PromiseStatus.KEPT,
        TODAY,
        "Lamps back on",
    )
    # It was ours all along: the people are named again from the other side.
    ours = update_promise(people, added.id, {"side": "ours", "made_by": "Zoë Fletcher"})
    assert ours.side is Side.OURS and ours.made_by.name == "Zoë Fletcher"  # type: ignore[union-attr]
    # Gareth held what he made; the corrected maker holds it now.
    assert ours.made_to is None and ours.holder is not None and ours.holder.name == "Zoë Fletcher"
    reopened = update_promise(people, added.id, {"status": "open"})
    assert reopened.status is PromiseStatus.OPEN and reopened.status_on is None


def test_promise_corrections_are_checked_once_every_change_is_in(people: Journal) -> None:
    log_meeting(people, meeting(), today=TODAY)
    theirs = list_promises(people, side="theirs", today=TODAY)[0]
    # Both dates move back together: fine, although the due date alone would be early.
    added = add_promise(
        people, PromiseDraft("Room for the café", "theirs", "Natalya Ivanova"), made_on=TODAY
    )
    moved = update_promise(
        people,
        added.id,
        {"made_on": TODAY - timedelta(days=9), "due_on": TODAY - timedelta(days=8)},
    )
    assert moved.due_on == TODAY - timedelta(days=8)
    with pytest.raises(ValidationError, match="before the promise was made"):
        update_promise(people, added.id, {"due_on": TODAY - timedelta(days=20)})
    with pytest.raises(ValidationError, match="dates from the meeting"):
        update_promise(people, theirs.id, {"made_on": TODAY - timedelta(days=30)})
    with pytest.raises(ValidationError, match="date the promise was kept"):
        update_promise(people, added.id, {"status": "kept"})
    with pytest.raises(JournalError, match="no partnership member called"):
        update_promise(people, added.id, {"side": "ours", "made_by": "Priya Shah"})
    unchanged = next(p for p in list_promises(people, today=TODAY) if p.id == added.id)
    assert unchanged.side is Side.THEIRS and unchanged.made_by.name == "Natalya Ivanova"  # type: ignore[union-attr]
