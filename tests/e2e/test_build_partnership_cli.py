"""Issue 14, command-line half: a whole partnership built and corrected from an empty
journal through the real ``bigjournal`` command, the day frozen with ``--today``.

The partnership is tests/partnership_script.py's data (a window test enters the same);
the agenda (``today --json``) and the council's one-page summary must show it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests import partnership_script as script

from .conftest import Run

DAY = script.TODAY.isoformat()


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _promise_spec(p: script.PromiseEntry) -> str:
    return "|".join([p.made_by or "", p.description, _iso(p.due_on), p.made_to or ""])


def enter_partnership(run: Run, run_json: Callable[..., Any]) -> dict[str, int]:
    """Enter everything as a volunteer would, one command at a time; the numbers the
    commands print are the only way back to a record."""
    clock = ("--today", DAY)
    run("settings", "--set", "partnership_name", script.PARTNERSHIP_NAME)
    for m in script.MEMBERS:
        extra = [
            *(("--phone", m.phone) if m.phone else ()),
            *(("--email", m.email) if m.email else ()),
        ]
        run("member", "add", m.name, "--role", m.role, *extra)
    for o in script.ORGANISATIONS:
        options: list[str] = ["--kind", o.kind]
        options += [arg for kind in o.other_kinds for arg in ("--also", kind)]
        options += [arg for p in o.purposes for arg in ("--purpose", p)]
        options += [arg for h in o.holders for arg in ("--holder", h)]
        for flag, value in (
            ("--tier", o.council_tier),
            ("--parent", o.parent),
            ("--type", o.relationship_type),
            ("--every", str(o.contact_every_days) if o.contact_every_days else None),
            ("--since", _iso(o.relationship_since) or None),
            ("--phone", o.phone or None),
            ("--website", o.website or None),
            ("--notes", o.notes or None),
        ):
            if value:
                options += [flag, value]
        run("org", "add", o.name, *options)
    for c in script.CONTACTS:
        options = ["--org", c.organisation]
        options += ["--elected"] if c.elected else []
        for flag, value in (
            ("--title", c.title),
            ("--role", c.role),
            ("--ward", c.ward),
            ("--term-ends", _iso(c.term_ends_on)),
            ("--prefers", c.preferred_contact or ""),
        ):
            if value:
                options += [flag, value]
        if c.phones:
            options += ["--phone", c.phones[0]]
            options += [arg for phone in c.phones[1:] for arg in ("--other-phone", phone)]
        if c.emails:
            options += ["--email", c.emails[0]]
            options += [arg for email in c.emails[1:] for arg in ("--other-email", email)]
        run("contact", "add", c.name, *options)

    numbers: dict[str, int] = {}

    def log(meeting: script.MeetingEntry) -> int:
        options = ["--date", meeting.occurred_on.isoformat(), "--kind", meeting.kind]
        options += ["--title", meeting.title]
        options += [arg for o in meeting.organisations for arg in ("--org", o)]
        options += [arg for c in meeting.contacts for arg in ("--with", c)]
        options += [arg for m in meeting.members for arg in ("--member", m)]
        for flag, value in (("--notes", meeting.notes), ("--decisions", meeting.decisions)):
            if value:
                options += [flag, value]
        for p in meeting.promises:
            flag = "--their-promise" if p.side == "theirs" else "--our-promise"
            options += [flag, _promise_spec(p)]
        said = run("meeting", "log", *options, *clock).stdout
        logged = run_json("meeting", "show", said.split("(#")[1].split(")")[0])
        # The command prints the number of each promise it made.
        for p in logged["promises"]:
            assert f"promise #{p['id']} " in said
            numbers[p["description"]] = p["id"]
        return int(logged["id"])

    for meeting in script.MEETINGS:
        log(meeting)
    mistaken = log(script.MISTAKEN_MEETING)
    for p in script.PROMISES:
        options = ["--theirs" if p.side == "theirs" else "--ours", p.description]
        for flag, value in (
            ("--by", p.made_by),
            ("--to", p.made_to),
            ("--org", p.organisation),
            ("--due", _iso(p.due_on)),
            ("--made-on", _iso(p.made_on)),
        ):
            if value:
                options += [flag, value]
        if p.status != "open":
            options += ["--status", p.status, "--on", _iso(p.status_on), "--note", p.status_note]
        added = run_json("promise", "add", *options, *clock)
        numbers[p.description] = added["id"]
    verbs = {"kept": "keep", "broken": "break", "released": "release"}
    for s in script.SETTLEMENTS:
        # By number for some, by their words for others: both name one promise.
        which = s.promise if s.status == "broken" else str(numbers[s.promise])
        run("promise", verbs[s.status], which, "--on", s.on.isoformat(), "--note", s.note, *clock)

    # The three corrections, then the meeting logged twice goes.
    wrong, right = script.CORRECT_NAME
    run("contact", "edit", wrong, "--name", right)
    promise, due = script.CORRECT_DUE_DATE
    run("promise", "edit", str(numbers[promise]), "--due", due.isoformat())
    person, department = script.CORRECT_DEPARTMENT
    run("contact", "edit", person, "--org", department)
    refused = run("meeting", "delete", str(mistaken), check=False)  # a script must say --yes
    assert refused.returncode == 1 and "Nothing was deleted" in refused.stderr
    run("meeting", "delete", str(mistaken), "--yes")
    return numbers


def test_a_partnership_is_built_and_corrected_through_the_command_line(
    run: Run, run_json: Callable[..., Any], tmp_path: Path
) -> None:
    numbers = enter_partnership(run, run_json)

    # What was entered is there, corrected.
    organisations = {o["name"]: o for o in run_json("org", "list")}
    assert set(organisations) == {o.name for o in script.ORGANISATIONS}
    homes = organisations[script.HOMES]
    assert [homes["kind"], *homes["other_kinds"]] == ["housing_association", "lto"]
    for o in script.ORGANISATIONS:
        assert [h["name"] for h in organisations[o.name]["holders"]] == sorted(o.holders)
    contacts = {c["name"]: c for c in run_json("contact", "list")}
    assert set(contacts) == {script.SPELT} | {
        c.name for c in script.CONTACTS if c.name != script.MISSPELT
    }
    assert contacts[script.MOVED]["organisation"]["name"] == script.PARKS
    councillors = [c for c in contacts.values() if c["kind"] == "elected_member"]
    assert sorted((c["title"], c["name"]) for c in councillors) == [
        ("Cllr", "Brian Hollis"),
        ("Cllr", "Helen Briggs"),
    ]
    assert contacts["Karen Booth"]["other_phones"] == ["07700 900400"]
    # Lists sort by name, not by title.
    assert list(contacts) == sorted(contacts, key=str.casefold)
    meetings = run_json("meeting", "list")
    assert sorted(m["title"] for m in meetings) == sorted(m.title for m in script.MEETINGS)
    for m in meetings:
        detail = run_json("meeting", "show", str(m["id"]))
        assert detail["contacts"] and detail["members"]  # attendees on both sides
    assert [m["is_planned"] for m in meetings if m["title"].startswith("Planning")] == [True]

    promises = {p["description"]: p for p in run_json("promise", "list", "--today", DAY)}
    assert {d: p["status"] for d, p in promises.items()} == script.FINAL_STATUSES
    assert promises[script.HALL]["due_on"] == script.HALL_DUE.isoformat()
    assert promises[script.LEASE]["status_note"].startswith("No draft yet")
    assert promises[script.LAMPS]["made_to"]["name"] == "Zoë Fletcher"
    assert set(numbers.values()) == {p["id"] for p in promises.values()}
    late = {
        d
        for d, p in promises.items()
        if p["status"] == "kept" and p["due_on"] and p["status_on"] > p["due_on"]
    }
    assert late == script.KEPT_LATE

    # The agenda, for the frozen day.
    agenda = run_json("today", "--today", DAY)
    expected = script.EXPECTED_AGENDA
    assert agenda["today"] == DAY
    assert [p["description"] for p in agenda["theirs_due"]] == expected["theirs_due"]
    assert [p["description"] for p in agenda["ours_due"]] == expected["ours_due"]
    assert [m["title"] for m in agenda["planned"]] == expected["planned"]
    assert [q["organisation"]["name"] for q in agenda["gone_quiet"]] == expected["gone_quiet"]
    assert [t["contact"]["name"] for t in agenda["terms_ending"]] == expected["terms_ending"]
    text = run("today", "--today", DAY).stdout
    assert script.PARKING in text and script.FLU in text

    # The council's one-page summary shows what was entered (and asks for nothing the
    # journal already has).
    summary = tmp_path / "council.pdf"
    run("summary", script.COUNCIL, "-o", str(summary), "--today", DAY)
    reader = PdfReader(summary)
    assert len(reader.pages) == 1
    page = " ".join((reader.pages[0].extract_text() or "").split())
    for words in script.EXPECTED_SUMMARY:
        assert words in page, words
    assert "Nobody named yet" not in page
    assert "Printed 15 June 2026" in page  # the frozen day, not the real one
