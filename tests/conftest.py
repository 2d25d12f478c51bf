"""Shared fixtures: every test gets its own real journal and its own user folders.

The journal is a SQLite file by default. ``--database=postgresql`` (or
``BIGJOURNAL_TEST_DATABASE=postgresql``) runs the same tests against a throwaway
PostgreSQL cluster (tests/postgres_server.py): each test then gets a fresh database,
copied from a migrated template so that it costs a ``CREATE DATABASE`` and no more.
Tests that only make sense for SQLite files carry ``@pytest.mark.sqlite_only``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bigjournal.store import Journal, open_journal
from tests.postgres_server import PostgresServer, PostgresUnavailable, start_cluster

# A fixed "today" keeps date-dependent assertions exact.
TODAY = date(2026, 6, 15)

DATABASE_ENV = "BIGJOURNAL_TEST_DATABASE"
DATABASES = ("sqlite", "postgresql")


def _user_folders_for_the_run() -> None:
    """The whole run's own home and data folders, before any fixture runs.

    The per-test fixture below cannot reach module- and session-scoped fixtures, which
    run first: a generated benchmark journal's automatic backups went into the real
    user's backups folder (105 of them in one run).
    """
    home = Path(tempfile.mkdtemp(prefix="bigjournal-tests-home-"))
    os.environ["HOME"] = str(home)
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        os.environ[variable] = str(home / folder)
    os.environ.pop("BIGJOURNAL_JOURNAL", None)
    atexit.register(shutil.rmtree, home, ignore_errors=True)


_user_folders_for_the_run()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=DATABASES,
        default=None,
        help=f"the database the journal fixtures use (default: ${DATABASE_ENV}, else sqlite)",
    )


def chosen_database(config: pytest.Config) -> str:
    chosen = config.getoption("--database") or os.environ.get(DATABASE_ENV) or "sqlite"
    if chosen not in DATABASES:
        raise pytest.UsageError(f"{DATABASE_ENV} must be one of {', '.join(DATABASES)}")
    return str(chosen)


def pytest_report_header(config: pytest.Config) -> str:
    return f"journal database: {chosen_database(config)}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chosen_database(config) != "postgresql":
        return
    skip = pytest.mark.skip(reason="inspects SQLite journal files; not run against PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def test_database(pytestconfig: pytest.Config) -> str:
    """``"sqlite"`` or ``"postgresql"``: what ``journal`` and ``demo_journal`` are made of."""
    return chosen_database(pytestconfig)


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the real user's data folder or journal."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BIGJOURNAL_JOURNAL", raising=False)
    return home


@pytest.fixture(scope="session")
def postgres_server(test_database: str) -> Iterator[PostgresServer]:
    """A real PostgreSQL server on loopback for the whole run.

    Running against SQLite, tests that need a server are skipped when PostgreSQL is not
    installed; asked for PostgreSQL, its absence is an error.
    """
    try:
        server = start_cluster()
    except PostgresUnavailable as error:
        if test_database == "postgresql":
            raise
        pytest.skip(str(error))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database migrated to the newest schema, copied for every test that wants one."""
    name = postgres_server.new_database_name("template")
    url = postgres_server.create_database(name)
    with open_journal(url):
        pass
    return name


@pytest.fixture(scope="session")
def postgres_demo_template(postgres_server: PostgresServer, postgres_template: str) -> str:
    from bigjournal.journal.demo import build_demo

    name = postgres_server.new_database_name("demo")
    url = postgres_server.create_database(name, template=postgres_template)
    with open_journal(url) as opened:
        build_demo(opened, today=TODAY)
    return name


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """The URL of a new, empty, migrated journal database (dropped afterwards)."""
    name = postgres_server.new_database_name()
    yield postgres_server.create_database(name, template=postgres_template)
    postgres_server.drop_database(name)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal_target(test_database: str, request: pytest.FixtureRequest) -> str | Path:
    """What ``open_journal`` and ``--journal`` are given: a file path, or a database URL."""
    if test_database == "postgresql":
        return str(request.getfixturevalue("fresh_postgres_url"))
    return Path(request.getfixturevalue("journal_path"))


@pytest.fixture
def journal(journal_target: str | Path) -> Iterator[Journal]:
    with open_journal(journal_target) as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal, built once per run and copied for each test that wants it."""
    from bigjournal.journal.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_journal(path) as opened:
        build_demo(opened, today=TODAY)
        opened.checkpoint()
    return path


@pytest.fixture
def demo_target(
    test_database: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str | Path]:
    """A journal holding the demo partnership: a copied file, or a copied database."""
    if test_database == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("postgres_demo_template")
        name = server.new_database_name()
        yield server.create_database(name, template=template)
        server.drop_database(name)
        return
    import shutil

    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(request.getfixturevalue("demo_template"), copy)
    yield copy


@pytest.fixture
def demo_journal(demo_target: str | Path) -> Iterator[Journal]:
    with open_journal(demo_target) as opened:
        yield opened
