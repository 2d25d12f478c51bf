"""Addresses of shared journals and their passwords in the operating system's keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from bigjournal.errors import ValidationError
from bigjournal.store import resolve_target
from bigjournal.store.team import (
    KeyringUnavailableError,
    ServerAddress,
    address,
    connection_url,
    forget_password,
    store_password,
    stored_password,
    team_url,
)
from tests.team.keyring_backends import MemoryKeyring


def test_an_address_is_built_from_host_database_and_login() -> None:
    url = team_url("journal.millbrook.org.uk", "millbrook_journal", "aisha")
    assert url == "postgresql+psycopg://aisha@journal.millbrook.org.uk/millbrook_journal"
    assert resolve_target(url).path is None
    odd_port = address(" 192.0.2.10 ", "journal", "ben", "5433")
    assert odd_port.url == "postgresql+psycopg://ben@192.0.2.10:5433/journal"
    assert odd_port.display_name == "ben@192.0.2.10:5433/journal"
    assert ServerAddress.from_url(odd_port.url) == odd_port


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        (("", "journal", "aisha", None), "host", "server's name"),
        (("bad host!", "journal", "aisha", None), "host", "not a server name"),
        (("server", "", "aisha", None), "database", "database"),
        (("server", "journal", "", None), "user", "login name"),
        (("server", "my journal", "aisha", None), "database", "cannot contain spaces"),
        (("server", "journal", "aisha", "eighty"), "port", "not a port number"),
        (("server", "journal", "aisha", "70000"), "port", "not a port number"),
    ],
)
def test_bad_fields_are_explained(
    fields: tuple[str, str, str, str | None], field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        address(*fields)
    assert caught.value.field == field


def test_only_postgresql_addresses_are_shared_journals() -> None:
    with pytest.raises(ValidationError, match="not a PostgreSQL address"):
        ServerAddress.from_url("mysql://aisha@server/journal")
    for nonsense in ("::nonsense", "postgresql+psycopg://aisha@server:eighty/journal"):
        with pytest.raises(ValidationError, match="not a shared journal's address"):
            ServerAddress.from_url(nonsense)
    with pytest.raises(ValidationError, match="server's name"):
        ServerAddress.from_url("postgresql+psycopg://")


def test_the_password_is_kept_in_the_keyring_and_never_in_the_address(
    memory_keyring: MemoryKeyring,
) -> None:
    url = team_url("server", "journal", "aisha")
    assert stored_password(url) is None
    store_password(url, "correct horse")
    assert stored_password(url) == "correct horse"
    assert list(memory_keyring.secrets.values()) == ["correct horse"]
    assert "correct horse" not in url
    assert connection_url(url).password == "correct horse"
    # Another login on the same journal has its own password.
    assert stored_password(team_url("server", "journal", "ben")) is None
    assert forget_password(url) is True
    assert forget_password(url) is False
    assert stored_password(url) is None
    with pytest.raises(ValidationError, match="cannot be empty"):
        store_password(url, "")


def test_without_a_keyring_the_password_is_refused_plainly_and_written_nowhere(
    isolated_user_folders: Path, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        url = team_url("server", "journal", "aisha")
        with pytest.raises(KeyringUnavailableError, match="never writes passwords to a file"):
            store_password(url, "s3cret-words")
        # Opening still works without one: libpq may find a password its own way.
        assert connection_url(url).password is None
    finally:
        keyring.set_keyring(previous)
    for folder in (isolated_user_folders, tmp_path):
        for path in folder.rglob("*"):
            assert not (path.is_file() and b"s3cret-words" in path.read_bytes())


def test_the_window_title_names_a_shared_journal_plainly(tmp_path: Path) -> None:
    from bigjournal.store.locations import resolve_target
    from bigjournal.store.team import describe_journal

    shared = resolve_target("postgresql+psycopg://aisha:s3cret@journal.example.org/millbrook")
    assert describe_journal(shared) == "millbrook on journal.example.org (shared, as aisha)"
    odd_port = resolve_target("postgresql+psycopg://ben@192.0.2.10:5433/journal")
    assert describe_journal(odd_port) == "journal on 192.0.2.10:5433 (shared, as ben)"
    laptop = resolve_target(tmp_path / "journal.sqlite")
    assert describe_journal(laptop) == str(tmp_path / "journal.sqlite")
