"""Outcomes of a relationship: the use cases, their bad input, money in pounds,
personal data and the archive (issue 21, item 4)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bigjournal.errors import ConflictError, NotFoundError, ValidationError
from bigjournal.exchange import KeyStrength, export_archive, import_archive, read_archive
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation, delete_organisation
from bigjournal.journal.outcomes import (
    add_outcome,
    delete_outcome,
    kinds_for,
    list_outcomes,
    outcome,
    parse_amount,
    pounds,
    total_pence,
    update_outcome,
)
from bigjournal.journal.people import add_contact
from bigjournal.journal.personal_data import forget_contact, mentions_of
from bigjournal.journal.promises import PromiseDraft, add_promise, delete_promise
from bigjournal.model.vocabulary import Beneficiary, OutcomeKind
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY

FAST = KeyStrength(n=2**10)


@pytest.fixture
def council(journal: Journal) -> int:
    return add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority").id


@pytest.fixture
def college(journal: Journal) -> int:
    return add_organisation(journal, name="Millbrook College", kind="school_or_college").id


def _meeting(journal: Journal, organisation: str, title: str) -> int:
    return log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=30),
            kind="meeting",
            title=title,
            organisations=[organisation],
        ),
        today=TODAY,
    ).id


def _promise(journal: Journal, organisation: str, words: str) -> int:
    draft = PromiseDraft(description=words, side="theirs", organisation=organisation)
    return add_promise(journal, draft, made_on=TODAY - timedelta(days=40), today=TODAY).id


def test_an_outcome_keeps_its_kind_side_title_day_amount_and_where_it_came_from(
    journal: Journal, council: int
) -> None:
    meeting = _meeting(journal, "Ashford Vale Borough Council", "Street lighting on Canal Walk")
    promise = _promise(journal, "Ashford Vale Borough Council", "Find match funding")
    saved = add_outcome(
        journal,
        "Ashford Vale",
        kind="Funding leveraged",
        title="  Match funding for the lighting  ",
        achieved_on="2026-05-01",
        amount="£12,500.50",
        meeting=meeting,
        promise=str(promise),
        notes="The borough put in the rest.",
        today=TODAY,
    )
    row = outcome(journal, saved.id)
    assert row.organisation.id == council
    assert (row.kind, row.beneficiary) == (OutcomeKind.FUNDING_LEVERAGED, Beneficiary.AREA)
    assert row.title == "Match funding for the lighting"
    assert row.achieved_on == date(2026, 5, 1)
    assert row.amount_pence == 1_250_050 and row.amount == "£12,500.50"
    assert row.meeting is not None and row.meeting.name == "Street lighting on Canal Walk"
    assert row.promise is not None and row.promise.id == promise
    assert row.came_from == (
        "the meeting “Street lighting on Canal Walk” and the promise “Find match funding”"
    )
    assert row.notes == "The borough put in the rest."
    assert [r.id for r in list_outcomes(journal, council)] == [saved.id]


def test_the_kind_says_who_it_benefits_and_other_asks(journal: Journal, council: int) -> None:
    seat = add_outcome(
        journal, council, kind="seat_at_the_table", title="A seat on the board", today=TODAY
    )
    assert outcome(journal, seat.id).beneficiary == Beneficiary.PARTNERSHIP
    assert outcome(journal, seat.id).achieved_on == TODAY  # today unless said
    other = add_outcome(
        journal, council, kind="other", beneficiary="agency", title="Civic pride", today=TODAY
    )
    assert outcome(journal, other.id).beneficiary == Beneficiary.AGENCY
    with pytest.raises(ValidationError, match="who the outcome benefits"):
        add_outcome(journal, council, kind="other", title="Something", today=TODAY)
    with pytest.raises(ValidationError, match="for the partnership, not for the area"):
        add_outcome(
            journal, council, kind="introduction", beneficiary="area", title="X", today=TODAY
        )
    assert kinds_for(Beneficiary.AGENCY) == [
        OutcomeKind.ROUTE_INTO_THE_COMMUNITY,
        OutcomeKind.LOCAL_KNOWLEDGE,
        OutcomeKind.OTHER,
    ]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"kind": "funding_leveraged"}, "give the amount of funding leveraged"),
        ({"kind": "introduction", "amount": "£500"}, "Only funding leveraged has an amount"),
        ({"achieved_on": TODAY + timedelta(days=1)}, "after today"),
        ({"title": "x" * 201}, "too long"),
        ({"title": "   "}, "cannot be empty"),
        ({"kind": "spaceship"}, "not a kind of outcome BigJournal knows"),
        ({"kind": "funding_leveraged", "amount": "twelve pounds"}, "not an amount"),
        ({"kind": "funding_leveraged", "amount": "-5"}, "not an amount"),
        ({"kind": "funding_leveraged", "amount": "£100,000,000.01"}, "more than BigJournal keeps"),
        ({"achieved_on": "yesterday"}, "year-month-day"),
    ],
)
def test_bad_input_is_refused_in_plain_words(
    journal: Journal, council: int, changes: dict[str, object], words: str
) -> None:
    values: dict[str, object] = {"kind": "practical_help", "title": "Tablets", **changes}
    with pytest.raises(ValidationError, match=words):
        add_outcome(journal, council, today=TODAY, **values)  # type: ignore[arg-type]
    assert list_outcomes(journal) == []


def test_a_meeting_or_promise_of_another_organisation_is_refused(
    journal: Journal, council: int, college: int
) -> None:
    theirs = _meeting(journal, "Millbrook College", "Café planning")
    promised = _promise(journal, "Millbrook College", "Provide a room for the café")
    with pytest.raises(ValidationError, match="was not with Ashford Vale Borough Council"):
        add_outcome(journal, council, kind="introduction", title="X", meeting=theirs, today=TODAY)
    with pytest.raises(ValidationError, match="belongs to another organisation"):
        add_outcome(journal, council, kind="introduction", title="X", promise=promised, today=TODAY)
    with pytest.raises(NotFoundError, match="no meeting number 999"):
        add_outcome(journal, council, kind="introduction", title="X", meeting=999, today=TODAY)
    assert list_outcomes(journal) == []


def test_an_outcome_is_corrected_with_the_version_check_and_deleted(
    journal: Journal, council: int
) -> None:
    saved = add_outcome(journal, council, kind="practical_help", title="Tablets", today=TODAY)
    first = outcome(journal, saved.id)
    update_outcome(
        journal,
        saved.id,
        {"kind": "funding_leveraged", "amount": "2500", "title": "Grant for tablets"},
        expected_version=first.version,
        today=TODAY,
    )
    row = outcome(journal, saved.id)
    assert (row.kind, row.beneficiary, row.amount_pence) == (
        OutcomeKind.FUNDING_LEVERAGED,
        Beneficiary.AREA,
        250_000,
    )
    with pytest.raises(ConflictError):
        update_outcome(journal, saved.id, {"title": "Stale"}, expected_version=first.version)
    # Back to a kind with no amount: the amount goes in the same correction.
    update_outcome(journal, saved.id, {"kind": "practical_help", "amount": None}, today=TODAY)
    assert outcome(journal, saved.id).amount_pence is None
    with pytest.raises(ValueError, match="not editable"):
        update_outcome(journal, saved.id, {"uuid": "x"})
    delete_outcome(journal, saved.id)
    assert list_outcomes(journal) == []
    with pytest.raises(NotFoundError):
        delete_outcome(journal, saved.id)


def test_deleting_the_meeting_or_promise_leaves_the_outcome_standing(
    journal: Journal, council: int
) -> None:
    from bigjournal.journal.meetings import delete_meeting

    meeting = _meeting(journal, "Ashford Vale Borough Council", "Board meeting")
    promise = _promise(journal, "Ashford Vale Borough Council", "Invite us to the board")
    saved = add_outcome(
        journal,
        council,
        kind="seat_at_the_table",
        title="A seat on the board",
        meeting=meeting,
        promise=promise,
        today=TODAY,
    )
    delete_meeting(journal, meeting)
    delete_promise(journal, promise)
    row = outcome(journal, saved.id)
    assert (row.meeting, row.promise, row.title) == (None, None, "A seat on the board")
    delete_organisation(journal, council)  # the outcome goes with its organisation
    assert list_outcomes(journal) == []


def test_money_is_read_in_pounds_and_written_back() -> None:
    assert parse_amount("12,500") == 1_250_000
    assert parse_amount(" £12,500.50 ") == 1_250_050
    assert parse_amount("12500.5") == 1_250_050
    assert parse_amount("0") == 0
    assert parse_amount("") is None and parse_amount(None) is None
    assert parse_amount(300) == 300  # pence already
    for bad in ("12,50", "1.234", "£", "12 pounds", "1e5"):
        with pytest.raises(ValidationError):
            parse_amount(bad)
    assert pounds(1_250_000) == "£12,500" and pounds(1_250_050) == "£12,500.50"
    assert pounds(5) == "£0.05"


def test_the_funding_total_counts_only_funding(journal: Journal, council: int) -> None:
    add_outcome(journal, council, kind="funding_leveraged", title="A", amount=100, today=TODAY)
    add_outcome(journal, council, kind="funding_leveraged", title="B", amount="£2", today=TODAY)
    add_outcome(journal, council, kind="community_asset", title="C", today=TODAY)
    assert total_pence(list_outcomes(journal)) == 300


def test_the_words_of_an_outcome_are_personal_data(journal: Journal, council: int) -> None:
    add_contact(journal, name="Gareth Lloyd", organisation=council)
    add_outcome(
        journal,
        council,
        kind="introduction",
        title="Introduced to Gareth Lloyd",
        notes="Gareth Lloyd will champion us",
        today=TODAY,
    )
    found = {(m.record_kind, m.field) for m in mentions_of(journal, "Gareth Lloyd")}
    assert found == {("outcome", "title"), ("outcome", "notes")}
    result = forget_contact(journal, "Gareth Lloyd")
    assert {(m.record_kind, m.field) for m in result.mentions} == found


def test_an_outcome_travels_whole_in_the_successor_archive(
    journal: Journal, council: int, tmp_path: Path
) -> None:
    meeting = _meeting(journal, "Ashford Vale Borough Council", "Lighting")
    saved = add_outcome(
        journal,
        council,
        kind="funding_leveraged",
        title="Match funding",
        amount="£45,000",
        meeting=meeting,
        notes="For the darkest streets",
        achieved_on="2026-01-31",
        today=TODAY,
    )
    archive = tmp_path / "handover.bigjournal"
    export_archive(journal, archive, passphrase="correct horse battery", strength=FAST)
    with open_journal(tmp_path / "successor.sqlite") as successor:
        import_archive(successor, read_archive(archive, passphrase="correct horse battery"))
        (copy,) = list_outcomes(successor)
    original = outcome(journal, saved.id)
    assert copy.meeting is not None and original.meeting is not None
    assert (copy.uuid, copy.kind, copy.beneficiary, copy.title, copy.achieved_on) == (
        original.uuid,
        original.kind,
        original.beneficiary,
        original.title,
        original.achieved_on,
    )
    assert (copy.amount_pence, copy.notes, copy.meeting.uuid, copy.organisation.uuid) == (
        4_500_000,
        original.notes,
        original.meeting.uuid,
        original.organisation.uuid,
    )


def test_an_archive_with_an_amount_out_of_range_is_refused() -> None:
    from bigjournal.exchange.schema import ValueProblem, specs_by_name
    from bigjournal.model.entities import LARGEST_AMOUNT_PENCE

    amount = {f.name: f for f in specs_by_name()["outcomes"].fields}["amount_pence"]
    assert amount.decode(LARGEST_AMOUNT_PENCE) == LARGEST_AMOUNT_PENCE
    assert amount.decode(None) is None
    for bad in (-1, LARGEST_AMOUNT_PENCE + 1):
        with pytest.raises(ValueProblem, match="outside what the journal accepts"):
            amount.decode(bad)


def test_a_refused_correction_carries_their_version_by_the_edit_s_own_names(
    journal: Journal, council: int
) -> None:
    """The conflict dialog compares theirs and yours field by field, and "use mine"
    puts theirs back on undo: both by the names the edit uses (amount, meeting…)."""
    meeting = _meeting(journal, "Ashford Vale Borough Council", "Lighting")
    saved = add_outcome(
        journal, council, "funding_leveraged", title="Match", amount=500, meeting=meeting,
        today=TODAY,
    )  # fmt: skip
    first = outcome(journal, saved.id)
    update_outcome(journal, saved.id, {"amount": "£7"}, expected_version=first.version)
    with pytest.raises(ConflictError) as refused:
        update_outcome(journal, saved.id, {"amount": "£9"}, expected_version=first.version)
    theirs = refused.value.theirs
    assert theirs is not None
    assert (theirs["amount"], theirs["meeting"], theirs["organisation"]) == (700, meeting, council)
