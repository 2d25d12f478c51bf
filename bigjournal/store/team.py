"""Team journals: a journal shared on a PostgreSQL server.

Qt-free pieces for the "Open a shared journal…" dialog and the ``bigjournal team``
commands:

- :class:`ServerAddress` / :func:`team_url` build and read the journal's address
  (host, port, database, login) — never with a password in it;
- :func:`store_password`, :func:`stored_password`, :func:`forget_password` keep the
  password in the operating system's keyring, and refuse (with a sentence) when
  there is none, rather than writing it to a file;
- :func:`check_connection` tries the address and answers in plain words;
- :func:`open_team_journal` opens it with the stored password and explains a
  failure precisely (unreachable, wrong password, no such database…), with the
  way out when the server cannot be reached: work on a journal on this computer
  and bring that work back through the successor archive.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from bigjournal.errors import (
    JournalError,
    JournalOpenError,
    JournalReadError,
    SaveError,
    ValidationError,
)
from bigjournal.store.journal import Journal
from bigjournal.store.locations import JournalTarget
from bigjournal.store.opening import open_journal

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 5
KEYRING_SERVICE = "BigJournal shared journal"
INSUFFICIENT_PRIVILEGE = "42501"

# How a connection to the server behaves on a poor line. libpq asks an idle
# connection every few seconds whether the server is still there (TCP keepalives), and
# gives up on a request the server never acknowledges (tcp_user_timeout): a dropped
# Wi-Fi or a server switched off mid-session is noticed within a minute, never a hang.
CONNECTION_OPTIONS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "keepalives": 1,
    "keepalives_idle": 20,
    "keepalives_interval": 5,
    "keepalives_count": 4,
    "tcp_user_timeout": 30_000,  # milliseconds
    "application_name": "BigJournal",  # what the server's administrator sees
}

HOST_PATTERN = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$")
NAME_PATTERN = re.compile(r"^[^\s/@:?#]+$")

WORK_LOCALLY = (
    "Meanwhile you can keep working on a journal on this computer, and bring that "
    "work into the shared journal later through the successor archive (export it "
    "here, then import it into the shared journal)."
)


class KeyringUnavailableError(JournalError):
    """There is no keyring to keep the password in; it was not stored anywhere."""


class ServerUnreachableError(JournalOpenError):
    """Nothing answered at the shared journal's address (network, server down)."""


class ServerRefusedError(JournalOpenError):
    """The server answered but would not open the journal (password, login, database)."""


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared journal lives and who logs in; what the dialog asks for."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        """The journal's address for ``--journal`` (no password, ever)."""
        return URL.create(
            DRIVER,
            username=self.user,
            host=self.host,
            port=None if self.port == DEFAULT_PORT else self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def display_name(self) -> str:
        """How the window title and messages name it: login@host/database."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user}@{self.host}{port}/{self.database}"

    @property
    def keyring_key(self) -> str:
        """The keyring's user name for this journal's password: one entry per login+server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """Read a ``postgresql+psycopg://user@host[:port]/database`` address."""
        try:
            parsed = make_url(url.strip())
        except (ArgumentError, ValueError):
            raise ValidationError(
                f"“{url}” is not a shared journal's address. It looks like "
                "postgresql+psycopg://login@server/journal",
                "url",
            ) from None
        if parsed.get_backend_name() != "postgresql":
            raise ValidationError(
                f"“{parsed.render_as_string()}” is not a PostgreSQL address; shared journals "
                "start with postgresql+psycopg://",
                "url",
            )
        return address(
            host=parsed.host or "",
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port,
        )


def describe_journal(target: JournalTarget) -> str:
    """How the window title names the open journal: its file, or the shared journal.

    A shared journal reads "millbrook_journal on journal.example.org (shared, as
    aisha)": which database, which server, that others use it too and who is logged
    in — never the driver's address, and never a password.
    """
    if target.path is not None:
        return str(target.path)
    try:
        where = ServerAddress.from_url(target.url)
    except ValidationError:
        return target.display_name
    port = "" if where.port == DEFAULT_PORT else f":{where.port}"
    return f"{where.database} on {where.host}{port} (shared, as {where.user})"


def address(host: str, database: str, user: str, port: int | str | None = None) -> ServerAddress:
    """Check what the dialog's fields hold and make an address of them."""
    host = (host or "").strip()
    database = (database or "").strip()
    user = (user or "").strip()
    if not host:
        raise ValidationError("Please give the server's name or address.", "host")
    if not HOST_PATTERN.match(host):
        raise ValidationError(
            f"“{host}” is not a server name BigJournal understands "
            "(like journal.example.org or 192.0.2.10).",
            "host",
        )
    if not database:
        raise ValidationError("Please give the name of the journal's database.", "database")
    if not user:
        raise ValidationError("Please give your login name on the server.", "user")
    for value, what, field in ((database, "database", "database"), (user, "login", "user")):
        if not NAME_PATTERN.match(value):
            raise ValidationError(
                f"The {what} name “{value}” cannot contain spaces or / @ : ? #.", field
            )
    if port is None or str(port).strip() == "":
        number = DEFAULT_PORT
    else:
        try:
            number = int(str(port).strip())
        except ValueError:
            number = 0
        if not 0 < number < 65536:
            raise ValidationError(
                f"“{port}” is not a port number; leave it empty for the usual one "
                f"({DEFAULT_PORT}).",
                "port",
            )
    return ServerAddress(host=host.strip("[]"), database=database, user=user, port=number)


def team_url(host: str, database: str, user: str, port: int | str | None = None) -> str:
    """The journal address made of the dialog's host, database and login."""
    return address(host, database, user, port).url


def is_team_url(target: object) -> bool:
    return isinstance(target, str) and target.strip().startswith("postgresql")


# --- The password, in the operating system's keyring --------------------------------

NO_KEYRING = (
    "This computer has no keyring to keep the password in safely, so it was not "
    "stored. BigJournal never writes passwords to a file: type it each time, or ask "
    "whoever looks after the computer to set up a keyring (on Linux, GNOME Keyring "
    "or KWallet)."
)


def _keyring() -> Any:
    """The keyring module, if a real keyring is there; a plain sentence if not."""
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError as error:
        raise KeyringUnavailableError(NO_KEYRING) from error
    backend = keyring.get_keyring()
    leaves = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [leaf for leaf in leaves if _keeps_secrets_safely(leaf)]
    if not usable:
        raise KeyringUnavailableError(NO_KEYRING)
    return keyring


def _keeps_secrets_safely(backend: object) -> bool:
    """Not the 'fail' or 'null' stand-ins, nor keyrings.alt's plain or weakly locked files."""
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    return module.split(".")[0] != "keyrings"


def _keyring_call(action: str, call: Any) -> Any:
    from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

    try:
        return call()
    except NoKeyringError as error:
        raise KeyringUnavailableError(NO_KEYRING) from error
    except PasswordDeleteError:
        return False
    except (KeyringError, OSError) as error:
        raise KeyringUnavailableError(
            f"The keyring could not {action} the password ({error}). If it is locked, "
            "unlock it and try again."
        ) from error


def store_password(where: ServerAddress | str, password: str) -> None:
    """Keep the login's password in the keyring (replacing an older one)."""
    where = where if isinstance(where, ServerAddress) else ServerAddress.from_url(where)
    if not password:
        raise ValidationError("Please type the password; it cannot be empty.", "password")
    keyring = _keyring()
    _keyring_call(
        "keep", lambda: keyring.set_password(KEYRING_SERVICE, where.keyring_key, password)
    )


def stored_password(where: ServerAddress | str) -> str | None:
    """The password kept for this login and journal, or None."""
    where = where if isinstance(where, ServerAddress) else ServerAddress.from_url(where)
    keyring = _keyring()
    found = _keyring_call("read", lambda: keyring.get_password(KEYRING_SERVICE, where.keyring_key))
    return str(found) if found is not None else None


def forget_password(where: ServerAddress | str) -> bool:
    """Remove the kept password; True if there was one."""
    where = where if isinstance(where, ServerAddress) else ServerAddress.from_url(where)
    keyring = _keyring()
    if (
        _keyring_call("read", lambda: keyring.get_password(KEYRING_SERVICE, where.keyring_key))
        is None
    ):
        return False
    _keyring_call("remove", lambda: keyring.delete_password(KEYRING_SERVICE, where.keyring_key))
    return True


def connection_url(url: str, password: str | None = None) -> URL:
    """The URL to connect with: the given password, else the keyring's, else none.

    Without a password libpq still tries its own ways (``~/.pgpass``, peer login).
    A computer without a keyring simply connects without one.
    """
    parsed = make_url(url.strip())
    if password is None and parsed.password is None and parsed.username and parsed.host:
        try:
            password = stored_password(url)
        except (KeyringUnavailableError, ValidationError):
            password = None
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed


def libpq_keywords(url: URL) -> str:
    """The address as libpq's ``key=value`` string (for pg_dump), without the password.

    The password travels separately (``PGPASSWORD`` in pg_dump's environment), so it
    never shows in the list of running programs.
    """
    from psycopg.conninfo import make_conninfo

    given = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "dbname": url.database,
        **{key: value for key, value in CONNECTION_OPTIONS.items() if key != "application_name"},
    }
    return make_conninfo(**{key: value for key, value in given.items() if value is not None})


# --- Why a connection failed, in plain words ------------------------------------------

UNREACHABLE_SIGNS = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "server closed the connection unexpectedly",
    "connection reset",
    "temporary failure in name resolution",
    "host is down",
)


def explain_failure(error: BaseException, where: ServerAddress) -> JournalOpenError:
    """Turn a driver's connection error into a sentence the volunteer can act on."""
    cause = getattr(error, "orig", None) or error
    message = str(cause).strip()
    lowered = message.lower()
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return ServerRefusedError(
            f"The server did not accept the password for “{where.user}”. Check the "
            "login and store the right password (“bigjournal team password”)."
        )
    if "no password supplied" in lowered or "password is required" in lowered:
        return ServerRefusedError(
            f"The server needs a password for “{where.user}”, and none is stored on "
            "this computer. Store it with “bigjournal team password ADDRESS”."
        )
    if "does not exist" in lowered and "database" in lowered:
        return ServerRefusedError(
            f"The server has no journal database called “{where.database}”. Check its "
            "name, or ask whoever looks after the server to create it."
        )
    if "does not exist" in lowered and "role" in lowered:
        return ServerRefusedError(
            f"The server has no login called “{where.user}”. Check the name, or ask "
            "whoever looks after the server to create one for you."
        )
    if (
        "pg_hba.conf" in lowered
        or "not permitted to log in" in lowered
        or ("permission denied" in lowered and "database" in lowered)
    ):
        return ServerRefusedError(
            f"The server does not let “{where.user}” open “{where.database}” from this "
            "computer. Ask whoever looks after the server to allow it."
        )
    if any(sign in lowered for sign in UNREACHABLE_SIGNS):
        reason = "it did not answer in time" if "time" in lowered else "nothing answered"
        return ServerUnreachableError(
            f"The shared journal's server ({where.host}) could not be reached: {reason}. "
            f"Check this computer's network connection and the address. {WORK_LOCALLY}"
        )
    return JournalOpenError(
        f"The shared journal on {where.host} could not be opened. The server said: "
        f"“{_first_line(message)}”."
    )


def _first_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[-1] if lines else "no reason given"


# --- Opening, and checking before opening -----------------------------------------------


class TeamJournal(Journal):
    """A journal on a server: failures while working are explained for a shared journal.

    A lost connection is not a "drive" problem, and an observer's login that may only
    read gets a sentence instead of the server's "permission denied".
    """

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with super().transaction() as session:
                yield session
        except SaveError as error:
            cause = error.__cause__
            if isinstance(cause, OperationalError):
                raise SaveError(
                    "Not saved: the shared journal's server stopped answering. Check the "
                    f"network and try again. {WORK_LOCALLY}"
                ) from error
            if isinstance(cause, DBAPIError):
                explained = self._explained(cause)
                if explained is not cause:  # name the login that may only read
                    raise explained from error
            raise
        except DBAPIError as error:
            raise self._explained(error) from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with super().reading() as session:
                yield session
        except JournalReadError as error:  # the store's words are about drives
            if not isinstance(error.__cause__, OperationalError):
                raise
            raise JournalOpenError(
                "The shared journal's server stopped answering. Check the network and "
                f"try again. {WORK_LOCALLY}"
            ) from error
        except OperationalError as error:
            raise JournalOpenError(
                "The shared journal's server stopped answering. Check the network and "
                f"try again. {WORK_LOCALLY}"
            ) from error

    def _explained(self, error: DBAPIError) -> JournalError | DBAPIError:
        if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            login = make_url(self.target.url).username or "this login"
            return SaveError(
                f"Not saved: “{login}” may read this shared journal but not change it. "
                "Ask whoever looks after the server if you should be able to."
            )
        return error


def open_team_journal(url: str, *, password: str | None = None) -> TeamJournal:
    """Open a shared journal with the keyring's password; explain any failure plainly.

    The journal's ``target`` carries no password (the window title shows it).
    """
    where = ServerAddress.from_url(url)
    with_password = connection_url(url, password)
    try:
        journal = open_journal(
            JournalTarget(url=with_password.render_as_string(hide_password=False), path=None)
        )
    except JournalOpenError as error:
        cause = error.__cause__
        if isinstance(cause, DBAPIError):
            raise explain_failure(cause, where) from error
        raise
    # Not ``set(password=None)``: SQLAlchemy's URL.set ignores None and keeps the password.
    return TeamJournal(JournalTarget(url=where.url, path=None), journal.engine)


@dataclass(frozen=True)
class ConnectionCheck:
    """What trying an address found: a verdict and the lines that explain it."""

    ok: bool
    address: str
    summary: str
    details: tuple[str, ...] = ()
    can_write: bool | None = None
    milliseconds: int | None = None


def check_connection(
    url: str, *, password: str | None = None, timeout: float = CONNECT_TIMEOUT_SECONDS
) -> ConnectionCheck:
    """Try a shared journal's address without changing anything; say what was found."""
    try:
        where = ServerAddress.from_url(url)
    except ValidationError as error:
        return ConnectionCheck(ok=False, address=url, summary=str(error))
    engine = create_engine(
        connection_url(url, password),
        hide_parameters=True,  # people's names and notes never reach a crash report
        poolclass=NullPool,
        connect_args={**CONNECTION_OPTIONS, "connect_timeout": max(1, round(timeout))},
    )
    started = time.monotonic()
    try:
        with engine.connect() as connection:
            elapsed = round((time.monotonic() - started) * 1000)
            return _inspect(connection, where, elapsed)
    except DBAPIError as error:
        failure = explain_failure(error, where)
        return ConnectionCheck(ok=False, address=where.display_name, summary=str(failure))
    finally:
        engine.dispose()


def _inspect(connection: Any, where: ServerAddress, elapsed: int) -> ConnectionCheck:
    from bigjournal.store import migrations

    login, version = connection.execute(
        text("SELECT current_user, current_setting('server_version')")
    ).one()
    details = [f"Connected as “{login}” in {elapsed} ms (PostgreSQL {version.split()[0]})."]
    has_journal = connection.execute(
        text("SELECT to_regclass('alembic_version') IS NOT NULL")
    ).scalar()
    has_tables = connection.execute(
        text(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    ).scalar()
    if not has_journal:
        if has_tables:
            return ConnectionCheck(
                ok=False,
                address=where.display_name,
                summary=f"“{where.database}” holds other tables, not a BigJournal journal. "
                "Check the database's name.",
                details=tuple(details),
                milliseconds=elapsed,
            )
        owner, may_create, _login = _owner_of(connection, empty=True)
        if not may_create:
            return ConnectionCheck(
                ok=False,
                address=where.display_name,
                summary=owner_refusal(connection, owner, empty=True),
                details=tuple(details),
                can_write=False,
                milliseconds=elapsed,
            )
        return ConnectionCheck(
            ok=True,
            address=where.display_name,
            summary=f"The server answered. “{where.database}” is empty: set it up with "
            f"“{SETUP_COMMAND} {where.url} --team GROUP --observers GROUP” (or BigJournal "
            "sets it up the first time this login opens it).",
            details=tuple(details),
            can_write=True,
            milliseconds=elapsed,
        )
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    can_write = bool(
        connection.execute(
            text("SELECT has_table_privilege('organisations', 'INSERT, UPDATE, DELETE')")
        ).scalar()
    )
    if revision is not None and revision not in migrations.known_revisions():
        return ConnectionCheck(
            ok=False,
            address=where.display_name,
            summary="This shared journal was set up by a newer version of BigJournal. "
            "Please update BigJournal on this computer to open it.",
            details=tuple(details),
            can_write=can_write,
            milliseconds=elapsed,
        )
    if revision != migrations.head_revision():
        owner, may_upgrade, _login = _owner_of(connection, empty=False)
        if not may_upgrade:
            return ConnectionCheck(
                ok=False,
                address=where.display_name,
                summary=owner_refusal(connection, owner, empty=False),
                details=tuple(details),
                can_write=can_write,
                milliseconds=elapsed,
            )
        details.append(
            "The journal will be brought up to date the first time this version of "
            "BigJournal opens it."
        )
    danger = _acts_as_a_group_owner(connection)
    if danger:
        details.append(danger)
    details.append(
        f"“{login}” may read and change the journal."
        if can_write
        else f"“{login}” may read the journal but not change it (an observer's login)."
    )
    return ConnectionCheck(
        ok=True,
        address=where.display_name,
        summary=f"The shared journal “{where.database}” on {where.host} is ready.",
        details=tuple(details),
        can_write=can_write,
        milliseconds=elapsed,
    )


# --- The journal's owner, its groups, and what each may do ------------------------------

#: What a volunteer's group may do to the journal's rows; observers only SELECT. Neither
#: may DROP, ALTER or TRUNCATE: those belong to the tables' owner alone.
TEAM_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")
OBSERVER_PRIVILEGES = ("SELECT",)
SETUP_COMMAND = "bigjournal team setup"


def owner_address(url: URL, owner: str) -> str:
    """The journal's address with its owner's login (for the set-up command)."""
    return ServerAddress(
        host=url.host or "localhost",
        database=url.database or "",
        user=owner,
        port=url.port or DEFAULT_PORT,
    ).url


def owner_refusal(connection: Any, owner: str, *, empty: bool) -> str:
    """Why this login may not set the journal up or upgrade it, and who may."""
    login = connection.execute(text("SELECT session_user")).scalar_one()
    url = connection.engine.url
    command = f"“{SETUP_COMMAND} {owner_address(url, owner)}”"
    if empty:
        return (
            f"The shared journal “{url.database}” is empty, and only its owner "
            f"(“{owner}”) may set it up; “{login}” may not. Ask whoever looks after the "
            f"server to run {command} (docs/team-journal.md), then open it again."
        )
    return (
        f"The shared journal “{url.database}” needs bringing up to date for this version "
        f"of BigJournal, and only its owner (“{owner}”) may change its tables; “{login}” "
        f"may not. Ask whoever looks after the server to run {command}; until then the "
        "version of BigJournal that last opened it still can."
    )


def may_change(journal: Journal) -> bool:
    """Whether this login may change the journal's records (False for an observer)."""
    if journal.is_sqlite:
        return True
    with journal.reading() as session:  # a server that stopped answering: a sentence
        return bool(
            session.execute(
                text("SELECT has_table_privilege('organisations', 'INSERT, UPDATE, DELETE')")
            ).scalar()
        )


def refuse_unlocked_copy(
    journal: Journal, what: str, error: type[JournalError] = JournalError
) -> None:
    """An observer may read the journal, not carry an unlocked copy of all of it away.

    A backup (and an export without a passphrase) is the whole journal in a file anyone
    at that computer can open; an observer — a councillor, a funder's officer — may see
    the records while logged in, and no more. Whoever looks after the server keeps the
    journal's backups.
    """
    if journal.is_sqlite or may_change(journal):
        return
    login = make_url(journal.target.url).username or "this login"
    raise error(
        f"{what}: “{login}” may read this shared journal but not change it, and an "
        "observer's login may not take an unlocked copy of the whole journal away. "
        "Whoever looks after the server keeps its backups; a volunteer of the team can "
        "make one too."
    )


@dataclass(frozen=True)
class SetUpReport:
    """What ``team setup`` did: the journal's schema, owner and who may do what."""

    address: str
    owner: str
    revision: str
    upgraded: bool
    team: tuple[str, ...]
    observers: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def set_up_shared_journal(
    url: str,
    *,
    team: tuple[str, ...] = (),
    observers: tuple[str, ...] = (),
    password: str | None = None,
) -> SetUpReport:
    """Make or upgrade a shared journal as its owner, and give its groups their rows.

    Run by whoever looks after the server, logged in as the role that owns the journal's
    database (or a member of it). The journal's tables are made by, and belong to, that
    role; ``team`` groups get SELECT, INSERT, UPDATE and DELETE on them (SELECT only on
    the schema's revision) and the sequences' numbers, ``observers`` SELECT only.
    Groups already sharing the journal keep their share and get it on any new table.
    Nothing else — no DROP, ALTER, TRUNCATE, TRIGGER or REFERENCES — goes to anyone.
    """
    from bigjournal.store import migrations

    where = ServerAddress.from_url(url)
    engine = create_engine(
        connection_url(url, password),
        hide_parameters=True,
        poolclass=NullPool,
        connect_args=dict(CONNECTION_OPTIONS),
    )
    try:
        with engine.connect() as connection:
            current = migrations.stored_revision(connection)
            migrations.refuse_if_newer(current)
            owner, is_owner, login = _owner_of(connection, empty=current is None)
            if not is_owner:
                raise JournalOpenError(
                    f"“{login}” is not the shared journal's owner (“{owner}”), so it may not "
                    f"set the journal up or upgrade it. Run this as “{owner}”: "
                    f"{SETUP_COMMAND} {owner_address(engine.url, owner)}"
                )
            given_team = _existing_roles(connection, team)  # before anything is changed
            given_observers = _existing_roles(connection, observers)
            both = set(given_team) & set(given_observers)
            if both:
                raise ValidationError(
                    f"“{sorted(both)[0]}” cannot be both in the team and an observer.",
                    "observers",
                )
        upgraded = migrations.upgrade(engine)
        with engine.begin() as connection:
            revision = str(migrations.stored_revision(connection))
            shared_team, shared_observers = _groups_sharing(connection)
            # A group named now takes that part; groups already sharing keep theirs.
            chosen_team = _unique(given_team + [r for r in shared_team if r not in given_observers])
            chosen_observers = _unique(
                [r for r in given_observers + shared_observers if r not in chosen_team]
            )
            _grant(connection, chosen_team, chosen_observers, owner)
            warnings = _owner_members(connection, owner, login)
    except DBAPIError as error:
        raise explain_failure(error, where) from error
    finally:
        engine.dispose()
    return SetUpReport(
        address=where.display_name,
        owner=owner,
        revision=revision,
        upgraded=upgraded,
        team=tuple(chosen_team),
        observers=tuple(chosen_observers),
        warnings=tuple(warnings),
    )


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _owner_of(connection: Any, *, empty: bool) -> tuple[str, bool, str]:
    """(the owner's name, whether this login acts as it, this login's name)."""
    if empty:
        query = (
            "SELECT pg_get_userbyid(d.datdba), pg_has_role(current_user, d.datdba, 'USAGE'), "
            "session_user FROM pg_database d WHERE d.datname = current_database()"
        )
    else:
        query = (
            "SELECT pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, "
            "'USAGE'), session_user FROM pg_class c WHERE c.oid = to_regclass('alembic_version')"
        )
    owner, is_owner, login = connection.execute(text(query)).one()
    return str(owner), bool(is_owner), str(login)


def _existing_roles(connection: Any, names: tuple[str, ...]) -> list[str]:
    found = []
    for name in names:
        row = connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).first()
        if row is None:
            raise ValidationError(
                f"The server has no role called “{name}”. Create it first "
                "(docs/team-journal.md, step 3).",
                "team",
            )
        found.append(name)
    return found


def _groups_sharing(connection: Any) -> tuple[list[str], list[str]]:
    """The roles other than the owner already given organisations: (team, observers)."""
    rows = connection.execute(
        text(
            "SELECT pg_get_userbyid(a.grantee), a.privilege_type "
            "FROM pg_class c, aclexplode(c.relacl) a "
            "WHERE c.oid = to_regclass('organisations') AND a.grantee <> c.relowner "
            "AND a.grantee <> 0 ORDER BY 1"
        )
    ).all()
    privileges: dict[str, set[str]] = {}
    for role, privilege in rows:
        privileges.setdefault(str(role), set()).add(str(privilege))
    team = [role for role, held in privileges.items() if held & {"INSERT", "UPDATE", "DELETE"}]
    observers = [role for role, held in privileges.items() if role not in team and "SELECT" in held]
    return team, observers


def _grant(connection: Any, team: list[str], observers: list[str], owner: str) -> None:
    quote = connection.dialect.identifier_preparer.quote
    schema = quote(connection.execute(text("SELECT current_schema()")).scalar_one())
    tables = f"ALL TABLES IN SCHEMA {schema}"
    for name in team + observers:
        if name == owner:
            continue
        role = quote(name)
        allowed = TEAM_PRIVILEGES if name in team else OBSERVER_PRIVILEGES
        for statement in (
            f"REVOKE ALL ON {tables} FROM {role}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}",
            f"REVOKE CREATE ON SCHEMA {schema} FROM {role}",
            f"GRANT USAGE ON SCHEMA {schema} TO {role}",
            f"GRANT {', '.join(allowed)} ON {tables} TO {role}",
            f"REVOKE INSERT, UPDATE, DELETE ON {schema}.alembic_version FROM {role}",
        ):
            connection.execute(text(statement))
        if name in team:
            connection.execute(
                text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
            )


def _acts_as_a_group_owner(connection: Any) -> str | None:
    """A warning when this volunteer's login acts as a *group* that owns the tables.

    That was the older set-up (docs/team-journal.md §10): every volunteer could then
    drop the whole journal. The owner's own login (a role that logs in) is not warned.
    """
    row = connection.execute(
        text(
            "SELECT o.rolname, o.rolcanlogin, pg_has_role(current_user, o.oid, 'USAGE'), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
            "FROM pg_class c JOIN pg_roles o ON o.oid = c.relowner "
            "WHERE c.oid = to_regclass('organisations')"
        )
    ).first()
    if row is None:
        return None
    owner, owner_logs_in, acts_as_owner, superuser = row
    if not acts_as_owner or owner_logs_in or superuser:
        return None
    return (
        f"Warning: this login acts as “{owner}”, the group that owns the journal's tables, "
        "so it — like every member of that group — could drop the whole journal. Whoever "
        "looks after the server should move the tables to an owner role "
        "(docs/team-journal.md, section 10)."
    )


def _owner_members(connection: Any, owner: str, login: str) -> list[str]:
    """Logins that act as the owner (and so could drop the journal): said, not changed."""
    members = connection.execute(
        text(
            "SELECT m.rolname FROM pg_auth_members a "
            "JOIN pg_roles o ON o.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE o.rolname = :owner AND m.rolcanlogin AND NOT m.rolsuper "
            "AND m.rolname <> :login ORDER BY 1"
        ),
        {"owner": owner, "login": login},
    ).scalars()
    return [
        f"“{member}” is a member of the owner role “{owner}”, so it could drop or alter "
        f"the journal's tables. Unless it looks after the server: REVOKE {owner} FROM "
        f"{member}; and GRANT the team's group instead (docs/team-journal.md)."
        for member in members
    ]
