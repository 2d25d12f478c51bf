"""Reads of plain rows share one kept SQLite connection (Journal.reading_rows, issue 9).

It must behave as a fresh read transaction each time: it sees what was just saved,
one read sees one moment even while a save lands, threads take turns, a failed read
leaves it usable, and closing the journal closes it with the rest.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bigjournal.errors import JournalReadError
from bigjournal.journal.organisations import add_organisation
from bigjournal.model import Organisation
from bigjournal.store import Journal, open_journal

COUNT = select(func.count()).select_from(Organisation)


def organisations(journal: Journal) -> int:
    with journal.reading_rows() as connection:
        return connection.execute(COUNT).scalar_one()


def test_a_read_sees_what_was_just_saved(journal: Journal) -> None:
    before = organisations(journal)
    add_organisation(journal, name="Millbrook Primary School", kind="School or college")
    assert organisations(journal) == before + 1


@pytest.mark.sqlite_only
def test_one_read_sees_one_moment_while_a_save_lands(journal: Journal) -> None:
    saved = threading.Event()

    def save() -> None:
        add_organisation(journal, name="Riverside Housing", kind="Housing association")
        saved.set()

    with journal.reading_rows() as connection:
        first = connection.execute(COUNT).scalar_one()
        writer = threading.Thread(target=save)
        writer.start()  # the save does not wait for this read to finish
        assert saved.wait(10), "a save waited on a read"
        assert connection.execute(COUNT).scalar_one() == first
    writer.join()
    assert organisations(journal) == first + 1


def test_threads_take_turns_and_all_see_the_same(journal: Journal) -> None:
    add_organisation(journal, name="Eastfield Health Centre", kind="Health agency")
    expected = organisations(journal)
    seen: list[int] = []
    failures: list[BaseException] = []

    def read_many() -> None:
        try:
            for _ in range(50):
                seen.append(organisations(journal))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=read_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert seen == [expected] * 200


@pytest.mark.sqlite_only
def test_a_read_inside_a_read_shares_its_moment(journal: Journal) -> None:
    def save() -> None:
        add_organisation(journal, name="Canal Trust", kind="Other")

    with journal.reading_rows() as outer:
        first = outer.execute(COUNT).scalar_one()
        writer = threading.Thread(target=save)
        writer.start()
        writer.join(10)
        assert not writer.is_alive(), "a save waited on a read"
        with journal.reading_rows() as inner:
            assert inner.execute(COUNT).scalar_one() == first
        assert outer.execute(COUNT).scalar_one() == first, "the inner read ended the outer"
    assert organisations(journal) == first + 1


def test_a_failed_read_leaves_reading_possible(journal: Journal) -> None:
    with (
        pytest.raises(Exception, match=r"no_such_table|does not exist"),
        journal.reading_rows() as connection,
    ):
        connection.execute(text("SELECT * FROM no_such_table"))
    add_organisation(journal, name="Millbrook Library", kind="Local authority")
    assert organisations(journal) == 1


@pytest.mark.sqlite_only
def test_closing_the_journal_closes_the_reading_connection(journal_path: Path) -> None:
    journal = open_journal(journal_path)
    add_organisation(journal, name="Millbrook Council", kind="Local authority")
    assert organisations(journal) == 1
    journal.close()
    wal = journal_path.with_name(journal_path.name + "-wal")
    assert not wal.exists(), "the last connection to close folds the log in"
    with pytest.raises(JournalReadError, match="closed"):
        organisations(journal)
    with open_journal(journal_path) as reopened:
        assert organisations(reopened) == 1


@pytest.mark.sqlite_only
def test_lists_read_from_the_driver_equal_sqlalchemys_own_results(
    demo_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lists' statements run on SQLite's driver (store/plain_reads): every value,
    dates and vocabularies included, must be what SQLAlchemy's execution gives."""
    from bigjournal.journal.browse import meetings_page
    from bigjournal.journal.meetings import list_meetings
    from bigjournal.journal.organisations import organisation_detail
    from bigjournal.journal.promises import list_promises
    from bigjournal.store import plain_reads
    from tests.conftest import TODAY

    with demo_journal.reading_rows() as connection:
        everyone = connection.execute(select(Organisation.id)).scalars().all()

    def everything() -> list[object]:
        results: list[object] = [
            list_promises(demo_journal, today=TODAY),
            list_promises(demo_journal, overdue_only=True, today=TODAY),
            list_promises(demo_journal, side="theirs", status="open", limit=5, today=TODAY),
            list_meetings(demo_journal),
            list_meetings(demo_journal, limit=3, offset=2),
            meetings_page(demo_journal, limit=4),
        ]
        for organisation_id in everyone:
            results.append(list_promises(demo_journal, organisation=organisation_id))
            results.append(organisation_detail(demo_journal, organisation_id, today=TODAY))
        return results

    plain_reads._prepare.cache_clear()
    from_the_driver = everything()
    assert plain_reads._prepare.cache_info().currsize >= 5, "the lists went to the driver"
    monkeypatch.setattr(plain_reads, "_prepare", lambda _statement, _dialect: None)
    assert everything() == from_the_driver
    assert any(row.due_on for row in from_the_driver[0]), "dates were compared"
