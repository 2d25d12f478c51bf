"""The command line, end to end: a real process on a real journal file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .conftest import Run


def test_demo_then_today_prints_a_sensible_agenda(run: Run) -> None:
    made = run("demo")
    assert "demo journal is ready" in made.stdout
    agenda = run("today").stdout
    assert agenda.startswith("Today, ")
    assert "promises due or overdue" in agenda
    assert "Relationships gone quiet" in agenda
    assert "Priya Shah" in agenda  # the officer who left without a handover
    assert "Planned this week" in agenda and "Walkabout" in agenda
    again = run("demo", check=False)
    assert again.returncode == 1 and "already has records" in again.stderr


def test_a_small_journal_is_built_from_scratch_headless(
    run: Run, run_json: Callable[..., Any]
) -> None:
    today = date.today()
    run("member", "add", "Aisha Rahman", "--role", "chair")
    run("member", "add", "Tom Kowalski", "--role", "worker")
    run(
        "org",
        "add",
        "Ashford Vale Borough Council",
        "--kind",
        "local_authority",
        "--tier",
        "district_or_borough",
        "--type",
        "powerful_ally",
        "--purpose",
        "co_design",
        "--holder",
        "Aisha Rahman",
        "--every",
        "28",
    )
    run("org", "add", "Highways", "--kind", "council_department", "--parent", "Ashford Vale")
    run("org", "add", "Kentshire County Council", "--kind", "local_authority", "--tier", "county")
    run("org", "link", "Ashford Vale", "Kentshire", "--description", "county and borough")
    run(
        "contact",
        "add",
        "Gareth Lloyd",
        "--org",
        "Ashford Vale",
        "--role",
        "Manager",
        "--email",
        "gareth@example.org",
        "--prefers",
        "email",
    )
    run(
        "contact",
        "add",
        "Cllr Brian Hollis",
        "--org",
        "Ashford Vale",
        "--elected",
        "--ward",
        "Millbrook",
        "--term-ends",
        (today + timedelta(days=300)).isoformat(),
    )
    logged = run_json(
        "meeting",
        "log",
        "--date",
        (today - timedelta(days=14)).isoformat(),
        "--org",
        "Ashford Vale",
        "--with",
        "Gareth Lloyd",
        "--member",
        "Tom Kowalski",
        "--notes",
        "Walked Canal Walk at dusk; three lamps out",
        "--their-promise",
        f"Gareth Lloyd|Fix the lamps|{(today - timedelta(days=1)).isoformat()}",
        "--our-promise",
        f"Tom Kowalski|Send photos|{(today + timedelta(days=3)).isoformat()}",
    )
    assert len(logged["promises"]) == 2
    theirs = next(p for p in logged["promises"] if p["side"] == "theirs")

    overdue = run_json("promise", "list", "--overdue")
    assert [p["description"] for p in overdue] == ["Fix the lamps"]
    agenda = run_json("today")
    assert [p["description"] for p in agenda["theirs_due"]] == ["Fix the lamps"]
    assert [p["description"] for p in agenda["ours_due"]] == ["Send photos"]

    kept = run_json("promise", "keep", str(theirs["id"]), "--note", "Fixed on Friday")
    assert kept["status"] == "kept" and kept["status_note"] == "Fixed on Friday"

    shown = run_json("org", "show", "Ashford Vale")
    assert shown["track_records"]["theirs"]["kept_late"] == 1
    assert [c["name"] for c in shown["contacts"]] == ["Cllr Brian Hollis", "Gareth Lloyd"]
    assert [link["organisation"]["name"] for link in shown["links"]] == ["Kentshire County Council"]
    assert (
        "kept 1 of 1 promise that fell due; 1 of those late"
        in run("org", "show", "Ashford Vale").stdout
    )

    listing = run("org", "list").stdout
    assert "  Highways" in listing  # departments are indented under their council
    assert [m["title"] for m in run_json("meeting", "list")] == [
        "Meeting with Ashford Vale Borough Council"
    ]
    hits = run_json("search", "lamps")
    assert {h["kind"] for h in hits} == {"meeting", "promise"}


def test_mistakes_get_a_plain_sentence_and_change_nothing(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    unknown = run("contact", "add", "Karen", "--org", "Nowhere Council", check=False)
    assert unknown.returncode == 1
    assert (
        unknown.stderr.strip()
        == "bigjournal: There is no organisation called “Nowhere Council” in the journal."
    )
    bad_date = run("meeting", "log", "--date", "yesterday-ish", "--org", "Riverside", check=False)
    assert bad_date.returncode == 2 and "year-month-day" in bad_date.stderr
    early = run(
        "meeting",
        "log",
        "--date",
        "2026-05-01",
        "--org",
        "Riverside",
        "--their-promise",
        "|Send lease|2026-04-01",
        check=False,
    )
    assert early.returncode == 1 and "before the promise was made" in early.stderr
    assert "Traceback" not in unknown.stderr + bad_date.stderr + early.stderr
    assert run_json("meeting", "list") == [] and run_json("contact", "list") == []


def test_the_environment_variable_chooses_the_journal(run: Run, tmp_path: Path) -> None:
    chosen = tmp_path / "from-env.sqlite"
    run("demo", journal_path=None, env={"BIGJOURNAL_JOURNAL": str(chosen)})
    assert chosen.exists()
    listing = run("org", "list", journal_path=None, env={"BIGJOURNAL_JOURNAL": str(chosen)})
    assert "Millbrook College" in listing.stdout


def test_the_default_journal_is_in_the_user_data_folder(
    run: Run, isolated_user_folders: Path
) -> None:
    run("member", "add", "Zoë Fletcher", "--role", "resident_member", journal_path=None)
    assert (isolated_user_folders / "data" / "bigjournal" / "journal.sqlite").exists()


def test_a_newer_journal_is_refused_by_the_command(run: Run, tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite"
    run("member", "add", "Ruth", "--role", "rep", journal_path=path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    connection.commit()
    connection.close()
    refused = run("today", journal_path=path, check=False)
    assert refused.returncode == 1
    assert "newer version of BigJournal" in refused.stderr
