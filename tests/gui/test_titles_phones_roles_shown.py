"""The window shows issue 14's new fields: an organisation's other roles, a contact's
title and further phones and emails (display only; the forms come separately)."""

from __future__ import annotations

from typing import Any

from bigjournal.journal.organisations import find_organisation
from bigjournal.journal.people import find_contact, update_contact


def test_the_organisation_page_names_every_role(window: Any, demo_journal: Any) -> None:
    homes = find_organisation(demo_journal, "Riverside Homes")
    window.open_record("organisation", homes.id)
    text = window.organisations_view.ui.detail_browser.toPlainText()
    assert "Housing association, Locally Trusted Organisation (LTO)" in text


def test_the_contact_page_shows_the_title_and_every_phone_and_email(
    window: Any, demo_journal: Any
) -> None:
    gareth = find_contact(demo_journal, "Gareth Lloyd")
    update_contact(
        demo_journal,
        gareth.id,
        {"title": "Mr", "other_phones": ["07700 900101"], "other_emails": ["g@example.org"]},
    )
    window.open_record("contact", gareth.id)
    view = window.contacts_view
    assert view.ui.name_label.text().startswith("Mr Gareth Lloyd — ")
    text = view.ui.detail_browser.toPlainText()
    assert "07700 900101" in text and "g@example.org" in text
    council = find_organisation(demo_journal, "Ashford Vale Borough Council")
    window.open_record("organisation", council.id)
    assert "Mr Gareth Lloyd" in window.organisations_view.ui.detail_browser.toPlainText()
