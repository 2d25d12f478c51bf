"""The main screens run a small, fixed number of SQL statements, whatever the journal's size.

Per-row lazy loading (N+1) cost 20× on the large journal (issue 9). Each use case is
run on the small demo journal and on a generated one with many more rows: no statement
may run twice (a query per row repeats the same SQL with other parameters), and the
total stays small.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.database import busiest_organisation
from benchmarks.generate import generate
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import (
    list_organisations,
    organisation_detail,
)
from bigjournal.journal.people import add_contact
from bigjournal.journal.promises import PromiseDraft, add_promise, list_promises
from bigjournal.journal.relationship_map import relationship_map
from bigjournal.model import Organisation
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY
from tests.statements import counted_statements

# Generous enough for a screen that needs a dozen honest queries, far below one per row.
MOST_STATEMENTS = 25


@pytest.fixture(scope="module")
def generated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = generate(tmp_path_factory.mktemp("generated") / "big.sqlite", scale=0.03, seed=3)
    return _councillors_ending_soon(path)


@pytest.fixture
def generated_journal(generated_template: Path, tmp_path: Path) -> Iterator[Journal]:
    import shutil

    copy = tmp_path / "big.sqlite"
    shutil.copyfile(generated_template, copy)
    with open_journal(copy) as opened:
        yield opened


def _councillors_ending_soon(path: Path) -> Path:
    """Three councillors whose terms end within the agenda's warning, with promises."""
    with open_journal(path) as journal:
        with journal.reading() as session:  # a department, so the chain has a parent
            department = session.scalar(
                select(func.min(Organisation.id)).where(Organisation.parent_id.is_not(None))
            )
        for number in range(3):
            councillor = add_contact(
                journal,
                name=f"Councillor {number}",
                organisation=department,
                kind="elected_member",
                ward="Riverside ward",
                term_ends_on=TODAY + timedelta(days=10 + number),
            )
            add_promise(
                journal,
                PromiseDraft("Raise the parking scheme at cabinet", "theirs", councillor.id),
                made_on=TODAY - timedelta(days=3),
            )
        journal.checkpoint()
    return path


def _biggest(journal: Journal) -> int:
    if journal.path is not None and "big" in journal.path.name:
        return busiest_organisation(journal.path)
    with journal.reading() as session:
        return session.scalar(
            select(func.min(Organisation.id)).where(Organisation.parent_id.is_(None))
        )  # type: ignore[return-value]


SCREENS: dict[str, Callable[[Journal, int], object]] = {
    "today's agenda": lambda j, _o: today_agenda(j, today=TODAY),
    "organisation page": lambda j, o: organisation_detail(j, o, today=TODAY),
    "promise register": lambda j, _o: list_promises(j, today=TODAY),
    "overdue promises": lambda j, _o: list_promises(j, overdue_only=True, today=TODAY),
    "an organisation's promises": lambda j, o: list_promises(j, organisation=o, today=TODAY),
    "meeting list page": lambda j, _o: list_meetings(j, limit=100),
    "organisation list": lambda j, _o: list_organisations(j),
    "the map": lambda j, _o: relationship_map(j, today=TODAY).organisations,
}


def statements_for(journal: Journal, screen: str) -> tuple[list[str], object]:
    organisation_id = _biggest(journal)
    with counted_statements(journal) as statements:
        result = SCREENS[screen](journal, organisation_id)
    return statements, result


def repeated(statements: list[str]) -> list[str]:
    """The same SQL three times or more: the mark of a query per row (N+1).

    Twice can be honest: two batched loads of one relationship with equally long
    ``IN (…)`` lists print the same SQL. Every per-row list of the large journal has
    at least three rows, so a query per row shows up here.
    """
    counts = Counter(statements)
    return [" ".join(s.split())[:120] for s, n in counts.items() if n >= 3]


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_a_screen_runs_a_few_statements_each_once_on_a_small_and_a_large_journal(
    screen: str, demo_journal: Journal, generated_journal: Journal
) -> None:
    for journal in (demo_journal, generated_journal):
        statements, result = statements_for(journal, screen)
        assert result  # there really is something to show on this screen
        assert repeated(statements) == [], f"{screen} runs a query per row"
        assert len(statements) <= MOST_STATEMENTS


def test_the_generated_journal_is_large_enough_to_expose_per_row_queries(
    generated_journal: Journal,
) -> None:
    agenda = today_agenda(generated_journal, today=TODAY)
    detail = organisation_detail(generated_journal, _biggest(generated_journal), today=TODAY)
    assert len(agenda.theirs_due) + len(agenda.ours_due) > 5
    lists = (
        agenda.gone_quiet,
        agenda.left_without_handover,
        agenda.pending_handovers,
        agenda.single_points,
        agenda.terms_ending,
    )
    assert all(len(rows) >= 3 for rows in lists), [len(rows) for rows in lists]
    assert len(detail.promises) > 20 and len(detail.contacts) > 5 and detail.handovers
