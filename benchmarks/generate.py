"""A deterministic large journal: fifteen years of a council-wide partnership.

    python -m benchmarks.generate OUT.sqlite --scale 1.0 --seed 1

At scale 1.0: 2,000 organisations (councils with departments, PCNs with surgeries…),
20,000 contacts (posts whose holders leave and are succeeded, with handovers),
200,000 meetings with notes, 600,000 attendances and 100,000 promises both sides in
every status, dated over fifteen years up to a fixed ``today``.

The schema comes from the app's own migrations (``open_journal``); rows are then
written with ``sqlite3.executemany`` in a few large transactions, because the ORM's
unit of work would take an hour. The same seed, scale and schema give the same file.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from importlib import import_module
from pathlib import Path

from benchmarks import wordlists as words

TODAY = date(2026, 6, 15)
YEARS = 15
# Bump when the generated data changes shape, so cached journals are rebuilt.
GENERATOR_VERSION = 5  # 4, 5: names' sort keys (revision 0005)
CACHE_DIR = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class Sizes:
    organisations: int
    contacts: int
    meetings: int
    attendances: int
    promises: int
    members: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        def n(full: int, least: int) -> int:
            return max(least, round(full * scale))

        return cls(
            organisations=n(2_000, 12),
            contacts=n(20_000, 40),
            meetings=n(200_000, 200),
            attendances=n(600_000, 600),
            promises=n(100_000, 100),
            members=max(8, round(80 * scale**0.5)),
        )


@dataclass
class Org:
    id: int
    kind: str
    parent: int | None
    weight: float
    name: str = ""
    tier: str | None = None
    posts: list[Post] = field(default_factory=list)
    holders: list[int] = field(default_factory=list)


@dataclass
class Post:
    """A job at an organisation, held by a chain of contacts over the years."""

    contacts: list[int]  # contact ids, in order
    starts: list[date]  # when each took over
    vacant_from: date | None = None  # the last one left and nobody came

    def holder_on(self, day: date) -> int | None:
        if self.vacant_from is not None and day >= self.vacant_from:
            return None
        return self.contacts[bisect.bisect_right(self.starts, day) - 1]

    def holder_now(self) -> int | None:
        return None if self.vacant_from is not None else self.contacts[-1]


def stamp(day: date, rng: random.Random) -> str:
    """A UTC timestamp in SQLAlchemy's SQLite storage format."""
    moment = datetime(day.year, day.month, day.day, 9 + rng.randrange(10), rng.randrange(60))
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


class Generator:
    def __init__(self, seed: int, scale: float, today: date) -> None:
        self.rng = random.Random(seed)
        self.sizes = Sizes.at(scale)
        self.today = today
        self.start = date(today.year - YEARS, today.month, 1)
        self.span = (today - self.start).days
        self.tables: dict[str, list[tuple[object, ...]]] = {}

    # --- helpers -----------------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, after: date | None = None, before: date | None = None) -> date:
        low = after or self.start
        high = before or self.today
        return low + timedelta(days=self.rng.randrange(max(1, (high - low).days)))

    def activity(self) -> float:
        """How busy a relationship is: a long tail, capped so that the busiest council
        (with its departments) holds a few percent of the journal, not most of it."""
        return min(self.rng.paretovariate(1.3), 25.0)

    def person(self) -> str:
        weights = [w for w, _, _ in words.PEOPLE]
        _, first, last = self.rng.choices(words.PEOPLE, weights)[0]
        return f"{self.rng.choice(first)} {self.rng.choice(last)}"

    def fill(self, template: str, who: str = "") -> str:
        rng = self.rng
        return template.format(
            who=who or self.person(),
            topic=rng.choice(words.TOPICS),
            street=rng.choice(words.STREETS),
            month=rng.choice(words.MONTHS),
        )

    def record(self, day: date) -> tuple[str, str, str, int]:
        created = stamp(day, self.rng)
        return (self.uuid(), created, created, 1)

    # --- the journal -------------------------------------------------------------
    def build(self) -> dict[str, list[tuple[object, ...]]]:
        self.members()
        self.organisations()
        self.contacts()
        self.meetings()
        self.promises()
        return self.tables

    def members(self) -> None:
        rng, rows = self.rng, []
        roles = ["resident_member"] * 6 + ["worker", "chair", "non_resident_member", "rep", "lto"]
        self.member_spans: list[tuple[int, date, date | None]] = []
        for member_id in range(1, self.sizes.members + 1):
            joined = self.day(before=self.today - timedelta(days=60))
            left = None
            if rng.random() < 0.6:
                left = self.day(after=joined + timedelta(days=200))
                if left >= self.today:
                    left = None
            name = self.person()
            rows.append(
                (
                    member_id,
                    name,
                    rng.choice(roles),
                    f"07700 9{rng.randrange(10**5):05d}",
                    "",
                    joined.isoformat(),
                    left.isoformat() if left else None,
                    "Tenant of the housing association." if rng.random() < 0.1 else "",
                    "",
                    *self.record(joined),
                )
            )
            self.member_spans.append((member_id, joined, left))
        # Some members are always active, so every day has someone to attend.
        for index in range(min(3, len(rows))):
            rows[index] = (*rows[index][:5], self.start.isoformat(), None, *rows[index][7:])
            self.member_spans[index] = (rows[index][0], self.start, None)
        self.tables["members"] = rows

    def members_on(self, day: date) -> list[int]:
        return [
            m
            for m, joined, left in self.member_spans
            if joined <= day and (left is None or left > day)
        ]

    def organisations(self) -> None:
        rng, total = self.rng, self.sizes.organisations
        orgs: list[Org] = []
        kinds = (
            ("local_authority", 7),
            ("housing_association", 8),
            ("school_or_college", 12),
            ("health_agency", 5),
            ("police", 2),
            ("voluntary_organisation", 22),
            ("business", 9),
            ("funder", 3),
            ("other", 3),
        )
        names, weights = zip(*kinds, strict=True)
        orgs.append(Org(1, "lto", None, 6.0, f"{rng.choice(words.PLACES)} Homes (LTO)"))
        while len(orgs) < total:
            kind = rng.choices(names, weights)[0]
            place = rng.choice(words.PLACES)
            weight = self.activity()
            org = Org(len(orgs) + 1, kind, None, weight)
            orgs.append(org)
            if kind == "local_authority":
                tier = rng.choice(list(words.COUNCIL_SUFFIX))
                org.name = f"{place} {words.COUNCIL_SUFFIX[tier]}"
                org.tier = tier
                org.weight *= 4
                for department in rng.sample(words.DEPARTMENTS, rng.randint(3, 9)):
                    if len(orgs) >= total:
                        break
                    child = Org(len(orgs) + 1, "council_department", org.id, self.activity())
                    child.name = f"{department}, {org.name}"
                    orgs.append(child)
            elif kind == "health_agency" and rng.random() < 0.5:
                org.name = f"{place} Primary Care Network"
                for _ in range(rng.randint(2, 5)):
                    if len(orgs) >= total:
                        break
                    child = Org(len(orgs) + 1, "health_agency", org.id, self.activity())
                    child.name = rng.choice(words.SURGERIES).format(place=rng.choice(words.PLACES))
                    orgs.append(child)
            else:
                org.name = rng.choice(words.ORGANISATION_NAMES[kind]).format(place=place)
        self.orgs = orgs
        rows, purposes, holders, links, check_ins = [], [], [], [], []
        rhythms = (14, 28, 30, 42, 60, 90, 180)
        purpose_values = (
            "co_design", "sharing_and_networking", "informal_support", "routes_in",
            "assets_and_infrastructure", "funding",
        )  # fmt: skip
        relationship_types = ("powerful_ally", "friend_or_acquaintance", "client_or_contractor")
        for org in orgs:
            since = self.day(before=self.today - timedelta(days=90))
            tracked = org.parent is None and (org.weight > 2 or rng.random() < 0.2)
            every = rng.choice(rhythms) if tracked and rng.random() < 0.7 else None
            notes = self.fill(rng.choice(words.NOTE_SENTENCES)) if rng.random() < 0.5 else ""
            rows.append(
                (
                    org.id,
                    org.name,
                    org.kind,
                    org.tier,
                    org.parent,
                    f"01632 {rng.randrange(10**6):06d}",
                    f"enquiries@{org.id}.example.org",
                    f"https://www.example.org/{org.id}",
                    f"{rng.randrange(1, 200)} {rng.choice(words.STREETS)}, "
                    f"{rng.choice(words.PLACES)}",
                    notes,
                    rng.choice(relationship_types) if tracked else None,
                    every,
                    since.isoformat() if tracked else None,
                    self.fill("Long relationship on {topic}.") if tracked else "",
                    self.fill("Meet about {topic}.") if tracked else "",
                    *self.record(since),
                )
            )
            if tracked:
                for purpose in rng.sample(purpose_values, rng.randint(1, 3)):
                    purposes.append((org.id, purpose))
                org.holders = rng.sample(range(1, self.sizes.members + 1), rng.randint(1, 3))
                holders.extend((org.id, m) for m in org.holders)
                for _ in range(rng.randint(0, 4)):
                    held = self.day(after=since)
                    scores = [rng.randint(1, 5) for _ in range(8)]
                    check_ins.append((org.id, held.isoformat(), *scores, "", *self.record(held)))
        councils = [o.id for o in orgs if o.kind == "local_authority"]
        for a, b in itertools.pairwise(councils):
            if rng.random() < 0.5:
                links.append((a, b, "Two tiers of local government", *self.record(self.start)))
        self.tables["organisations"] = rows
        self.tables["organisation_purposes"] = purposes
        self.tables["relationship_holders"] = holders
        self.tables["organisation_links"] = links
        self.tables["check_ins"] = check_ins
        self.org_cumulative = list(itertools.accumulate(o.weight for o in orgs))

    def contacts(self) -> None:
        rng, orgs, total = self.rng, self.orgs, self.sizes.contacts
        # Every organisation has someone; the busy ones have many.
        counts = [1] * len(orgs)
        for org_index in rng.choices(
            range(len(orgs)), [o.weight**0.6 for o in orgs], k=total - len(orgs)
        ):
            counts[org_index] += 1
        rows, handovers = [], []
        next_id = itertools.count(1)
        recent = self.today - timedelta(days=120)
        for org, count in zip(orgs, counts, strict=True):
            remaining = count
            while remaining:
                length = min(remaining, rng.choice((1, 1, 2, 2, 3, 4)))
                remaining -= length
                ids = [next(next_id) for _ in range(length)]
                starts = sorted(
                    [self.start]
                    + [self.day(before=self.today - timedelta(days=5)) for _ in ids[1:]]
                )
                post = Post(ids, starts)
                if rng.random() < 0.04:
                    post.vacant_from = self.day(after=starts[-1])
                org.posts.append(post)
                role = rng.choice(words.ROLES)
                councillor = org.kind == "local_authority" and rng.random() < 0.35
                for position, contact_id in enumerate(ids):
                    last = position == length - 1
                    left = starts[position + 1] if not last else post.vacant_from
                    successor = ids[position + 1] if not last else None
                    term_ends = None
                    if councillor and left is None:
                        # Most terms end at a May election; a few (by-elections,
                        # co-options) end within Today's eight-week warning.
                        soon = rng.random() < 0.06
                        term_ends = self.today + timedelta(
                            days=rng.randrange(1, 56) if soon else rng.randrange(56, 4 * 365)
                        )
                    joined = starts[position]
                    rows.append(
                        (
                            contact_id,
                            self.person(),
                            "Councillor" if councillor else role,
                            org.id,
                            "elected_member" if councillor else "officer",
                            f"{rng.choice(words.PLACES)} ward" if councillor else "",
                            term_ends.isoformat() if term_ends else None,
                            f"01632 {rng.randrange(10**6):06d}",
                            f"person{contact_id}@{org.id}.example.org",
                            rng.choice(("email", "phone", "in_person", None)),
                            left.isoformat() if left else None,
                            rng.choice(words.WENT_TO) if left else "",
                            successor,
                            self.fill(rng.choice(words.NOTE_SENTENCES))
                            if rng.random() < 0.3
                            else "",
                            "",
                            *self.record(joined),
                        )
                    )
                    if left is None or rng.random() < 0.03:
                        continue  # still here, or left without a handover
                    completed = (
                        (left + timedelta(days=rng.randint(5, 90))).isoformat()
                        if left < recent or rng.random() < 0.5
                        else None
                    )
                    handovers.append(
                        (
                            contact_id,
                            None,
                            left.isoformat(),
                            "",
                            successor,
                            None,
                            successor is None,
                            "Handed over at the last liaison meeting.",
                            (left + timedelta(days=14)).isoformat() if successor else None,
                            completed,
                            *self.record(left),
                        )
                    )
        self.tables["contacts"] = rows
        self.tables["handovers"] = handovers

    def pick_org(self) -> Org:
        return self.orgs[
            bisect.bisect_left(self.org_cumulative, self.rng.random() * self.org_cumulative[-1])
        ]

    def meetings(self) -> None:
        rng, total = self.rng, self.sizes.meetings
        kinds = (
            "meeting",
            "call",
            "email",
            "walkabout",
            "event",
            "visit",
            "facilitated_conversation",
            "other",
        )
        kind_weights = (45, 20, 15, 5, 5, 5, 3, 2)
        labels = {k: k.replace("_", " ").capitalize() for k in kinds}
        planned_total = max(3, total // 700)
        # Per meeting: per-contact attendances plus members; tuned to the target total.
        contact_share = (self.sizes.attendances / total) - 1.0
        meetings, with_orgs, with_contacts, with_members = [], [], [], []
        self.meeting_facts: list[tuple[int, date, int, list[int], list[int]]] = []
        days = sorted(self.day() for _ in range(total - planned_total))
        days += sorted(
            self.today + timedelta(days=rng.randint(0, 60)) for _ in range(planned_total)
        )
        for meeting_id, day in enumerate(days, start=1):
            planned = day >= self.today and meeting_id > total - planned_total
            org = self.pick_org()
            orgs = [org.id]
            if rng.random() < 0.1:
                other = self.pick_org()
                if other.id != org.id:
                    orgs.append(other.id)
            wanted = max(1, round(rng.gauss(contact_share, 0.8)))
            attendees = {
                p.holder_on(day) for p in rng.sample(org.posts, min(wanted, len(org.posts)))
            }
            attendees.discard(None)
            present = self.members_on(day) or [1]
            members = rng.sample(present, 1 if rng.random() < 0.95 else min(2, len(present)))
            kind = rng.choices(kinds, kind_weights)[0]
            topic = rng.choice(words.TOPICS)
            who = self.person()
            notes = " ".join(
                self.fill(rng.choice(words.NOTE_SENTENCES), who) for _ in range(rng.randint(1, 3))
            )
            meetings.append(
                (
                    meeting_id,
                    day.isoformat(),
                    f"{9 + rng.randrange(9):02d}:{rng.choice((0, 15, 30, 45)):02d}:00.000000",
                    kind,
                    f"{labels[kind]} with {org.name.split(',')[0]}: {topic}",
                    f"{rng.choice(words.PLACES)} Community Centre" if rng.random() < 0.6 else "",
                    "" if planned else notes,
                    self.fill(rng.choice(words.DECISIONS))
                    if not planned and rng.random() < 0.5
                    else "",
                    planned,
                    *self.record(min(day, self.today)),
                )
            )
            with_orgs.extend((meeting_id, o) for o in orgs)
            with_contacts.extend((meeting_id, c) for c in sorted(attendees))  # type: ignore[type-var]
            with_members.extend((meeting_id, m) for m in members)
            if not planned:
                self.meeting_facts.append((meeting_id, day, org.id, sorted(attendees), members))  # type: ignore[arg-type]
        self.tables["interactions"] = meetings
        self.tables["interaction_organisations"] = with_orgs
        self.tables["interaction_contacts"] = with_contacts
        self.tables["interaction_members"] = with_members

    def current_holder(self, contact_id: int) -> int | None:
        """Who holds a leaver's open promise now: the successor in post, or nobody."""
        return self.post_of[contact_id].holder_now()

    def promises(self) -> None:
        rng, total, today = self.rng, self.sizes.promises, self.today
        self.post_of = {c: p for o in self.orgs for p in o.posts for c in p.contacts}
        contact_left = {row[0]: row[10] for row in self.tables["contacts"]}
        member_left = {m: left for m, _, left in self.member_spans}
        active_members = [m for m, _, left in self.member_spans if left is None] or [1]
        rows = []
        from_meetings = rng.choices(self.meeting_facts, k=round(total * 0.85))
        standalone = []
        for _ in range(total - len(from_meetings)):
            org = self.pick_org()
            day = self.day()
            contacts = [h for p in org.posts if (h := p.holder_on(day)) is not None][:2]
            standalone.append((None, day, org.id, contacts, self.members_on(day)[:1] or [1]))
        sources = sorted(from_meetings + standalone, key=lambda fact: fact[1])
        for promise_id, (meeting_id, made_on, org_id, contacts, members) in enumerate(sources, 1):
            theirs = rng.random() < 0.55
            due = made_on + timedelta(days=rng.choice((7, 14, 21, 28, 42, 60, 90, 180)))
            due_on = None if rng.random() < 0.08 else due
            age = (today - made_on).days
            open_chance = 0.6 if age < 90 else 0.15 if age < 365 else 0.03
            if rng.random() < open_chance:
                status, status_on, note = "open", None, ""
            else:
                status = rng.choices(("kept", "kept_late", "broken", "released"), (62, 18, 13, 7))[
                    0
                ]
                anchor = due_on or due
                if status == "kept":
                    status_on = made_on + timedelta(days=rng.randint(0, (anchor - made_on).days))
                elif status == "kept_late":
                    status, status_on = "kept", anchor + timedelta(days=rng.randint(1, 60))
                else:
                    status_on = anchor + timedelta(days=rng.randint(-5, 90))
                status_on = min(max(status_on, made_on), today)
                note = rng.choice(words.STATUS_NOTES[status])
            made_by_contact = made_by_member = made_to_contact = made_to_member = None
            holder_contact = holder_member = None
            if theirs:
                template = rng.choice(words.THEIR_PROMISES)
                if contacts and rng.random() < 0.85:
                    made_by_contact = holder_contact = rng.choice(contacts)
                    left = contact_left[made_by_contact]
                    if status == "open" and left is not None and left <= today.isoformat():
                        holder_contact = self.current_holder(made_by_contact)
                if members and rng.random() < 0.5:
                    made_to_member = members[0]
            else:
                template = rng.choice(words.OUR_PROMISES)
                if members and rng.random() < 0.9:
                    made_by_member = holder_member = members[0]
                    if status == "open" and member_left[made_by_member] is not None:
                        holder_member = rng.choice(active_members)
                if contacts and rng.random() < 0.5:
                    made_to_contact = contacts[0]
            rows.append(
                (
                    promise_id,
                    self.fill(template),
                    "theirs" if theirs else "ours",
                    org_id,
                    meeting_id,
                    made_by_contact,
                    made_by_member,
                    made_to_contact,
                    made_to_member,
                    holder_contact,
                    holder_member,
                    made_on.isoformat(),
                    due_on.isoformat() if due_on else None,
                    status,
                    status_on.isoformat() if status_on else None,
                    note,
                    *self.record(made_on),
                )
            )
        self.tables["promises"] = rows


# Column order of the tuples above (uuid, created_at, updated_at, version come last).
RECORD = ("uuid", "created_at", "updated_at", "version")
COLUMNS: dict[str, tuple[str, ...]] = {
    "members": (
        "id", "name", "role", "phone", "email", "joined_on", "stepped_down_on",
        "conflicts_of_interest", "notes", *RECORD,
    ),
    "organisations": (
        "id", "name", "kind", "council_tier", "parent_id", "phone", "email", "website",
        "address", "notes", "relationship_type", "contact_every_days", "relationship_since",
        "relationship_notes", "next_steps", *RECORD,
    ),
    "organisation_purposes": ("organisation_id", "purpose"),
    "relationship_holders": ("organisation_id", "member_id"),
    "organisation_links": ("organisation_id", "linked_organisation_id", "description", *RECORD),
    "check_ins": (
        "organisation_id", "held_on", "mutual_knowledge", "understanding", "trust", "respect",
        "common_language", "shared_goals", "defined_roles", "capacity", "note", *RECORD,
    ),
    "contacts": (
        "id", "name", "role", "organisation_id", "kind", "ward", "term_ends_on", "phone",
        "email", "preferred_contact", "left_on", "went_to", "successor_id", "notes",
        "private_notes", *RECORD,
    ),
    "handovers": (
        "contact_id", "member_id", "left_on", "went_to", "successor_contact_id",
        "successor_member_id", "post_vacant", "notes", "introduction_on", "completed_on",
        *RECORD,
    ),
    "interactions": (
        "id", "occurred_on", "starts_at", "kind", "title", "location", "notes", "decisions",
        "is_planned", *RECORD,
    ),
    "interaction_organisations": ("interaction_id", "organisation_id"),
    "interaction_contacts": ("interaction_id", "contact_id"),
    "interaction_members": ("interaction_id", "member_id"),
    "promises": (
        "id", "description", "side", "organisation_id", "interaction_id", "made_by_contact_id",
        "made_by_member_id", "made_to_contact_id", "made_to_member_id", "holder_contact_id",
        "holder_member_id", "made_on", "due_on", "status", "status_on", "status_note", *RECORD,
    ),
}  # fmt: skip
# Parents before children, so foreign keys hold at every commit.
INSERT_ORDER = (
    "members",
    "organisations",
    "organisation_purposes",
    "relationship_holders",
    "organisation_links",
    "check_ins",
    "contacts",
    "handovers",
    "interactions",
    "interaction_organisations",
    "interaction_contacts",
    "interaction_members",
    "promises",
)
CHUNK = 50_000
#: Sort keys stored beside a column (revision 0005): (key column, source, function).
SORT_KEYS = {
    "contacts": ("sort_name", "name", "sort_key"),
    "organisations": ("sort_name", "name", "organisation_sort_key"),
    "interactions": ("sort_title", "title", "organisation_sort_key"),
}


def write(
    path: Path, tables: dict[str, list[tuple[object, ...]]], *, index_by_trigger: bool = False
) -> dict[str, float]:
    """Insert the rows; return seconds per step (for the README's measurements).

    By default the search-index triggers are dropped during the load and the index is
    filled with one INSERT … SELECT per table, then the triggers are recreated from
    their exact stored SQL: measured faster than firing a trigger per row.
    """
    timings: dict[str, float] = {}
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")  # a generated file: rebuilt if a crash
        connection.execute("PRAGMA cache_size = -200000")
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search_%'"
        ).fetchall()
        if not index_by_trigger:
            for name, _sql in triggers:
                connection.execute(f'DROP TRIGGER "{name}"')
        for table in INSERT_ORDER:
            started = time.perf_counter()
            columns = COLUMNS[table]
            rows = tables.get(table, [])
            if table in SORT_KEYS:  # revision 0005: the name's key, as the app writes it
                column, source, function = SORT_KEYS[table]
                key = getattr(import_module("bigjournal.model.collation"), function)
                at = columns.index(source)
                columns = (*columns, column)
                rows = [(*row, key(str(row[at]))) for row in rows]
            statement = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            for begin in range(0, len(rows), CHUNK):
                connection.execute("BEGIN")
                # A successor's row may come later in the same chunk.
                connection.execute("PRAGMA defer_foreign_keys = ON")
                connection.executemany(statement, rows[begin : begin + CHUNK])
                connection.execute("COMMIT")
            timings[table] = time.perf_counter() - started
        if not index_by_trigger:
            started = time.perf_counter()
            connection.execute("BEGIN")
            fill_search_index(connection)
            for _name, sql in triggers:
                connection.execute(sql)
            connection.execute("COMMIT")
            timings["search_index"] = time.perf_counter() - started
        connection.execute("BEGIN")
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
            ("partnership_name", "Kentshire Communities Partnership", "2026-06-15 09:00:00.000000"),
        )
        connection.execute("COMMIT")
        started = time.perf_counter()
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        timings["analyze"] = time.perf_counter() - started
    finally:
        connection.close()
    return timings


def fill_search_index(connection: sqlite3.Connection) -> None:
    """The same rows the triggers would write (bigjournal.store.search_index)."""
    from bigjournal.store.search_index import fill_statements

    for statement in fill_statements():
        connection.execute(statement)


def schema_revision() -> str:
    from bigjournal.store import migrations

    return migrations.head_revision()


def generate(
    out: Path,
    *,
    scale: float = 1.0,
    seed: int = 1,
    today: date = TODAY,
    index_by_trigger: bool = False,
    report: bool = False,
) -> Path:
    """Create ``out`` (replacing it) as a generated journal; atomic via a temp file."""
    from bigjournal.store import open_journal

    out = Path(out)
    temp = out.with_name(out.name + ".partial")
    for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    with open_journal(temp) as journal:  # the app's own migrations make the schema
        journal.checkpoint()
    tables = Generator(seed, scale, today).build()
    built = time.perf_counter() - started
    timings = write(temp, tables, index_by_trigger=index_by_trigger)
    for leftover in (Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        leftover.unlink(missing_ok=True)
    temp.replace(out)
    if report:
        counts = ", ".join(f"{t} {len(r):,}" for t, r in tables.items())
        print(f"rows: {counts}", file=sys.stderr)
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
        print(f"generated in {built:.1f}s; wrote: {steps}", file=sys.stderr)
    return out


def cached_journal(scale: float, seed: int = 1, *, cache_dir: Path = CACHE_DIR) -> Path:
    """The generated journal for this scale, seed and schema, built once and kept."""
    name = f"journal-s{scale:g}-seed{seed}-{schema_revision()}-g{GENERATOR_VERSION}.sqlite"
    path = cache_dir / name
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        generate(path, scale=scale, seed=seed)
    return path


def copy_journal(source: Path, folder: Path, name: str = "journal.sqlite") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("out", type=Path, help="the journal file to create (replaced)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 is the full journal")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=TODAY)
    parser.add_argument(
        "--index-by-trigger",
        action="store_true",
        help="fill the search index row by row through the triggers (slower; for comparison)",
    )
    args = parser.parse_args(argv)
    generate(
        args.out,
        scale=args.scale,
        seed=args.seed,
        today=args.today,
        index_by_trigger=args.index_by_trigger,
        report=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
