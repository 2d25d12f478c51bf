"""``bigjournal`` with a shared journal, run as a volunteer's terminal would run it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import command
from tests.postgres_server import PASSWORD_GROUP, PostgresServer
from tests.team.keyring_backends import FILE_ENV


def bigjournal(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        command() + list(args),
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,  # a hang fails the test instead of stalling the run
    )


@pytest.fixture
def file_keyring(tmp_path: Path) -> dict[str, str]:
    """A keyring the separate ``bigjournal`` processes share (tests only).

    The backend lives in this test package, so the installed ``bigjournal`` script (which,
    unlike ``python -m``, does not put the working folder on its path) is told where.
    """
    return {
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "PYTHON_KEYRING_BACKEND": "tests.team.keyring_backends.FileKeyring",
        FILE_ENV: str(tmp_path / "keyring.json"),
    }


def test_an_unreachable_server_gets_a_plain_sentence_and_a_way_forward(closed_port: int) -> None:
    url = f"postgresql+psycopg://aisha@127.0.0.1:{closed_port}/journal"
    result = bigjournal("--journal", url, "today")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("bigjournal: The shared journal's server (127.0.0.1)")
    assert "successor archive" in result.stderr
    checked = bigjournal("team", "check", url)
    assert checked.returncode == 1 and "could not be reached" in checked.stdout


def test_the_address_command_builds_what_journal_takes() -> None:
    result = bigjournal(
        "team", "address", "--host", "journal.example.org", "--database", "millbrook",
        "--user", "aisha",
    )  # fmt: skip
    assert result.stdout.strip() == "postgresql+psycopg://aisha@journal.example.org/millbrook"
    refused = bigjournal("team", "address", "--host", "x", "--database", "a b", "--user", "u")
    assert refused.returncode == 1 and "cannot contain spaces" in refused.stderr


def test_a_kept_password_opens_the_shared_journal(
    postgres_server: PostgresServer,
    shared_database: str,
    file_keyring: dict[str, str],
) -> None:
    if not postgres_server.checks_passwords:
        pytest.skip("the server given in the environment trusts every login")
    postgres_server.admin(
        "DO $$ BEGIN CREATE ROLE keeper LOGIN PASSWORD 'lamp-post-42'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"GRANT {PASSWORD_GROUP} TO keeper",
    )
    postgres_server.admin(
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO keeper",
        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO keeper",
        database=shared_database,
    )
    url = postgres_server.url(shared_database, user="keeper")
    before = bigjournal("--journal", url, "member", "add", "Ruth", "--role", "chair")
    assert before.returncode == 1 and "needs a password" in before.stderr
    kept = bigjournal("team", "password", url, "--stdin", env=file_keyring, stdin="lamp-post-42\n")
    assert kept.returncode == 0, kept.stderr
    assert "lamp-post-42" not in kept.stdout + kept.stderr
    added = bigjournal(
        "--journal", url, "member", "add", "Ruth", "--role", "chair", env=file_keyring
    )
    assert added.returncode == 0, added.stderr
    checked = bigjournal("team", "check", url, env=file_keyring)
    assert checked.returncode == 0 and "is ready" in checked.stdout
    wrong = bigjournal("team", "password", url, "--stdin", env=file_keyring, stdin="wrong\n")
    assert wrong.returncode == 0
    refused = bigjournal("--journal", url, "today", env=file_keyring)
    assert refused.returncode == 1 and "did not accept the password" in refused.stderr
    forgot = bigjournal("team", "password", url, "--forget", env=file_keyring)
    assert "removed" in forgot.stdout


def test_without_a_keyring_the_password_command_says_so(tmp_path: Path) -> None:
    result = bigjournal(
        "team", "password", "postgresql+psycopg://aisha@server/journal", "--stdin",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdin="secret\n",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no keyring" in result.stderr and "Traceback" not in result.stderr
