"""Names that are the same to a volunteer: case, accents, punctuation and titles folded."""

from __future__ import annotations

from typing import Any

from bigjournal.journal.names import already_there, fold_name, same_name, split_title
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member


def test_fold_name_sets_aside_case_accents_punctuation_and_titles() -> None:
    assert fold_name("Cllr Sam Okoyé") == fold_name("sam  okoye") == "sam okoye"
    assert fold_name("Dr. Priya Shah") == "priya shah"
    assert fold_name("Øyvind Hansen") == fold_name("OYVIND hansen") == "oyvind hansen"
    assert fold_name("Łukasz") == "lukasz"
    assert fold_name("The Ashford Vale Trust") == "ashford vale trust"
    assert fold_name("Councillor") == "councillor"  # a title alone is still a name
    assert fold_name("Sam Okoye") != fold_name("Sam Okoyes")


def test_same_name_finds_each_kind_and_leaves_out_the_record_edited(journal: Any) -> None:
    council = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    add_organisation(journal, name="Ashford Vale Trust", kind="funder")
    sam = add_contact(journal, name="Cllr Sam Okoye", organisation=council.id)
    add_member(journal, name="Jo Bright", role="chair")

    found = same_name(journal, "organisation", "the ashford vale BOROUGH council")
    assert [m.record.id for m in found] == [council.id]
    contacts = same_name(journal, "contact", "Sam Okoyé")
    assert [(m.record.id, m.where) for m in contacts] == [(sam.id, council.name)]
    assert "Cllr Sam Okoye (Ashford Vale Borough Council)" in already_there(contacts, "a contact")
    assert [m.record.name for m in same_name(journal, "member", "jo bright")] == ["Jo Bright"]
    assert same_name(journal, "contact", "Sam Okoye", except_id=sam.id) == []
    assert same_name(journal, "organisation", "Ashford Vale") == []  # a part is not the same
    assert same_name(journal, "organisation", "  ") == []


def test_split_title_keeps_a_typed_title_apart_from_the_name() -> None:
    assert split_title("Cllr Sam Okoye") == ("Cllr", "Sam Okoye")
    assert split_title("Dr. Priya Shah") == ("Dr.", "Priya Shah")
    assert split_title("The Vicar") == ("", "The Vicar")
    assert split_title("Dr") == ("", "Dr")
    assert split_title("Drew Barry") == ("", "Drew Barry")


def test_readable_value_names_records_and_labels_choices(journal: Any) -> None:
    from bigjournal.journal.names import readable_value

    council = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    jo = add_member(journal, name="Jo Bright", role="chair")
    assert readable_value(journal, "parent", council.id) == "Ashford Vale Borough Council"
    assert readable_value(journal, "holders", [jo.id, 999]) == "Jo Bright, #999"
    assert readable_value(journal, "purposes", ["funding", "co_design"]) == (
        "Funding, Co-design and co-delivery"
    )
    assert readable_value(journal, "phone", "01632 960000") == "01632 960000"
    assert readable_value(journal, "parent", None) is None
