"""``bigjournal checkin``: record, list, show, edit and delete, in words and as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .conftest import Run

TODAY = "2026-06-15"


def test_a_check_in_is_recorded_read_corrected_and_deleted(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("org", "add", "Millbrook College", "--kind", "school_or_college")
    added = run_json(
        "--today", TODAY, "checkin", "Millbrook College",
        "--trust", "strong", "--shared-goals", "3", "--capacity", "weak",
        "--note", "Café funding ends in March", "--took-part", "Aisha Rahman",
        "--took-part", "Fiona Marsh", "--hopes", "A written agreement by summer",
    )  # fmt: skip
    number = str(added["id"])
    shown = run_json("checkin", "show", number)
    assert shown["held_on"] == TODAY
    assert shown["levels"]["trust"] == 5 and shown["levels"]["respect"] is None
    assert shown["took_part"] == ["Aisha Rahman", "Fiona Marsh"]
    words = run("checkin", "show", number).stdout
    assert "Trust" in words and "Strong" in words and "Not talked about" in words
    assert "Where we hope to be: A written agreement by summer" in words

    listed = run("checkin", "list", "Millbrook").stdout
    assert f"#{number}" in listed and "Millbrook College" in listed and "Strong" in listed
    run("--today", TODAY, "checkin", "edit", number, "--trust", "mixed", "--respect", "good")
    assert run_json("checkin", "show", number)["levels"]["trust"] == 3

    refused = run("checkin", "edit", number, "--trust", "brilliant", check=False)
    assert refused.returncode != 0 and "not a level BigJournal knows" in refused.stderr
    refused = run("checkin", "delete", number, check=False)  # not a terminal: asks for --yes
    assert refused.returncode != 0 and "--yes" in refused.stderr
    run("checkin", "delete", number, "--yes")
    assert run_json("checkin", "list") == []
    gone = run("checkin", "show", number, check=False)
    assert gone.returncode != 0 and "no longer in the journal" in gone.stderr


def test_today_names_a_relationship_with_no_check_in(run: Run) -> None:
    run(
        "org", "add", "Kentshire County Council", "--kind", "local_authority",
        "--type", "friend_or_acquaintance", "--since", "2025-01-01",
    )  # fmt: skip
    agenda = run("--today", TODAY, "today").stdout
    assert "Check-ins due (1)" in agenda
    assert "Kentshire County Council: No check-in on the relationship yet" in agenda
    run("settings", "--set", "check_in_reminder_days", "900")
    assert "Check-ins due" not in run("--today", TODAY, "today").stdout
