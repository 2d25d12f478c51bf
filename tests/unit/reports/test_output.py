"""Saving reports: atomic, explained when it fails, never half-written; fonts found."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from bigjournal.reports import ReportCancelled, ReportSaveError, make_summary, report_fonts
from bigjournal.reports.fonts import BOLD_FILE, REGULAR_FILE, FontMissingError, bundled_font_folder
from bigjournal.reports.output import Steps
from bigjournal.store import Journal
from tests.conftest import TODAY


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.pdf"
    out.write_bytes(b"the previous summary")

    def refuse(_source: str, _target: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportSaveError) as raised:
        make_summary(demo_journal, "Millbrook College", out, today=TODAY)
    message = str(raised.value)
    assert "could not be saved" in message and "choose another folder" in message
    assert out.read_bytes() == b"the previous summary"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_a_missing_folder_or_a_folder_name_is_explained(
    demo_journal: Journal, tmp_path: Path
) -> None:
    with pytest.raises(ReportSaveError, match="does not exist; please choose another place"):
        make_summary(demo_journal, "Millbrook College", tmp_path / "nowhere" / "s.pdf")
    with pytest.raises(ReportSaveError, match="is a folder; please choose a file name"):
        make_summary(demo_journal, "Millbrook College", tmp_path)


def test_a_cancelled_summary_leaves_the_old_file_alone(
    demo_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ReportCancelled, match="summary was cancelled; nothing was saved"):
        make_summary(demo_journal, "Millbrook College", out, cancel=lambda: True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_pdf_is_private_to_its_user_like_every_export(
    demo_journal: Journal, tmp_path: Path
) -> None:
    # Issue 16 (6): a summary names people and their numbers; others may not read it.
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert plain.stat().st_mode & 0o044, "the test needs a umask that lets others read"
    out = tmp_path / "s.pdf"
    make_summary(demo_journal, "Millbrook College", out, today=TODAY)
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_report_can_be_written_to_a_file_object(demo_journal: Journal) -> None:
    buffer = io.BytesIO()
    make_summary(demo_journal, "Riverside Homes", buffer, today=TODAY)
    buffer.seek(0)
    assert len(PdfReader(buffer).pages) == 1


def test_steps_never_report_done_before_finishing() -> None:
    seen: list[tuple[int, int]] = []
    steps = Steps(3, lambda d, t: seen.append((d, t)))
    for _ in range(5):  # more steps than planned (a third layout run) stay below the total
        steps.advance()
    assert seen[-1] == (2, 3)
    steps.finish()
    assert seen[-1] == (3, 3)


def test_the_bundled_font_and_its_licence_ship_with_the_package() -> None:
    folder = bundled_font_folder()
    assert (folder / REGULAR_FILE).is_file() and (folder / BOLD_FILE).is_file()
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence
    fonts = report_fonts()
    for name in ("Zoë", "Łukasz", "Øyvind", "Ιωάννης", "Наталья", "⚠", "…", "£", "€"):
        assert all(ord(ch) in fonts.covered for ch in name), name
    # What the base font measures: a character it lacks as its visible mark, never "?".
    assert fonts.clean("Zoë 李 👍") == "Zoë ‹U+674E› ‹U+1F44D›"


def test_a_missing_font_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FontMissingError, match="Please reinstall BigJournal"):
        report_fonts(tmp_path / "absent.ttf")
