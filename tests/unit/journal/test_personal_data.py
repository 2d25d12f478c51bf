"""UK GDPR: forgetting a contact everywhere, and a subject access export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from bigjournal.errors import NotFoundError
from bigjournal.journal.jsonable import to_jsonable
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member, list_contacts
from bigjournal.journal.personal_data import forget_contact, subject_access_export
from bigjournal.journal.promises import PromiseDraft, add_promise, list_promises
from bigjournal.journal.search import search
from bigjournal.store import Journal
from tests.conftest import TODAY

SECRET = "zanzibarquokka"  # a word only Gareth's private notes contain


@pytest.fixture
def people(journal: Journal) -> dict[str, int]:
    council = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    gareth = add_contact(
        journal,
        name="Gareth Lloyd",
        organisation=council.id,
        phone="01632 960101",
        email="gareth.lloyd@ashfordvale.example.org",
        private_notes=f"Prefers mornings; code word {SECRET}.",
    )
    priya = add_contact(journal, name="Priya Shah", organisation=council.id)
    aisha = add_member(journal, name="Aisha Rahman", role="chair")
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY,
            kind="meeting",
            title="Lighting walkabout",
            organisations=[council.id],
            contacts=[gareth.id, priya.id],
            members=[aisha.id],
            notes="Gareth Lloyd agreed to send the survey. Mr Lloyd was helpful.",
        ),
        today=TODAY,
    )
    add_promise(
        journal,
        PromiseDraft(
            description="Send the lighting survey",
            side="theirs",
            organisation=council.id,
            made_by=gareth.id,
            due_on=TODAY,
        ),
        made_on=TODAY,
    )
    return {"gareth": gareth.id, "priya": priya.id, "aisha": aisha.id, "council": council.id}


def test_forgetting_a_contact_erases_them_and_lists_notes_that_name_them(
    journal: Journal, people: dict[str, int]
) -> None:
    result = forget_contact(journal, people["gareth"])
    assert result.forgotten.name == "Gareth Lloyd"
    assert result.meetings_unlinked == 1 and result.promises_kept_without_them == 1
    assert [c.name for c in list_contacts(journal)] == ["Priya Shah"]
    (promise,) = list_promises(journal)
    assert promise.description == "Send the lighting survey", "the promise stays"
    assert promise.made_by is None, "…but no longer names the person"
    kinds = {(m.record_kind, m.field) for m in result.mentions}
    assert ("meeting", "notes") in kinds
    assert any("Gareth Lloyd agreed" in m.excerpt for m in result.mentions)
    assert search(journal, SECRET) == [] or not any(
        "Gareth" in str(hit) for hit in search(journal, SECRET)
    )


@pytest.mark.sqlite_only  # reads the SQLite file's raw bytes
def test_forgotten_details_are_gone_from_the_file_itself(
    journal: Journal, people: dict[str, int]
) -> None:
    assert journal.path is not None
    forget_contact(journal, people["gareth"])
    journal.checkpoint()
    with journal.engine.connect() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
    raw = journal.path.read_bytes()
    for trace in (SECRET, "gareth.lloyd@ashfordvale", "01632 960101"):
        assert trace.encode() not in raw, f"{trace} still on disk"
    wal = Path(f"{journal.path}-wal")
    assert not wal.exists() or SECRET.encode() not in wal.read_bytes()


def test_subject_access_export_holds_everything_about_a_contact(
    journal: Journal, people: dict[str, int]
) -> None:
    report = subject_access_export(journal, contact=people["gareth"], today=TODAY)
    assert report.kind == "contact" and report.name == "Gareth Lloyd"
    assert report.details["email"] == "gareth.lloyd@ashfordvale.example.org"
    assert SECRET in report.details["private_notes"]
    assert report.details["organisation"] == "Ashford Vale Borough Council"
    assert [m["title"] for m in report.meetings] == ["Lighting walkabout"]
    assert report.promises[0]["their_part"].startswith("made it")
    assert any(m.record_kind == "meeting" for m in report.mentions)
    assert json.loads(json.dumps(to_jsonable(report)))["name"] == "Gareth Lloyd"


def test_subject_access_export_for_a_member(journal: Journal, people: dict[str, int]) -> None:
    report = subject_access_export(journal, member="Aisha", today=TODAY)
    assert report.kind == "member" and report.details["role"] == "chair"
    assert [m["title"] for m in report.meetings] == ["Lighting walkabout"]


def test_forgetting_someone_unknown_is_explained(journal: Journal) -> None:
    with pytest.raises(NotFoundError):
        forget_contact(journal, "Nobody Here")


def _indexed_rows_with(journal: Journal, word: str) -> int:
    """Rows of the search index itself (not the search) that still hold ``word``."""
    with journal.engine.connect() as connection:
        if journal.is_sqlite:
            found = 0
            for index in ("search_index", "search_index_stems"):
                connection.exec_driver_sql(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_{index} "
                    f"USING fts5vocab(main, {index}, 'row')"
                )
                found += connection.exec_driver_sql(
                    f"SELECT count(*) FROM temp.vocab_{index} WHERE term = ?", (word,)
                ).scalar_one()
            found += connection.exec_driver_sql(
                "SELECT count(*) FROM search_index WHERE body LIKE ?", (f"%{word}%",)
            ).scalar_one()
            return int(found)
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM search_index WHERE body ILIKE :like "
                    "OR document @@ to_tsquery('simple', :word)"
                ),
                {"like": f"%{word}%", "word": word},
            ).scalar_one()
        )


def test_forgotten_words_are_gone_from_the_search_index_itself(
    journal: Journal, people: dict[str, int]
) -> None:
    assert _indexed_rows_with(journal, SECRET) > 0, "the look can find the word"
    forget_contact(journal, people["gareth"])
    assert _indexed_rows_with(journal, SECRET) == 0
    assert search(journal, SECRET) == []
