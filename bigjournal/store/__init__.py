"""Opening, upgrading and looking after journal files (no Qt)."""

from bigjournal.store.database import Journal, open_journal
from bigjournal.store.locations import JournalTarget, default_journal_path, resolve_target

__all__ = ["Journal", "JournalTarget", "default_journal_path", "open_journal", "resolve_target"]
