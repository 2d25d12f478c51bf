"""Issue 21, item 3: the map's data — groups by kind, departments beside their parent,
health, holders, active contacts and the three warnings, in a fixed few statements."""

from __future__ import annotations

from datetime import date, timedelta

from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.handovers import LeavingDraft, contact_leaves
from bigjournal.journal.health import health_of_organisations
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member
from bigjournal.journal.relationship_map import (
    GONE_QUIET_WORDS,
    HANDOVER_WORDS,
    SINGLE_POINT_WORDS,
    relationship_map,
)
from bigjournal.store import Journal
from tests.conftest import TODAY
from tests.statements import counted_statements


def _partnership(journal: Journal) -> dict[str, int]:
    """A council with two departments, a housing association, a quiet school."""
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Eastfield Together"})
    asha = add_member(journal, name="Asha Patel", role="chair").id
    tom = add_member(journal, name="Tom Reid", role="worker").id
    gone = add_member(
        journal, name="Gwen Old", role="resident member", stepped_down_on=date(2025, 1, 1)
    ).id
    council = add_organisation(
        journal,
        name="Eastfield Borough Council",
        kind="local_authority",
        relationship_type="powerful_ally",
        contact_every_days=30,
        holders=[asha, tom],
    ).id
    highways = add_organisation(
        journal, name="Highways", kind="council_department", parent=council
    ).id
    parks = add_organisation(journal, name="Parks", kind="council_department", parent=council).id
    housing = add_organisation(
        journal,
        name="Eastfield Homes",
        kind="housing_association",
        relationship_type="client_or_contractor",
        holders=[asha, gone],
    ).id
    school = add_organisation(
        journal,
        name="Eastfield Academy",
        kind="school_or_college",
        contact_every_days=28,
        holders=[tom, asha],
    ).id
    # Council: one contact on its own books, two in its departments (one leaves).
    add_contact(journal, name="Priya Officer", organisation=council)
    add_contact(journal, name="Dev Roads", organisation=highways)
    leaver = add_contact(journal, name="Lee Parks", organisation=parks).id
    add_contact(journal, name="Kim Greens", organisation=parks)
    contact_leaves(
        journal,
        leaver,
        LeavingDraft(left_on=TODAY - timedelta(days=5), post_vacant=True),
        today=TODAY,
    )
    add_contact(journal, name="Hana Housing", organisation=housing)
    add_contact(journal, name="Sol Head", organisation=school)
    add_contact(journal, name="Ola Deputy", organisation=school)
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=3), kind="meeting", organisations=[highways]
        ),
    )
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=80), kind="meeting", organisations=[school]
        ),
    )
    return {
        "council": council,
        "highways": highways,
        "parks": parks,
        "housing": housing,
        "school": school,
    }


def test_the_map_groups_by_kind_with_departments_beside_their_council(journal: Journal) -> None:
    ids = _partnership(journal)
    world = relationship_map(journal, today=TODAY)
    assert world.partnership == "Eastfield Together"
    assert [(g.name, [o.name for o in g.organisations]) for g in world.groups] == [
        ("Councils", ["Eastfield Borough Council"]),
        ("Housing associations", ["Eastfield Homes"]),
        ("Schools and colleges", ["Eastfield Academy"]),
    ]
    council, housing, school = world.organisations
    assert [d.organisation.name for d in council.departments] == ["Highways", "Parks"]
    assert [d.active_contacts for d in council.departments] == [1, 1]
    assert council.active_contacts == 3  # its own and its departments', not the leaver
    assert council.holders == ("Asha Patel", "Tom Reid")
    assert council.relationship_type is not None
    assert council.relationship_type.label == "Powerful ally"
    # Contact with a department is contact with the council: its rhythm is kept.
    assert (council.single_point, council.gone_quiet, council.handover_pending) == (
        False,
        False,
        True,
    )
    assert council.warnings() == (HANDOVER_WORDS,)
    # One active contact, and of its holders one still serves: hangs on one person.
    assert housing.holders == ("Asha Patel",)
    assert housing.single_point and not housing.gone_quiet and not housing.handover_pending
    # Its four-week rhythm lapsed eighty days ago: gone quiet, as Today says.
    assert school.gone_quiet and not school.single_point
    assert school.warnings() == (GONE_QUIET_WORDS,)
    assert SINGLE_POINT_WORDS in housing.describe()
    assert "Eastfield Academy" in world.describe()
    assert ids["council"] == council.organisation.id


def test_the_map_agrees_with_the_health_list_and_todays_warnings(demo_journal: Journal) -> None:
    world = relationship_map(demo_journal, today=TODAY)
    health = health_of_organisations(demo_journal, today=TODAY)
    agenda = today_agenda(demo_journal, today=TODAY)
    drawn = world.organisations
    assert drawn
    for point in drawn:
        assert point.health == health[point.organisation.id]
        for department in point.departments:
            assert department.health is health[department.organisation.id].word
    assert {o.organisation.id for o in drawn if o.single_point} == {
        risk.organisation.id for risk in agenda.single_points
    }
    rhythmic_quiet = {q.organisation.id for q in agenda.gone_quiet}
    assert rhythmic_quiet <= {o.organisation.id for o in drawn if o.gone_quiet}
    departments = {d.organisation.id for o in drawn for d in o.departments}
    assert departments and not departments & {o.organisation.id for o in drawn}


def test_the_map_is_read_in_a_few_statements_however_many_organisations(
    journal: Journal,
) -> None:
    _partnership(journal)
    with counted_statements(journal) as few:
        relationship_map(journal, today=TODAY)
    for number in range(30):
        parent = add_organisation(journal, name=f"Charity {number}", kind="voluntary_organisation")
        add_organisation(journal, name=f"Team {number}", kind="other", parent=parent.id)
        add_contact(journal, name=f"Person {number}", organisation=parent.id)
    with counted_statements(journal) as many:
        world = relationship_map(journal, today=TODAY)
    assert len(world.organisations) == 33
    assert len(many) == len(few) <= 15


def test_an_empty_journal_has_an_empty_map_that_says_so(journal: Journal) -> None:
    world = relationship_map(journal, today=TODAY)
    assert world.is_empty
    assert "no organisations" in world.describe()
