"""``bigjournal today`` names the relationships that hang on one person or on nobody."""

from __future__ import annotations

from tests.e2e.conftest import Run


def test_today_flags_an_organisation_with_one_contact_and_no_holder(run: Run) -> None:
    run("org", "add", "Riverside Homes", "--kind", "housing_association")
    run("contact", "add", "Sam Okoye", "--org", "Riverside Homes")
    run("org", "add", "Food Bank", "--kind", "voluntary_organisation")
    agenda = run("today").stdout
    assert "Relationships that hang on one person or nobody" in agenda
    assert (
        "Riverside Homes: only one contact (Sam Okoye) and nobody holds the relationship" in agenda
    )
    assert "Food Bank: no contact there yet and nobody holds the relationship" in agenda
