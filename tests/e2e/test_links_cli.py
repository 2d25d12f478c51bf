"""Linked organisations (the county, the parish) are linked and unlinked by command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .conftest import Run


def test_a_link_is_removed_and_both_organisations_stay(
    run: Run, run_json: Callable[..., Any]
) -> None:
    borough = run_json("org", "add", "Ashford Vale Borough Council", "--kind", "local_authority")
    run("org", "add", "Kentshire County Council", "--kind", "local_authority")
    run("org", "add", "Millbrook Parish Council", "--kind", "local_authority")
    run("org", "link", "Ashford Vale", "Kentshire", "--description", "county and borough")
    run("org", "link", "Millbrook Parish", "Ashford Vale", "--description", "the parish")

    said = run("org", "unlink", "Kentshire", str(borough["id"]))  # by name and by number
    assert (
        "Removed the link between “Kentshire County Council” and “Ashford Vale Borough Council”."
        in said.stdout
    )
    shown = run_json("org", "show", "Ashford Vale Borough Council")
    assert [link["organisation"]["name"] for link in shown["links"]] == ["Millbrook Parish Council"]
    assert len(run_json("org", "list")) == 3

    again = run("org", "unlink", "Ashford Vale", "Kentshire", check=False)
    assert again.returncode == 1
    assert "are not linked, so there is no link to remove" in again.stderr
