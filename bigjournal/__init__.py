"""BigJournal: an offline relationship journal for community partnerships.

The package is layered (see docs/architecture.md): ``model`` and ``store`` hold the
data, ``journal`` the use cases, ``reports`` and ``exchange`` build on them, and only
``gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "BigJournal"
