"""Check-ins on the eight criteria of an effective relationship (issue 21).

Relationships "ebb and flow — a see-saw over time" (DOMAIN.md), so the partnership
records, from time to time, how each of the eight criteria stands with an
organisation: each on a short scale of plain words (:data:`LEVELS`), or left out when
it was not talked about, with a note, who took part, when, and optionally where the
partnership hopes the relationship will be. Today reminds when a relationship has had
no check-in for :func:`reminder_days` (a journal setting, six months unless changed).

Declared as a kind of record in ``bigjournal.journal.kinds`` (``CHECK_IN``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bigjournal import wording
from bigjournal.errors import NotFoundError, ValidationError
from bigjournal.journal import settings
from bigjournal.journal.edits import check_version
from bigjournal.journal.limits import LARGEST_NUMBER
from bigjournal.journal.lookup import find
from bigjournal.journal.records import Ref, Reminder, Reminders
from bigjournal.journal.validation import (
    optional_text,
    parse_date,
    split_lines,
    text_list,
    today_or,
)
from bigjournal.model import CheckIn, Organisation
from bigjournal.store import Journal


@dataclass(frozen=True, slots=True)
class Criterion:
    """One of the eight criteria (2022 report, §3.1): its column and its words."""

    key: str
    label: str
    question: str
    #: A name short enough for a list on a crowded page ("roles", "capacity").
    short: str = ""

    @property
    def brief(self) -> str:
        """The short name, or the label in lower case: for a list in a sentence."""
        return self.short or self.label.lower()


CRITERIA: tuple[Criterion, ...] = (
    Criterion("mutual_knowledge", "Mutual knowledge", "How well do we know each other?"),
    Criterion("understanding", "Understanding", "Do we understand how each side works?"),
    Criterion("trust", "Trust", "Do we trust each other to do what we say?"),
    Criterion("respect", "Respect", "Do we respect each other's knowledge and role?"),
    Criterion("common_language", "Common language", "Can we talk without jargon in the way?"),
    Criterion("shared_goals", "Shared goals", "Are we working towards the same things?"),
    Criterion(
        "defined_roles",
        "Defined roles, but flexible",
        "Is it clear who does what, and are we willing to bend?",
        "roles",
    ),
    Criterion(
        "capacity",
        "Capacity to follow through",
        "Do both sides have the time and resources to follow through?",
        "capacity",
    ),
)
BY_KEY = {criterion.key: criterion for criterion in CRITERIA}
#: The scale, lowest first: words, never a number alone.
LEVELS: dict[int, str] = {1: "Very weak", 2: "Weak", 3: "Mixed", 4: "Good", 5: "Strong"}
NOT_TALKED_ABOUT = "Not talked about"
#: The fields a correction may change.
EDITABLE = {"organisation", "held_on", "note", "took_part", "hopes", *BY_KEY}
#: Words for the conflict dialog and the personal-data review.
FIELD_WORDS = {
    "held_on": "Date",
    "took_part": "Who took part",
    "hopes": "Where we hope to be",
    **{criterion.key: criterion.label for criterion in CRITERIA},
}
#: Today reminds after this long without a check-in, unless the journal says otherwise.
REMINDER_DAYS = 182
#: The latest check-ins a chart of each criterion's ebb and flow draws (window and print).
CHARTED = 12


@dataclass(frozen=True, slots=True)
class CheckInRow:
    """One check-in, as the window, the command line and the reports read it."""

    id: int
    uuid: str
    organisation: Ref
    held_on: date
    #: Each criterion's level (1 to 5), or None when it was not talked about.
    levels: dict[str, int | None]
    note: str
    took_part: tuple[str, ...]
    hopes: str
    version: int

    def words(self, key: str) -> str:
        """A criterion's level in words ("Good"), or "Not talked about"."""
        return level_words(self.levels.get(key))

    @property
    def name(self) -> str:
        return f"Check-in with {self.organisation.name} on {self.held_on:%d %b %Y}"


@dataclass(frozen=True, slots=True)
class Change:
    """One criterion at a check-in, beside where it stood at the check-in before."""

    criterion: Criterion
    level: int | None
    #: The level at the check-in before, or None (no earlier one, or not talked about).
    before: int | None

    @property
    def words(self) -> str:
        """The level now in words: "Good", or "Not talked about"."""
        return level_words(self.level)

    @property
    def way(self) -> str:
        """ "up", "down", or "" when unchanged or when either side was not rated."""
        if self.level is None or self.before is None or self.level == self.before:
            return ""
        return "up" if self.level > self.before else "down"

    @property
    def since(self) -> str:
        """ "up from Weak", "down from Good", or "" when there is nothing to compare."""
        return f"{self.way} from {level_words(self.before)}" if self.way else ""


def changes(latest: CheckInRow, earlier: CheckInRow | None) -> tuple[Change, ...]:
    """Each of the eight criteria at ``latest``, compared with ``earlier`` (the
    check-in before it): what the window, the summary and the pack all say."""
    return tuple(
        Change(
            criterion,
            latest.levels.get(criterion.key),
            earlier.levels.get(criterion.key) if earlier is not None else None,
        )
        for criterion in CRITERIA
    )


def latest_changes(rows: Sequence[CheckInRow]) -> tuple[Change, ...]:
    """The changes at the newest of ``rows`` (newest first, as listed); () if none."""
    if not rows:
        return ()
    return changes(rows[0], rows[1] if len(rows) > 1 else None)


def charted(rows: Sequence[CheckInRow], limit: int = CHARTED) -> list[CheckInRow]:
    """The latest ``limit`` of ``rows`` (newest first), oldest first: a chart's order."""
    return list(reversed(rows[:limit]))


def level_words(level: int | None) -> str:
    return LEVELS.get(level, NOT_TALKED_ABOUT) if level is not None else NOT_TALKED_ABOUT


def parse_level(value: int | str | None, key: str) -> int | None:
    """A level given as its words ("good"), its number (1 to 5), or empty (not talked about)."""
    criterion = BY_KEY[key]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value in LEVELS:
        return value
    text = str(value).strip().casefold()
    if text == NOT_TALKED_ABOUT.casefold():
        return None
    for level, words in LEVELS.items():
        if text in (words.casefold(), str(level)):
            return level
    raise ValidationError(
        f"“{value}” is not a level BigJournal knows for {criterion.label.lower()}. "
        f"Choose one of: {', '.join(LEVELS.values())} (or 1 to 5; leave it empty if it "
        "was not talked about).",
        key,
    )


def _row(record: CheckIn, organisation: Organisation) -> CheckInRow:
    return CheckInRow(
        id=record.id,
        uuid=record.uuid,
        organisation=Ref(organisation.id, organisation.uuid, organisation.name),
        held_on=record.held_on,
        levels={criterion.key: getattr(record, criterion.key) for criterion in CRITERIA},
        note=record.note,
        took_part=split_lines(record.took_part),
        hopes=record.hopes,
        version=record.version,
    )


def _get(session: Session, check_in_id: int) -> CheckIn:
    if not 0 < check_in_id <= LARGEST_NUMBER:
        raise NotFoundError(f"There is no check-in number {check_in_id} in the journal.")
    record = session.get(CheckIn, check_in_id)
    if record is None:
        raise NotFoundError("That check-in is no longer in the journal.")
    return record


def _apply(
    session: Session, record: CheckIn, values: Mapping[str, Any], today: date | None
) -> None:
    if "organisation" in values:
        record.organisation_id = find(session, Organisation, values["organisation"]).id
    if "held_on" in values:
        held = parse_date(values["held_on"], "date of the check-in", field="held_on")
        if held is None:
            raise ValidationError("Please give the date of the check-in.", "held_on")
        if held > today_or(today):
            raise ValidationError(
                f"The check-in is dated {held:%d %b %Y}, after today. A check-in records "
                "how things stood, so give the day it was held.",
                "held_on",
            )
        record.held_on = held
    for key in BY_KEY:
        if key in values:
            setattr(record, key, parse_level(values[key], key))
    if "note" in values:
        record.note = optional_text(values["note"], "note", field="note", limit=20_000)
    if "hopes" in values:
        record.hopes = optional_text(
            values["hopes"], "words on where we hope to be", field="hopes", limit=5_000
        )
    if "took_part" in values:
        people = [
            optional_text(person, "name of someone who took part", field="took_part")
            for person in text_list(values["took_part"])
        ]
        record.took_part = "\n".join(people)
    if all(getattr(record, key) is None for key in BY_KEY) and not record.note.strip():
        raise ValidationError(
            "Rate at least one of the eight criteria, or write a note: a check-in with "
            "neither says nothing about the relationship.",
            CRITERIA[0].key,
        )


def record_check_in(
    journal: Journal,
    organisation: int | str,
    *,
    held_on: date | str | None = None,
    levels: Mapping[str, int | str | None] | None = None,
    note: str = "",
    took_part: str | Iterable[str] = (),
    hopes: str = "",
    today: date | None = None,
) -> Ref:
    """Record a check-in with an organisation (held today unless ``held_on`` says)."""
    levels = dict(levels or {})
    unknown = set(levels) - set(BY_KEY)
    if unknown:
        raise ValidationError(
            f"“{sorted(unknown)[0]}” is not one of the eight criteria. They are: "
            + ", ".join(c.key for c in CRITERIA)
            + "."
        )
    with journal.transaction() as session:
        record = CheckIn(held_on=today_or(today), note="", took_part="", hopes="")
        values: dict[str, Any] = {
            "organisation": organisation,
            "held_on": held_on if held_on is not None else today_or(today),
            **levels,
            "note": note,
            "took_part": took_part,
            "hopes": hopes,
        }
        _apply(session, record, values, today)
        session.add(record)
        session.flush()
        organisation_row = session.get(Organisation, record.organisation_id)
        assert organisation_row is not None
        return Ref(record.id, record.uuid, _row(record, organisation_row).name)


def update_check_in(
    journal: Journal,
    check_in_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> Ref:
    """Correct a check-in: any of :data:`EDITABLE`; refused if someone saved it since."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with journal.transaction() as session:
        record = _get(session, check_in_id)
        check_version(record, expected_version, changes)  # type: ignore[arg-type]
        _apply(session, record, changes, today)
        session.flush()
        organisation = session.get(Organisation, record.organisation_id)
        assert organisation is not None
        return Ref(record.id, record.uuid, _row(record, organisation).name)


def delete_check_in(journal: Journal, check_in_id: int) -> None:
    with journal.transaction() as session:
        session.delete(_get(session, check_in_id))


def check_in(journal: Journal, check_in_id: int) -> CheckInRow:
    with journal.reading() as session:
        record = _get(session, check_in_id)
        organisation = session.get(Organisation, record.organisation_id)
        assert organisation is not None
        return _row(record, organisation)


def list_check_ins(
    journal: Journal, organisation: int | str | None = None, *, limit: int | None = None
) -> list[CheckInRow]:
    """Check-ins newest first: one organisation's, or every one."""
    with journal.reading() as session:
        found = None if organisation is None else find(session, Organisation, organisation).id
        return read_check_ins(session, found, limit=limit)


def read_check_ins(
    session: Session, organisation_id: int | None = None, *, limit: int | None = None
) -> list[CheckInRow]:
    """Check-ins newest first, read in the caller's transaction (the reports' read)."""
    query = select(CheckIn, Organisation).join(
        Organisation, Organisation.id == CheckIn.organisation_id
    )
    if organisation_id is not None:
        query = query.where(CheckIn.organisation_id == organisation_id)
    query = query.order_by(CheckIn.held_on.desc(), CheckIn.id.desc())
    if limit is not None:
        query = query.limit(max(limit, 0))
    return [_row(record, org) for record, org in session.execute(query).all()]


def reminder_days(chosen: Mapping[str, str]) -> int:
    """How long a relationship may go without a check-in before Today reminds."""
    value = chosen.get(settings.CHECK_IN_REMINDER_DAYS, "")
    return int(value) if value.isascii() and value.isdigit() and int(value) > 0 else REMINDER_DAYS


def check_ins_due(session: Session, today: date, chosen: Mapping[str, str]) -> Reminders:
    """Today's reminders: relationships with no check-in for :func:`reminder_days`.

    A relationship is an organisation with a type of relationship, or one that has had
    a check-in. It is counted from its last check-in, else from when the relationship
    began, else from when it was entered in the journal.
    """
    days = reminder_days(chosen)
    last = dict(
        session.execute(
            select(CheckIn.organisation_id, func.max(CheckIn.held_on)).group_by(
                CheckIn.organisation_id
            )
        ).all()
    )
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.relationship_since,
            Organisation.created_at,
        ).where(Organisation.relationship_type.is_not(None) | Organisation.id.in_(list(last)))
    ).all()
    items: list[tuple[date, Reminder]] = []
    for org_id, name, since, created in rows:
        held = last.get(org_id)
        anchor = held or since or created.date()
        if anchor + timedelta(days=days) > today:
            continue
        months = max(1, (today - anchor).days // 30)
        what = (
            f"No check-in on the relationship for {wording.count(months, 'month')}"
            if held
            else "No check-in on the relationship yet"
        )
        on_words = "last check-in" if held else "relationship since" if since else "entered"
        shown_on = held or since or created.date()
        items.append((anchor, Reminder(what, "", name, shown_on, on_words, "organisation", org_id)))
    items.sort(key=lambda item: (item[0], item[1].organisation))
    return Reminders(
        title="Check-ins due",
        empty=f"Every relationship has had a check-in in the last {wording.count(days, 'day')}.",
        items=tuple(reminder for _anchor, reminder in items),
    )
