"""Issue 14's new fields through the use cases: a contact's title, further phones and
emails, and an organisation's roles beside its main kind (revision 0004)."""

from __future__ import annotations

import pytest

from bigjournal.errors import AmbiguousNameError, ValidationError
from bigjournal.journal import undo
from bigjournal.journal.organisations import (
    add_organisation,
    delete_organisation,
    list_organisations,
    organisation_detail,
    update_organisation,
)
from bigjournal.journal.people import (
    add_contact,
    contact_detail,
    delete_contact,
    list_contacts,
    update_contact,
)
from bigjournal.journal.personal_data import subject_access_export
from bigjournal.journal.search import search
from bigjournal.store import Journal


@pytest.fixture
def council(journal: Journal) -> int:
    return add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority").id


def test_a_title_is_kept_apart_so_the_list_sorts_by_name(journal: Journal, council: int) -> None:
    add_contact(journal, name="Zoe Adams", title="Cllr", organisation=council)
    add_contact(journal, name="Brian Hollis", title="Dr", organisation=council)
    add_contact(journal, name="Carol Marsh", organisation=council)
    rows = list_contacts(journal)
    assert [c.name for c in rows] == ["Brian Hollis", "Carol Marsh", "Zoe Adams"]
    assert [c.display_name for c in rows] == ["Dr Brian Hollis", "Carol Marsh", "Cllr Zoe Adams"]


def test_a_title_is_searched_and_checked(journal: Journal, council: int) -> None:
    helen = add_contact(journal, name="Helen Briggs", title="  Cllr ", organisation=council)
    assert contact_detail(journal, helen.id).contact.title == "Cllr"
    assert [hit.id for hit in search(journal, "Cllr Briggs") if hit.kind == "contact"] == [helen.id]
    with pytest.raises(ValidationError) as refused:
        update_contact(journal, helen.id, {"title": "Councillor " * 5})
    assert refused.value.field == "title"
    assert "under 40" in str(refused.value)


def test_further_phones_and_emails_keep_their_order_and_each_email_is_checked(
    journal: Journal, council: int
) -> None:
    gareth = add_contact(
        journal,
        name="Gareth Lloyd",
        organisation=council,
        phone="01632 960101",
        email="gareth@example.org",
        other_phones="07700 900101\n\n01632 960999 (office) ",
        other_emails=["g.lloyd@example.org", "G.Lloyd@example.org", ""],
    )
    row = contact_detail(journal, gareth.id).contact
    assert row.other_phones == ("07700 900101", "01632 960999 (office)")
    assert row.phones == ("01632 960101", "07700 900101", "01632 960999 (office)")
    assert row.emails == ("gareth@example.org", "g.lloyd@example.org")  # a repeat dropped
    with pytest.raises(ValidationError) as refused:
        update_contact(journal, gareth.id, {"other_emails": ["ok@example.org", "not an email"]})
    assert refused.value.field == "other_emails"
    assert "not an email" in str(refused.value)
    assert contact_detail(journal, gareth.id).contact.other_emails == ("g.lloyd@example.org",)
    update_contact(journal, gareth.id, {"other_phones": [], "other_emails": "a@example.org; "})
    row = contact_detail(journal, gareth.id).contact
    assert (row.other_phones, row.other_emails) == ((), ("a@example.org",))


def test_an_organisation_has_roles_beside_its_main_kind(journal: Journal) -> None:
    homes = add_organisation(
        journal,
        name="Riverside Homes",
        kind="housing_association",
        other_kinds=["LTO", "housing_association"],
    )
    detail = organisation_detail(journal, homes.id)
    assert [k.value for k in detail.kinds] == ["housing_association", "lto"]
    version = detail.version
    update_organisation(journal, homes.id, {"other_kinds": ["lto", "funder"]})
    detail = organisation_detail(journal, homes.id)
    assert [k.value for k in detail.other_kinds] == ["funder", "lto"]
    assert detail.version > version  # another save on an older copy is refused
    # Making the LTO role the main kind takes it out of the others.
    update_organisation(journal, homes.id, {"kind": "lto"})
    (row,) = list_organisations(journal)
    assert [k.value for k in row.kinds] == ["lto", "funder"]
    with pytest.raises(ValidationError) as refused:
        update_organisation(journal, homes.id, {"other_kinds": ["bank"]})
    assert refused.value.field == "other_kinds"


def test_undoing_a_deletion_brings_back_the_roles_and_phones(journal: Journal) -> None:
    homes = add_organisation(journal, name="Riverside Homes", kind="housing_association")
    update_organisation(journal, homes.id, {"other_kinds": ["lto"]})
    karen = add_contact(
        journal, name="Karen Booth", title="Mrs", organisation=homes.id, other_phones=["0800"]
    )
    snapshot = undo.snapshot_deletion(journal, "organisation", homes.id)
    delete_organisation(journal, homes.id)
    assert list_organisations(journal) == []
    undo.restore(journal, snapshot)
    assert [k.value for k in organisation_detail(journal, homes.id).kinds] == [
        "housing_association",
        "lto",
    ]
    back = contact_detail(journal, karen.id).contact
    assert (back.title, back.other_phones) == ("Mrs", ("0800",))
    snapshot = undo.snapshot_deletion(journal, "contact", karen.id)
    delete_contact(journal, karen.id)
    undo.restore(journal, snapshot)
    assert contact_detail(journal, karen.id).contact.display_name == "Mrs Karen Booth"


def test_a_subject_access_export_lists_every_phone_and_email(
    journal: Journal, council: int
) -> None:
    add_contact(
        journal,
        name="Priya Shah",
        title="Dr",
        organisation=council,
        email="priya@example.org",
        other_emails=["p.shah@example.org", "priya.home@example.org"],
        other_phones=["07700 900303"],
    )
    report = subject_access_export(journal, contact="Priya Shah")
    assert report.details["title"] == "Dr"
    assert report.details["other_emails"] == ["p.shah@example.org", "priya.home@example.org"]
    assert report.details["other_phones"] == ["07700 900303"]


def test_a_contact_is_found_by_their_name_with_or_without_the_title(
    journal: Journal, council: int
) -> None:
    from bigjournal.journal.people import find_contact

    helen = add_contact(journal, name="Helen Briggs", title="Cllr", organisation=council)
    add_contact(journal, name="Helen Briggs-Moore", organisation=council)
    assert find_contact(journal, "cllr helen briggs").id == helen.id
    assert find_contact(journal, "Helen Briggs").id == helen.id  # the exact name wins
    with pytest.raises(AmbiguousNameError) as several:
        find_contact(journal, "Helen")
    assert "Helen Briggs (#" in str(several.value) and "Helen Briggs-Moore (#" in str(several.value)


@pytest.mark.sqlite_only  # reads the SQLite file's raw bytes
def test_forgetting_a_contact_erases_their_further_phones_and_emails(
    journal: Journal, council: int
) -> None:
    from bigjournal.journal.personal_data import forget_contact

    karen = add_contact(
        journal,
        name="Karen Booth",
        title="Mrs",
        organisation=council,
        other_phones=["07700 955123"],
        other_emails=["karen.private@example.org"],
    )
    assert journal.path is not None
    journal.checkpoint()
    assert b"karen.private@example.org" in journal.path.read_bytes()
    forget_contact(journal, karen.id)
    journal.checkpoint()
    raw = journal.path.read_bytes()
    for trace in ("karen.private@example.org", "07700 955123"):
        assert trace.encode() not in raw, f"{trace} still on disk"
    assert search(journal, "Mrs") == []


def test_the_registers_carry_titles_further_phones_and_roles(journal: Journal) -> None:
    import csv
    import io

    from bigjournal.exchange.registers import register_csv

    homes = add_organisation(
        journal, name="Riverside Homes", kind="housing_association", other_kinds=["lto"]
    )
    add_contact(
        journal,
        name="Karen Booth",
        title="Mrs",
        organisation=homes.id,
        other_phones=["07700 900400", "01632 960401"],
        other_emails=["k.booth@example.org"],
    )
    contacts, _ = register_csv(journal, "contacts")
    (karen,) = csv.DictReader(io.StringIO(contacts.lstrip("\ufeff")))
    assert (karen["Name"], karen["Title"]) == ("Karen Booth", "Mrs")
    assert karen["Other phones"] == "07700 900400; 01632 960401"
    assert karen["Other emails"] == "k.booth@example.org"
    organisations, _ = register_csv(journal, "organisations")
    (row,) = csv.DictReader(io.StringIO(organisations.lstrip("\ufeff")))
    assert (row["Kind"], row["Other roles"]) == (
        "Housing association",
        "Locally Trusted Organisation (LTO)",
    )
