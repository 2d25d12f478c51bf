"""Print summary… and Briefing pack…: real PDFs built in the worker, read back with pypdf."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QPushButton

from bigjournal.gui.dialogs.briefing_pack import ID_ROLE, THEIRS, THEIRS_PART, BriefingPackDialog
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.gui.printing import NO_PRINT_SYSTEM, PrintError, print_command
from bigjournal.journal import settings
from bigjournal.journal.organisations import find_organisation, list_organisations
from bigjournal.journal.people import contact_detail, find_contact


class OpenedUrls(QObject):
    """Catches what would open in the system's viewer (Qt's own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(qapp: Any) -> Any:
    catcher = OpenedUrls()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def held_at_start(dialog: Any) -> threading.Event:
    """Hold the real build at its start until the test lets it go (no race with Cancel)."""
    gate = threading.Event()
    real = dialog.builder

    def builder() -> Any:
        build = real()

        def held(out: Path, progress: Any, stop: threading.Event) -> Any:
            assert gate.wait(30)
            return build(out, progress, stop)

        return held

    dialog.builder = builder
    return gate


def summary_dialog(actions: Any, qtbot: Any, name: str) -> PrintSummaryDialog:
    found = find_organisation(actions.journal, name)
    dialog = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_print_summary_saves_a_one_page_pdf_and_opens_it(
    actions: Any, qtbot: Any, tmp_path: Path, opened: Any
) -> None:
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    assert dialog.paper == "A4"  # the journal's setting
    assert dialog.default_name() == "Ashford Vale Borough Council - summary.pdf"
    out = tmp_path / "ashford"
    job = dialog.save_pdf(out)
    assert job is not None and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert dialog.saved_path == tmp_path / "ashford.pdf"
    reader = PdfReader(dialog.saved_path)
    assert len(reader.pages) == 1
    assert "Ashford Vale Borough Council" in text_of(dialog.saved_path)
    assert [u.toLocalFile() for u in opened.urls] == [str(dialog.saved_path)]
    assert dialog.save_button.isEnabled()


def test_letter_paper_is_used_and_remembered(actions: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    dialog.open_check.setChecked(False)
    dialog.paper_combo.setCurrentText("Letter")
    dialog.save_pdf(tmp_path / "letter.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert settings.get_setting(actions.journal, settings.PAPER_SIZE) == "Letter"


def test_a_folder_that_does_not_exist_is_a_plain_sentence(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    dialog.save_pdf(tmp_path / "no such folder" / "x.pdf")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "does not exist" in dialog.error_label.text()
    assert dialog.error_label.isVisible()


def test_the_pack_ticks_top_level_organisations_and_puts_theirs_first(
    actions: Any, qtbot: Any
) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    top_level = {o.id for o in list_organisations(actions.journal) if o.parent_id is None}
    assert set(dialog.chosen_ids()) == top_level
    contact = contact_detail(actions.journal, find_contact(actions.journal, "Gareth Lloyd").id)
    own = contact.contact.organisation.id
    qtbot.keyClicks(dialog.ui.recipient_edit, "Gareth Lloyd")
    assert dialog.ui.own_combo.currentData() == own
    parents = {o.id: o.parent_id for o in list_organisations(actions.journal)}
    first = dialog.chosen_ids()[0]
    assert first in (own, parents[own])
    assert dialog.ui.organisation_tree.topLevelItem(0).data(0, ID_ROLE) == first
    marked = [i for i in dialog._items() if i.text(0).endswith((THEIRS, THEIRS_PART))]
    assert [int(i.data(0, ID_ROLE)) for i in marked] == [own] and marked[0].font(0).bold()
    dialog.ui.none_button.click()
    assert dialog.chosen_ids() == []
    dialog.print_to("Office")  # nothing ticked: explained, nothing started
    assert dialog.job is None
    assert "tick at least one" in dialog.error_label.text()


def test_a_pack_is_built_with_progress_and_cancelled_leaves_no_file(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_check.setChecked(False)
    dialog.ui.recipient_edit.setText("Cllr Ann Lee")
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "pack.pdf"
    job = dialog.save_pdf(out)
    assert job is not None
    job.worker.signals.progressed.connect(lambda d, t, _m: seen.append((d, t)))
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=60_000)
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    text = text_of(out)
    assert "Cllr Ann Lee" in text and "Glossary" in text
    assert "Saved the briefing pack" in dialog.last_message

    cancelled = folder / "cancelled.pdf"
    gate = held_at_start(dialog)
    job = dialog.save_pdf(cancelled)
    assert job is not None
    progress = job.dialog
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    progress.findChild(QPushButton).click()  # its Cancel button
    assert job.stop.is_set()
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert "cancelled" in dialog.last_message and "nothing was saved" in dialog.last_message
    assert not cancelled.exists()
    assert [p.name for p in folder.iterdir()] == ["pack.pdf"]  # no part-written file
    assert not dialog.error_label.isVisible()


def test_closing_the_dialog_while_building_stops_it(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.recipient_edit.setText("Cllr Ann Lee")
    gate = held_at_start(dialog)
    job = dialog.save_pdf(tmp_path / "p.pdf")
    assert job is not None
    dialog.reject()  # Close while building means stop, not leave it running
    assert job.stop.is_set() and dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert not (tmp_path / "p.pdf").exists()


def test_print_opens_the_print_dialog(actions: Any, qtbot: Any) -> None:
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    dialog.print_button.click()
    chooser = dialog.findChild(QPrintDialog, "print_dialog")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    assert dialog.job is None


# --- sending to the printer: the command, never a real print ---------------------------


def test_the_print_command_names_printer_copies_and_file() -> None:
    which = {"lp": "/usr/bin/lp"}.get
    assert print_command("/tmp/a b.pdf", "Office", 2, platform="linux", which=which) == [
        "/usr/bin/lp",
        "-d",
        "Office",
        "-n",
        "2",
        "--",
        "/tmp/a b.pdf",
    ]
    default = print_command("-odd.pdf", "", 0, platform="darwin", which=which)
    assert default == ["/usr/bin/lp", "-n", "1", "--", "-odd.pdf"]


def test_no_print_system_is_a_plain_sentence() -> None:
    with pytest.raises(PrintError) as raised:
        print_command("a.pdf", "Office", platform="linux", which=lambda _name: None)
    assert str(raised.value) == NO_PRINT_SYSTEM
    assert "Save as PDF" in NO_PRINT_SYSTEM


@pytest.mark.skipif(os.name != "posix", reason="a fake lp is a shell script")
def test_print_hands_the_pdf_to_lp(
    actions: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in ``lp`` on PATH records its arguments and keeps a copy of the file."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    record = tmp_path / "lp-args.txt"
    lp = bin_folder / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{record}"\n'
        f'for last; do :; done; cp "$last" "{tmp_path}/printed.pdf"\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    dialog.print_to("Office Laser", 3)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    arguments = record.read_text().splitlines()
    assert arguments[:5] == ["-d", "Office Laser", "-n", "3", "--"]
    assert "Ashford Vale Borough Council" in text_of(tmp_path / "printed.pdf")
    assert not Path(arguments[5]).exists()  # the temporary PDF is tidied away
    assert dialog.last_message == "Sent 3 copies to “Office Laser”."


def test_print_without_a_print_system_says_so(
    actions: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp anywhere
    dialog = summary_dialog(actions, qtbot, "Ashford Vale Borough Council")
    dialog.print_to("Office")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.error_label.text() == NO_PRINT_SYSTEM


def test_the_recipients_organisation_is_ticked_even_after_none(actions: Any, qtbot: Any) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.none_button.click()
    assert dialog.chosen_ids() == []
    qtbot.keyClicks(dialog.ui.recipient_edit, "Gareth Lloyd")
    first = int(dialog.ui.organisation_tree.topLevelItem(0).data(0, ID_ROLE))
    assert dialog.chosen_ids() == [first]
    assert "1 organisation ticked" in dialog.ui.count_label.text()
