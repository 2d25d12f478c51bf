"""A throwaway PostgreSQL cluster for the tests: started once, on loopback, then removed.

The suite runs against a real server, never a mock. The cluster lives in a temporary
folder, listens only on 127.0.0.1 (a free port) and a socket in that folder, trusts
local connections (it holds nothing but test data) and is stopped at the end of the
session — also when the run crashes (``atexit``).

PostgreSQL refuses to run as root; as root the cluster is run by the ``postgres``
user that Debian's package creates, in a folder that user owns.

``BIGJOURNAL_TEST_POSTGRESQL_URL`` points the suite at an existing server instead
(an administrator URL allowed to create databases).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

SERVER_URL_ENV = "BIGJOURNAL_TEST_POSTGRESQL_URL"
SUPERUSER = "postgres"
DRIVER = "postgresql+psycopg"
PASSWORD_GROUP = "password_logins"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server programs on this machine (install Debian's ``postgresql``)."""


def find_bindir() -> Path:
    """Debian's newest ``/usr/lib/postgresql/N/bin``, else ``initdb`` on the PATH."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PostgresUnavailable(
        "PostgreSQL is not installed (no initdb found); on Debian/Ubuntu: "
        "apt-get install postgresql"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """A running server: its administrator URL and a counter for fresh database names."""

    host: str
    port: int
    user: str
    password: str | None = None
    checks_passwords: bool = False  # members of PASSWORD_GROUP must give a password
    _stop: list[object] = field(default_factory=list, repr=False)
    _names: count[int] = field(default_factory=lambda: count(1), repr=False)

    def url(self, database: str = "postgres", *, user: str | None = None) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            DRIVER,
            username=user or self.user,
            password=self.password if user is None else None,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def admin(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the administrator, outside a transaction (CREATE DATABASE…)."""
        import psycopg

        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        ) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database_name(self, prefix: str = "journal") -> str:
        return f"bigjournal_test_{prefix}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        self.admin(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        while self._stop:
            stopper = self._stop.pop()
            stopper()  # type: ignore[operator]


def _as_cluster_owner(command: list[str]) -> list[str]:
    """PostgreSQL will not run as root: hand the command to the ``postgres`` user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SUPERUSER, "--", *command]


def start_cluster() -> PostgresServer:
    """initdb + pg_ctl start on loopback; registers its own removal."""
    existing = os.environ.get(SERVER_URL_ENV)
    if existing:
        from sqlalchemy.engine import make_url

        url = make_url(existing)
        return PostgresServer(
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            user=url.username or SUPERUSER,
            password=url.password,
        )
    bindir = find_bindir()
    # Not under pytest's tmp folders: those are private to root, and as root the
    # cluster is run by another user who must be able to reach its folder.
    folder = Path(tempfile.mkdtemp(prefix="bigjournal-postgres-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER, SUPERUSER)

    def run(command: list[str]) -> None:
        result = subprocess.run(
            _as_cluster_owner(command), capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed:\n{result.stdout}\n{result.stderr}")

    run(
        [
            str(bindir / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            # C.UTF-8 folds the case of every alphabet (Cyrillic included), as a
            # real server's en_GB.UTF-8 would, and exists on every Debian.
            "--locale",
            "C.UTF-8",
            "--no-sync",
        ]
    )
    # Trust for everyone but the members of PASSWORD_GROUP, who must give a password:
    # the tests that prove a kept password is really used log in as one of them.
    hba = data / "pg_hba.conf"
    hba.write_text(f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    port = free_port()
    options = " ".join(
        [
            "-c listen_addresses=127.0.0.1",
            f"-c port={port}",
            f"-c unix_socket_directories={folder}",
            # Throwaway data: durability would only slow the tests down.
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=60",
        ]
    )
    pg_ctl = str(bindir / "pg_ctl")
    run([pg_ctl, "start", "--wait", "--timeout", "60", "-D", str(data),
         "-l", str(folder / "server.log"), "-o", options])  # fmt: skip

    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        with contextlib.suppress(Exception):
            subprocess.run(
                _as_cluster_owner([pg_ctl, "stop", "-D", str(data), "-m", "immediate", "-w"]),
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    server = PostgresServer(host="127.0.0.1", port=port, user=SUPERUSER, checks_passwords=True)
    server._stop.append(stop)
    _wait_until_ready(server)
    server.admin(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
    return server


def _wait_until_ready(server: PostgresServer) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            server.admin("SELECT 1")
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
