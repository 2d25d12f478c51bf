"""The command line corrects what was entered: edit and delete for every record kind,
names that match several records refused, deletes asked about, and one clock."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from collections.abc import Callable
from typing import Any

from .conftest import Run, command

TODAY = "2026-06-15"


def test_every_record_kind_is_edited_and_deleted_by_number_or_name(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("member", "add", "Aisha Rahman", "--role", "chair")
    run("member", "add", "Tom Kowalsky", "--role", "worker")
    council = run_json("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run("org", "add", "Highways", "--kind", "council_department", "--parent", "Ashford Vale")
    run("org", "add", "Parks", "--kind", "council_department", "--parent", "Ashford Vale")
    homes = run_json(
        "org", "add", "Riverside Homes", "--kind", "housing_association", "--also", "lto"
    )
    gareth = run_json("contact", "add", "Gareth Lloyd", "--org", "Highways", "--role", "Officer")
    run("contact", "add", "Gareth Price", "--org", "Riverside")

    # Members: a misspelt name, corrected by number; a role changed by name.
    changed = run_json("member", "edit", "Tom Kowalsky", "--name", "Tom Kowalski")
    assert changed["name"] == "Tom Kowalski"
    run("member", "edit", str(changed["id"]), "--role", "resident_member", "--joined", TODAY)
    members = {m["name"]: m for m in run_json("member", "list")}
    assert members["Tom Kowalski"]["role"] == "resident_member"
    assert members["Tom Kowalski"]["joined_on"] == TODAY

    # Organisations: every kind of field, and lists cleared with ''.
    run(
        "org",
        "edit",
        str(council["id"]),
        "--tier",
        "district_or_borough",
        "--also",
        "funder",
        "--holder",
        "Aisha",
        "--every",
        "28",
        "--since",
        "2020-01-01",
    )
    shown = run_json("org", "show", "Ashford Vale Borough Council")
    assert (shown["council_tier"], shown["other_kinds"], shown["contact_every_days"]) == (
        "district_or_borough",
        ["funder"],
        28,
    )
    assert [h["name"] for h in shown["holders"]] == ["Aisha Rahman"]
    run("org", "edit", "Ashford Vale Borough Council", "--also", "", "--since", "", "--tier", "")
    shown = run_json("org", "show", str(council["id"]))
    assert (shown["council_tier"], shown["other_kinds"], shown["relationship_since"]) == (
        None,
        [],
        None,
    )
    assert (
        "Housing association, Locally Trusted Organisation (LTO)"
        in run("org", "show", str(homes["id"])).stdout
    )

    # Contacts: a name that matches two people is refused, saying which (with numbers).
    several = run("contact", "edit", "Gareth", "--role", "Manager", check=False)
    assert several.returncode == 1
    assert "Gareth Lloyd (#" in several.stderr and "Gareth Price (#" in several.stderr
    assert "Traceback" not in several.stderr
    # A contact at the wrong department moves, with a title and further numbers.
    run(
        "contact",
        "edit",
        f"#{gareth['id']}",
        "--org",
        "Parks",
        "--title",
        "Mr",
        "--other-phone",
        "07700 900101",
        "--other-email",
        "g.lloyd@example.org",
    )
    moved = run_json("contact", "show", "Gareth Lloyd")["contact"]
    assert (moved["organisation"]["name"], moved["title"], moved["other_phones"]) == (
        "Parks",
        "Mr",
        ["07700 900101"],
    )
    bad = run("contact", "edit", "Gareth Lloyd", "--other-email", "not-an-address", check=False)
    assert bad.returncode == 1 and "does not look like an email address" in bad.stderr

    # Meetings and promises: named by number or words; edited; deleted with --yes.
    logged = run_json(
        "meeting",
        "log",
        "--date",
        "2026-06-01",
        "--title",
        "Parks walkabout",
        "--with",
        "Gareth Lloyd",
        "--member",
        "Aisha",
        "--their-promise",
        "Gareth Lloyd|Mend the bench|2026-06-10|Aisha Rahman",
        "--today",
        TODAY,
    )
    (bench,) = logged["promises"]
    assert bench["made_to"]["name"] == "Aisha Rahman"
    run("meeting", "edit", "parks walk", "--member", "Aisha", "--member", "Tom", "--time", "18:00")
    detail = run_json("meeting", "show", str(logged["id"]))
    assert [m["name"] for m in detail["members"]] == ["Aisha Rahman", "Tom Kowalski"]
    assert detail["starts_at"] == "18:00:00"
    run("promise", "edit", "bench", "--due", "2026-06-20", "--holder", "")
    edited = run_json("promise", "list")[0]
    assert (edited["due_on"], edited["holder"]) == ("2026-06-20", None)
    gone = run_json("promise", "delete", str(bench["id"]), "--yes")
    assert gone["deleted"]["id"] == bench["id"]
    assert run_json("promise", "list") == []
    deleted = run("meeting", "delete", "Parks walkabout", "--yes")
    assert "Deleted meeting “Parks walkabout”" in deleted.stdout
    assert run_json("meeting", "list") == []

    # People and organisations: what goes with them is said.
    said = run("contact", "delete", "Gareth Price", "--yes").stdout
    assert "Deleted contact “Gareth Price”" in said
    member = run("member", "delete", "Tom Kowalski", "--yes").stdout
    assert "Deleted member “Tom Kowalski”" in member
    refused = run("org", "delete", "Ashford Vale Borough Council", "--yes", check=False)
    assert refused.returncode == 1 and "still has 2 department(s)" in refused.stderr
    run("org", "delete", "Highways", "--yes")
    removed = run_json("org", "delete", "Parks", "--yes")
    assert removed["impact"]["contacts"] == 1  # Gareth Lloyd went with his department
    assert [c["name"] for c in run_json("contact", "list")] == []


def test_a_delete_asks_on_a_terminal_and_refuses_without_one(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    run("contact", "add", "Karen Booth", "--org", "Riverside")
    run(
        "promise",
        "add",
        "--theirs",
        "Send the lease",
        "--by",
        "Karen",
        "--made-on",
        "2026-06-01",
    )
    scripted = run("contact", "delete", "Karen Booth", check=False)
    assert scripted.returncode == 1
    assert "The 1 promise they made will be deleted too" in scripted.stderr
    assert "add --yes" in scripted.stderr
    assert [c["name"] for c in run_json("contact", "list")] == ["Karen Booth"]

    arguments = run("settings").args  # the same journal, whichever database it is on
    journal = arguments[arguments.index("--journal") + 1]

    def on_a_terminal(answer: str) -> tuple[int, str]:
        leader, follower = pty.openpty()
        process = subprocess.Popen(
            [*command(), "--journal", journal, "contact", "delete", "Karen Booth"],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        os.close(follower)
        shown = b""
        while b"[y/N]" not in shown:
            shown += os.read(leader, 1024)
        os.write(leader, answer.encode() + b"\n")
        code = process.wait(timeout=60)
        try:
            while chunk := os.read(leader, 1024):
                shown += chunk
        except OSError:  # the terminal closed with the process
            pass
        os.close(leader)
        return code, shown.decode()

    code, shown = on_a_terminal("n")
    assert code == 1 and "Nothing was deleted." in shown
    assert "The 1 promise they made will be deleted too." in shown
    assert [c["name"] for c in run_json("contact", "list")] == ["Karen Booth"]
    code, shown = on_a_terminal("y")
    assert code == 0 and "Deleted contact “Karen Booth”" in shown
    assert run_json("contact", "list") == [] and run_json("promise", "list") == []


def test_one_clock_for_every_command(run: Run, run_json: Callable[..., Any]) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    run("contact", "add", "Karen Booth", "--org", "Riverside")
    run("member", "add", "Aisha Rahman", "--role", "chair")
    # After the frozen day: planned. On or before it: it happened, and its promises count.
    planned = run_json(
        "meeting", "log", "--date", "2026-06-20", "--org", "Riverside", "--today", TODAY
    )
    assert planned["is_planned"] is True
    happened = run_json(
        "meeting",
        "log",
        "--date",
        "2026-06-10",
        "--org",
        "Riverside",
        "--their-promise",
        "Karen Booth|Send the lease|2026-06-12",
        "--today",
        TODAY,
    )
    assert happened["is_planned"] is False
    frozen = {"BIGJOURNAL_TODAY": TODAY}
    overdue = run("promise", "list", "--overdue", "--json", env=frozen)
    assert [p["description"] for p in json.loads(overdue.stdout)] == ["Send the lease"]
    assert run_json("promise", "list", "--overdue", "--today", "2026-06-11") == []
    agenda = run_json("today", "--today", TODAY)
    assert agenda["today"] == TODAY
    assert [p["description"] for p in agenda["theirs_due"]] == ["Send the lease"]
    # keep without --on: kept on the frozen day, so one day late.
    kept = run("promise", "keep", "lease", "--json", env=frozen)
    assert '"status_on": "2026-06-15"' in kept.stdout
    assert (
        "kept 1 of 1 promise that fell due; 1 of those late"
        in run("org", "show", "Riverside", env=frozen).stdout
    )
    # A promise written down after the fact, already settled.
    run(
        "promise",
        "add",
        "--ours",
        "Print the newsletter",
        "--by",
        "Aisha",
        "--org",
        "Riverside",
        "--due",
        "2026-06-05",
        "--made-on",
        "2026-06-01",
        "--status",
        "kept_late",
        "--on",
        "2026-06-09",
        "--note",
        "The printer was away",
    )
    ours = run_json("promise", "list", "--ours")[0]
    assert (ours["status"], ours["status_on"], ours["status_note"]) == (
        "kept",
        "2026-06-09",
        "The printer was away",
    )
    on_time = run(
        "promise",
        "add",
        "--ours",
        "Book the hall",
        "--org",
        "Riverside",
        "--due",
        "2026-06-30",
        "--status",
        "kept_late",
        "--today",
        TODAY,
        check=False,
    )
    assert on_time.returncode == 1 and "is on time" in on_time.stderr
    wrong = run("today", env={"BIGJOURNAL_TODAY": "next tuesday"}, check=False)
    assert wrong.returncode == 2 and "BIGJOURNAL_TODAY" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_completing_a_handover_adds_to_the_leavers_note(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    run("contact", "add", "Karen Booth", "--org", "Riverside")
    run(
        "leave",
        "Karen Booth",
        "--on",
        "2026-06-01",
        "--vacant",
        "--notes",
        "Keys are with reception.",
    )
    (pending,) = run_json("handovers", "--pending")
    done = run_json(
        "handover",
        "complete",
        str(pending["id"]),
        "--notes",
        "Met the new manager.",
        "--today",
        TODAY,
    )
    assert done["notes"] == "Keys are with reception.\n\nMet the new manager."
    assert done["completed_on"] == TODAY
