"""``bigjournal outcome``: add, list, show, edit and delete, in words and as JSON, with
the meeting or promise an outcome came from (issue 21, item 4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from .conftest import Run

TODAY = "2026-06-15"


def test_an_outcome_is_recorded_read_corrected_and_deleted(
    run: Run, run_json: Callable[..., Any]
) -> None:
    clock = ("--today", TODAY)
    run("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run("org", "add", "Millbrook College", "--kind", "school_or_college")
    run(
        "meeting", "log", "--date", "2026-05-20", "--kind", "meeting",
        "--title", "Street lighting on Canal Walk", "--org", "Ashford Vale", *clock,
    )  # fmt: skip
    promise = run_json(
        "promise", "add", "--theirs", "Find match funding for the lighting",
        "--org", "Ashford Vale", "--made-on", "2026-05-20", *clock,
    )  # fmt: skip
    added = run_json(
        "outcome", "add", "Ashford Vale", "--kind", "funding leveraged",
        "--title", "Match funding for the lighting", "--amount", "£45,000.50",
        "--on", "2026-06-01", "--meeting", "Street lighting", "--promise", str(promise["id"]),
        "--notes", "The borough put in the rest", *clock,
    )  # fmt: skip
    number = str(added["id"])
    shown = run_json("outcome", "show", number)
    assert (shown["kind"], shown["beneficiary"]) == ("funding_leveraged", "area")
    assert shown["amount_pence"] == 4_500_050 and shown["achieved_on"] == "2026-06-01"
    assert shown["meeting"]["name"] == "Street lighting on Canal Walk"
    assert shown["promise"]["id"] == promise["id"]
    words = run("outcome", "show", number).stdout
    assert "Funding leveraged, for the area" in words and "£45,000.50" in words

    run(
        "outcome", "add", "Millbrook College", "--kind", "other", "--benefits", "agency",
        "--title", "Residents shaped the adult learning offer", *clock,
    )  # fmt: skip
    listed = run("outcome", "list").stdout
    assert f"#{number}" in listed and "Match funding for the lighting" in listed
    assert "Residents shaped the adult learning offer" in listed
    assert "Funding leveraged in all: £45,000.50" in listed
    assert [o["title"] for o in run_json("outcome", "list", "Millbrook")] == [
        "Residents shaped the adult learning offer"
    ]

    run("outcome", "edit", number, "--amount", "50000", "--meeting", "none", *clock)
    changed = run_json("outcome", "show", number)
    assert changed["amount_pence"] == 5_000_000 and changed["meeting"] is None

    for args, words in (
        (("--kind", "introduction"), "Only funding leveraged has an amount"),
        (("--on", "2026-07-01"), "after today"),
        (("--promise", "spaceship"), "promise"),
    ):
        refused = run("outcome", "edit", number, *args, *clock, check=False)
        assert refused.returncode != 0 and words in refused.stderr, refused.stderr
    refused = run(
        "outcome", "add", "Millbrook College", "--kind", "funding_leveraged", "--title", "Grant",
        *clock, check=False,
    )  # fmt: skip
    assert refused.returncode != 0 and "give the amount" in refused.stderr
    refused = run(
        "outcome", "add", "Millbrook College", "--kind", "introduction", "--title", "X",
        "--meeting", "Street lighting", *clock, check=False,
    )  # fmt: skip
    assert refused.returncode != 0 and "was not with Millbrook College" in refused.stderr

    refused = run("outcome", "delete", number, check=False)  # not a terminal: asks for --yes
    assert refused.returncode != 0 and "--yes" in refused.stderr
    run("outcome", "delete", number, "--yes")
    assert len(run_json("outcome", "list")) == 1
    gone = run("outcome", "show", number, check=False)
    assert gone.returncode != 0 and "no longer in the journal" in gone.stderr


def test_the_legacy_report_is_saved_as_a_pdf(
    run: Run, run_json: Callable[..., Any], tmp_path: Path
) -> None:
    run("--today", TODAY, "demo")
    out = tmp_path / "legacy.pdf"
    said = run_json("--today", TODAY, "report", "legacy", "--pdf", str(out))
    assert said["path"] == str(out) and said["outcomes"] == 10 and said["pages"] > 1
    assert len(PdfReader(out).pages) == said["pages"]
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "What our relationships achieved" in text and "£72,480.50" in " ".join(text.split())
    again = run("report", "legacy", "--pdf", str(out), check=False)  # never over a file
    assert again.returncode != 0 and "--overwrite" in again.stderr
