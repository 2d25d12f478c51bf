"""Trying a shared journal's address before opening it, on a real server."""

from __future__ import annotations

from bigjournal.store import open_journal
from bigjournal.store.team import check_connection
from tests.postgres_server import PostgresServer


def test_a_ready_journal_is_reported_with_what_the_login_may_do(
    postgres_server: PostgresServer, shared_database: str, volunteer_logins: tuple[str, str]
) -> None:
    result = check_connection(postgres_server.url(shared_database, user=volunteer_logins[0]))
    assert result.ok, result.summary
    assert "is ready" in result.summary
    assert result.can_write is True
    assert any("may read and change" in line for line in result.details)


def test_an_observer_login_is_told_it_may_only_read(
    postgres_server: PostgresServer, shared_database: str
) -> None:
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE councillor LOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    )
    postgres_server.admin(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO councillor", database=shared_database
    )
    result = check_connection(postgres_server.url(shared_database, user="councillor"))
    assert result.ok and result.can_write is False
    assert any("read the journal but not change it" in line for line in result.details)


def test_an_empty_database_and_a_missing_one_are_told_apart(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.new_database_name("empty")
    url = postgres_server.create_database(name)
    try:
        empty = check_connection(url)
        assert empty.ok and "is empty" in empty.summary
        with open_journal(url):
            pass
        assert "is ready" in check_connection(url).summary
    finally:
        postgres_server.drop_database(name)
    missing = check_connection(url)
    assert not missing.ok
    assert f"no journal database called “{name}”" in missing.summary


def test_a_login_the_server_does_not_know_is_named(
    postgres_server: PostgresServer, shared_database: str
) -> None:
    result = check_connection(postgres_server.url(shared_database, user="nobody_here"))
    assert not result.ok
    assert "no login called “nobody_here”" in result.summary
