"""``bigjournal topic``: add, tag, show (the search by topic), rename, close, untag,
delete and print a topic, in words and as JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .conftest import Run

TODAY = "2026-06-15"


def _journal_with_meetings(run: Run, run_json: Callable[..., Any]) -> tuple[int, int, int]:
    run("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run("org", "add", "Millbrook Parish Council", "--kind", "local_authority")
    walk = run_json(
        "--today", TODAY, "meeting", "log", "--date", "2026-05-02", "--kind", "walkabout",
        "--title", "Walkabout on Canal Walk", "--org", "Ashford Vale Borough Council",
        "--org", "Millbrook Parish Council",
    )["id"]  # fmt: skip
    call = run_json(
        "--today", TODAY, "meeting", "log", "--date", "2026-06-01", "--kind", "call",
        "--title", "Parish clerk about the lamps", "--org", "Millbrook Parish Council",
    )["id"]  # fmt: skip
    promise = run_json(
        "--today", TODAY, "promise", "add", "Fund two extra lamps", "--theirs",
        "--org", "Millbrook Parish Council", "--due", "2026-07-01",
    )["id"]  # fmt: skip
    return walk, call, promise


def test_a_topic_is_added_tagged_shown_renamed_closed_and_deleted(
    run: Run, run_json: Callable[..., Any]
) -> None:
    walk, call, promise = _journal_with_meetings(run, run_json)
    added = run_json(
        "topic", "add", "Street lighting on Canal Walk", "--description", "Three tiers of council"
    )
    number = str(added["id"])
    said = run("topic", "tag", "street lighting", "--meeting", str(walk)).stdout
    assert "Tagged meeting" in said and "Street lighting on Canal Walk" in said
    run("topic", "tag", f"#{number}", "--meeting", "Parish clerk")  # a meeting by its title
    run("topic", "tag", "street", "--promise", str(promise))

    shown = run_json("topic", "show", "street")
    assert [m["id"] for m in shown["timeline"]] == [call, walk]  # newest first
    assert [o["name"] for o in shown["organisations"]] == [
        "Ashford Vale Borough Council",
        "Millbrook Parish Council",
    ]
    assert [p["id"] for p in shown["promises"]] == [promise]
    words = run("--today", TODAY, "topic", "show", "street").stdout
    assert "Timeline (2)" in words and "They promised (1 open)" in words
    assert "Fund two extra lamps" in words and "open, due 1 Jul 2026" in words

    listed = run_json("topic", "list")
    assert [(t["name"], t["meetings"], t["open_promises"], t["organisations"]) for t in listed] == [
        ("Street lighting on Canal Walk", 2, 1, 2)
    ]
    refused = run("topic", "add", "street lighting on canal walk", check=False)
    assert refused.returncode != 0 and "already a topic called" in refused.stderr

    run("topic", "rename", number, "Canal Walk lighting")
    run("--today", TODAY, "topic", "close", "canal walk")
    assert run_json("topic", "list", "--open") == []
    assert "closed" in run("topic", "list").stdout
    run("topic", "untag", "canal walk", "--promise", str(promise))  # a closed one comes off
    refused = run("topic", "tag", "canal walk", "--promise", str(promise), check=False)
    assert refused.returncode != 0 and "was closed on 15 Jun 2026" in refused.stderr
    run("topic", "reopen", "canal walk")
    run("topic", "untag", "canal walk", "--meeting", str(walk))
    assert [m["id"] for m in run_json("topic", "show", "canal")["timeline"]] == [call]

    refused = run("topic", "delete", "canal walk", check=False)  # not a terminal
    assert refused.returncode != 0 and "--yes" in refused.stderr
    run("topic", "delete", "canal walk", "--yes")
    assert run_json("topic", "list") == []
    gone = run("topic", "show", "canal", check=False)
    assert gone.returncode != 0 and "no topic called “canal”" in gone.stderr
    assert run_json("meeting", "list")  # the meetings stay


def test_a_topic_s_summary_is_printed(
    run: Run, run_json: Callable[..., Any], tmp_path: Path
) -> None:
    walk, _call, _promise = _journal_with_meetings(run, run_json)
    run("topic", "add", "Street lighting on Canal Walk")
    run("topic", "tag", "street", "--meeting", str(walk))
    out = tmp_path / "lighting.pdf"
    result = run_json("--today", TODAY, "topic", "summary", "street", "--pdf", str(out))
    assert result == {"topic": "Street lighting on Canal Walk", "path": str(out), "pages": 1}
    assert out.read_bytes().startswith(b"%PDF")
