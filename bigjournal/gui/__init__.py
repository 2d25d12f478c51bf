"""The desktop app (PySide6 Qt Widgets): the only package that imports Qt.

One module per view or dialog; forms come from ``ui/*.ui`` compiled into ``forms/``
by ``python -m bigjournal.gui.build_forms``. Every window is given the open
:class:`~bigjournal.store.Journal` (through :class:`~bigjournal.gui.actions.JournalActions`),
never a global, so tests build them on their own journal files.
"""
