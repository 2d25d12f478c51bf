"""The shortcuts for large journals give the same answers as the full calls.

Today's agenda with a per-section limit, the organisation list without last contact
and the meetings' pages as plain rows exist because fifteen years of records made the
full calls slow (docs/performance.md); what they return must not differ otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.browse import meeting_cursor, meetings_page
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import list_organisations
from tests.conftest import TODAY


def test_a_limited_agenda_is_the_start_of_the_full_one_with_the_full_counts(demo_journal):
    later = TODAY + timedelta(days=400)  # most open promises are overdue by then
    full = today_agenda(demo_journal, today=later)
    assert len(full.theirs_due) > 2 and full.ours_due
    limited = today_agenda(demo_journal, today=later, limit=2)
    assert limited.theirs_due == full.theirs_due[:2]
    assert limited.ours_due == full.ours_due[:2]
    assert limited.theirs_due_count == len(full.theirs_due) == full.theirs_due_total
    assert limited.ours_due_count == len(full.ours_due) == full.ours_due_total
    same_rest = replace(
        limited,
        theirs_due=full.theirs_due,
        ours_due=full.ours_due,
    )
    assert same_rest == full


def test_a_limit_of_nothing_still_counts(demo_journal):
    limited = today_agenda(demo_journal, today=TODAY + timedelta(days=400), limit=0)
    assert limited.theirs_due == () and limited.ours_due == ()
    assert limited.theirs_due_count > 0 and limited.ours_due_count > 0


def test_an_agenda_made_elsewhere_counts_its_own_rows(demo_journal):
    full = today_agenda(demo_journal, today=TODAY)
    bare = replace(full, theirs_due_total=None, ours_due_total=None)
    assert bare.theirs_due_count == len(full.theirs_due)
    assert bare.ours_due_count == len(full.ours_due)


def test_the_organisation_list_without_last_contact_differs_only_there(demo_journal):
    full = list_organisations(demo_journal)
    quick = list_organisations(demo_journal, with_last_contact=False)
    assert any(row.last_contact_on for row in full)
    assert all(row.last_contact_on is None for row in quick)
    assert [replace(row, last_contact_on=None) for row in full] == quick


def test_pages_of_meetings_walk_the_same_list_as_listing_them(demo_journal):
    everything = list_meetings(demo_journal, limit=100_000)
    walked = []
    after = None
    while page := meetings_page(demo_journal, after=after, limit=7):
        walked += page
        after = meeting_cursor(page[-1])
    assert walked == everything
