"""The frozen app's entry point: the same ``bigjournal`` command as the installed package.

PyInstaller needs a script rather than a console-script entry point. It lives here, not
in the package, so the build analyses the *installed* ``bigjournal`` (in build/venv)
and never the source tree by accident.
"""

from bigjournal.cli import main

raise SystemExit(main())
