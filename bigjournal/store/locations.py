"""Where journals live and how a user's words name one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

JOURNAL_ENV = "BIGJOURNAL_JOURNAL"
DEFAULT_FILENAME = "journal.sqlite"


def data_dir() -> Path:
    """The per-user folder for journals and their backups."""
    return platformdirs.user_data_path("bigjournal", appauthor=False)


def default_journal_path() -> Path:
    return data_dir() / DEFAULT_FILENAME


@dataclass(frozen=True)
class JournalTarget:
    """A journal named either by a file path (SQLite) or a database URL."""

    url: str
    path: Path | None

    @property
    def display_name(self) -> str:
        """What the window title and messages call this journal (no password)."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def resolve_target(text: str | os.PathLike[str] | None = None) -> JournalTarget:
    """Turn ``--journal``, ``$BIGJOURNAL_JOURNAL`` or the default into a target."""
    if text is None or str(text) == "":
        text = os.environ.get(JOURNAL_ENV) or default_journal_path()
    raw = str(text)
    if raw.startswith("sqlite:///"):
        path = Path(raw.removeprefix("sqlite:///")).expanduser().absolute()
        return JournalTarget(url=f"sqlite:///{path}", path=path)
    if "://" in raw:
        return JournalTarget(url=raw, path=None)
    path = Path(raw).expanduser().absolute()
    return JournalTarget(url=f"sqlite:///{path}", path=path)
