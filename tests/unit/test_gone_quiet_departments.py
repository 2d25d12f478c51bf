"""Issue 16 (11): a meeting with a council's department is contact with the council.

The organisation page already counted it; Today and the organisation list said the
council had gone quiet. All three now agree.
"""

from __future__ import annotations

from datetime import timedelta

from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import (
    add_organisation,
    list_organisations,
    organisation_detail,
    update_organisation,
)
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
