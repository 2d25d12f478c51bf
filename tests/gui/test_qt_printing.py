"""Printing through Qt: the PDF's pages drawn onto the QPrinter the print dialog set up.

The printer here is Qt's own PDF printer (a real QPrinter, writing a file), so what
would go to paper can be read back: the page range is honoured, "Sent" comes after the
job was handed over, and no temporary PDF is left behind.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from bigjournal.gui.dialogs import report_output
from bigjournal.gui.dialogs.briefing_pack import BriefingPackDialog
from bigjournal.gui.dialogs.print_summary import PrintSummaryDialog
from bigjournal.gui.printing import print_with_qt
from bigjournal.journal.organisations import find_organisation
from bigjournal.reports import make_pack


def pdf_printer(out: Path, first: int = 0, last: int = 0) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    if first:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(first, last)
    return printer


def images_on(path: Path) -> list[int]:
    """How many images each printed page carries (a rendered page is one)."""
    counts = []
    for page in PdfReader(path).pages:
        objects = page["/Resources"].get_object().get("/XObject", {})
        counts.append(sum(1 for o in objects.values() if o.get_object()["/Subtype"] == "/Image"))
    return counts


def test_the_print_dialogs_page_range_is_honoured(actions: Any, qapp: Any, tmp_path: Path) -> None:
    pack = tmp_path / "pack.pdf"
    make_pack(actions.journal, "Ann", [], pack)
    assert len(PdfReader(pack).pages) > 5
    printed = tmp_path / "printed.pdf"
    said = print_with_qt(pack, pdf_printer(printed, 2, 4))
    assert said.startswith("Sent 3 pages to")
    assert images_on(printed) == [1, 1, 1]
    everything = tmp_path / "all.pdf"
    print_with_qt(pack, pdf_printer(everything))
    assert len(PdfReader(everything).pages) == len(PdfReader(pack).pages)


def test_printing_from_the_dialog_says_sent_after_and_leaves_no_temporary_file(
    actions: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    temporary = tmp_path / "temp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    found = find_organisation(actions.journal, "Ashford Vale Borough Council")
    dialog = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(dialog)
    printed = tmp_path / "paper.pdf"
    job = dialog.print_on(pdf_printer(printed))
    assert job is not None and dialog.last_message == ""  # nothing said before it is sent
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.last_message == "Sent 1 page to the printer."
    assert images_on(printed) == [1]
    assert list(temporary.iterdir()) == []  # the PDF with personal details is gone


def test_a_pack_prints_through_qt_too(actions: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = BriefingPackDialog(actions)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.recipient_edit, "Cllr Ann Lee")
    printed = tmp_path / "paper.pdf"
    dialog.print_on(pdf_printer(printed, 1, 2))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.last_message.startswith("Sent 2 pages")
    assert len(PdfReader(printed).pages) == 2


def test_no_pdf_viewer_is_a_plain_sentence(
    actions: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    # A computer where nothing opens PDF files: the system's openUrl says no.
    monkeypatch.setattr(report_output.QDesktopServices, "openUrl", staticmethod(lambda _u: False))
    found = find_organisation(actions.journal, "Millbrook College")
    dialog = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_pdf(tmp_path / "college.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert "no program that opens PDF files" in dialog.last_message
    assert "no program that opens PDF files" in dialog.error_label.text()
    assert dialog.error_label.isVisible()


def test_the_dialog_names_what_could_not_be_printed(
    actions: Any, qtbot: Any, tmp_path: Path
) -> None:
    from bigjournal.journal.organisations import add_organisation
    from bigjournal.journal.people import add_contact

    add_organisation(actions.journal, name="Hill Street Trust", kind="voluntary_organisation")
    add_contact(actions.journal, name="Ama \U0001fae0 Boateng", organisation="Hill Street Trust")
    found = find_organisation(actions.journal, "Hill Street Trust")
    dialog = PrintSummaryDialog(actions, found.id, found.name)
    qtbot.addWidget(dialog)
    dialog.open_check.setChecked(False)
    dialog.save_pdf(tmp_path / "trust.pdf")
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30_000)
    assert "could not be printed" in dialog.last_message
    assert "“Ama \U0001fae0 Boateng”" in dialog.last_message
