"""Issue 16 (10): a NUL byte in an archive or a vCard never crashes an import on PostgreSQL.

PostgreSQL cannot hold a NUL in text at all (SQLite can), so a NUL that reached the
server would fail the statement with a driver error. Each file below is imported into
the same demo journal twice — a SQLite file and a PostgreSQL database — and must have
the same outcome on both: refused in a sentence, nothing changed; or imported with the
NUL stripped (a vCard's note, where exporters pad with it). Never an exception that is
not a :class:`JournalError`, and never a NUL stored.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bigjournal.errors import JournalError
from bigjournal.exchange import import_archive, read_archive
from bigjournal.exchange.vcard import import_vcards, plan_vcard_import, read_vcard_file
from bigjournal.journal.people import list_contacts
from bigjournal.model import Contact
from bigjournal.store import Journal, open_journal
from tests.fuzz.archive_fuzzer import demo_archive
from tests.postgres_server import PostgresServer
from tests.unit.exchange.exchange_support import forge, zip_members

NUL = "\x00"


@pytest.fixture
def both_journals(
    demo_template: Path,
    postgres_server: PostgresServer,
    postgres_demo_template: str,
    tmp_path: Path,
) -> Iterator[Callable[[], Iterator[Journal]]]:
    """Opens the demo journal as a SQLite file, then as a PostgreSQL database (fresh)."""
    made: list[str] = []

    def journals() -> Iterator[Journal]:
        copy = tmp_path / f"demo-{len(made)}.sqlite"
        shutil.copyfile(demo_template, copy)
        with open_journal(copy, automatic_backups=False) as laptop:
            yield laptop
        name = postgres_server.new_database_name("nul")
        made.append(name)
        url = postgres_server.create_database(name, template=postgres_demo_template)
        with open_journal(url) as shared:
            yield shared

    yield journals
    for name in made:
        postgres_server.drop_database(name)


def _counts(journal: Journal) -> dict[str, int]:
    with journal.reading() as session:
        return {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("organisations", "contacts", "interactions", "promises", "settings")
        }


def _outcome(journal: Journal, attempt: Callable[[Journal], Any]) -> tuple[str, str]:
    before = _counts(journal)
    try:
        attempt(journal)
    except JournalError as error:
        assert _counts(journal) == before, "a refused import changed the journal"
        return "refused", str(error)
    return "imported", json.dumps(_counts(journal))


# --- archives ------------------------------------------------------------------------

ARCHIVE_CASES = [
    ("organisations", "name", f"Riverside{NUL}Homes"),
    ("organisations", "notes", f"{NUL}"),
    ("contacts", "private_notes", f"rings after six{NUL}"),
    ("contacts", "name", NUL * 3),
    ("interactions", "title", f"Walkabout{NUL}"),
    ("promises", "description", f"Fix the lamp{NUL}s"),
    ("organisations", "kind", f"local_authority{NUL}"),
    ("contacts", "uuid", f"{NUL}" * 36),
    ("settings", "value", f"Millbrook{NUL}"),
]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return demo_archive(tmp_path_factory.mktemp("seed"))


def _archive_with(seed: bytes, table: str, field: str, value: str, *, new: bool) -> bytes:
    members = zip_members(seed)
    name = f"data/{table}.jsonl"
    lines = members[name].decode().splitlines()
    record = json.loads(lines[0])
    record[field] = value
    if new and "uuid" in record and field != "uuid":  # a record the journal does not have
        record["uuid"] = "0badc0de-0000-4000-8000-000000000016"
    lines[0] = json.dumps(record)
    members[name] = "".join(f"{line}\n" for line in lines).encode()
    return forge(members)


@pytest.mark.parametrize("new", [False, True], ids=["changed record", "new record"])
@pytest.mark.parametrize("case", ARCHIVE_CASES, ids=lambda c: f"{c[0]}.{c[1]}")
def test_a_nul_in_an_archive_is_refused_alike_on_both_databases(
    seed: bytes,
    case: tuple[str, str, str],
    new: bool,
    both_journals: Callable[[], Iterator[Journal]],
    tmp_path: Path,
) -> None:
    source = tmp_path / "nul.bigjournal"
    source.write_bytes(_archive_with(seed, *case, new=new))

    def attempt(journal: Journal) -> None:
        import_archive(journal, read_archive(source))

    outcomes = [_outcome(journal, attempt) for journal in both_journals()]
    assert outcomes[0] == outcomes[1]
    verdict, message = outcomes[0]
    assert verdict == "refused", "a NUL was accepted into a journal"
    assert "NUL" in message or "not a record identity" in message or "unknown value" in message


# --- vCards --------------------------------------------------------------------------

VCARD_CASES = {
    "FN": f"Ruth{NUL}Okafor",
    "ORG": f"Ashford Vale{NUL}Council;Hous{NUL}ing",
    "TITLE": f"Ward{NUL}councillor",
    "TEL": f"01632{NUL}960123",
    "EMAIL": f"ruth{NUL}@example.org",
    "NOTE": f"Prefers{NUL} mornings{NUL}{NUL}",
    "UID": f"urn:uuid:{NUL}1234",
}


def _vcard(prop: str, value: str) -> bytes:
    fields = {
        "FN": "Ruth Okafor",
        "ORG": "Ashford Vale Council",
        "TITLE": "Ward councillor",
        "TEL": "01632 960123",
        "EMAIL": "ruth@example.org",
        "NOTE": "Prefers mornings",
        "UID": "urn:uuid:6a0c3b3e-3c1b-4f8e-9a7e-16dec0de0016",
        prop: value,
    }
    lines = ["BEGIN:VCARD", "VERSION:3.0", *(f"{k}:{v}" for k, v in fields.items()), "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@pytest.mark.parametrize("prop", list(VCARD_CASES))
def test_a_nul_in_a_vcard_is_refused_or_stripped_alike_on_both_databases(
    prop: str, both_journals: Callable[[], Iterator[Journal]], tmp_path: Path
) -> None:
    source = tmp_path / "nul.vcf"
    source.write_bytes(_vcard(prop, VCARD_CASES[prop]))
    stored: list[list[tuple[str, ...]]] = []

    def attempt(journal: Journal) -> None:
        cards = read_vcard_file(source)
        plan = plan_vcard_import(journal, cards, add_organisations=True)
        import_vcards(journal, plan)

    outcomes = []
    for journal in both_journals():
        outcomes.append(_outcome(journal, attempt))
        list_contacts(journal, include_left=True)  # the journal still shows its contacts
        with journal.reading() as session:
            rows = session.execute(
                select(
                    Contact.name, Contact.role, Contact.phone, Contact.email, Contact.notes
                ).where(Contact.name.like("Ruth%"))
            ).all()
            stored.append(sorted(tuple(row) for row in rows))
            names = session.execute(text("SELECT name FROM organisations")).scalars().all()
            assert not any(NUL in name for name in names)
    assert outcomes[0] == outcomes[1]
    assert stored[0] == stored[1]
    assert not any(NUL in value for rows in stored for row in rows for value in row)
