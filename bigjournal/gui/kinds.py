"""The window's side of every kind of record, declared once (issue 18).

Each kind of ``bigjournal.journal.kinds`` has one :class:`WindowKind` here, keyed by
the journal's kind: how the window shows one record of it (the page that lists it, or
the dialog or page it lives on) and the dialog that corrects it. The main window's
"open this record" (from Today, search, a link, the personal-data review) and "edit
this record" read these; ``tests/unit/test_record_kinds.py`` checks every journal
kind has one.

Imported when a record is opened, never at start-up: it brings the use cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bigjournal.gui.main_window import CONTACTS, MEETINGS, ORGANISATIONS, PROMISES, MainWindow
from bigjournal.journal import kinds as journal_kinds
from bigjournal.journal.kinds import RecordKind

Opener = Callable[["MainWindow", int], Any]


@dataclass(frozen=True)
class WindowKind:
    """How the window shows and corrects one kind of record.

    Every field is required: ``None`` says the kind has no such thing, and
    ``shown_where`` then tells the volunteer where to find it.
    """

    kind: RecordKind
    #: The page listing this kind (a record opened there is selected), or None.
    page: int | None
    #: How to show one when it has no page of its own (a dialog, its organisation).
    show: Opener | None
    #: The dialog correcting one: ``edit(window, record id)``, or None.
    edit: Opener | None
    #: A sentence for the status bar when it cannot be opened by itself.
    shown_where: str

    @property
    def name(self) -> str:
        return self.kind.name

    @property
    def opens(self) -> bool:
        return self.page is not None or self.show is not None


def _member(window: MainWindow, record_id: int) -> Any:
    return window.show_members().select_member(record_id)


def _edit_promise(window: MainWindow, record_id: int) -> Any:
    from bigjournal.journal.promises import promise

    return window.edit_promise(promise(window.attached_actions.journal, record_id))


def _check_in(window: MainWindow, record_id: int) -> Any:
    from bigjournal.gui.dialogs.check_in import open_check_in

    return open_check_in(window, record_id)


def _outcome(window: MainWindow, record_id: int) -> Any:
    from bigjournal.gui.dialogs.outcome import open_outcome

    return open_outcome(window, record_id)


def _topic(window: MainWindow, record_id: int) -> Any:
    return window.show_topics().select_topic(record_id)


DECLARED: tuple[WindowKind, ...] = (
    WindowKind(
        journal_kinds.ORGANISATION,
        page=ORGANISATIONS,
        show=None,
        edit=lambda window, record_id: window.edit_organisation(record_id),
        shown_where="",
    ),
    WindowKind(
        journal_kinds.ORGANISATION_LINK,
        page=None,
        show=None,
        edit=None,
        shown_where="Links between organisations are shown on their organisations.",
    ),
    WindowKind(
        journal_kinds.MEMBER,
        page=None,
        show=_member,
        edit=None,  # corrected in the members dialog itself
        shown_where="",
    ),
    WindowKind(
        journal_kinds.CONTACT,
        page=CONTACTS,
        show=None,
        edit=lambda window, record_id: window.edit_contact(record_id),
        shown_where="",
    ),
    WindowKind(
        journal_kinds.MEETING,
        page=MEETINGS,
        show=None,
        edit=lambda window, record_id: window.edit_meeting(record_id),
        shown_where="",
    ),
    WindowKind(
        journal_kinds.PROMISE,
        page=PROMISES,
        show=None,
        edit=_edit_promise,
        shown_where="",
    ),
    WindowKind(
        journal_kinds.HANDOVER,
        page=None,
        show=None,
        edit=None,
        shown_where="Handovers still to finish are on Today.",
    ),
    WindowKind(
        journal_kinds.CHECK_IN,
        page=None,
        show=_check_in,  # its dialog, over the organisation's page
        edit=_check_in,
        shown_where="",
    ),
    WindowKind(
        journal_kinds.OUTCOME,
        page=None,
        show=_outcome,  # its dialog, over the organisation's page
        edit=_outcome,
        shown_where="",
    ),
    WindowKind(
        journal_kinds.TOPIC,
        page=None,
        show=_topic,  # the Topics view, with it selected (renamed and closed there)
        edit=_topic,
        shown_where="",
    ),
)
BY_NAME: dict[str, WindowKind] = {declared.name: declared for declared in DECLARED}


def window_kind(name: str) -> WindowKind | None:
    return BY_NAME.get(name)
