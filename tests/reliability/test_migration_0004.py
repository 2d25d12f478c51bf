"""Revision 0004: a journal of schema 0003 upgrades with its data, and takes the new fields.

The new fields (issue 14): a contact's ``title`` and further phones and emails
(``other_phones``, ``other_emails``), and an organisation's roles beside its main kind
(``organisation_kinds``). On SQLite the shipped 0003 fixture is upgraded; on PostgreSQL
a database is migrated to 0003, filled through plain SQL, then opened by the app.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bigjournal.journal.organisations import (
    list_organisations,
    organisation_detail,
    update_organisation,
)
from bigjournal.journal.people import contact_detail, list_contacts, update_contact
from bigjournal.journal.search import search
from bigjournal.store import open_journal
from bigjournal.store.migrations import alembic_config, head_revision
from tests.postgres_server import PostgresServer

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))
from make_fixtures import describe  # noqa: E402

FIXTURE_0003 = DATA / "journal-0003.sqlite"


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.mark.sqlite_only
def test_a_0003_journal_upgrades_keeping_every_contact_and_organisation(tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURE_0003, journal_path)
    contacts_before = _rows(
        journal_path,
        "SELECT id, uuid, name, role, phone, email, notes, version FROM contacts ORDER BY id",
    )
    organisations_before = _rows(
        journal_path, "SELECT id, uuid, name, kind, version FROM organisations ORDER BY id"
    )
    assert describe(journal_path)["revision"] == "0003"

    with open_journal(journal_path) as journal:
        contacts = {row.id: row for row in list_contacts(journal)}
        organisations = list_organisations(journal)

    assert describe(journal_path)["revision"] == head_revision()
    assert (
        _rows(
            journal_path,
            "SELECT id, uuid, name, role, phone, email, notes, version FROM contacts ORDER BY id",
        )
        == contacts_before
    )
    assert (
        _rows(journal_path, "SELECT id, uuid, name, kind, version FROM organisations ORDER BY id")
        == organisations_before
    )
    # The old names keep what was typed; the new fields start empty.
    assert {c.name for c in contacts.values()} == {row[2] for row in contacts_before}
    assert all(c.title == "" and c.other_phones == () for c in contacts.values())
    assert all(o.other_kinds == () for o in organisations)
    assert _rows(journal_path, "PRAGMA integrity_check") == [("ok",)]
    # The contacts' search triggers survived the new columns and read the title.
    triggers = _rows(
        journal_path, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'c%'"
    )
    assert {name for (name,) in triggers} >= {
        "contacts_search_insert",
        "contacts_search_update",
        "contacts_search_delete",
    }


@pytest.mark.sqlite_only
def test_an_upgraded_journal_takes_titles_more_phones_and_more_roles(tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURE_0003, journal_path)
    with open_journal(journal_path) as journal:
        _use_the_new_fields(journal)


def _use_the_new_fields(journal: object) -> None:
    from bigjournal.store import Journal

    assert isinstance(journal, Journal)
    contact = list_contacts(journal)[0]
    update_contact(
        journal,
        contact.id,
        {
            "title": "Revd",
            "other_phones": ["07700 900999"],
            "other_emails": "second@example.org\nthird@example.org",
        },
    )
    shown = contact_detail(journal, contact.id).contact
    assert shown.title == "Revd"
    assert shown.name == contact.name
    assert shown.other_phones == ("07700 900999",)
    assert shown.other_emails == ("second@example.org", "third@example.org")
    assert any(hit.kind == "contact" and hit.id == contact.id for hit in search(journal, "Revd"))

    organisation = next(o for o in list_organisations(journal) if o.parent_id is None)
    update_organisation(journal, organisation.id, {"other_kinds": ["lto", "funder"]})
    detail = organisation_detail(journal, organisation.id)
    assert [k.value for k in detail.other_kinds] == ["funder", "lto"]
    assert detail.kinds[0] is organisation.kind


def _migrate_to(url: str, revision: str) -> None:
    from alembic import command

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_0003_team_journal_upgrades_on_postgresql_keeping_its_data(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.new_database_name("m0004")
    url = postgres_server.create_database(name)
    try:
        _migrate_to(url, "0003")
        engine = create_engine(url)
        stamp = "now()"
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO organisations (id, uuid, created_at, updated_at, version, name, "
                    "kind, phone, email, website, address, notes, relationship_notes, next_steps) "
                    f"VALUES (1, '00000000-0000-4000-8000-000000000001', {stamp}, {stamp}, 3, "
                    "'Riverside Homes', 'housing_association', '', '', '', '', 'Our LTO too', "
                    "'', '')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO contacts (id, uuid, created_at, updated_at, version, name, role, "
                    "organisation_id, kind, ward, phone, email, went_to, notes, private_notes) "
                    f"VALUES (1, '00000000-0000-4000-8000-000000000002', {stamp}, {stamp}, 2, "
                    "'Karen Booth', 'Neighbourhood Manager', 1, 'officer', '', '01632 960400', "
                    "'karen@example.org', '', 'Met at the fun day', '')"
                )
            )
        engine.dispose()

        with open_journal(url) as journal:
            (contact,) = list_contacts(journal)
            assert (contact.name, contact.role, contact.phone, contact.email, contact.version) == (
                "Karen Booth",
                "Neighbourhood Manager",
                "01632 960400",
                "karen@example.org",
                2,
            )
            assert (contact.title, contact.other_phones, contact.other_emails) == ("", (), ())
            (organisation,) = list_organisations(journal)
            assert (organisation.name, organisation.other_kinds) == ("Riverside Homes", ())
            assert organisation_detail(journal, 1).notes == "Our LTO too"
            assert [hit.id for hit in search(journal, "Karen")] == [1]
            _use_the_new_fields(journal)
    finally:
        postgres_server.drop_database(name)
