"""Issue 16 (11): a meeting with a council's department is contact with the council.

The organisation page already counted it; Today and the organisation list said the
council had gone quiet. All three now agree.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import (
    add_organisation,
    list_organisations,
    organisation_detail,
    update_organisation,
)
from bigjournal.model import Organisation
from bigjournal.store import Journal
from tests.conftest import TODAY


def test_contact_with_a_department_keeps_its_council_from_going_quiet(
    journal: Journal,
) -> None:
    council = add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    highways = add_organisation(
        journal, name="Kentshire Highways", kind="council_department", parent=council.id
    )
    update_organisation(journal, council.id, {"contact_every_days": 30})
    long_ago = TODAY - timedelta(days=200)
    log_meeting(
        journal, MeetingDraft(occurred_on=long_ago, organisations=[council.id]), today=TODAY
    )
    quiet = {q.organisation.id for q in today_agenda(journal, today=TODAY).gone_quiet}
    assert council.id in quiet  # the test can fail: the council has gone quiet so far

    met = TODAY - timedelta(days=3)
    log_meeting(journal, MeetingDraft(occurred_on=met, organisations=[highways.id]), today=TODAY)
    agenda = today_agenda(journal, today=TODAY)
    assert council.id not in {q.organisation.id for q in agenda.gone_quiet}
    rows = {o.id: o for o in list_organisations(journal)}
    assert rows[council.id].last_contact_on == met
    assert rows[highways.id].last_contact_on == met
    page = organisation_detail(journal, council.id, today=TODAY)
    assert page.last_contact_on == met  # the page, Today and the list agree


def test_today_reads_recent_meetings_first_and_finds_the_same_last_contact(
    journal: Journal,
) -> None:
    """Issue 19: Today reads the meetings since the longest rhythm first and only the
    rest of the history of those not met since; the dates are those of the full scan."""
    from bigjournal.journal import agenda
    from bigjournal.journal.organisations import last_contact_with_parts

    council = add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    highways = add_organisation(
        journal, name="Kentshire Highways", kind="council_department", parent=council.id
    )
    college = add_organisation(journal, name="Millbrook College", kind="school_or_college")
    quiet_one = add_organisation(journal, name="Never Met Trust", kind="funder")
    for organisation, every in ((council, 30), (college, 60), (quiet_one, 14)):
        update_organisation(journal, organisation.id, {"contact_every_days": every})
    for days_ago, where in ((400, highways), (10, college), (90, college), (700, quiet_one)):
        log_meeting(
            journal,
            MeetingDraft(occurred_on=TODAY - timedelta(days=days_ago), organisations=[where.id]),
            today=TODAY,
        )
    for today in (TODAY, TODAY + timedelta(days=365), TODAY - timedelta(days=300)):
        with journal.reading() as session:
            everything = last_contact_with_parts(session)
            rhythmic = session.execute(
                select(Organisation.id, Organisation.contact_every_days).where(
                    Organisation.contact_every_days.is_not(None)
                )
            ).all()
            narrowed = agenda._last_contact_of_rhythmic(session, rhythmic, today)
        wanted = {council.id, college.id, quiet_one.id}
        assert narrowed == {k: v for k, v in everything.items() if k in wanted}
    # The test can fail: the council's date comes from its department, 400 days ago.
    assert narrowed[council.id] == TODAY - timedelta(days=400)
