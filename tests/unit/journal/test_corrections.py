"""Issue 14's use-case pieces behind the command line's add/edit/delete: promises entered
already settled, promises corrected (whose, by whom, to whom, when), meetings and promises
found by number or words, and members deleted (and brought back by undo)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bigjournal.errors import AmbiguousNameError, NotFoundError, ValidationError
from bigjournal.journal import undo
from bigjournal.journal.lookup import find_meeting, find_promise
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.people import (
    add_contact,
    add_member,
    delete_member,
    list_members,
    member_deletion_impact,
)
from bigjournal.journal.promises import (
    PromiseDraft,
    add_promise,
    list_promises,
    promise,
    update_promise,
)
from bigjournal.model.vocabulary import PromiseStatus
from bigjournal.store import Journal
from tests.conftest import TODAY

MADE = TODAY - timedelta(days=30)


@pytest.fixture
def partnership(journal: Journal) -> dict[str, int]:
    council = add_organisation(
        journal,
        name="Ashford Vale Borough Council",
        kind="local_authority",
        holders=[],
    ).id
    aisha = add_member(journal, name="Aisha Rahman", role="chair").id
    tom = add_member(journal, name="Tom Kowalski", role="worker").id
    gareth = add_contact(journal, name="Gareth Lloyd", organisation=council).id
    priya = add_contact(journal, name="Priya Shah", organisation=council).id
    return {"council": council, "aisha": aisha, "tom": tom, "gareth": gareth, "priya": priya}


def test_a_promise_written_down_after_the_fact_is_entered_settled(
    journal: Journal, partnership: dict[str, int]
) -> None:
    late = add_promise(
        journal,
        PromiseDraft(
            "Send the lighting survey",
            "theirs",
            made_by="Gareth Lloyd",
            made_to="Aisha Rahman",
            due_on=MADE + timedelta(days=7),
            status="kept",
            status_on=MADE + timedelta(days=12),
            status_note="Arrived after a reminder",
        ),
        made_on=MADE,
    )
    row = promise(journal, late.id)
    assert (row.status, row.status_on, row.status_note) == (
        PromiseStatus.KEPT,
        MADE + timedelta(days=12),
        "Arrived after a reminder",
    )
    assert row.made_to is not None and row.made_to.name == "Aisha Rahman"
    record = organisation_detail(journal, partnership["council"], today=TODAY).track_records
    assert (record.theirs.kept_late, record.theirs.kept_on_time) == (1, 0)
    with pytest.raises(ValidationError) as undated:
        add_promise(
            journal,
            PromiseDraft("Fix the lamps", "theirs", made_by="Gareth", status="broken"),
            made_on=MADE,
        )
    assert undated.value.field == "status_on"
    with pytest.raises(ValidationError) as early:
        add_promise(
            journal,
            PromiseDraft(
                "Fix the lamps",
                "theirs",
                made_by="Gareth",
                status="released",
                status_on=MADE - timedelta(days=1),
            ),
            made_on=MADE,
        )
    assert "before it was made" in str(early.value)
    assert len(list_promises(journal, today=TODAY)) == 1  # nothing half-saved


def test_a_promise_is_corrected_whose_by_whom_to_whom_and_when(
    journal: Journal, partnership: dict[str, int]
) -> None:
    added = add_promise(
        journal,
        PromiseDraft("Book the hall", "theirs", made_by="Gareth Lloyd", due_on=TODAY),
        made_on=MADE,
    )
    # Made by Priya, not Gareth: the holder follows the maker.
    row = update_promise(journal, added.id, {"made_by": "Priya Shah", "made_to": "Tom"})
    assert (row.made_by.name, row.holder.name, row.made_to.name) == (  # type: ignore[union-attr]
        "Priya Shah",
        "Priya Shah",
        "Tom Kowalski",
    )
    # It was ours all along: contacts and members swap sides.
    row = update_promise(
        journal,
        added.id,
        {"side": "ours", "made_by": "Aisha Rahman", "made_to": "Gareth Lloyd"},
    )
    assert row.side.value == "ours"
    assert (row.made_by.name, row.holder.name, row.made_to.name) == (  # type: ignore[union-attr]
        "Aisha Rahman",
        "Aisha Rahman",
        "Gareth Lloyd",
    )
    # Someone else took it over: correcting the maker leaves the holder alone.
    update_promise(journal, added.id, {"holder": "Tom Kowalski"})
    row = update_promise(journal, added.id, {"made_by": ""})
    assert row.made_by is None and row.holder.name == "Tom Kowalski"  # type: ignore[union-attr]
    row = update_promise(journal, added.id, {"made_on": MADE - timedelta(days=3)})
    assert row.made_on == MADE - timedelta(days=3)
    with pytest.raises(ValidationError) as after_due:
        update_promise(journal, added.id, {"made_on": TODAY + timedelta(days=1)})
    assert after_due.value.field == "made_on"
    with pytest.raises(NotFoundError, match="no partnership member called “Priya Shah”"):
        # our promises are made by members; Priya is a contact
        update_promise(journal, added.id, {"made_by": "Priya Shah"})


def test_a_promise_made_at_a_meeting_keeps_the_meetings_date(
    journal: Journal, partnership: dict[str, int]
) -> None:
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MADE,
            organisations=["Ashford Vale"],
            promises=[PromiseDraft("Send minutes", "ours", made_by="Tom")],
        ),
        today=TODAY,
    )
    (made,) = list_promises(journal, today=TODAY)
    with pytest.raises(ValidationError, match="the meeting's date instead"):
        update_promise(journal, made.id, {"made_on": MADE + timedelta(days=1)})


def test_meetings_and_promises_are_found_by_number_or_words_never_guessed(
    journal: Journal, partnership: dict[str, int]
) -> None:
    first = log_meeting(
        journal,
        MeetingDraft(occurred_on=MADE, title="Lighting walkabout", organisations=["Ashford"]),
        today=TODAY,
    )
    second = log_meeting(
        journal,
        MeetingDraft(occurred_on=TODAY, title="Lighting follow-up", organisations=["Ashford"]),
        today=TODAY,
    )
    assert find_meeting(journal, "lighting WALKABOUT").id == first.id
    assert find_meeting(journal, f"#{second.id}").id == second.id
    assert find_meeting(journal, str(first.id)).id == first.id
    with pytest.raises(AmbiguousNameError) as several:
        find_meeting(journal, "Lighting")
    message = str(several.value)
    assert f"#{first.id}" in message and f"#{second.id}" in message
    with pytest.raises(NotFoundError):
        find_meeting(journal, "999")
    kept = add_promise(journal, PromiseDraft("Fix the lamps", "theirs", "Gareth"), made_on=MADE)
    add_promise(journal, PromiseDraft("Fix the bench", "theirs", "Gareth"), made_on=MADE)
    assert find_promise(journal, "lamps").id == kept.id
    with pytest.raises(AmbiguousNameError, match="Please give its number"):
        find_promise(journal, "Fix the")


def test_a_member_entered_by_mistake_is_deleted_and_undo_brings_them_back(
    journal: Journal, partnership: dict[str, int]
) -> None:
    from bigjournal.journal.organisations import update_organisation

    update_organisation(journal, partnership["council"], {"holders": ["Tom Kowalski"]})
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=MADE,
            organisations=["Ashford"],
            members=["Tom Kowalski"],
            promises=[PromiseDraft("Send minutes", "ours", made_by="Tom")],
        ),
        today=TODAY,
    )
    add_promise(journal, PromiseDraft("Chase the survey", "theirs", "Gareth", made_to="Tom"))
    impact = member_deletion_impact(journal, partnership["tom"])
    assert (impact.promises, impact.meetings, impact.relationships) == (1, 1, 1)
    assert "1 meeting they attended stays" in impact.describe()
    snapshot = undo.snapshot_deletion(journal, "member", partnership["tom"])
    delete_member(journal, partnership["tom"])
    assert [m.name for m in list_members(journal)] == ["Aisha Rahman"]
    assert [p.description for p in list_promises(journal, today=TODAY)] == ["Chase the survey"]
    undo.restore(journal, snapshot)
    assert [m.name for m in list_members(journal)] == ["Aisha Rahman", "Tom Kowalski"]
    descriptions = {p.description: p for p in list_promises(journal, today=TODAY)}
    assert set(descriptions) == {"Chase the survey", "Send minutes"}
    assert descriptions["Chase the survey"].made_to.name == "Tom Kowalski"  # type: ignore[union-attr]
    detail = organisation_detail(journal, partnership["council"], today=TODAY)
    assert [h.name for h in detail.holders] == ["Tom Kowalski"]
