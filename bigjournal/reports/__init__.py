"""Printed reports: the one-page relationship summary, the briefing pack and the
legacy report (every relationship's outcomes, track record and holders).

Qt-free. Two layers: ``bigjournal.journal.briefing`` reads what a report needs in
one transaction into plain records; ``build_summary`` and ``build_pack`` draw
those records with reportlab. ``make_summary`` and ``make_pack`` do both, and are
what the command line and the app's worker thread call::

    make_pack(journal, "Cllr Ann Lee", [], "pack.pdf",
              progress=worker.progress.emit, cancel=stop_event.is_set)

Progress is ``progress(done, total)``; ``cancel()`` returning True stops the work
with ``ReportCancelled`` and leaves no file under the chosen name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bigjournal.journal.briefing import briefing_pack, relationship_summary
from bigjournal.reports.fonts import FontMissingError, FontSet, report_fonts
from bigjournal.reports.legacy import LegacyResult
from bigjournal.reports.output import (
    CancelCheck,
    Destination,
    ProgressCallback,
    ReportCancelled,
    ReportSaveError,
)
from bigjournal.reports.pack import PackResult, build_pack, pack_steps
from bigjournal.reports.summary import FittedPage, build_summary
from bigjournal.store import Journal

__all__ = [
    "FittedPage",
    "FontMissingError",
    "FontSet",
    "LegacyResult",
    "PackResult",
    "ReportCancelled",
    "ReportSaveError",
    "build_pack",
    "build_summary",
    "make_legacy",
    "make_pack",
    "make_pack_html",
    "make_summary",
    "make_summary_html",
    "report_fonts",
]


def make_summary(
    journal: Journal,
    organisation: int | str,
    out: Destination,
    *,
    today: date | None = None,
    paper: str | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> FittedPage:
    """Read one organisation and print its one-page summary to ``out``."""
    if cancel is not None and cancel():
        raise ReportCancelled("summary")
    summary = relationship_summary(journal, organisation, today=today)
    return build_summary(
        summary, out, paper=paper, print_size=print_size, progress=progress, cancel=cancel
    )


def make_pack(
    journal: Journal,
    recipient: str,
    organisations: Sequence[int | str],
    out: Destination,
    *,
    recipient_organisation: int | str | None = None,
    today: date | None = None,
    paper: str | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> PackResult:
    """Read the chosen organisations (all, if none) and print the briefing pack to ``out``.

    Reading counts as one step per organisation, before the pack's own steps.
    """
    read = 0

    def each(done: int, total: int) -> None:
        nonlocal read
        if cancel is not None and cancel():
            raise ReportCancelled("briefing pack")
        read = total
        if progress is not None:
            progress(done, total + pack_steps(total))

    pack = briefing_pack(
        journal,
        recipient,
        organisations,
        recipient_organisation=recipient_organisation,
        today=today,
        each=each,
    )

    def building(done: int, total: int) -> None:
        if progress is not None:
            progress(read + done, read + total)

    return build_pack(
        pack, out, paper=paper, print_size=print_size, progress=building, cancel=cancel
    )


def make_legacy(
    journal: Journal,
    out: Destination,
    *,
    today: date | None = None,
    paper: str | None = None,
    print_size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> LegacyResult:
    """Read every relationship and print the legacy report (issue 21) to ``out``."""
    from bigjournal.journal.legacy import legacy_report
    from bigjournal.reports.legacy import build_legacy

    if cancel is not None and cancel():
        raise ReportCancelled("legacy report")
    report = legacy_report(journal, today=today)
    return build_legacy(
        report, out, paper=paper, print_size=print_size, progress=progress, cancel=cancel
    )


def make_summary_html(
    journal: Journal, organisation: int | str, out: Destination, *, today: date | None = None
) -> None:
    """The summary as an HTML page (headings and tables; every row, not one page)."""
    from bigjournal.reports.html import summary_html, write_html

    write_html(summary_html(relationship_summary(journal, organisation, today=today)), out)


def make_pack_html(
    journal: Journal,
    recipient: str,
    organisations: Sequence[int | str],
    out: Destination,
    *,
    recipient_organisation: int | str | None = None,
    today: date | None = None,
) -> int:
    """The briefing pack as one HTML page; returns how many organisations it covers."""
    from bigjournal.reports.html import pack_html, write_html

    pack = briefing_pack(
        journal,
        recipient,
        organisations,
        recipient_organisation=recipient_organisation,
        today=today,
    )
    write_html(pack_html(pack), out)
    return len(pack.organisations)
