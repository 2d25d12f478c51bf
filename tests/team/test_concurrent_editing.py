"""Two volunteers editing one shared journal at once: conflicts are caught, nothing is lost.

Each volunteer has their own login and their own connection (a ``Journal``) to the
same PostgreSQL database, as two laptops would.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from bigjournal.errors import ConflictError
from bigjournal.journal.organisations import (
    add_organisation,
    organisation_detail,
    update_organisation,
)
from bigjournal.journal.people import add_member, update_member
from bigjournal.journal.promises import PromiseDraft, add_promise, list_promises, set_promise_status
from bigjournal.model import Organisation
from bigjournal.store import Journal, open_journal
from tests.postgres_server import PostgresServer


@pytest.fixture
def two_volunteers(
    postgres_server: PostgresServer, shared_database: str, volunteer_logins: tuple[str, str]
) -> Iterator[tuple[Journal, Journal]]:
    aisha_login, gareth_login = volunteer_logins
    with (
        open_journal(postgres_server.url(shared_database, user=aisha_login)) as aisha,
        open_journal(postgres_server.url(shared_database, user=gareth_login)) as gareth,
    ):
        yield aisha, gareth


def test_the_second_save_is_told_who_changed_the_record_and_sees_both_versions(
    two_volunteers: tuple[Journal, Journal],
) -> None:
    aisha, gareth = two_volunteers
    added = add_organisation(aisha, name="Riverside Homes", kind="housing_association")
    # Both open the same record…
    seen_by_aisha = organisation_detail(aisha, added.id)
    seen_by_gareth = organisation_detail(gareth, added.id)
    assert seen_by_aisha.version == seen_by_gareth.version
    # …Aisha saves first…
    update_organisation(
        aisha,
        added.id,
        {"notes": "Lease renewal agreed at the walkabout"},
        expected_version=seen_by_aisha.version,
    )
    # …and Gareth's save, made to the copy he opened, is refused and explained.
    with pytest.raises(ConflictError) as caught:
        update_organisation(
            gareth,
            added.id,
            {"notes": "Chase the repairs backlog"},
            expected_version=seen_by_gareth.version,
        )
    conflict = caught.value
    assert conflict.changed_by == "aisha"
    assert "“aisha” saved it at" in str(conflict)
    assert conflict.changed_at is not None
    assert f"{conflict.changed_at.astimezone():%H:%M}" in str(conflict)
    assert conflict.theirs["notes"] == "Lease renewal agreed at the walkabout"
    assert conflict.theirs["updated_by"] == "aisha"
    assert conflict.yours == {"notes": "Chase the repairs backlog"}
    # Nothing was overwritten: Aisha's words are there, and Gareth can now add his.
    current = organisation_detail(gareth, added.id)
    assert current.notes == "Lease renewal agreed at the walkabout"
    update_organisation(
        gareth,
        added.id,
        {"notes": current.notes + "\nChase the repairs backlog"},
        expected_version=current.version,
    )
    final = organisation_detail(aisha, added.id)
    assert final.notes == "Lease renewal agreed at the walkabout\nChase the repairs backlog"
    with aisha.reading() as session:
        assert session.get(Organisation, added.id).updated_by == "gareth"  # type: ignore[union-attr]


def test_a_save_racing_another_inside_its_transaction_is_caught(
    two_volunteers: tuple[Journal, Journal],
) -> None:
    """Gareth read the row in his transaction; Aisha commits before he writes it."""
    aisha, gareth = two_volunteers
    added = add_organisation(aisha, name="Millbrook College", kind="school_or_college")
    with pytest.raises(ConflictError), gareth.transaction() as session:
        record = session.get(Organisation, added.id)
        assert record is not None
        update_organisation(aisha, added.id, {"notes": "Aisha's notes"})
        record.notes = "Gareth's notes"
        session.flush()
    assert organisation_detail(gareth, added.id).notes == "Aisha's notes"


def test_promises_and_members_are_protected_too(
    two_volunteers: tuple[Journal, Journal],
) -> None:
    aisha, gareth = two_volunteers
    member = add_member(aisha, name="Ruth Okafor", role="chair")
    update_member(gareth, member.id, {"notes": "Chairs the June meeting"}, expected_version=1)
    with pytest.raises(ConflictError, match="“gareth” saved it"):
        update_member(aisha, member.id, {"notes": "On leave in June"}, expected_version=1)

    organisation = add_organisation(aisha, name="Ashford Vale Council", kind="local_authority")
    add_promise(
        aisha,
        PromiseDraft(
            "Collect residents' photos",
            side="ours",
            made_by="Ruth Okafor",
            due_on="2026-06-10",
            organisation=organisation.id,
        ),
        made_on="2026-06-01",
    )
    promise = list_promises(gareth)[0]
    set_promise_status(aisha, promise.id, "kept", on="2026-06-09", expected_version=promise.version)
    with pytest.raises(ConflictError) as caught:
        set_promise_status(
            gareth, promise.id, "broken", on="2026-06-11", expected_version=promise.version
        )
    assert caught.value.theirs["status"].value == "kept"
    assert caught.value.yours["status"].value == "broken"
    assert list_promises(gareth)[0].status.value == "kept"


def test_many_saves_at_once_lose_nothing(
    two_volunteers: tuple[Journal, Journal],
) -> None:
    """Both volunteers add lines to the same notes at the same time, retrying on conflict."""
    aisha, gareth = two_volunteers
    added = add_organisation(aisha, name="Oakfield Surgery", kind="health_agency")
    lines_each = 12
    conflicts: list[str] = []
    start = threading.Barrier(2)

    def add_lines(journal: Journal, who: str) -> None:
        start.wait()
        for number in range(lines_each):
            while True:
                seen = organisation_detail(journal, added.id)
                try:
                    update_organisation(
                        journal,
                        added.id,
                        {"notes": f"{seen.notes}\n{who} {number}".strip()},
                        expected_version=seen.version,
                    )
                    break
                except ConflictError as conflict:
                    conflicts.append(str(conflict))

    workers = [
        threading.Thread(target=add_lines, args=(aisha, "aisha")),
        threading.Thread(target=add_lines, args=(gareth, "gareth")),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not any(worker.is_alive() for worker in workers)
    notes = organisation_detail(aisha, added.id).notes.splitlines()
    expected = {f"{who} {n}" for who in ("aisha", "gareth") for n in range(lines_each)}
    assert sorted(notes) == sorted(expected)  # every line, once: nothing lost, nothing doubled
    assert organisation_detail(aisha, added.id).version == 1 + 2 * lines_each
    assert all("saved it at" in message for message in conflicts)
