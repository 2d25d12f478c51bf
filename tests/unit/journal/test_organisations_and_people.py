"""Use cases for organisations, contacts and members, on a real journal file."""

from __future__ import annotations

import pytest

from bigjournal.errors import AmbiguousNameError, ConflictError, NotFoundError, ValidationError
from bigjournal.journal.organisations import (
    add_organisation,
    delete_organisation,
    find_organisation,
    link_organisations,
    list_organisations,
    organisation_deletion_impact,
    organisation_detail,
    unlink_organisations,
    update_organisation,
)
from bigjournal.journal.people import (
    add_contact,
    add_member,
    contact_detail,
    list_contacts,
    list_members,
    update_contact,
)
from bigjournal.model.vocabulary import (
    ContactKind,
    OrganisationKind,
    Purpose,
    RelationshipType,
)
from bigjournal.store import Journal


@pytest.fixture
def council(journal: Journal) -> int:
    add_member(journal, name="Aisha Rahman", role="chair")
    add_member(journal, name="Tom Kowalski", role="worker")
    return add_organisation(
        journal,
        name="Ashford Vale Borough Council",
        kind="local authority",
        council_tier="district_or_borough",
        relationship_type="Powerful ally",
        purposes=["co_design", "funding", "co_design"],
        holders=["Aisha Rahman", "tom kowalski"],
        contact_every_days=28,
    ).id


def test_organisation_keeps_its_relationship(journal: Journal, council: int) -> None:
    detail = organisation_detail(journal, council)
    assert detail.kind is OrganisationKind.LOCAL_AUTHORITY
    assert detail.relationship_type is RelationshipType.POWERFUL_ALLY
    assert detail.purposes == (Purpose.CO_DESIGN, Purpose.FUNDING)
    assert [h.name for h in detail.holders] == ["Aisha Rahman", "Tom Kowalski"]
    assert detail.contact_every_days == 28
    assert len(detail.uuid) == 36 and detail.version == 1


def test_departments_form_a_tree_and_cannot_contain_themselves(
    journal: Journal, council: int
) -> None:
    highways = add_organisation(journal, name="Highways", kind="council_department", parent=council)
    team = add_organisation(
        journal, name="Street lighting team", kind="council_department", parent="Highways"
    )
    rows = {r.name: r for r in list_organisations(journal)}
    assert rows["Highways"].parent_id == council
    assert rows["Street lighting team"].parent_id == highways.id
    with pytest.raises(ValidationError, match="cannot be part of itself"):
        update_organisation(journal, council, {"parent": team.id})
    assert [c.name for c in organisation_detail(journal, council).children] == ["Highways"]


def test_councils_at_different_tiers_are_linked(journal: Journal, council: int) -> None:
    add_organisation(
        journal, name="Kentshire County Council", kind="local_authority", council_tier="county"
    )
    link_organisations(journal, council, "Kentshire County Council", "covers the borough")
    link_organisations(
        journal, "Kentshire County Council", council, "the county covers the borough"
    )
    links = organisation_detail(journal, council).links
    assert [(link.organisation.name, link.description) for link in links] == [
        ("Kentshire County Council", "the county covers the borough")
    ]
    with pytest.raises(ValidationError, match="itself"):
        link_organisations(journal, council, council)


def test_unlinking_forgets_the_link_either_way_round_and_nothing_else(
    journal: Journal, council: int
) -> None:
    county = add_organisation(journal, name="Kentshire County Council", kind="local_authority")
    parish = add_organisation(journal, name="Millbrook Parish Council", kind="local_authority")
    link_organisations(journal, council, county.id, "county and borough")
    link_organisations(journal, parish.id, council, "the parish")

    first, second = unlink_organisations(journal, county.id, council)  # named the other way
    assert (first.name, second.name) == ("Kentshire County Council", "Ashford Vale Borough Council")
    assert [link.organisation.name for link in organisation_detail(journal, council).links] == [
        "Millbrook Parish Council"
    ]
    assert organisation_detail(journal, county.id).links == ()
    assert len(list_organisations(journal)) == 3
    with pytest.raises(ValidationError, match="are not linked, so there is no link to remove"):
        unlink_organisations(journal, council, "Kentshire County")


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"name": "   ", "kind": "local_authority"}, "cannot be empty"),
        ({"name": "x" * 201, "kind": "local_authority"}, "too long"),
        ({"name": "A", "kind": "spaceship"}, "not a kind of organisation"),
        ({"name": "A", "kind": "police", "contact_every_days": "monthly"}, "number of days"),
        ({"name": "A", "kind": "police", "contact_every_days": -3}, "between 1 day"),
        ({"name": "A", "kind": "police", "email": "not-an-address"}, "email address"),
        ({"name": "A", "kind": "police", "parent": "Nowhere Council"}, "no organisation called"),
        ({"name": "A", "kind": "police", "holders": ["Nobody"]}, "no partnership member"),
    ],
)
def test_bad_organisation_input_is_explained_and_nothing_is_written(
    journal: Journal, details: dict[str, object], message: str
) -> None:
    with pytest.raises((ValidationError, NotFoundError), match=message):
        add_organisation(journal, **details)  # type: ignore[arg-type]
    assert list_organisations(journal) == []


def test_names_are_found_forgivingly_and_ambiguity_is_explained(
    journal: Journal, council: int
) -> None:
    add_organisation(journal, name="Ashford Vale Housing", kind="housing_association")
    assert find_organisation(journal, "ashford vale borough council").id == council
    assert find_organisation(journal, "Borough").id == council
    assert find_organisation(journal, f"#{council}").id == council
    with pytest.raises(AmbiguousNameError, match="More than one organisation") as caught:
        find_organisation(journal, "Ashford")
    assert len(caught.value.candidates) == 2


def test_an_edit_from_a_stale_copy_is_refused(journal: Journal, council: int) -> None:
    version = organisation_detail(journal, council).version
    update_organisation(journal, council, {"notes": "first"}, expected_version=version)
    with pytest.raises(ConflictError, match="Someone else changed"):
        update_organisation(journal, council, {"notes": "second"}, expected_version=version)
    assert organisation_detail(journal, council).notes == "first"


def test_contacts_officers_and_elected_members(journal: Journal, council: int) -> None:
    add_contact(
        journal,
        name="Gareth Lloyd",
        organisation=council,
        role="Community Development Manager",
        email="gareth@example.org",
        preferred_contact="email",
    )
    add_contact(
        journal,
        name="Cllr Brian Hollis",
        organisation="Ashford Vale Borough Council",
        kind="elected_member",
        ward="Millbrook",
        term_ends_on="2027-05-06",
    )
    rows = {c.name: c for c in list_contacts(journal)}
    assert rows["Cllr Brian Hollis"].kind is ContactKind.ELECTED_MEMBER
    assert rows["Cllr Brian Hollis"].term_ends_on.isoformat() == "2027-05-06"  # type: ignore[union-attr]
    assert rows["Gareth Lloyd"].organisation.id == council
    with pytest.raises(ValidationError, match="year-month-day"):
        add_contact(journal, name="X", organisation=council, term_ends_on="next May")
    with pytest.raises(ValidationError, match="organisation this person works for"):
        update_contact(journal, rows["Gareth Lloyd"].id, {"organisation": ""})


def test_contact_detail_keeps_private_notes_apart(journal: Journal, council: int) -> None:
    gareth = add_contact(
        journal,
        name="Gareth Lloyd",
        organisation=council,
        notes="Champion",
        private_notes="Going through a hard time at home",
    )
    detail = contact_detail(journal, gareth.id)
    assert detail.contact.notes == "Champion"
    assert detail.private_notes == "Going through a hard time at home"


def test_members_with_roles_conflicts_and_what_they_hold(journal: Journal, council: int) -> None:
    add_member(
        journal,
        name="Cllr Helen Briggs",
        role="non-resident member",
        conflicts_of_interest="Ward councillor on the borough",
    )
    rows = {m.name: m for m in list_members(journal)}
    assert rows["Cllr Helen Briggs"].conflicts_of_interest == "Ward councillor on the borough"
    assert [o.name for o in rows["Aisha Rahman"].holds] == ["Ashford Vale Borough Council"]
    with pytest.raises(ValidationError, match="role in the partnership"):
        add_member(journal, name="Z", role="emperor")


def test_deleting_an_organisation_says_what_goes_with_it(journal: Journal, council: int) -> None:
    other = add_organisation(journal, name="Riverside Homes", kind="housing_association")
    add_contact(journal, name="Karen Booth", organisation=other.id)
    impact = organisation_deletion_impact(journal, other.id)
    assert impact.contacts == 1
    assert "1 contact will be deleted" in impact.describe().replace("contact will", "contact will")
    delete_organisation(journal, other.id)
    assert [o.name for o in list_organisations(journal)] == ["Ashford Vale Borough Council"]
    assert list_contacts(journal) == []
    add_organisation(journal, name="Highways", kind="council_department", parent=council)
    with pytest.raises(ValidationError, match="department"):
        delete_organisation(journal, council)
