"""Handovers from the command line: leave, handovers, handover complete, step-down."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from .conftest import Run


def test_a_leaver_is_handed_over_from_the_command_line(
    run: Run, run_json: Callable[..., Any]
) -> None:
    today = date.today()
    run("member", "add", "Tom Kowalski", "--role", "worker")
    run("member", "add", "Aisha Rahman", "--role", "chair")
    run(
        "org",
        "add",
        "Riverside Homes",
        "--kind",
        "housing_association",
        "--holder",
        "Tom Kowalski",
        "--type",
        "client_or_contractor",
    )
    run("contact", "add", "Karen Booth", "--org", "Riverside Homes")
    run(
        "meeting",
        "log",
        "--date",
        (today - timedelta(days=20)).isoformat(),
        "--org",
        "Riverside",
        "--with",
        "Karen Booth",
        "--member",
        "Tom Kowalski",
        "--their-promise",
        f"Karen Booth|Send the lease terms|{(today + timedelta(days=9)).isoformat()}",
        "--our-promise",
        f"Tom Kowalski|Send the spending report|{(today + timedelta(days=5)).isoformat()}",
    )
    left_on = (today - timedelta(days=2)).isoformat()

    undecided = run(
        "leave", "Karen Booth", "--on", left_on, "--new-successor", "Michael Grant", check=False
    )
    assert undecided.returncode == 1
    assert "Send the lease terms" in undecided.stderr and "need a decision" in undecided.stderr

    handover = run_json(
        "leave",
        "Karen Booth",
        "--on",
        left_on,
        "--went-to",
        "Another association",
        "--new-successor",
        "Michael Grant",
        "--successor-role",
        "Asset Manager",
        "--promises",
        "move",
        "--introduction",
        (today + timedelta(days=3)).isoformat(),
    )
    assert handover["successor"]["name"] == "Michael Grant"
    lease = run_json("promise", "list", "--theirs")[0]
    assert lease["holder"]["name"] == "Michael Grant"
    agenda = run("today").stdout
    assert (
        "Handovers pending (1)" in agenda and "Introduction walkabout with Michael Grant" in agenda
    )

    run("handover", "complete", str(handover["id"]))
    assert run_json("handovers", "--pending") == []

    step = run(
        "step-down",
        "Tom Kowalski",
        "--on",
        today.isoformat(),
        "--holder",
        "Riverside Homes=Aisha Rahman",
        "--promises",
        "move",
        "--successor",
        "Aisha Rahman",
    )
    assert "partnership member" in step.stdout
    ours = run_json("promise", "list", "--ours")[0]
    assert ours["holder"]["name"] == "Aisha Rahman"
