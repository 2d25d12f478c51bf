"""Today's agenda, search as you type, settings and the demo journal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.demo import build_demo
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import (
    add_organisation,
    list_organisations,
    organisation_detail,
)
from bigjournal.journal.people import add_contact, add_member, list_contacts, list_members
from bigjournal.journal.promises import PromiseDraft, list_promises, set_promise_status
from bigjournal.journal.search import fts_query, search
from bigjournal.model.vocabulary import OrganisationKind, PromiseStatus, Side
from bigjournal.store import Journal

from ...conftest import TODAY


def test_empty_journal_has_an_empty_agenda(journal: Journal) -> None:
    agenda = today_agenda(journal, today=TODAY)
    assert agenda.is_empty


def test_agenda_separates_theirs_and_ours_and_sees_quiet_relationships(journal: Journal) -> None:
    add_organisation(journal, name="Borough Council", kind="local_authority", contact_every_days=28)
    add_organisation(journal, name="College", kind="school_or_college", contact_every_days=60)
    add_contact(journal, name="Gareth", organisation="Borough Council")
    add_member(journal, name="Tom", role="worker")
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=40),
            organisations=["Borough Council"],
            contacts=["Gareth"],
            promises=[
                PromiseDraft("Overdue thing", "theirs", "Gareth", TODAY - timedelta(days=2)),
                PromiseDraft("Due soon", "ours", "Tom", TODAY + timedelta(days=6)),
                PromiseDraft("Due later", "ours", "Tom", TODAY + timedelta(days=20)),
            ],
        ),
        today=TODAY,
    )
    log_meeting(
        journal,
        MeetingDraft(occurred_on=TODAY - timedelta(days=10), organisations=["College"]),
        today=TODAY,
    )
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY + timedelta(days=4), organisations=["College"], title="Café"
        ),
        today=TODAY,
    )
    agenda = today_agenda(journal, today=TODAY)
    assert [p.description for p in agenda.theirs_due] == ["Overdue thing"]
    assert [p.description for p in agenda.ours_due] == ["Due soon"]
    assert [q.organisation.name for q in agenda.gone_quiet] == ["Borough Council"]
    assert agenda.gone_quiet[0].days_overdue(TODAY) == 12
    assert [m.title for m in agenda.planned] == ["Café"]
    # Keeping the promise takes it off the agenda.
    set_promise_status(journal, agenda.theirs_due[0].id, "kept", on=TODAY)
    assert today_agenda(journal, today=TODAY).theirs_due == ()


def test_search_finds_words_in_notes_with_prefixes_and_accents(journal: Journal) -> None:
    add_organisation(
        journal,
        name="Millbrook College",
        kind="school_or_college",
        notes="Runs the peer-support café for parents",
    )
    add_contact(journal, name="Zoë Fletcher", organisation="Millbrook College")
    add_contact(journal, name="Наталья Иванова", organisation="Millbrook College")
    assert [h.title for h in search(journal, "peer-supp")] == ["Millbrook College"]
    assert [h.kind for h in search(journal, "cafe")] == ["organisation"]
    assert [h.title for h in search(journal, "zoe")] == ["Zoë Fletcher"]
    assert [h.title for h in search(journal, "Натал")] == ["Наталья Иванова"]
    assert search(journal, "  ") == []
    assert search(journal, 'unbalanced " quote (') == []


def test_search_follows_edits_and_deletions(journal: Journal) -> None:
    from bigjournal.journal.organisations import delete_organisation, update_organisation

    added = add_organisation(journal, name="Riverside Homes", kind="housing_association")
    update_organisation(journal, added.id, {"notes": "Lease of the community centre"})
    assert [h.id for h in search(journal, "lease")] == [added.id]
    delete_organisation(journal, added.id)
    assert search(journal, "lease") == [] and search(journal, "riverside") == []


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('lamp OR "x') == '"lamp" "OR" "x"*'
    assert fts_query("--") is None


def test_settings_travel_in_the_journal(journal: Journal) -> None:
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Millbrook Big Local"})
    assert settings.get_setting(journal, settings.PARTNERSHIP_NAME) == "Millbrook Big Local"
    assert settings.get_setting(journal, settings.PAPER_SIZE) == "A4"
    with pytest.raises(ValidationError):
        settings.set_settings(journal, {settings.PAPER_SIZE: "A3"})
    with pytest.raises(ValidationError):
        settings.set_settings(journal, {"colour": "red"})


def test_demo_has_the_four_shapes_and_a_lively_agenda(demo_journal: Journal) -> None:
    organisations = {o.name: o for o in list_organisations(demo_journal)}
    kinds = {o.kind for o in organisations.values()}
    assert {
        OrganisationKind.LOCAL_AUTHORITY,
        OrganisationKind.SCHOOL_OR_COLLEGE,
        OrganisationKind.HEALTH_AGENCY,
        OrganisationKind.HOUSING_ASSOCIATION,
    } <= kinds
    borough = organisations["Ashford Vale Borough Council"]
    assert sum(1 for o in organisations.values() if o.parent_id == borough.id) >= 2
    assert 8 <= len(list_members(demo_journal)) <= 10
    assert any(m.stepped_down_on for m in list_members(demo_journal))
    assert [c.name for c in list_contacts(demo_journal) if c.left_on] == ["Priya Shah"]
    promises = list_promises(demo_journal, today=TODAY)
    statuses = {(p.side, p.status) for p in promises}
    for side in Side:
        assert {(side, PromiseStatus.KEPT), (side, PromiseStatus.OPEN)} <= statuses
    assert (Side.THEIRS, PromiseStatus.BROKEN) in statuses
    assert any(p.is_overdue(TODAY) for p in promises)
    detail = organisation_detail(demo_journal, borough.id, today=TODAY)
    assert detail.track_records.theirs.kept_late > 0
    assert detail.meeting_count >= 20  # about two years of monthly meetings
    agenda = today_agenda(demo_journal, today=TODAY)
    assert agenda.theirs_due or agenda.ours_due
    assert agenda.gone_quiet and agenda.planned
    assert [c.name for c in agenda.left_without_handover] == ["Priya Shah"]


def test_demo_refuses_a_journal_that_has_records(demo_journal: Journal) -> None:
    with pytest.raises(ValidationError, match="already has records"):
        build_demo(demo_journal, today=TODAY)
