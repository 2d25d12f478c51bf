"""``python -m bigjournal`` runs the same command as ``bigjournal``."""

from bigjournal.cli import main

raise SystemExit(main())
