"""The journal's tables as an archive sees them, derived from the model's metadata.

Nothing here names a column: every table of :data:`bigjournal.model.Base.metadata` is
described generically, so a column added by a future migration travels in archives
without code changes. Integer keys never leave the journal: a foreign key is written
as the referenced record's ``uuid`` under the column's name with ``_id`` replaced by
``_uuid`` (``organisation_id`` → ``organisation_uuid``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Time
from sqlalchemy import Enum as SqlEnum

from bigjournal.journal.checkins import CRITERIA, LEVELS
from bigjournal.journal.kinds import KINDS
from bigjournal.journal.limits import EARLIEST_DATE, LATEST_DATE, text_problem
from bigjournal.model import Base
from bigjournal.model.entities import LARGEST_AMOUNT_PENCE, UTCDateTime

# Tables that are not journal data: kept by triggers or by Alembic.
NOT_EXPORTED = frozenset({"search_index", "alembic_version"})

UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
INTEGER_RANGE = (-(2**63), 2**63 - 1)
#: Whole numbers the journal's own forms keep within narrower bounds (issue 16: an
#: archive's rhythm of 2^63-1 days imported cleanly, then crashed Today every time).
INTEGER_LIMITS = {
    "contact_every_days": (1, 3660),
    # A check-in's criteria: a level on the journal's scale (journal/checkins.py).
    **{criterion.key: (min(LEVELS), max(LEVELS)) for criterion in CRITERIA},
    # An outcome's funding leveraged, in pence (journal/outcomes.py).
    "amount_pence": (0, LARGEST_AMOUNT_PENCE),
}

#: What no journal can store in text: a lone surrogate (NUL is looked for apart).
UNSTORABLE = re.compile("[\ud800-\udfff]")

TEXT, INTEGER, BOOLEAN, DATE, TIME, TIMESTAMP, CHOICE, REFERENCE = (
    "text",
    "integer",
    "boolean",
    "date",
    "time",
    "timestamp",
    "choice",
    "reference",
)


class ValueProblem(ValueError):
    """A value in an archive that does not fit its column (turned into a plain message)."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column as it appears in an archive."""

    name: str
    column_name: str
    kind: str
    target: str | None  # the referenced table, for references
    required: bool  # must be present and not null
    nullable: bool
    max_length: int | None
    enum: type[Enum] | None

    def encode(self, value: Any, uuids: dict[str, dict[int, str]]) -> Any:
        """A database value as a JSON value."""
        if value is None:
            return None
        if self.kind == REFERENCE:
            assert self.target is not None
            return uuids[self.target][value]
        if self.kind == CHOICE:
            return value.value if isinstance(value, Enum) else str(value)
        if self.kind == TIMESTAMP:
            return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
        if self.kind in (DATE, TIME):
            return value.isoformat()
        return value

    def decode(self, value: Any) -> Any:
        """A JSON value as a database value; :class:`ValueProblem` if it does not fit."""
        if value is None:
            if not self.nullable:
                raise ValueProblem(f"“{self.name}” is empty but must have a value")
            return None
        kind = self.kind
        if kind in (TEXT, REFERENCE, CHOICE, DATE, TIME, TIMESTAMP) and not isinstance(value, str):
            raise ValueProblem(f"“{self.name}” should be text")
        if kind == TEXT:
            if self.max_length is not None and len(value) > self.max_length:
                raise ValueProblem(f"“{self.name}” is longer than {self.max_length} characters")
            # What no journal can store (a lone surrogate; NUL, on PostgreSQL). Other
            # control characters are kept, as a journal keeps them (notes pasted from a
            # word processor hold form feeds); what prints them neutralises them.
            if "\x00" in value or (not value.isascii() and UNSTORABLE.search(value)):
                raise ValueProblem(f"“{self.name}” {text_problem(value, one_line=False)}")
            if self.column_name == "uuid" and not UUID_PATTERN.match(value):
                raise ValueProblem("“uuid” is not a record identity")
            return value
        if kind == REFERENCE:
            if not UUID_PATTERN.match(value):
                raise ValueProblem(f"“{self.name}” is not a record identity")
            return value
        if kind == INTEGER:
            if type(value) is not int:
                raise ValueProblem(f"“{self.name}” should be a whole number")
            lowest, highest = INTEGER_LIMITS.get(self.column_name, INTEGER_RANGE)
            if not lowest <= value <= highest:
                raise ValueProblem(f"“{self.name}” is outside what the journal accepts")
            return value
        if kind == BOOLEAN:
            if type(value) is not bool:
                raise ValueProblem(f"“{self.name}” should be true or false")
            return value
        if kind == CHOICE:
            assert self.enum is not None
            if value not in self.enum._value2member_map_:  # not a newer version's stand-in
                raise ValueProblem(f"“{self.name}” has an unknown value “{value[:40]}”")
            return self.enum(value)
        try:
            if kind == DATE:
                day = date.fromisoformat(value)
                if not EARLIEST_DATE <= day <= LATEST_DATE:
                    raise ValueProblem(f"“{self.name}” is outside the dates the journal keeps")
                return day
            if kind == TIME:
                return time.fromisoformat(value)
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueProblem(f"“{self.name}” has no time zone")
            moment = parsed.astimezone(UTC)  # 9999-12-31T23:59-01:00 overflows here
        except ValueProblem:
            raise
        except (ValueError, OverflowError):
            raise ValueProblem(f"“{self.name}” is not a valid {kind}") from None
        if not EARLIEST_DATE <= moment.date() <= LATEST_DATE:
            raise ValueProblem(f"“{self.name}” is outside the dates the journal keeps")
        return moment


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table as it appears in an archive (``data/<name>.jsonl``)."""

    name: str
    table: Table
    fields: tuple[FieldSpec, ...]
    is_record: bool  # has an integer id and a uuid
    identity: tuple[str, ...]  # field names that identify a row across journals
    owner: str | None  # for link tables: the field naming the record the rows belong to
    self_references: tuple[str, ...]

    @property
    def file_name(self) -> str:
        return f"data/{self.name}.jsonl"

    @property
    def has_updated_at(self) -> bool:
        return "updated_at" in self.table.c

    def field(self, name: str) -> FieldSpec:
        return self.fields_by_name()[name]

    def fields_by_name(self) -> dict[str, FieldSpec]:
        return _fields_by_name(self.name)


def _archive_name(column: Column[Any]) -> str:
    if not column.foreign_keys:
        return column.name
    stem = column.name[:-3] if column.name.endswith("_id") else column.name
    return f"{stem}_uuid"


def _field(column: Column[Any]) -> FieldSpec:
    column_type = column.type
    target: str | None = None
    enum: type[Enum] | None = None
    max_length: int | None = None
    if column.foreign_keys:
        (foreign_key,) = column.foreign_keys
        target = foreign_key.column.table.name
        kind = REFERENCE
    elif isinstance(column_type, SqlEnum):
        kind = CHOICE
        enum = column_type.enum_class
    elif isinstance(column_type, UTCDateTime):
        kind = TIMESTAMP
    elif isinstance(column_type, Date):
        kind = DATE
    elif isinstance(column_type, Time):
        kind = TIME
    elif isinstance(column_type, Boolean):
        kind = BOOLEAN
    elif isinstance(column_type, Integer):
        kind = INTEGER
    elif isinstance(column_type, String):
        kind = TEXT
        max_length = column_type.length
    else:  # pragma: no cover - a new column type needs a decision here
        raise TypeError(f"no archive encoding for {column.table.name}.{column.name}")
    has_default = column.default is not None or column.server_default is not None
    return FieldSpec(
        name=_archive_name(column),
        column_name=column.name,
        kind=kind,
        target=target,
        required=not column.nullable and not has_default,
        nullable=bool(column.nullable),
        max_length=max_length,
        enum=enum,
    )


def _table(table: Table) -> TableSpec:
    is_record = "id" in table.c and "uuid" in table.c
    columns = [
        c
        for c in table.columns
        if not (is_record and c.name == "id") and not c.info.get("derived")  # a sort key
    ]
    if is_record:  # identity and times first: easier to read in the file
        columns.sort(
            key=lambda c: (
                RECORD_FIELDS_FIRST.index(c.name) - 99 if c.name in RECORD_FIELDS_FIRST else 0
            )
        )
    fields = tuple(_field(c) for c in columns)
    references = [f for f in fields if f.kind == REFERENCE]
    if is_record:
        identity: tuple[str, ...] = ("uuid",)
    else:
        identity = tuple(_archive_name(c) for c in table.primary_key.columns)
    owner = references[0].name if references and not is_record else None
    self_references = tuple(f.name for f in references if f.target == table.name)
    for name in self_references:
        if not next(f for f in fields if f.name == name).nullable:  # pragma: no cover
            raise TypeError(f"{table.name}.{name}: a self-reference must be nullable")
    return TableSpec(
        name=table.name,
        table=table,
        fields=fields,
        is_record=is_record,
        identity=identity,
        owner=owner,
        self_references=self_references,
    )


RECORD_FIELDS_FIRST = ("uuid", "created_at", "updated_at", "version")

# The order a person reads a journal in; a future table goes after these.
PREFERRED_ORDER = (
    "settings",
    "members",
    "organisations",
    "organisation_kinds",
    "organisation_purposes",
    "relationship_holders",
    "organisation_links",
    "contacts",
    "check_ins",
    "interactions",
    "interaction_organisations",
    "interaction_contacts",
    "interaction_members",
    "promises",
    "handovers",
    "outcomes",
    "topics",
    "interaction_topics",
    "promise_topics",
)


@cache
def table_specs() -> tuple[TableSpec, ...]:
    """Every exported table, each after the tables it refers to, in a readable order."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]
    rank = {name: i for i, name in enumerate(PREFERRED_ORDER)}
    waiting = sorted(tables, key=lambda t: rank.get(t.name, len(rank)))
    ordered: list[Table] = []
    while waiting:
        placed = {t.name for t in ordered}
        ready = next(
            t
            for t in waiting
            if all(fk.column.table.name in placed or fk.column.table is t for fk in t.foreign_keys)
        )
        waiting.remove(ready)
        ordered.append(ready)
    return tuple(_table(table) for table in ordered)


@cache
def specs_by_name() -> dict[str, TableSpec]:
    return {spec.name: spec for spec in table_specs()}


@cache
def _fields_by_name(table_name: str) -> dict[str, FieldSpec]:
    return {f.name: f for f in specs_by_name()[table_name].fields}


# Words for the volunteer: a record's table is its kind's (bigjournal.journal.kinds);
# a future table falls back to its name.
TABLE_LABELS = {
    **{declared.table: declared.plural for declared in KINDS},
    "settings": "settings",
    "organisation_kinds": "roles of organisations beside their main kind",
    "organisation_purposes": "purposes of relationships",
    "relationship_holders": "holders of relationships",
    "interaction_organisations": "organisations at meetings",
    "interaction_contacts": "contacts at meetings",
    "interaction_members": "members at meetings",
    "interaction_topics": "topics of meetings",
    "promise_topics": "topics of promises",
}


def label(table_name: str) -> str:
    return TABLE_LABELS.get(table_name, table_name.replace("_", " "))
