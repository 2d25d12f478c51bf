"""Keyrings for the tests: the machines that run them have no desktop keyring.

``MemoryKeyring`` is set in-process by a fixture; ``FileKeyring`` lets a ``bigjournal``
subprocess keep a password between two commands (``PYTHON_KEYRING_BACKEND`` names it
and ``BIGJOURNAL_TEST_KEYRING`` says where). Both are for tests only: the real
program refuses file-based keyrings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat.properties import classproperty
from keyring.errors import PasswordDeleteError

FILE_ENV = "BIGJOURNAL_TEST_KEYRING"


class MemoryKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:
        # Never picked by keyring's own search (it finds every subclass): set by hand.
        raise RuntimeError("a keyring for tests, set explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(MemoryKeyring):
    @classproperty
    def priority(cls) -> float:
        if FILE_ENV not in os.environ:
            raise RuntimeError(f"a keyring for tests, used only when {FILE_ENV} is set")
        return 1.0

    def __init__(self) -> None:
        super().__init__()
        self.path = Path(os.environ[FILE_ENV])
        if self.path.exists():
            stored = json.loads(self.path.read_text())
            self.secrets = {tuple(key.split("\n", 1)): value for key, value in stored.items()}  # type: ignore[misc]

    def _save(self) -> None:
        self.path.write_text(json.dumps({"\n".join(k): v for k, v in self.secrets.items()}))

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()
