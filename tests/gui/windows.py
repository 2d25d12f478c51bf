"""Every window and dialog of the app, opened on the demo journal, for the checks that
walk them all (underlined letters, fitting the screen).

Dialog classes are discovered, not listed: every ``QDialog`` subclass defined in a
module of ``bigjournal.gui.dialogs`` is opened, so a dialog added later is checked
too. Its constructor's required arguments are filled by name from :data:`SAMPLES`; a
dialog that needs an argument not there fails with a message saying which one to add.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QWidget

import bigjournal.gui.dialogs
from tests.conftest import TODAY

#: The views of the main window, by the number ``show_view`` takes.
VIEW_NAMES = (
    "Today",
    "Organisations",
    "Contacts",
    "Meetings",
    "Promises",
    "Search results",
    "Map",
    "Topics",
)


@dataclass
class Opened:
    """One window to check, and how to describe it in a failure message."""

    name: str
    widget: QWidget


#: Modules outside bigjournal/gui/dialogs that define windows of their own.
OTHER_WINDOW_MODULES = ("bigjournal.gui.help",)


def dialog_classes() -> list[type[QDialog]]:
    """Every dialog class defined under bigjournal/gui/dialogs (bases of others left out)."""
    found: list[type[QDialog]] = []
    package = bigjournal.gui.dialogs
    names = [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]
    for module_name in [*names, *OTHER_WINDOW_MODULES]:
        module = importlib.import_module(module_name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.append(value)
    bases = {base for cls in found for base in cls.__mro__[1:]}
    return sorted((c for c in found if c not in bases), key=lambda c: c.__qualname__)


def _contacts(window: Any) -> list[Any]:
    from bigjournal.journal.people import list_contacts

    return [c for c in list_contacts(window.journal_actions.journal) if c.left_on is None]


def _organisation(window: Any) -> Any:
    from bigjournal.journal.organisations import list_organisations

    return list_organisations(window.journal_actions.journal)[0]


def _handover(window: Any) -> Any:
    from bigjournal.journal.handovers import LeavingDraft, contact_leaves, list_handovers

    pending = list_handovers(window.journal_actions.journal, pending_only=True)
    if pending:
        return pending[0]
    leaver = _contacts(window)[-1]
    return contact_leaves(
        window.journal_actions.journal,
        leaver.id,
        LeavingDraft(left_on=TODAY - timedelta(days=3), post_vacant=True),
        today=TODAY,
    )


def _promise(window: Any) -> Any:
    from bigjournal.journal.promises import list_promises

    return list_promises(window.journal_actions.journal, today=TODAY)[0]


def _member(window: Any) -> Any:
    from bigjournal.journal.people import list_members

    return list_members(window.journal_actions.journal, include_former=False)[0]


def _conflict(window: Any) -> Any:
    from bigjournal.errors import ConflictError
    from bigjournal.gui.dialogs.conflict import Conflict

    organisation = _organisation(window)
    error = ConflictError(
        "Someone else saved this organisation first.",
        changed_by="Aisha Rahman",
        theirs={"next_steps": "Ask about the lamps again in May"},
        yours={"next_steps": "Chase the highways officer about the lamps"},
    )
    changes = {"next_steps": "Chase the highways officer about the lamps"}
    return Conflict("organisation", organisation.id, changes, error, organisation.name)


def _held_meeting(window: Any) -> int:
    """A meeting that has happened, with people on both sides (its note has the most)."""
    from bigjournal.journal.meetings import list_meetings, meeting_detail

    journal = window.journal_actions.journal
    held = [m for m in list_meetings(journal) if not m.is_planned]
    for meeting in held:
        detail = meeting_detail(journal, meeting.id)
        if detail.contacts and detail.members and detail.promises:
            return meeting.id
    return held[0].id


def _forget_result(window: Any) -> Any:
    from bigjournal.journal.personal_data import forget_contact

    return forget_contact(window.journal_actions.journal, _contacts(window)[-1].id)


#: Sample values for constructor arguments, by parameter name: each gives one value or,
#: for a ``list``, several variants (each opened).
SAMPLES: dict[str, Callable[[Any], Any]] = {
    "actions": lambda w: w.journal_actions,
    "journal": lambda w: w.journal_actions.journal,
    "preferences": lambda w: w.preferences,
    "contact": lambda w: _contacts(w)[0],
    "contacts": lambda w: _contacts(w)[:2],
    "organisation_id": lambda w: _organisation(w).id,
    "organisation_name": lambda w: _organisation(w).name,
    "handover": _handover,
    "promise": _promise,
    "member": _member,
    "conflict": _conflict,
    "result": _forget_result,
    "meeting_id": _held_meeting,
    "kind": lambda w: ["vcard", "ical"],
    "journal_name": lambda w: "Millbrook Big Local",
    "name": lambda w: "Sam Okoye",
}


#: Where one dialog's argument means something else than the same name elsewhere.
CLASS_SAMPLES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "QuickAddDialog": {"kind": lambda w: ["contact", "organisation"]},
    # The demo's first meeting and first promise are both number 1.
    "TopicsDialog": {"tagged": lambda w: ["meeting", "promise"], "record_id": lambda w: 1},
}


def _arguments(cls: type[QDialog], window: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Keyword arguments to open ``cls`` with (one set per variant), and the variant's name."""
    kwargs: dict[str, Any] = {}
    variants: tuple[str, list[Any]] | None = None
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name == "parent":
            kwargs[name] = window
            continue
        if parameter.default is not parameter.empty:
            continue
        samples = {**SAMPLES, **CLASS_SAMPLES.get(cls.__qualname__, {})}
        if name not in samples:
            raise AssertionError(
                f"{cls.__qualname__} needs a {name!r} to open: add a sample for it to "
                "SAMPLES in tests/gui/windows.py so its window is checked too"
            )
        value = samples[name](window)
        if isinstance(value, list) and name != "contacts":
            variants = (name, value)
        else:
            kwargs[name] = value
    if variants is None:
        yield cls.__qualname__, kwargs
        return
    name, values = variants
    for value in values:
        yield f"{cls.__qualname__} ({name}={value})", {**kwargs, name: value}


def _with_promise_rows(dialog: QDialog) -> bool:
    """Log a meeting with two promise rows added (their hints are the narrowest)."""
    button = getattr(getattr(dialog, "ui", None), "add_promise_button", None)
    if button is None:
        return False
    button.click()
    button.click()
    return True


#: Further states of a dialog worth checking too, each with its name.
STATES: dict[str, Callable[[QDialog], bool]] = {"with two promise rows": _with_promise_rows}


def open_dialogs(window: Any, qtbot: Any) -> Iterator[Opened]:
    """Each dialog, shown over ``window`` (closed again after the caller looked at it)."""
    for cls in dialog_classes():
        for name, kwargs in _arguments(cls, window):
            dialog = cls(**kwargs)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            try:
                yield Opened(name, dialog)
                for state, reach in STATES.items():
                    if reach(dialog):
                        QApplication.processEvents()
                        yield Opened(f"{name}, {state}", dialog)
            finally:
                worker = getattr(dialog, "worker", None)
                if worker is not None and hasattr(worker, "done"):
                    worker.done.wait(10)
                dialog.hide()


def main_window_views(window: Any) -> Iterator[Opened]:
    """The main window with each of its views showing."""
    for number, name in enumerate(VIEW_NAMES):
        window.show_view(number)
        window.current_view().refresh()
        yield Opened(f"main window, {name} view", window)


def session_window(demo_journal: Any, preferences: Any, qtbot: Any) -> Any:
    """The main window as the app builds it (every File menu item), on the demo journal."""
    from bigjournal.gui.session import JournalSession

    session = JournalSession(preferences, today=TODAY)
    main = session.show_window(demo_journal)
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    main.session = session
    return main
