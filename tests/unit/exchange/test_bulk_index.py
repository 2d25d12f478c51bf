"""A big import rebuilds the search index once instead of firing a trigger per row."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import bigjournal.exchange.merge as merge
from bigjournal.exchange.archive import export_archive, read_archive
from bigjournal.exchange.errors import CancelledError
from bigjournal.journal.search import search
from bigjournal.store import Journal, open_journal
from bigjournal.store.search_index import TRIGGERS_QUERY

pytestmark = pytest.mark.sqlite_only


def index_of(journal: Journal) -> list[tuple[object, ...]]:
    with journal.engine.connect() as connection:
        return list(
            connection.exec_driver_sql("SELECT rowid, title, body FROM search_index ORDER BY rowid")
        )


def triggers_of(journal: Journal) -> list[tuple[object, ...]]:
    with journal.engine.connect() as connection:
        return sorted(connection.exec_driver_sql(TRIGGERS_QUERY))


def test_bulk_import_builds_the_same_index_and_keeps_the_triggers(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "BULK_INDEX_ROWS", 1)
    archive_path = tmp_path / "demo.bigjournal"
    export_archive(demo_journal, archive_path, passphrase=None, unencrypted=True)
    with open_journal(tmp_path / "copy.sqlite") as copy:
        merge.import_archive(copy, read_archive(archive_path))
        assert index_of(copy) == index_of(demo_journal) != []
        assert triggers_of(copy) == triggers_of(demo_journal) != []
        # The triggers work again afterwards: a new record is found at once.
        from bigjournal.journal.organisations import add_organisation

        add_organisation(copy, name="Zebra Crossing Trust", kind="voluntary_organisation")
        assert [hit.title for hit in search(copy, "zebra")] == ["Zebra Crossing Trust"]


def test_a_cancelled_bulk_import_leaves_triggers_and_index_as_they_were(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "BULK_INDEX_ROWS", 1)
    archive_path = tmp_path / "demo.bigjournal"
    export_archive(demo_journal, archive_path, passphrase=None, unencrypted=True)
    archive = read_archive(archive_path)
    with open_journal(tmp_path / "copy.sqlite") as copy:
        before = (index_of(copy), triggers_of(copy))
        stop = threading.Event()
        calls = 0

        def progress(done: int, total: int, what: str) -> None:
            nonlocal calls
            calls += 1
            if calls == 3:
                stop.set()

        with pytest.raises(CancelledError):
            merge.import_archive(copy, archive, progress=progress, cancel=stop)
        assert (index_of(copy), triggers_of(copy)) == before
        assert triggers_of(copy) != []
