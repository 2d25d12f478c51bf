"""Handovers: contacts who leave, members who step down, and the risks before."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.handovers import (
    LeavingDraft,
    NewContact,
    PromiseDecision,
    PromiseFate,
    SteppingDownDraft,
    complete_handover,
    contact_leaves,
    fill_vacancy,
    list_handovers,
    member_steps_down,
    promises_to_hand_over,
    restructure,
)
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.people import add_contact, add_member, contact_detail, list_members
from bigjournal.journal.promises import PromiseDraft, list_promises, promise
from bigjournal.journal.search import search
from bigjournal.model.vocabulary import PromiseStatus
from bigjournal.store import Journal

from ...conftest import TODAY

LEFT = TODAY - timedelta(days=5)


@pytest.fixture
def council(journal: Journal) -> Journal:
    add_member(journal, name="Tom Kowalski", role="worker")
    add_member(journal, name="Aisha Rahman", role="chair")
    add_organisation(
        journal,
        name="Borough Council",
        kind="local_authority",
        relationship_type="powerful_ally",
        holders=["Tom Kowalski"],
        contact_every_days=28,
    )
    add_organisation(journal, name="Highways", kind="council_department", parent="Borough Council")
    add_contact(journal, name="Priya Shah", organisation="Highways", role="Senior Highways Officer")
    add_contact(journal, name="Øyvind Hansen", organisation="Highways", role="Highways Officer")
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=30),
            organisations=["Borough Council"],
            contacts=["Priya Shah"],
            members=["Tom Kowalski"],
            notes="Priya walked the estate with us",
            promises=[
                PromiseDraft("Fix the lamps", "theirs", "Priya Shah", TODAY + timedelta(days=10)),
                PromiseDraft("Send the survey", "theirs", "Priya Shah", TODAY + timedelta(days=20)),
                PromiseDraft(
                    "Send photos to Priya",
                    "ours",
                    "Tom Kowalski",
                    TODAY + timedelta(days=3),
                    made_to="Priya Shah",
                ),
            ],
        ),
        today=TODAY,
    )
    return journal


def ids(journal: Journal) -> dict[str, int]:
    return {p.description: p.id for p in list_promises(journal, today=TODAY)}


def test_leaver_with_a_successor_hands_over_each_promise(council: Journal) -> None:
    promise_ids = ids(council)
    assert {p.description for p in promises_to_hand_over(council, 1)} == set(promise_ids)
    handover = contact_leaves(
        council,
        1,
        LeavingDraft(
            left_on=LEFT,
            went_to="Kentshire County Council",
            successor="Øyvind Hansen",
            notes="Residents care most about Canal Walk",
            introduction_on=TODAY + timedelta(days=4),
            decisions=[
                PromiseDecision(promise_ids["Fix the lamps"], PromiseFate.MOVE),
                PromiseDecision(promise_ids["Send the survey"], PromiseFate.ORGANISATION),
                PromiseDecision(promise_ids["Send photos to Priya"], PromiseFate.MOVE),
            ],
        ),
        today=TODAY,
    )
    assert handover.is_pending and handover.successor.name == "Øyvind Hansen"  # type: ignore[union-attr]
    lamps = promise(council, promise_ids["Fix the lamps"])
    assert lamps.holder.name == "Øyvind Hansen" and lamps.made_by.name == "Priya Shah"  # type: ignore[union-attr]
    survey = promise(council, promise_ids["Send the survey"])
    assert survey.holder is None and survey.holder_name == "Highways"
    photos = promise(council, promise_ids["Send photos to Priya"])
    assert photos.made_to.name == "Øyvind Hansen"  # type: ignore[union-attr]
    priya = contact_detail(council, 1, today=TODAY).contact
    assert priya.left_on == LEFT and priya.went_to == "Kentshire County Council"
    assert priya.successor.name == "Øyvind Hansen"  # type: ignore[union-attr]
    # The introduction is on the agenda with a date; the handover waits as pending.
    agenda = today_agenda(council, today=TODAY)
    assert [m.title for m in agenda.planned] == ["Introduction walkabout with Øyvind Hansen"]
    assert [(h.leaver.name, (TODAY - h.left_on).days) for h in agenda.pending_handovers] == [
        ("Priya Shah", 5)
    ]
    assert agenda.left_without_handover == ()
    # Her history stays, and she can still be found, marked as gone.
    assert [(h.title, h.left_on) for h in search(council, "priya") if h.kind == "contact"] == [
        ("Priya Shah", LEFT)
    ]
    successor = [h for h in search(council, "Øyvind") if h.kind == "contact"]
    assert successor and all(h.left_on is None for h in successor)
    assert contact_detail(council, 1, today=TODAY).meetings
    completed = complete_handover(council, handover.id, on=TODAY)
    assert not completed.is_pending
    assert today_agenda(council, today=TODAY).pending_handovers == ()
    assert [h.leaver.name for h in organisation_detail(council, 1, today=TODAY).handovers] == [
        "Priya Shah"
    ]


def test_nothing_is_silently_dropped(council: Journal) -> None:
    with pytest.raises(ValidationError, match="Decide what happens to each"):
        contact_leaves(
            council, 1, LeavingDraft(left_on=LEFT, successor="Øyvind Hansen"), today=TODAY
        )
    assert contact_detail(council, 1, today=TODAY).contact.left_on is None
    assert list_handovers(council) == []


def test_a_vacant_post_keeps_promises_with_the_organisation_or_closes_them(
    council: Journal,
) -> None:
    promise_ids = ids(council)
    decisions = [
        PromiseDecision(promise_ids["Fix the lamps"], PromiseFate.ORGANISATION),
        PromiseDecision(promise_ids["Send the survey"], PromiseFate.CLOSE, "Survey cancelled"),
        PromiseDecision(promise_ids["Send photos to Priya"], PromiseFate.MOVE),
    ]
    with pytest.raises(ValidationError, match="vacant"):
        contact_leaves(
            council,
            1,
            LeavingDraft(left_on=LEFT, post_vacant=True, decisions=decisions),
            today=TODAY,
        )
    decisions[2] = PromiseDecision(promise_ids["Send photos to Priya"], PromiseFate.ORGANISATION)
    closing_without_note = [
        *decisions[:1],
        PromiseDecision(promise_ids["Send the survey"], "close"),
    ]
    with pytest.raises(ValidationError, match="say why"):
        contact_leaves(
            council,
            1,
            LeavingDraft(
                left_on=LEFT, post_vacant=True, decisions=[*closing_without_note, decisions[2]]
            ),
            today=TODAY,
        )
    handover = contact_leaves(
        council, 1, LeavingDraft(left_on=LEFT, post_vacant=True, decisions=decisions), today=TODAY
    )
    assert handover.post_vacant and handover.successor is None
    survey = promise(council, promise_ids["Send the survey"])
    assert (survey.status, survey.status_note) == (PromiseStatus.RELEASED, "Survey cancelled")
    # Later the post is filled: the organisation's promises pass to the new holder.
    filled = fill_vacancy(
        council,
        handover.id,
        new_successor=NewContact("Ruth Adeyemi", "Highways Lead"),
        introduction_on=TODAY + timedelta(days=2),
    )
    assert filled.successor.name == "Ruth Adeyemi" and not filled.post_vacant  # type: ignore[union-attr]
    assert promise(council, promise_ids["Fix the lamps"]).holder.name == "Ruth Adeyemi"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (LeavingDraft(left_on=None, post_vacant=True), "date they left"),
        (LeavingDraft(left_on=TODAY + timedelta(days=1), post_vacant=True), "in the future"),
        (LeavingDraft(left_on=LEFT), "Say who replaces"),
        (LeavingDraft(left_on=LEFT, successor="Øyvind Hansen", post_vacant=True), "Choose one"),
        (LeavingDraft(left_on=LEFT, successor="Priya Shah"), "succeed themselves"),
        (LeavingDraft(left_on=LEFT, post_vacant=True, introduction_on=TODAY), "someone to meet"),
    ],
)
def test_bad_leaving_input_is_explained(
    council: Journal, draft: LeavingDraft, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        contact_leaves(council, 1, draft, today=TODAY)
    assert contact_detail(council, 1, today=TODAY).contact.left_on is None


def test_restructure_takes_several_leavers_at_once(council: Journal) -> None:
    handovers = restructure(
        council, [1, 2], left_on=LEFT, note="Highways merged into county", today=TODAY
    )
    assert sorted(h.leaver.name for h in handovers) == ["Priya Shah", "Øyvind Hansen"]
    assert all(h.post_vacant and h.is_pending for h in handovers)
    assert {p.holder for p in list_promises(council, side="theirs", today=TODAY)} == {None}
    assert len(today_agenda(council, today=TODAY).pending_handovers) == 2


def test_a_member_stepping_down_hands_on_relationships_and_promises(council: Journal) -> None:
    promise_ids = ids(council)
    with pytest.raises(ValidationError, match="only one holding the relationship"):
        member_steps_down(council, 1, SteppingDownDraft(stepped_down_on=LEFT), today=TODAY)
    with pytest.raises(ValidationError, match="Decide who takes on"):
        member_steps_down(
            council,
            1,
            SteppingDownDraft(
                stepped_down_on=LEFT, new_holders={"Borough Council": "Aisha Rahman"}
            ),
            today=TODAY,
        )
    handover = member_steps_down(
        council,
        1,
        SteppingDownDraft(
            stepped_down_on=LEFT,
            notes="Canal Walk lighting is the live issue",
            new_holders={"Borough Council": "Aisha Rahman"},
            decisions=[
                PromiseDecision(
                    promise_ids["Send photos to Priya"], PromiseFate.MOVE, new_owner="Aisha Rahman"
                )
            ],
        ),
        today=TODAY,
    )
    assert handover.leaver_is_member and handover.notes == "Canal Walk lighting is the live issue"
    assert [h.name for h in organisation_detail(council, 1, today=TODAY).holders] == [
        "Aisha Rahman"
    ]
    assert promise(council, promise_ids["Send photos to Priya"]).holder.name == "Aisha Rahman"  # type: ignore[union-attr]
    tom = next(m for m in list_members(council) if m.name == "Tom Kowalski")
    assert tom.stepped_down_on == LEFT


def test_single_points_of_contact_are_flagged_before_anyone_leaves(council: Journal) -> None:
    risks = {r.organisation.name: r for r in today_agenda(council, today=TODAY).single_points}
    assert risks["Borough Council"].only_holder.name == "Tom Kowalski"  # type: ignore[union-attr]
    assert risks["Borough Council"].only_contact is None  # two contacts, in its Highways team
    add_contact(council, name="Gareth Lloyd", organisation="Borough Council")
    from bigjournal.journal.organisations import update_organisation

    update_organisation(council, 1, {"holders": ["Tom Kowalski", "Aisha Rahman"]})
    assert today_agenda(council, today=TODAY).single_points == ()


def test_single_points_count_every_active_contact_of_an_organisation_and_its_parts(
    demo_journal: Journal,
) -> None:
    """The counts made in SQL agree with the contacts read one by one and rolled up."""
    from sqlalchemy import select

    from bigjournal.journal.handovers import single_points_of_contact
    from bigjournal.journal.organisations import add_organisation
    from bigjournal.model import Contact, Organisation

    lone = add_organisation(demo_journal, name="Canal Trust", kind="voluntary_organisation")
    team = add_organisation(demo_journal, name="Towpath team", kind="other", parent=lone.id)
    add_contact(demo_journal, name="Ola Nowak", organisation=team.id)
    with demo_journal.reading() as session:
        risks = single_points_of_contact(session)
        parents = dict(session.execute(select(Organisation.id, Organisation.parent_id)).all())
        active: dict[int, list[int]] = {}
        for contact in session.scalars(select(Contact).where(Contact.left_on.is_(None))):
            top = contact.organisation_id
            while parents[top] is not None:
                top = parents[top]
            active.setdefault(top, []).append(contact.id)
    assert risks
    for risk in risks:
        theirs = active.get(risk.organisation.id, [])
        assert risk.contacts == len(theirs), risk.organisation.name
        if len(theirs) == 1:
            assert risk.only_contact is not None and risk.only_contact.id == theirs[0]
        else:
            assert risk.only_contact is None
    trust = next(r for r in risks if r.organisation.id == lone.id)
    assert trust.only_contact is not None and trust.only_contact.name == "Ola Nowak"


def test_councillors_terms_ending_soon_are_on_the_agenda(council: Journal) -> None:
    add_contact(
        council,
        name="Cllr Brian Hollis",
        organisation="Borough Council",
        kind="elected_member",
        ward="Millbrook",
        term_ends_on=TODAY + timedelta(days=30),
    )
    add_contact(
        council,
        name="Cllr Later",
        organisation="Borough Council",
        kind="elected_member",
        term_ends_on=TODAY + timedelta(days=300),
    )
    ending = today_agenda(council, today=TODAY).terms_ending
    assert [(t.contact.name, t.ward) for t in ending] == [("Cllr Brian Hollis", "Millbrook")]
    assert [r.name for r in ending[0].relationships] == ["Borough Council"]
    settings.set_settings(council, {settings.TERM_WARNING_DAYS: "14"})
    assert today_agenda(council, today=TODAY).terms_ending == ()
    with pytest.raises(ValidationError, match="number of days"):
        settings.set_settings(council, {settings.TERM_WARNING_DAYS: "soon"})


def test_the_demo_officer_left_without_a_handover(demo_journal: Journal) -> None:
    agenda = today_agenda(demo_journal, today=TODAY)
    assert [c.name for c in agenda.left_without_handover] == ["Priya Shah"]
    assert any(t.contact.name == "Brian Hollis" for t in agenda.terms_ending)
    assert len(list_meetings(demo_journal)) > 60


def test_completing_a_handover_adds_to_the_leavers_note_and_never_replaces_it(
    council: Journal,
) -> None:
    handover = restructure(
        council, [1], left_on=LEFT, note="Keys are with reception.", today=TODAY
    )[0]
    completed = complete_handover(
        council, handover.id, on=TODAY, notes="Met the new team leader on the 14th."
    )
    assert completed.notes == "Keys are with reception.\n\nMet the new team leader on the 14th."
    # The window's note field starts from the note: the whole note, edited, is kept as typed.
    again = complete_handover(council, handover.id, on=TODAY, notes=completed.notes + " All done.")
    assert again.notes == completed.notes + " All done."
    unchanged = complete_handover(council, handover.id, on=TODAY, notes="")
    assert unchanged.notes == again.notes


def test_a_relationship_with_one_contact_and_nobody_holding_it_is_flagged_as_hanging_on_nobody(
    council: Journal,
) -> None:
    """Issue 15: it was reported as "more than one point of contact"."""
    add_organisation(council, name="Riverside Homes", kind="housing_association")
    add_contact(council, name="Sam Okoye", organisation="Riverside Homes")
    add_organisation(council, name="Food Bank", kind="voluntary_organisation")
    risks = {r.organisation.name: r for r in today_agenda(council, today=TODAY).single_points}
    riverside = risks["Riverside Homes"]
    assert riverside.only_contact is not None and riverside.only_contact.name == "Sam Okoye"
    assert riverside.holders == 0 and riverside.hangs_on_nobody
    assert riverside.describe() == (
        "only one contact (Sam Okoye) and nobody holds the relationship"
    )
    assert risks["Food Bank"].describe() == (
        "no contact there yet and nobody holds the relationship"
    )
    # Departments are part of their council, not relationships of their own.
    assert "Highways" not in risks
    borough = risks["Borough Council"]
    assert not borough.hangs_on_nobody
    assert borough.describe() == "held by one member only (Tom Kowalski)"
