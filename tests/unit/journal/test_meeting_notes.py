"""Reading what the note of a meeting needs: the meeting, its people in full, the partnership."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.meeting_notes import read_meeting_note
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member, update_member
from bigjournal.journal.promises import PromiseDraft
from bigjournal.model.vocabulary import MemberRole, Side
from bigjournal.store import Journal
from tests.conftest import TODAY


def test_the_note_reads_each_person_in_full_and_the_promises_by_side(journal: Journal) -> None:
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Millbrook Big Local"})
    add_organisation(journal, name="Riverside Homes", kind="housing_association")
    add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    add_contact(journal, name="Karen Booth", organisation="Riverside Homes", role="Lead")
    add_contact(journal, name="Zak Ahmed", organisation="Ashford Vale Borough Council")
    add_contact(journal, name="Anna Bell", organisation="Ashford Vale Borough Council")
    add_member(journal, name="Sam Okoye", role="worker", email="sam@millbrook.example.org")
    former = add_member(journal, name="Bob Day", role="resident_member")
    made = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=3),
            organisations=["Ashford Vale Borough Council", "Riverside Homes"],
            contacts=["Karen Booth", "Zak Ahmed", "Anna Bell"],
            members=["Sam Okoye", "Bob Day"],
            promises=(
                PromiseDraft("Fix the lift", "theirs", made_by="Karen Booth"),
                PromiseDraft(
                    "Book the hall", "ours", made_by="Sam Okoye", organisation="Riverside Homes"
                ),
            ),
        ),
        today=TODAY,
    )
    # Someone who came then and has stepped down since is still one who came.
    update_member(journal, former.id, {"stepped_down_on": TODAY})
    note = read_meeting_note(journal, made.id, today=TODAY)
    assert note.partnership.name == "Millbrook Big Local" and note.today == TODAY
    # Their people by the meeting's organisations in order, then by name.
    assert [(c.name, c.organisation.name) for c in note.contacts] == [
        ("Anna Bell", "Ashford Vale Borough Council"),
        ("Zak Ahmed", "Ashford Vale Borough Council"),
        ("Karen Booth", "Riverside Homes"),
    ]
    assert note.contacts[2].role == "Lead"
    assert [(m.name, m.role) for m in note.members] == [
        ("Bob Day", MemberRole.RESIDENT_MEMBER),
        ("Sam Okoye", MemberRole.WORKER),
    ]
    assert note.members[1].email == "sam@millbrook.example.org"
    assert [p.description for p in note.their_promises] == ["Fix the lift"]
    assert [p.description for p in note.our_promises] == ["Book the hall"]
    assert all(p.side is Side.THEIRS for p in note.their_promises)


def test_a_planned_meeting_or_one_deleted_is_refused_in_words(journal: Journal) -> None:
    add_organisation(journal, name="Riverside Homes", kind="housing_association")
    planned = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY + timedelta(days=5),
            title="Lease talks",
            organisations=["Riverside Homes"],
        ),
        today=TODAY,
    )
    with pytest.raises(ValidationError, match="“Lease talks” is planned, not held yet"):
        read_meeting_note(journal, planned.id, today=TODAY)
    with pytest.raises(ValidationError, match="no longer in the journal"):
        read_meeting_note(journal, planned.id + 100, today=TODAY)
