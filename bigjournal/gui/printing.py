"""Sending a finished PDF to a printer.

The print dialog's way is :func:`print_with_qt`: PySide6-Essentials has no QtPdf, so
the pages are rendered with PDFium (pypdfium2) and drawn onto the ``QPrinter`` the
dialog set up (printer, copies, page range, duplex, paper), on every system alike.
The older path, handing the file to ``lp`` (CUPS) or to the Windows PDF reader's
"printto" verb, is kept in :func:`send_to_printer` for printing by name; its command
is built by :func:`print_command`, a plain function, so it can be tested.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from bigjournal import wording
from bigjournal.errors import JournalError

PRINT_TIMEOUT_SECONDS = 60


class PrintError(JournalError):
    """The PDF was made but could not be handed to the printer."""


NO_PRINT_SYSTEM = (
    "This computer has no print system that BigJournal can use (the “lp” command of "
    "CUPS was not found). Choose “Save as PDF…” instead and print the file from your "
    "PDF viewer."
)


def print_command(
    pdf: str | os.PathLike[str],
    printer: str,
    copies: int = 1,
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str]:
    """The ``lp`` command that prints ``pdf`` (Linux, macOS); PrintError if there is none.

    An empty printer name means the system's default printer. ``--`` ends the options,
    so a file name that starts with a dash is still a file name.
    """
    if platform.startswith("win"):
        raise PrintError("On Windows the PDF is printed by its reader, not by a command.")
    lp = which("lp")
    if lp is None:
        raise PrintError(NO_PRINT_SYSTEM)
    command = [lp]
    if printer:
        command += ["-d", printer]
    command += ["-n", str(max(1, copies)), "--", str(pdf)]
    return command


def send_to_printer(pdf: str | os.PathLike[str], printer: str, copies: int = 1) -> str:
    """Hand ``pdf`` to the printer; returns a sentence saying what happened.

    Blocking (``lp`` copies the file to the print queue before it returns), so call
    it from a worker thread. On Windows the PDF reader prints it, once per copy.
    """
    path = Path(pdf)
    where = f"“{printer}”" if printer else "the default printer"
    if sys.platform.startswith("win"):
        return _print_on_windows(path, printer, copies, where)
    command = print_command(path, printer, copies)
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=PRINT_TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(
            f"The PDF could not be sent to {where} ({error}). Save it as a PDF and print "
            "it from your PDF viewer instead."
        ) from error
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        detail = f" The print system said: {reason[-1]}" if reason else ""
        raise PrintError(
            f"The PDF could not be sent to {where}.{detail} Check the printer is "
            "switched on and connected, or save it as a PDF instead."
        )
    return f"Sent {wording.count(copies, 'copy')} to {where}."


def _print_on_windows(path: Path, printer: str, copies: int, where: str) -> str:
    startfile = getattr(os, "startfile", None)
    if startfile is None:  # pragma: no cover - only on Windows
        raise PrintError("Printing is not available on this computer.")
    try:
        for _ in range(max(1, copies)):
            if printer:
                startfile(str(path), "printto", f'"{printer}"')
            else:
                startfile(str(path), "print")
    except OSError as error:
        raise PrintError(
            f"The PDF could not be sent to {where}: Windows found no program that prints "
            f"PDF files ({error.strerror or error}). Install a PDF reader, or save it as a "
            "PDF and print it from there."
        ) from error
    return f"Sent the PDF to {where}; your PDF reader prints it."


# --- printing through Qt ------------------------------------------------------------

# Pages are drawn at the printer's resolution, but never finer than this (a 1200 dpi
# laser would otherwise get 130 MB images for nothing a report needs).
MAX_PRINT_DPI = 300


def print_with_qt(
    pdf: str | os.PathLike[str],
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Draw ``pdf``'s pages onto ``printer`` and hand the job over; a sentence says so.

    The pages are rendered with PDFium (pypdfium2), so whatever the print dialog chose
    is honoured alike on Windows, macOS and Linux: the printer, copies, page range,
    duplex and paper go with the job. No PDF viewer is needed. Safe in a worker thread.
    """
    import pypdfium2 as pdfium  # here: only printing needs it

    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        if first > count:
            raise PrintError(
                f"The {plural(count, 'page')} of this report do not include page {first}; "
                "choose pages in the print dialog again."
            )
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            where = f"“{printer.printerName()}”" if printer.printerName() else "the printer"
            raise PrintError(
                f"BigJournal could not start printing on {where}. Check it is switched on "
                "and connected, or save the report as a PDF instead."
            )
        try:
            for number, index in enumerate(range(first - 1, last)):
                if number:
                    printer.newPage()
                _draw_page(painter, printer, document[index], dpi)
                if progress is not None:
                    progress(number + 1, last - first + 1)
        finally:
            handed_over = painter.end()
    finally:
        document.close()
    if not handed_over:
        raise PrintError("The print job could not be handed to the printer; nothing was sent.")
    where = f"“{printer.printerName()}”" if printer.printerName() else "the printer"
    pages = plural(last - first + 1, "page")
    copies = printer.copyCount()
    several = f", {wording.count(copies, 'copy')}." if copies > 1 else "."
    return f"Sent {pages} to {where}{several}"


def _draw_page(painter: QPainter, printer: QPrinter, page: Any, dpi: int) -> None:
    """One PDF page, as an image fitted (aspect kept) to the printable area."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    ).copy()  # owns its pixels once the PDFium bitmap is gone
    area = painter.viewport()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = int(image.width() * scale), int(image.height() * scale)
    painter.drawImage(QRect(area.x(), area.y(), width, height), image)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def no_viewer_sentence(path: str | os.PathLike[str]) -> str:
    """What to say when the saved PDF cannot be opened: no program on the computer opens
    PDF files."""
    return (
        f"The PDF was saved as {path}, but this computer has no program that opens PDF "
        "files. Install a PDF reader to look at it, or print it from here with “Print…”."
    )
