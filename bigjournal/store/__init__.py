"""Opening, upgrading and looking after journal files (no Qt)."""

from bigjournal.store.journal import Journal
from bigjournal.store.locations import JournalTarget, default_journal_path, resolve_target
from bigjournal.store.opening import open_journal

__all__ = ["Journal", "JournalTarget", "default_journal_path", "open_journal", "resolve_target"]
