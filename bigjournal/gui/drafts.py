"""Drafts of forms being filled in, kept on disk so a crash or power cut loses nothing.

A draft is a small JSON file in the user's state folder (never beside the journal,
which may be on a shared drive), one per form and journal, readable only by its owner.
It is written whole or not at all (a temporary file, then a rename), a moment after
the last change, and removed when the form is saved or deliberately discarded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from bigjournal.store.files import replaced_atomically
from bigjournal.store.health import state_dir

log = logging.getLogger(__name__)

SAVED_AT = "saved_at"


class DraftStore:
    """Where one form's draft for one journal is kept."""

    def __init__(self, form: str, journal_name: str) -> None:
        digest = hashlib.sha256(journal_name.encode("utf-8")).hexdigest()[:12]
        self.path = state_dir() / "drafts" / f"{form}-{digest}.json"

    def save(self, content: dict[str, Any]) -> None:
        """Keep ``content`` (plain JSON values); a failure is logged, never raised:
        the form itself still holds everything typed."""
        record = {**content, SAVED_AT: datetime.now().isoformat(timespec="seconds")}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with replaced_atomically(self.path) as stream:
                stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except OSError as error:
            log.warning("Could not keep a draft in %s: %s", self.path, error)

    def load(self) -> dict[str, Any] | None:
        """The draft, or None when there is none (or it cannot be read)."""
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("Could not read the draft in %s: %s", self.path, error)
            return None
        return content if isinstance(content, dict) else None

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def saved_at(content: dict[str, Any]) -> datetime | None:
    """When a draft was last written (for "the meeting you were logging on …")."""
    try:
        return datetime.fromisoformat(str(content.get(SAVED_AT)))
    except ValueError:
        return None


def offer_draft(
    parent: QWidget,
    noun: str,
    doing: str,
    offered: dict[str, Any],
    carry_on: Callable[[], None],
    start_afresh: Callable[[], None],
) -> QMessageBox:
    """ "Carry on with the meeting you were logging on …?" over the form, window-modal.

    Carry on is the default and Esc means it too: no single key throws typing away.
    """
    when = saved_at(offered)
    said = f" on {when:%A %-d %B at %H:%M}" if when else ""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(f"Carry on with a {noun}?")
    box.setText(f"Carry on with the {noun} you were {doing}{said}?")
    box.setInformativeText(
        "BigJournal kept what you had typed when it last closed before you saved."
    )
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    carry_on_button = box.addButton("&Carry on", QMessageBox.ButtonRole.AcceptRole)
    carry_on_button.setObjectName("carry_on_button")
    fresh = box.addButton("&Discard it and start afresh", QMessageBox.ButtonRole.RejectRole)
    fresh.setObjectName("start_afresh_button")
    box.setDefaultButton(carry_on_button)
    box.setEscapeButton(carry_on_button)

    def _on_box_finished(_result: int) -> None:
        if box.clickedButton() is fresh:
            start_afresh()
        else:
            carry_on()

    box.finished.connect(_on_box_finished)
    box.open()
    return box
