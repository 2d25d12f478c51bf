"""``bigjournal``: a broken promise's reason on Today, a new date agreed for it, a late one
saying how late, the track record as sentences and the health in words (issue 21)."""

from __future__ import annotations

import json
from typing import Any

from tests.e2e.conftest import Run

ON = {"BIGJOURNAL_TODAY": "2026-06-15"}


def test_a_broken_promise_is_followed_up_and_given_a_new_date(run: Run) -> None:
    def go(*args: str, check: bool = True) -> Any:
        return run(*args, check=check, env=ON)

    go("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    go("contact", "add", "Priya Shah", "--org", "Ashford Vale")
    go("member", "add", "Aisha Rahman", "--role", "chair")
    go(
        "promise", "add", "--theirs", "Repair the bollards", "--by", "Priya Shah",
        "--made-on", "2026-04-01", "--due", "2026-05-01",
        "--status", "broken", "--on", "2026-06-01", "--note", "The budget was cut",
    )  # fmt: skip
    go(
        "promise", "add", "--theirs", "Send the lighting survey", "--by", "Priya Shah",
        "--made-on", "2026-04-01", "--due", "2026-05-01", "--status", "kept", "--on",
        "2026-05-14",
    )  # fmt: skip
    agenda = go("today").stdout
    assert "Broken promises to follow up" in agenda
    assert "Repair the bollards — Priya Shah" in agenda and "“The budget was cut”" in agenda
    listed = go("promise", "list", "--status", "kept").stdout
    assert "Kept 13 days late" in listed
    shown = go("org", "show", "Ashford Vale").stdout
    assert "They kept 1 of 2 promises that fell due; 1 of those late; 1 broken." in shown
    assert "We have no promises that fell due yet." in shown
    assert "Health: " in shown and "they kept 1 of 2 promises" in shown

    refused = go("promise", "renew", "Lighting survey", "--due", "2026-07-01", check=False)
    assert refused.returncode != 0 and "Only a broken promise" in refused.stderr
    refused = go("promise", "renew", "bollards", "--due", "2026-06-01", check=False)
    assert refused.returncode != 0 and "before the day it was agreed" in refused.stderr
    renewed = go("promise", "renew", "bollards", "--due", "2026-07-15", "--json")
    assert '"renewed_from_id"' in renewed.stdout
    again = go("promise", "renew", "1", "--due", "2026-07-20", check=False)
    assert again.returncode != 0 and "already agreed" in again.stderr
    assert "Broken promises to follow up" not in go("today").stdout
    story = go("promise", "show", "1").stdout
    assert "Reason given: The budget was cut" in story and "New date agreed: promise #3" in story

    everyone = json.loads(go("org", "list", "--json").stdout)
    assert everyone[0]["health"]["word"] in ("steady", "needs_attention", "at_risk")
    assert any("kept 1 of 2" in reason for reason in everyone[0]["health"]["reasons"])
