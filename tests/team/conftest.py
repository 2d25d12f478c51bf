"""Fixtures for team journals: logins on the test server, and a keyring."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import keyring
import pytest

from tests.postgres_server import PostgresServer
from tests.team.keyring_backends import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """This process's keyring, in memory, for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def shared_database(
    postgres_server: PostgresServer, postgres_template: str, volunteer_logins: tuple[str, str]
) -> Iterator[str]:
    """A fresh, migrated journal database that both volunteers may change."""
    name = postgres_server.new_database_name("shared")
    postgres_server.create_database(name, template=postgres_template)
    logins = ", ".join(volunteer_logins)
    postgres_server.admin(
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {logins}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {logins}",
        database=name,
    )
    yield name
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def volunteer_logins(postgres_server: PostgresServer) -> tuple[str, str]:
    """Two volunteers' logins on the server (the test cluster trusts loopback)."""
    logins = ("aisha", "gareth")
    for login in logins:
        postgres_server.admin(
            f"DO $$ BEGIN CREATE ROLE {login} LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    return logins


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (the server is down)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections and never answers (a hung server)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])
