"""Issue 21, item 2: a relationship's health in words with its reasons, never a number.

The rule (:func:`assess`) on plain facts, then the same health read two ways: from an
organisation's page and from the whole journal at once (the organisation list).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bigjournal.errors import NotFoundError
from bigjournal.journal.health import (
    CheckInTrend,
    HealthFacts,
    assess,
    check_in_trends,
    health_of_detail,
    health_of_organisations,
    outcomes_in_year,
    rhythm_words,
)
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import (
    add_organisation,
    descendant_ids,
    list_organisations,
    organisation_detail,
    update_organisation,
)
from bigjournal.journal.people import add_contact, add_member
from bigjournal.journal.promises import PromiseDraft, add_promise
from bigjournal.journal.records import HealthWord, TrackRecord
from bigjournal.model import Organisation
from bigjournal.store import Journal
from tests.conftest import TODAY

GOOD = HealthFacts(
    contact_every_days=28,
    last_contact_on=TODAY - timedelta(days=10),
    relationship_since=date(2024, 1, 1),
    theirs=TrackRecord(kept_on_time=4, kept_late=1, broken=1),
    ours=TrackRecord(kept_on_time=3),
    contacts=3,
    holders=2,
)


def test_a_kept_rhythm_and_kept_promises_are_growing_and_say_why() -> None:
    health = assess(GOOD, TODAY)
    assert health.word is HealthWord.GROWING
    assert health.describe() == (
        "Growing: contact every 4 weeks kept; they kept 5 of 6 promises; "
        "we kept 3 of 3 promises; 3 contacts there"
    )


def test_a_lapsed_rhythm_is_never_steady_however_the_rest_goes() -> None:
    lapsed = replace(GOOD, last_contact_on=TODAY - timedelta(days=47))
    health = assess(lapsed, TODAY)
    assert health.word is HealthWord.NEEDS_ATTENTION
    assert health.reasons[0] == "contact every 4 weeks lapsed: last contact 47 days ago"


def test_outcomes_of_the_year_weigh_for_the_relationship_and_say_so() -> None:
    only_kept = replace(GOOD, theirs=TrackRecord(kept_on_time=1, broken=1), ours=TrackRecord())
    assert assess(only_kept, TODAY).word is HealthWord.STEADY  # a kept rhythm, 1 of 2
    delivering = assess(replace(only_kept, outcomes_in_year=2), TODAY)
    assert delivering.word is HealthWord.GROWING
    assert delivering.reasons[-1] == "2 outcomes achieved this year"
    lapsed = replace(only_kept, outcomes_in_year=5, last_contact_on=TODAY - timedelta(days=90))
    assert assess(lapsed, TODAY).word is HealthWord.NEEDS_ATTENTION  # never outweighs a lapse


def test_everything_against_it_is_at_risk() -> None:
    poor = replace(
        GOOD,
        last_contact_on=TODAY - timedelta(days=200),
        theirs=TrackRecord(kept_on_time=1, broken=3),
        contacts=1,
        only_contact="Priya Shah",
        holders=0,
        pending_handovers=("Sam Lee",),
    )
    health = assess(poor, TODAY)
    assert health.word is HealthWord.AT_RISK
    assert "they kept 1 of 4 promises" in health.reasons
    assert "only one contact (Priya Shah)" in health.reasons
    assert "nobody holds the relationship" in health.reasons
    assert "handover pending since Sam Lee left" in health.reasons


def test_nothing_to_go_on_yet_is_just_starting() -> None:
    new = HealthFacts(None, None, None, TrackRecord(), TrackRecord(), contacts=0, holders=1)
    health = assess(replace(new, only_holder="Aisha Rahman"), TODAY)
    assert health.word is HealthWord.JUST_STARTING
    assert health.describe() == (
        "Just starting: no meetings recorded yet; no contact there yet; "
        "held by one member only (Aisha Rahman)"
    )


def test_no_rhythm_and_a_year_of_silence_needs_attention() -> None:
    quiet = replace(GOOD, contact_every_days=None, last_contact_on=TODAY - timedelta(days=500))
    health = assess(quiet, TODAY)
    assert health.reasons[0] == "no contact for 16 months, and no regular contact agreed"
    assert health.word is HealthWord.STEADY  # the promises still weigh for it
    assert assess(replace(quiet, ours=TrackRecord()), TODAY).word is HealthWord.STEADY


def test_a_check_in_can_be_an_input() -> None:
    trend = CheckInTrend(held_on=TODAY, since=date(TODAY.year, 3, 2), lower=("trust",))
    health = assess(replace(GOOD, check_in=trend), TODAY)
    assert health.reasons[-1] == "trust rated lower since March"
    assert health.word is HealthWord.GROWING  # as the issue's own example reads
    assert assess(replace(GOOD, check_in=trend, ours=TrackRecord()), TODAY).word is (
        HealthWord.STEADY
    )
    better = CheckInTrend(
        held_on=TODAY, since=date(2025, 11, 1), higher=("trust", "shared goals", "respect")
    )
    said = assess(replace(GOOD, check_in=better), TODAY).reasons[-1]
    assert said == "trust, shared goals and respect rated higher since November 2025"


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (7, "week"),
        (14, "2 weeks"),
        (28, "4 weeks"),
        (30, "month"),
        (90, "3 months"),
        (10, "10 days"),
    ],
)
def test_rhythms_as_said(days: int, said: str) -> None:
    assert rhythm_words(days) == said


def test_the_words_sort_worst_first() -> None:
    ranked = sorted(HealthWord, key=lambda word: word.rank)
    assert ranked[0] is HealthWord.AT_RISK and ranked[-1] is HealthWord.JUST_STARTING


def test_the_page_and_the_list_agree_on_every_demo_organisation(demo_journal: Journal) -> None:
    everyone = health_of_organisations(demo_journal, today=TODAY)
    rows = list_organisations(demo_journal)
    assert set(everyone) == {r.id for r in rows}
    for row in rows:
        detail = organisation_detail(demo_journal, row.id, today=TODAY)
        with demo_journal.reading_rows() as connection:
            trend = check_in_trends(connection, [row.id]).get(row.id)
            scope = [row.id, *descendant_ids(connection, row.id)]
            achieved = sum(outcomes_in_year(connection, TODAY, scope).values())
        from_page = health_of_detail(detail, TODAY, check_in=trend, outcomes_in_year=achieved)
        assert detail.health == everyone[row.id] == from_page, row.name
    words = {health.word for health in everyone.values()}
    assert len(words) >= 3  # the demo shows more than one kind of relationship


def test_changes_to_the_journal_change_the_words(journal: Journal) -> None:
    borough = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    first = health_of_organisations(journal, today=TODAY)[borough.id]
    assert first.word is HealthWord.JUST_STARTING
    member = add_member(journal, name="Aisha Rahman", role="chair")
    add_member(journal, name="Tom Kowalski", role="worker")
    update_organisation(
        journal, borough.id, {"contact_every_days": 28, "holders": [member.id, "Tom Kowalski"]}
    )
    officer = add_contact(journal, name="Priya Shah", organisation=borough.id)
    add_contact(journal, name="Denise Carter", organisation=borough.id)
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=60),
            kind="meeting",
            title="Walkabout",
            organisations=[borough.id],
        ),
        today=TODAY,
    )
    lapsed = health_of_organisations(journal, today=TODAY)[borough.id]
    assert lapsed.word is HealthWord.NEEDS_ATTENTION
    assert lapsed.reasons[0].startswith("contact every 4 weeks lapsed")
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=3),
            kind="meeting",
            title="Catch-up",
            organisations=[borough.id],
        ),
        today=TODAY,
    )
    for _ in range(2):
        add_promise(
            journal,
            PromiseDraft(
                "Send the survey",
                side="theirs",
                made_by=officer.id,
                due_on=TODAY - timedelta(days=20),
                status="kept",
                status_on=TODAY - timedelta(days=21),
            ),
            made_on=TODAY - timedelta(days=30),
            today=TODAY,
        )
    growing = health_of_organisations(journal, today=TODAY)[borough.id]
    assert growing.describe() == (
        "Growing: contact every 4 weeks kept; they kept 2 of 2 promises; 2 contacts there"
    )
    assert organisation_detail(journal, borough.id, today=TODAY).health == growing


def test_a_department_counts_towards_its_council(journal: Journal) -> None:
    council = add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    team = add_organisation(
        journal, name="Public Health", kind="council_department", parent=council.id
    )
    add_contact(journal, name="Helen Mistry", organisation=team.id)
    everyone = health_of_organisations(journal, today=TODAY)
    assert "only one contact (Helen Mistry)" in everyone[council.id].reasons
    assert not any("contact there" in r for r in everyone[team.id].reasons)


def test_a_loop_in_bad_data_does_not_hang_the_list(journal: Journal) -> None:
    a = add_organisation(journal, name="A", kind="other")
    b = add_organisation(journal, name="B", kind="other", parent=a.id)
    with journal.transaction() as session:  # as a damaged file might hold
        found = session.get(Organisation, a.id)
        assert found is not None
        found.parent_id = b.id
    everyone = health_of_organisations(journal, today=TODAY)
    assert set(everyone) == {a.id, b.id}


def test_an_organisation_no_longer_there_is_said_so(journal: Journal) -> None:
    with pytest.raises(NotFoundError):
        organisation_detail(journal, 4242, today=TODAY)


def test_recorded_check_ins_become_a_reason(journal: Journal) -> None:
    from bigjournal.model import CheckIn

    borough = add_organisation(journal, name="Ashford Vale", kind="local_authority")
    with journal.transaction() as session:  # as the demo records them (issue 21, item 1)
        for held_on, trust, goals in ((date(2025, 11, 3), 4, 3), (date(2026, 3, 9), 2, None)):
            session.add(
                CheckIn(
                    organisation_id=borough.id,
                    held_on=held_on,
                    trust=trust,
                    shared_goals=goals,
                    respect=3,
                )
            )
    health = health_of_organisations(journal, today=TODAY)[borough.id]
    assert "trust rated lower since November 2025" in health.reasons
    assert not any("shared goals" in reason or "respect" in reason for reason in health.reasons)
    assert health.word is not HealthWord.JUST_STARTING  # a check-in is something to go on
    assert organisation_detail(journal, borough.id, today=TODAY).health == health
    given = CheckInTrend(held_on=TODAY, since=date(TODAY.year, 1, 5), higher=("respect",))
    chosen = health_of_organisations(journal, today=TODAY, check_ins={borough.id: given})
    assert chosen[borough.id].reasons[-1] == "respect rated higher since January"
