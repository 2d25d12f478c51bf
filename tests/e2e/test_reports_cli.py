"""``bigjournal summary`` and ``bigjournal pack``: the real command on a real journal."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import Run, command

ROOT = Path(__file__).resolve().parents[2]  # this checkout, also when not installed


def test_summary_and_pack_from_the_demo_journal(run: Run, tmp_path: Path) -> None:
    run("demo")
    summary = tmp_path / "college.pdf"
    said = run("summary", "Millbrook College", "-o", str(summary)).stdout
    assert said.strip() == f"Saved the one-page summary of “Millbrook College” as {summary}."
    reader = PdfReader(summary)
    assert len(reader.pages) == 1
    assert "Наталья Иванова" in (reader.pages[0].extract_text() or "")

    pack = tmp_path / "pack.pdf"
    result = run(
        "pack",
        "--for",
        "Cllr Ann Lee",
        "--org",
        "Riverside Homes",
        "--org",
        "Millbrook College",
        "-o",
        str(pack),
        "--json",
    )
    data = json.loads(result.stdout)
    assert data["organisations"] == 2 and data["path"] == str(pack)
    reader = PdfReader(pack)
    assert data["pages"] == len(reader.pages)
    assert reader.metadata.title == "Briefing pack for Cllr Ann Lee"
    assert [item.title for item in reader.outline if not isinstance(item, list)][:3] == [
        "Cover",
        "Contents",
        "About the partnership",
    ]


@pytest.mark.sqlite_only  # runs the command by hand on the SQLite file, from another folder
def test_letter_paper_and_a_default_file_name(run: Run, tmp_path: Path) -> None:
    run("demo")
    run("settings", "--set", "paper_size", "Letter")
    folder = tmp_path / "work"
    folder.mkdir()
    # Run from another folder: with no -o, the PDF is named after the organisation there.
    journal = tmp_path / "e2e.sqlite"
    subprocess.run(
        [*command(), "--journal", str(journal), "summary", "Riverside Homes"],
        cwd=folder,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
        timeout=120,
    )
    made = folder / "Riverside Homes - summary.pdf"
    assert made.exists()
    box = PdfReader(made).pages[0].mediabox
    assert round(float(box.width)) == 612 and round(float(box.height)) == 792


def test_failures_are_plain_sentences(run: Run, tmp_path: Path) -> None:
    run("demo")
    nowhere = run("summary", "Riverside Homes", "-o", str(tmp_path / "no" / "x.pdf"), check=False)
    assert nowhere.returncode == 1
    assert "does not exist; please choose another place for the PDF" in nowhere.stderr
    assert "Traceback" not in nowhere.stderr
    unknown = run("summary", "Nobody Council", "-o", str(tmp_path / "x.pdf"), check=False)
    assert unknown.returncode == 1 and "There is no organisation called" in unknown.stderr
    empty = run("pack", "--for", " ", "-o", str(tmp_path / "p.pdf"), check=False)
    assert empty.returncode == 1 and "whom the briefing pack is for" in empty.stderr
    assert not any(tmp_path.glob("*.pdf")) and not any(tmp_path.glob(".*.part"))


def test_large_print_from_the_command_line(run: Run, tmp_path: Path) -> None:
    from tests.unit.reports.pdf_sizes import sizes_of

    run("demo")
    for flag, size in ((["--large-print"], 14), (["--large-print", "12"], 12)):
        out = tmp_path / f"large{size}.pdf"
        run("summary", "Ashford Vale Borough Council", *flag, "-o", str(out))
        assert len(PdfReader(out).pages) == 1
        assert size + 2 in sizes_of(out, "Key contacts")
    pack = tmp_path / "pack.pdf"
    run("pack", "--for", "Ann", "--org", "Riverside Homes", "--large-print", "-o", str(pack))
    assert 14 in sizes_of(pack, "The people to contact at each")


def test_html_from_the_command_line(run: Run, tmp_path: Path) -> None:
    run("demo")
    page = tmp_path / "college.html"
    said = run("summary", "Millbrook College", "-o", str(page)).stdout
    assert "as a web page" in said
    assert "<h1" in page.read_text(encoding="utf-8")
    pack = tmp_path / "pack.htm"
    run("pack", "--for", "Ann", "--html", "-o", str(pack))
    assert '<h2 id="promises">Open promises register</h2>' in pack.read_text(encoding="utf-8")


def test_report_map_from_the_demo_journal(run: Run, tmp_path: Path) -> None:
    run("demo")
    out = tmp_path / "map.pdf"
    said = run("report", "map", "--pdf", str(out)).stdout
    assert said.strip() == f"Saved the partnership's map (7 organisations) as {out}."
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text() or ""
    assert "The partnership's map" in text and "Riverside Homes" in text
    data = json.loads(run("report", "map", "--pdf", str(out), "--overwrite", "--json").stdout)
    assert data == {
        "report": "map",
        "path": str(out),
        "pages": 1,
        "organisations": 7,
        "could_not_print": [],
    }
