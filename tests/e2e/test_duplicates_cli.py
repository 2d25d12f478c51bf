"""Adding an organisation or contact whose name is already in the journal asks first,
on the command line as in the window: a script refuses unless ``--duplicate-ok``."""

from __future__ import annotations

import os
import pty
import subprocess
from collections.abc import Callable
from typing import Any

from .conftest import Run, command


def _on_a_terminal(journal: str, arguments: list[str], answer: str) -> tuple[int, str]:
    """Run the command on a pseudo-terminal and answer its question with ``answer``."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*command(), "--journal", journal, *arguments],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    os.close(follower)
    shown = b""
    while b"[y/N]" not in shown:
        chunk = os.read(leader, 1024)
        assert chunk, shown
        shown += chunk
    os.write(leader, answer.encode() + b"\n")
    code = process.wait(timeout=60)
    try:
        while chunk := os.read(leader, 1024):
            shown += chunk
    except OSError:  # the terminal closed with the process
        pass
    os.close(leader)
    return code, shown.decode()


def test_a_second_organisation_of_the_same_name_is_refused_unless_asked_for(
    run: Run, run_json: Callable[..., Any]
) -> None:
    council = run_json("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    refused = run(
        "org",
        "add",
        "The ASHFORD VALE borough council",
        "--kind",
        "voluntary_organisation",
        check=False,
    )
    assert refused.returncode == 1
    assert (
        f"There is already an organisation called Ashford Vale Borough Council #{council['id']}"
        in refused.stderr
    )
    assert "--duplicate-ok" in refused.stderr
    assert [o["name"] for o in run_json("org", "list")] == ["Ashford Vale Borough Council"]

    run("org", "add", "Riverside Homes", "--kind", "housing_association")  # no match: no question
    second = run_json(
        "org",
        "add",
        "The Ashford Vale Borough Council",
        "--kind",
        "voluntary_organisation",
        "--duplicate-ok",
    )
    assert second["id"] != council["id"]
    assert sorted(o["name"] for o in run_json("org", "list")) == [
        "Ashford Vale Borough Council",
        "Riverside Homes",
        "The Ashford Vale Borough Council",
    ]


def test_a_contact_of_the_same_name_is_named_with_where_and_number(
    run: Run, run_json: Callable[..., Any]
) -> None:
    run("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    sam = run_json("contact", "add", "Sam Okoye", "--org", "Ashford Vale")
    other = run_json("contact", "add", "Sam Okoye", "--org", "Riverside", "--duplicate-ok")

    refused = run("contact", "add", "Cllr Sam Okoyé", "--org", "Riverside", check=False)
    assert refused.returncode == 1
    assert (
        "There is already a contact called "
        f"Sam Okoye (Ashford Vale Borough Council) #{sam['id']}; "
        f"Sam Okoye (Riverside Homes) #{other['id']} in the journal." in refused.stderr
    )
    assert len(run_json("contact", "list")) == 2

    arguments = run("settings").args  # the same journal, whichever database it is on
    journal = arguments[arguments.index("--journal") + 1]
    asked = ["contact", "add", "sam okoye", "--org", "Riverside"]
    code, shown = _on_a_terminal(journal, asked, "n")
    assert code == 1 and "Nothing was added." in shown
    assert f"Sam Okoye (Riverside Homes) #{other['id']}" in shown
    assert len(run_json("contact", "list")) == 2
    code, shown = _on_a_terminal(journal, asked, "y")
    assert code == 0 and "Added contact “sam okoye”" in shown
    assert len(run_json("contact", "list")) == 3


def test_a_member_of_the_same_name_is_refused_too(run: Run, run_json: Callable[..., Any]) -> None:
    aisha = run_json("member", "add", "Aisha Rahman", "--role", "chair")
    refused = run("member", "add", "aisha rahman", "--role", "worker", check=False)
    assert refused.returncode == 1
    assert f"There is already a member called Aisha Rahman #{aisha['id']}" in refused.stderr
    assert [m["name"] for m in run_json("member", "list")] == ["Aisha Rahman"]
    run("member", "add", "aisha rahman", "--role", "worker", "--duplicate-ok")
    assert len(run_json("member", "list")) == 2
