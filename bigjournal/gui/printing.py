"""Sending a finished PDF to a printer, through the operating system's own print path.

PySide6-Essentials has no QtPdf, so Qt cannot render a PDF onto a ``QPrinter``. The
app therefore asks which printer and how many copies with ``QPrintDialog`` and hands
the PDF file to the system: ``lp`` (CUPS) on Linux and macOS, the "printto" verb of
the PDF reader on Windows. The command is built by :func:`print_command`, a plain
function, so it can be tested without printing anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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
