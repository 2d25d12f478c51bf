"""Outcomes: what a relationship achieved (issue 21, item 4; 2022 report, §4).

For the partnership (a seat at the table, introductions, practical help), for the
agency (routes into the community, local knowledge), for the area (funding leveraged,
with an amount in pounds; a community asset). Each belongs to an organisation and may
name the meeting or the promise it came from, so a successor can see where it began.
The organisation page, the summary, the pack and the legacy report list them.

Money is kept in whole pence (:func:`parse_amount` reads what a volunteer types,
:func:`pounds` writes it back), never as a float.

Declared as a kind of record in ``bigjournal.journal.kinds`` (``OUTCOME``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, RowMapping, Select, select
from sqlalchemy.orm import Session

from bigjournal.errors import NotFoundError, ValidationError
from bigjournal.journal.edits import check_version
from bigjournal.journal.limits import LARGEST_NUMBER
from bigjournal.journal.lookup import find
from bigjournal.journal.records import Ref
from bigjournal.journal.rows import connection_of
from bigjournal.journal.validation import (
    optional_text,
    parse_choice,
    parse_date,
    require_text,
    today_or,
)
from bigjournal.model import Meeting, Organisation, Outcome, Promise, interaction_organisations
from bigjournal.model.entities import LARGEST_AMOUNT_PENCE
from bigjournal.model.vocabulary import (
    OUTCOME_BENEFICIARY,
    Beneficiary,
    MeetingKind,
    OutcomeKind,
)
from bigjournal.store import Journal

#: The one kind of outcome that has an amount.
FUNDING = OutcomeKind.FUNDING_LEVERAGED
TITLE_LIMIT = 200
NOTES_LIMIT = 20_000
#: The fields a correction may change.
EDITABLE = {
    "organisation",
    "kind",
    "beneficiary",
    "title",
    "achieved_on",
    "amount",
    "meeting",
    "promise",
    "notes",
}
#: Words for the conflict dialog and the personal-data review.
FIELD_WORDS = {
    "achieved_on": "Achieved on",
    "amount_pence": "Amount",
    "interaction_id": "Came from the meeting",
    "promise_id": "Came from the promise",
    "beneficiary": "Benefits",
}


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """One outcome, as the window, the command line and the reports read it."""

    id: int
    uuid: str
    organisation: Ref
    beneficiary: Beneficiary
    kind: OutcomeKind
    title: str
    achieved_on: date
    #: Whole pence, for funding leveraged only; None otherwise.
    amount_pence: int | None
    meeting: Ref | None
    promise: Ref | None
    notes: str
    version: int

    @property
    def name(self) -> str:
        return self.title

    @property
    def amount(self) -> str:
        """The amount in pounds ("£12,500"), or "" when there is none."""
        return pounds(self.amount_pence) if self.amount_pence is not None else ""

    @property
    def came_from(self) -> str:
        """ "the meeting “Ward walkabout”", "the promise “…”", or ""."""
        parts = []
        if self.meeting is not None:
            parts.append(f"the meeting “{self.meeting.name}”")
        if self.promise is not None:
            parts.append(f"the promise “{self.promise.name}”")
        return " and ".join(parts)

    @property
    def line(self) -> str:
        """One line for a list in print: what, for whom, how much, when."""
        amount = f" ({self.amount})" if self.amount_pence is not None else ""
        return (
            f"{self.achieved_on:%d %b %Y}: {self.title}{amount}, "
            f"{self.kind.label.lower()} for {self.beneficiary.label.lower()}"
        )


# Money -------------------------------------------------------------------------

_MONEY = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$")


def parse_amount(value: int | str | None, *, field: str = "amount") -> int | None:
    """Pence from pounds as typed: "12,500", "£12,500.50", "12500.5"; empty is None.

    An ``int`` is taken as pence already (the window's and the archive's own).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("Please give the amount in pounds, like £12,500.", field)
    if isinstance(value, int):
        pence = value
    else:
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        text = text.removeprefix("£").removeprefix("GBP").removesuffix("GBP")
        if not _MONEY.match(text):
            raise ValidationError(
                f"“{value.strip()}” is not an amount BigJournal understands; please give "
                "it in pounds, like £12,500 or 12500.50.",
                field,
            )
        try:
            pence = int(Decimal(text.replace(",", "")) * 100)
        except InvalidOperation:  # pragma: no cover - the pattern allows only digits
            raise ValidationError(f"“{value}” is not an amount in pounds.", field) from None
    if pence < 0:
        raise ValidationError("An amount cannot be less than nothing.", field)
    if pence > LARGEST_AMOUNT_PENCE:
        raise ValidationError(
            f"{pounds(pence)} is more than BigJournal keeps for one outcome "
            f"(up to {pounds(LARGEST_AMOUNT_PENCE)}); please check the amount.",
            field,
        )
    return pence


def pounds(pence: int) -> str:
    """Pence in pounds for the volunteer: "£12,500", or "£12,500.50" with pennies."""
    whole, part = divmod(pence, 100)
    return f"£{whole:,}" if part == 0 else f"£{whole:,}.{part:02d}"


def total_pence(rows: Sequence[OutcomeRow]) -> int:
    """The funding leveraged among ``rows``, in pence."""
    return sum(row.amount_pence or 0 for row in rows if row.kind == FUNDING)


def beneficiary_of(kind: OutcomeKind) -> Beneficiary | None:
    """Who an outcome of ``kind`` benefits; None for "other" (the volunteer says)."""
    return OUTCOME_BENEFICIARY.get(kind)


def kinds_for(beneficiary: Beneficiary) -> list[OutcomeKind]:
    """The kinds of outcome for ``beneficiary``, "other" last (the window's choices)."""
    return [k for k in OutcomeKind if OUTCOME_BENEFICIARY.get(k, beneficiary) == beneficiary]


# Rows --------------------------------------------------------------------------


def _rows_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Outcome.id,
            Outcome.uuid,
            Outcome.beneficiary,
            Outcome.kind,
            Outcome.title,
            Outcome.achieved_on,
            Outcome.amount_pence,
            Outcome.notes,
            Outcome.version,
            Organisation.id.label("organisation_id"),
            Organisation.uuid.label("organisation_uuid"),
            Organisation.name.label("organisation_name"),
            Meeting.id.label("meeting_id"),
            Meeting.uuid.label("meeting_uuid"),
            Meeting.title.label("meeting_title"),
            Meeting.kind.label("meeting_kind"),
            Meeting.occurred_on.label("meeting_on"),
            Promise.id.label("promise_id"),
            Promise.uuid.label("promise_uuid"),
            Promise.description.label("promise_words"),
        )
        .join(Organisation, Organisation.id == Outcome.organisation_id)
        .outerjoin(Meeting, Meeting.id == Outcome.interaction_id)
        .outerjoin(Promise, Promise.id == Outcome.promise_id)
    )


def meeting_name(title: str, kind: MeetingKind, on: date) -> str:
    """A meeting's title, or its kind and day when it has none."""
    return title.strip() or f"{kind.label} on {on:%d %b %Y}"


def _row(values: RowMapping) -> OutcomeRow:
    meeting = None
    if values["meeting_id"] is not None:
        name = meeting_name(values["meeting_title"], values["meeting_kind"], values["meeting_on"])
        meeting = Ref(values["meeting_id"], values["meeting_uuid"], name)
    promise = None
    if values["promise_id"] is not None:
        promise = Ref(values["promise_id"], values["promise_uuid"], values["promise_words"])
    return OutcomeRow(
        id=values["id"],
        uuid=values["uuid"],
        organisation=Ref(
            values["organisation_id"], values["organisation_uuid"], values["organisation_name"]
        ),
        beneficiary=values["beneficiary"],
        kind=values["kind"],
        title=values["title"],
        achieved_on=values["achieved_on"],
        amount_pence=values["amount_pence"],
        meeting=meeting,
        promise=promise,
        notes=values["notes"],
        version=values["version"],
    )


def read_outcomes(
    reader: Session | Connection,
    organisation_id: int | None = None,
    *,
    limit: int | None = None,
    organisation_ids: Collection[int] | None = None,
) -> list[OutcomeRow]:
    """Outcomes newest first, read in the caller's transaction (the reports' read):
    one organisation's, those of ``organisation_ids`` (a council and its departments),
    or every one."""
    statement = _rows_select()
    if organisation_id is not None:
        statement = statement.where(Outcome.organisation_id == organisation_id)
    if organisation_ids is not None:
        statement = statement.where(Outcome.organisation_id.in_(list(organisation_ids)))
    statement = statement.order_by(Outcome.achieved_on.desc(), Outcome.id.desc())
    if limit is not None:
        statement = statement.limit(max(limit, 0))
    connection = connection_of(reader)
    return [_row(values) for values in connection.execute(statement).mappings()]


def outcome_row(session: Session, outcome_id: int) -> OutcomeRow:
    """One outcome's row, read as the lists read it (after the session's writes)."""
    session.flush()
    rows = [
        _row(values)
        for values in session.connection()
        .execute(_rows_select().where(Outcome.id == outcome_id))
        .mappings()
    ]
    if not rows:
        raise NotFoundError("That outcome is no longer in the journal.")
    return rows[0]


def list_outcomes(
    journal: Journal, organisation: int | str | None = None, *, limit: int | None = None
) -> list[OutcomeRow]:
    """Outcomes newest first: one organisation's, or every one."""
    with journal.reading() as session:
        found = None if organisation is None else find(session, Organisation, organisation).id
        return read_outcomes(session, found, limit=limit)


def outcome(journal: Journal, outcome_id: int) -> OutcomeRow:
    with journal.reading() as session:
        _get(session, outcome_id)
        return outcome_row(session, outcome_id)


# Writing -----------------------------------------------------------------------


def _get(session: Session, outcome_id: int) -> Outcome:
    if not 0 < outcome_id <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no outcome number {outcome_id} in the journal.")
    record = session.get(Outcome, outcome_id)
    if record is None:
        raise NotFoundError("That outcome is no longer in the journal.")
    return record


def _link_id(value: Any, noun: str, field: str) -> int | None:
    """A meeting or promise named by its number (the window's and the archive's way)."""
    if value is None or value == "":
        return None
    if isinstance(value, Ref):
        return value.id
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip().removeprefix("#")
        if not (text.isascii() and text.isdigit()):
            raise ValidationError(f"Please give the {noun}'s number, like 12.", field)
        number = int(text)
    if not 0 < number <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no {noun} number {number} in the journal.")
    return number


def _apply(
    session: Session, record: Outcome, values: Mapping[str, Any], today: date | None
) -> None:
    if "organisation" in values:
        record.organisation_id = find(session, Organisation, values["organisation"]).id
    if "kind" in values:
        record.kind = parse_choice(OutcomeKind, values["kind"], "kind of outcome", field="kind")
    if "beneficiary" in values and values["beneficiary"] not in (None, ""):
        chosen = parse_choice(
            Beneficiary, values["beneficiary"], "side the outcome benefits", field="beneficiary"
        )
        expected = beneficiary_of(record.kind) if record.kind is not None else None
        if expected is not None and chosen != expected:
            raise ValidationError(
                f"“{record.kind.label}” is an outcome for {expected.label.lower()}, not for "
                f"{chosen.label.lower()}. Choose Other as the kind to say who it benefits.",
                "beneficiary",
            )
        record.beneficiary = chosen
    if "title" in values:
        record.title = require_text(
            values["title"], "outcome's title", field="title", limit=TITLE_LIMIT
        )
    if "achieved_on" in values:
        achieved = parse_date(values["achieved_on"], "date of the outcome", field="achieved_on")
        if achieved is None:
            raise ValidationError("Please give the day the outcome was achieved.", "achieved_on")
        if achieved > today_or(today):
            raise ValidationError(
                f"The outcome is dated {achieved:%d %b %Y}, after today. An outcome records "
                "what a relationship has achieved, so give the day it happened (a hope for "
                "later is a promise or a next step).",
                "achieved_on",
            )
        record.achieved_on = achieved
    if "amount" in values:
        record.amount_pence = parse_amount(values["amount"])
    if "notes" in values:
        record.notes = optional_text(values["notes"], "notes", field="notes", limit=NOTES_LIMIT)
    if "meeting" in values:
        record.interaction_id = _link_id(values["meeting"], "meeting", "meeting")
    if "promise" in values:
        record.promise_id = _link_id(values["promise"], "promise", "promise")
    _check(session, record)


def _check(session: Session, record: Outcome) -> None:
    """What only the whole outcome can say: its side, its amount, where it came from."""
    expected = beneficiary_of(record.kind)
    if expected is not None:
        record.beneficiary = expected
    elif record.beneficiary is None:
        raise ValidationError(
            "Please say who the outcome benefits: the partnership, the agency or the area.",
            "beneficiary",
        )
    if record.kind == FUNDING and record.amount_pence is None:
        raise ValidationError(
            "Please give the amount of funding leveraged, in pounds (like £12,500).", "amount"
        )
    if record.kind != FUNDING and record.amount_pence is not None:
        raise ValidationError(
            f"Only funding leveraged has an amount; “{record.kind.label}” does not. Clear "
            "the amount, or choose Funding leveraged as the kind.",
            "amount",
        )
    organisation = session.get(Organisation, record.organisation_id)
    assert organisation is not None
    if record.interaction_id is not None:
        meeting = session.get(Meeting, record.interaction_id)
        if meeting is None:
            raise NotFoundError(f"There is no meeting number {record.interaction_id}.")
        with_them = session.scalar(
            select(interaction_organisations.c.organisation_id).where(
                interaction_organisations.c.interaction_id == meeting.id,
                interaction_organisations.c.organisation_id == organisation.id,
            )
        )
        if with_them is None:
            name = meeting_name(meeting.title, meeting.kind, meeting.occurred_on)
            raise ValidationError(
                f"The meeting “{name}” was not with {organisation.name}, so this outcome "
                "cannot have come from it. Choose one of their meetings, or none.",
                "meeting",
            )
    if record.promise_id is not None:
        promise = session.get(Promise, record.promise_id)
        if promise is None:
            raise NotFoundError(f"There is no promise number {record.promise_id}.")
        if promise.organisation_id != organisation.id:
            raise ValidationError(
                f"The promise “{promise.description[:60]}” belongs to another organisation, "
                f"not {organisation.name}, so this outcome cannot have come from it. "
                "Choose one of their promises, or none.",
                "promise",
            )


def add_outcome(
    journal: Journal,
    organisation: int | str,
    kind: OutcomeKind | str,
    *,
    title: str,
    achieved_on: date | str | None = None,
    beneficiary: Beneficiary | str | None = None,
    amount: int | str | None = None,
    meeting: int | str | Ref | None = None,
    promise: int | str | Ref | None = None,
    notes: str = "",
    today: date | None = None,
) -> Ref:
    """Record an outcome of a relationship (achieved today unless ``achieved_on`` says).

    ``amount`` is pounds as typed ("£12,500") or whole pence as an ``int``. ``kind``
    may be given by position (the window's ``actions.add("outcome", …)`` has its own).
    """
    with journal.transaction() as session:
        record = Outcome(notes="", amount_pence=None)
        values: dict[str, Any] = {
            "organisation": organisation,
            "kind": kind,
            "beneficiary": beneficiary,
            "title": title,
            "achieved_on": achieved_on if achieved_on is not None else today_or(today),
            "amount": amount,
            "meeting": meeting,
            "promise": promise,
            "notes": notes,
        }
        _apply(session, record, values, today)
        session.add(record)
        session.flush()
        return Ref(record.id, record.uuid, record.title)


def update_outcome(
    journal: Journal,
    outcome_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> Ref:
    """Correct an outcome: any of :data:`EDITABLE`; refused if someone saved it since."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        record = _get(session, outcome_id)
        check_version(record, expected_version, changes)
        _apply(session, record, changes, today)
        session.flush()
        return Ref(record.id, record.uuid, record.title)


def delete_outcome(journal: Journal, outcome_id: int) -> None:
    with journal.transaction() as session:
        session.delete(_get(session, outcome_id))
