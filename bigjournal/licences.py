"""BigJournal's own licence and the notices of the parts it is built from.

The texts are files made at build time: ``LICENSE`` (the GPL, version 3) and
``THIRD-PARTY-NOTICES`` (written by ``installer/third_party_notices.py`` from the
installed packages' metadata and licence files and the bundled fonts). A wheel keeps
both in its ``.dist-info/licenses/``; the frozen app keeps them beside its libraries;
a source checkout has them at its root. The About box reads them from wherever this
copy of BigJournal was installed. No Qt here: the command line may print them too.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

LICENCE_NAME = "GNU General Public License, version 3 or (at your option) any later version"
LICENCE_SPDX = "GPL-3.0-or-later"
LICENCE_FILE = "LICENSE"
NOTICES_FILE = "THIRD-PARTY-NOTICES"
NO_WARRANTY = (
    "This program is free software: you can redistribute it and/or modify it under the "
    "terms of the GNU General Public License as published by the Free Software "
    "Foundation, either version 3 of the License, or (at your option) any later version. "
    "It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; "
    "without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR "
    "PURPOSE. See the GNU General Public License for more details."
)


def read_text(name: str) -> str | None:
    """The text of ``LICENSE`` or ``THIRD-PARTY-NOTICES`` as installed; None if missing.

    The frozen app's own copy comes first (its notices cover what the bundle holds:
    Python, the libraries, PyInstaller's boot loader), then the installed package's
    metadata, then a source checkout's root.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / name).is_file():
        return (Path(bundle) / name).read_text(encoding="utf-8")
    try:
        text = metadata.distribution("bigjournal").read_text(f"licenses/{name}")
    except metadata.PackageNotFoundError:
        text = None
    if text:
        return text
    checkout = Path(__file__).resolve().parents[1] / name
    return checkout.read_text(encoding="utf-8") if checkout.is_file() else None


def licence_text() -> str | None:
    return read_text(LICENCE_FILE)


def third_party_notices() -> str | None:
    return read_text(NOTICES_FILE)
