"""The screens' lists read plain rows (issue 9): the same records as the entities give,
in a fixed, small number of statements.

The plain-row readers (``promise_rows``, ``contact_rows``, ``handover_rows_from``,
``meeting_rows``) select columns instead of loading entities; here every one of them is
compared, record by record, with the conversion from entities on the demo journal, and
the short lists are held to the statements they need, so a regression shows up here
rather than only in a benchmark.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bigjournal.errors import NotFoundError
from bigjournal.journal.browse import meetings_page
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.promises import list_promises
from bigjournal.journal.rows import (
    contact_row,
    contact_rows,
    contact_rows_select,
    handover_rows,
    handover_rows_from,
    handover_rows_select,
    meeting_row,
    meeting_rows,
    meeting_rows_select,
    promise_row,
    promise_rows,
    promise_rows_select,
)
from bigjournal.model import Contact, Handover, Meeting, Member, Organisation, Promise
from bigjournal.store import Journal
from tests.conftest import TODAY
from tests.statements import counted_statements


def _busiest(journal: Journal) -> int:
    with journal.reading() as session:
        counts: dict[int, int] = {}
        for organisation_id in session.scalars(select(Promise.organisation_id)):
            counts[organisation_id] = counts.get(organisation_id, 0) + 1
    return max(counts, key=lambda k: (counts[k], -k))


def _add_handovers(journal: Journal) -> None:
    """A contact's handover with a successor, one without, and a member's."""
    with journal.transaction() as session:
        first, second, third = session.scalars(select(Contact).order_by(Contact.id).limit(3))
        members = session.scalars(select(Member).order_by(Member.id).limit(2)).all()
        session.add_all(
            [
                Handover(contact_id=first.id, left_on=TODAY, successor_contact_id=second.id),
                Handover(contact_id=third.id, left_on=TODAY, post_vacant=True),
                Handover(
                    member_id=members[0].id,
                    left_on=TODAY,
                    successor_member_id=members[1].id,
                    completed_on=TODAY,
                ),
            ]
        )


def test_plain_rows_are_the_rows_entities_give(demo_journal: Journal) -> None:
    _add_handovers(demo_journal)
    with demo_journal.reading() as session:
        promises = session.scalars(select(Promise).order_by(Promise.id)).all()
        contacts = session.scalars(select(Contact).order_by(Contact.id)).all()
        handovers = session.scalars(select(Handover).order_by(Handover.id)).all()
        meetings = session.scalars(
            select(Meeting).order_by(Meeting.occurred_on.desc(), Meeting.id.desc())
        ).all()
        assert promises and contacts and handovers and meetings
        assert promise_rows(session, promise_rows_select().order_by(Promise.id)) == [
            promise_row(p) for p in promises
        ]
        assert contact_rows(session, contact_rows_select().order_by(Contact.id)) == [
            contact_row(c) for c in contacts
        ]
        assert handover_rows_from(session, handover_rows_select().order_by(Handover.id)) == (
            handover_rows(session, handovers)
        )
        # Organisations in a meeting come by name, as the entity's relationship does not
        # promise; compare them as sets.
        plain = meeting_rows(
            session,
            meeting_rows_select().order_by(Meeting.occurred_on.desc(), Meeting.id.desc()),
        )
        from_entities = [meeting_row(m) for m in meetings]
        assert [(m.id, set(m.organisations)) for m in plain] == [
            (m.id, set(m.organisations)) for m in from_entities
        ]
        assert [m.organisations for m in plain] == [
            tuple(sorted(m.organisations, key=lambda ref: ref.name)) for m in plain
        ]


def test_the_short_lists_run_one_statement(demo_journal: Journal) -> None:
    organisation_id = _busiest(demo_journal)
    with counted_statements(demo_journal) as statements:
        overdue = list_promises(
            demo_journal, overdue_only=True, organisation=organisation_id, today=TODAY
        )
    assert overdue and len(statements) == 1, statements
    with counted_statements(demo_journal) as statements:
        assert len(list_meetings(demo_journal, limit=100)) > 20
    assert len(statements) == 1, statements
    with counted_statements(demo_journal) as statements:
        first = meetings_page(demo_journal, limit=10)
        meetings_page(demo_journal, limit=10, after=(first[-1].occurred_on, first[-1].id))
    assert len(statements) == 2, statements


def test_the_organisation_page_needs_a_fixed_handful_of_statements(
    demo_journal: Journal,
) -> None:
    busiest = _busiest(demo_journal)
    with counted_statements(demo_journal) as statements:
        detail = organisation_detail(demo_journal, busiest, today=TODAY)
    assert detail.promises and detail.contacts and detail.meetings
    # 13, and since issue 21 one more: the latest check-ins, for the page's health.
    assert len(statements) <= 14, statements


def test_an_organisation_named_by_id_must_exist_even_when_nothing_is_listed(
    journal: Journal,
) -> None:
    quiet = add_organisation(journal, name="Canal Trust", kind="other")
    assert list_promises(journal, organisation=quiet.id, today=TODAY) == []
    assert list_meetings(journal, organisation=quiet.id) == []
    assert list_promises(journal, organisation="Canal Trust", today=TODAY) == []
    with journal.reading() as session:
        newest = session.scalar(select(Organisation.id).order_by(Organisation.id.desc()))
    missing = (newest or 0) + 1
    with pytest.raises(NotFoundError, match="no longer in the journal"):
        list_promises(journal, organisation=missing, overdue_only=True, today=TODAY)
    with pytest.raises(NotFoundError, match="no longer in the journal"):
        list_meetings(journal, organisation=missing, limit=10)
    with pytest.raises(NotFoundError, match="no longer in the journal"):
        organisation_detail(journal, missing, today=TODAY)


def test_reading_rows_is_a_read_transaction_that_never_commits(journal: Journal) -> None:
    add_organisation(journal, name="Canal Trust", kind="other")
    with journal.reading_rows() as connection:
        connection.execute(Organisation.__table__.delete())
        assert connection.execute(select(Organisation.id)).first() is None
    with journal.reading_rows() as connection:
        assert connection.execute(select(Organisation.name)).scalars().all() == ["Canal Trust"]
