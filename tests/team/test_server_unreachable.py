"""A shared journal whose server is down or silent: a plain message, and no hang.

And how the store connects: the keyring's password, keepalives on a poor line.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bigjournal.errors import JournalOpenError
from bigjournal.store import open_journal
from bigjournal.store.team import (
    ServerRefusedError,
    ServerUnreachableError,
    check_connection,
    open_team_journal,
    store_password,
    team_url,
)
from tests.postgres_server import PASSWORD_GROUP, PostgresServer
from tests.team.keyring_backends import MemoryKeyring


def test_a_server_that_is_down_is_explained_with_the_way_to_keep_working(
    closed_port: int,
) -> None:
    url = team_url("127.0.0.1", "journal", "aisha", closed_port)
    with pytest.raises(ServerUnreachableError) as caught:
        open_team_journal(url)
    message = str(caught.value)
    assert "could not be reached" in message and "127.0.0.1" in message
    assert "journal on this computer" in message and "successor archive" in message
    # The plain store says so too, without the team's advice.
    with pytest.raises(JournalOpenError, match="could not be reached"):
        open_journal(url)


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(
    silent_server: int,
) -> None:
    url = team_url("127.0.0.1", "journal", "aisha", silent_server)
    with pytest.raises(ServerUnreachableError, match="did not answer in time"):
        open_team_journal(url)
    checked = check_connection(url, timeout=1)
    assert not checked.ok and "did not answer in time" in checked.summary


def test_connections_notice_a_dropped_line_and_name_themselves(fresh_postgres_url: str) -> None:
    with open_journal(fresh_postgres_url) as journal, journal.engine.connect() as connection:
        dbapi = connection.connection.dbapi_connection
        parameters = dbapi.info.get_parameters()  # type: ignore[union-attr]
        assert parameters["keepalives"] == "1"
        assert int(parameters["keepalives_idle"]) <= 30
        assert int(parameters["tcp_user_timeout"]) > 0
        seen = connection.exec_driver_sql(
            "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"
        ).scalar()
        assert seen == "BigJournal"


def test_the_store_opens_a_shared_journal_with_the_keyrings_password(
    postgres_server: PostgresServer, shared_database: str, memory_keyring: MemoryKeyring
) -> None:
    if not postgres_server.checks_passwords:
        pytest.skip("the server given in the environment trusts every login")
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE lockkeeper LOGIN PASSWORD 'towpath-7'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"GRANT {PASSWORD_GROUP} TO lockkeeper",
    )
    postgres_server.admin(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO lockkeeper", database=shared_database
    )
    url = postgres_server.url(shared_database, user="lockkeeper")
    with pytest.raises(ServerRefusedError, match="needs a password"):
        open_journal(url)
    store_password(url, "towpath-7")
    with open_journal(url) as journal:
        assert journal.target.url == url  # the password is never in the journal's address
        assert "towpath-7" not in journal.target.display_name
        with journal.reading() as session:
            assert session.execute(text("SELECT current_user")).scalar() == "lockkeeper"
    store_password(url, "wrong")
    with pytest.raises(ServerRefusedError, match="did not accept the password"):
        open_journal(url)
