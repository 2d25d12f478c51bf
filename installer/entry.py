"""The frozen app's entry point: the same ``bigjournal`` command as the installed package.

PyInstaller needs a script rather than a console-script entry point. It lives here, not
in the package, so the build analyses the *installed* ``bigjournal`` (in build/venv)
and never the source tree by accident.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def give_children_the_system_library_path(environment: MutableMapping[str, str]) -> None:
    """Linux: the programs the app starts (lp, pg_dump, xdg-open) get the system's own
    libraries, not the bundle's.

    PyInstaller's boot loader puts the bundle's folder first on LD_LIBRARY_PATH and
    keeps the original in LD_LIBRARY_PATH_ORIG. This process no longer needs it (the
    dynamic loader read it when the process started), but every child inherits it,
    and a system program loading our copies of its libraries may fail or misbehave.
    """
    original = environment.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        environment["LD_LIBRARY_PATH"] = original
    else:
        environment.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        give_children_the_system_library_path(os.environ)

    from bigjournal.cli import main

    raise SystemExit(main())
