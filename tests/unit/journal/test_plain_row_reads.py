"""The screens' lists read plain rows (issue 9): the same records as the entities hold,
in a fixed, small number of statements.

Each kind's row has one builder, from plain columns (``promise_rows``, ``contact_rows``,
``handover_rows_from``, ``meeting_rows``, and ``*_row(session, id)`` after a write).
Here every one is compared, record by record, with what the ORM entities hold on the
demo journal (the expected rows are made from the entities below, field by field), and
the short lists are held to the statements they need, so a regression shows up here
rather than only in a benchmark.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bigjournal.errors import NotFoundError
from bigjournal.journal.browse import meetings_page
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.promises import list_promises
from bigjournal.journal.records import ContactRow, HandoverRow, MeetingRow, PromiseRow, Ref
from bigjournal.journal.rows import (
    contact_row,
    contact_rows,
    contact_rows_select,
    handover_rows_from,
    handover_rows_select,
    meeting_rows,
    meeting_rows_select,
    promise_row,
    promise_rows,
    promise_rows_select,
)
from bigjournal.journal.validation import split_lines
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


def _ref(record: Organisation | Contact | Member | None) -> Ref | None:
    return None if record is None else Ref(record.id, record.uuid, record.name)


def _promise_as_held(p: Promise) -> PromiseRow:
    return PromiseRow(
        id=p.id,
        uuid=p.uuid,
        description=p.description,
        side=p.side,
        organisation=Ref(p.organisation.id, p.organisation.uuid, p.organisation.name),
        made_by=_ref(p.made_by_contact) or _ref(p.made_by_member),
        made_to=_ref(p.made_to_contact) or _ref(p.made_to_member),
        holder=_ref(p.holder_contact) or _ref(p.holder_member),
        made_on=p.made_on,
        due_on=p.due_on,
        status=p.status,
        status_on=p.status_on,
        status_note=p.status_note,
        interaction_id=p.interaction_id,
        version=p.version,
        renewed_from_id=p.renewed_from_id,
        renewal_id=p.renewal_id,  # type: ignore[attr-defined]
    )


def _contact_as_held(c: Contact) -> ContactRow:
    return ContactRow(
        id=c.id,
        uuid=c.uuid,
        name=c.name,
        role=c.role,
        organisation=Ref(c.organisation.id, c.organisation.uuid, c.organisation.name),
        kind=c.kind,
        ward=c.ward,
        term_ends_on=c.term_ends_on,
        phone=c.phone,
        email=c.email,
        preferred_contact=c.preferred_contact,
        left_on=c.left_on,
        went_to=c.went_to,
        successor=_ref(c.successor),
        notes=c.notes,
        version=c.version,
        title=c.title,
        other_phones=split_lines(c.other_phones),
        other_emails=split_lines(c.other_emails),
    )


def _handover_as_held(session: Session, h: Handover) -> HandoverRow:
    leaver: Contact | Member | None
    if h.contact_id is not None:
        leaver = session.get(Contact, h.contact_id)
        assert leaver is not None
        organisation = _ref(leaver.organisation)
        successor = _ref(session.get(Contact, h.successor_contact_id or -1))
    else:
        leaver = session.get(Member, h.member_id)
        organisation = None
        successor = _ref(session.get(Member, h.successor_member_id or -1))
    assert leaver is not None
    return HandoverRow(
        id=h.id,
        uuid=h.uuid,
        leaver=Ref(leaver.id, leaver.uuid, leaver.name),
        leaver_is_member=h.member_id is not None,
        organisation=organisation,
        left_on=h.left_on,
        went_to=h.went_to,
        successor=successor,
        post_vacant=h.post_vacant,
        notes=h.notes,
        introduction_on=h.introduction_on,
        completed_on=h.completed_on,
    )


def _meeting_as_held(m: Meeting) -> MeetingRow:
    return MeetingRow(
        id=m.id,
        uuid=m.uuid,
        occurred_on=m.occurred_on,
        kind=m.kind,
        title=m.title,
        organisations=tuple(Ref(o.id, o.uuid, o.name) for o in m.organisations),
        is_planned=m.is_planned,
    )


def test_plain_rows_are_what_the_entities_hold(demo_journal: Journal) -> None:
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
            _promise_as_held(p) for p in promises
        ]
        assert contact_rows(session, contact_rows_select().order_by(Contact.id)) == [
            _contact_as_held(c) for c in contacts
        ]
        assert handover_rows_from(session, handover_rows_select().order_by(Handover.id)) == [
            _handover_as_held(session, h) for h in handovers
        ]
        # Organisations in a meeting come by name, as the entity's relationship does not
        # promise; compare them as sets.
        plain = meeting_rows(
            session,
            meeting_rows_select().order_by(Meeting.occurred_on.desc(), Meeting.id.desc()),
        )
        from_entities = [_meeting_as_held(m) for m in meetings]
        assert [(m.id, set(m.organisations)) for m in plain] == [
            (m.id, set(m.organisations)) for m in from_entities
        ]
        assert [m.organisations for m in plain] == [
            tuple(sorted(m.organisations, key=lambda ref: ref.name)) for m in plain
        ]


def test_a_row_read_back_after_a_write_sees_the_write(demo_journal: Journal) -> None:
    """``*_row(session, id)`` flushes first: a change not yet sent is in the row."""
    with demo_journal.transaction() as session:
        promise = session.scalars(select(Promise).order_by(Promise.id)).first()
        contact = session.scalars(select(Contact).order_by(Contact.id)).first()
        assert promise is not None and contact is not None
        promise.description = "Mend the lamp on Canal Walk"
        contact.role = "Street lighting officer"
        assert promise_row(session, promise.id).description == "Mend the lamp on Canal Walk"
        assert contact_row(session, contact.id).role == "Street lighting officer"
        session.rollback()


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
    # 13, and since issue 21 two more: the latest check-ins and the year's outcomes,
    # for the page's health.
    assert len(statements) <= 15, statements


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
