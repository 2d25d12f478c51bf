"""A whole partnership, as DATA, for the "first morning" tests of issue 14.

A volunteer starts from an empty journal and enters, in this order: the partnership's
name, its members, the organisations (one council with two departments; a housing
association that is also the Locally Trusted Organisation), the contacts (two
councillors with their titles), the meetings with the promises made at them, the
promises written down after the fact, what became of the meetings' promises, then
three corrections, and finally deletes a meeting logged twice by mistake.

Only names appear here, never record numbers, so that the command-line test
(tests/e2e/test_build_partnership_cli.py) and a window test can enter the same data,
each in its own way, and compare the agendas they end with. ``TODAY`` is the frozen
day both work to. :data:`EXPECTED_AGENDA` and :data:`EXPECTED_SUMMARY` are what the
journal must say after it all, for anyone entering exactly this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TODAY = date(2026, 6, 15)
PARTNERSHIP_NAME = "Millbrook Big Local"


@dataclass(frozen=True)
class MemberEntry:
    name: str
    role: str  # a MemberRole value
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class OrganisationEntry:
    name: str
    kind: str  # an OrganisationKind value: the main kind
    other_kinds: tuple[str, ...] = ()  # its other roles for the partnership
    council_tier: str | None = None
    parent: str | None = None  # the organisation it is a department of
    relationship_type: str | None = None
    purposes: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()  # member names
    contact_every_days: int | None = None
    relationship_since: date | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactEntry:
    name: str
    organisation: str
    title: str = ""
    role: str = ""
    elected: bool = False
    ward: str = ""
    term_ends_on: date | None = None
    phones: tuple[str, ...] = ()  # the first is the main one
    emails: tuple[str, ...] = ()  # the first is the main one
    preferred_contact: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class PromiseEntry:
    """A promise: at a meeting (``organisation`` from the meeting) or on its own."""

    description: str
    side: str  # "theirs" (made by a contact) or "ours" (made by a member)
    made_by: str | None
    made_to: str | None = None
    due_on: date | None = None
    organisation: str | None = None
    made_on: date | None = None  # for a promise on its own
    # Written down after the fact, already settled:
    status: str = "open"  # open, kept, broken, released
    status_on: date | None = None
    status_note: str = ""


@dataclass(frozen=True)
class MeetingEntry:
    occurred_on: date
    kind: str  # an MeetingKind value
    title: str
    organisations: tuple[str, ...]
    contacts: tuple[str, ...]  # their side
    members: tuple[str, ...]  # our side
    notes: str = ""
    decisions: str = ""
    promises: tuple[PromiseEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Settlement:
    """What became of a promise made at a meeting (named by its words)."""

    promise: str
    status: str  # kept, broken, released
    on: date
    note: str = ""


MEMBERS = (
    MemberEntry("Aisha Rahman", "chair", phone="07700 900001"),
    MemberEntry("Tom Kowalski", "worker", email="tom@millbrookbiglocal.org.uk"),
    MemberEntry("Zoë Fletcher", "resident_member"),
    MemberEntry("Sam Wright", "lto"),
    MemberEntry("Jo Baxter", "rep"),
)

COUNCIL = "Ashford Vale Borough Council"
HIGHWAYS = "Highways and Streetscene"
PARKS = "Parks and Open Spaces"
HOMES = "Riverside Homes"
COLLEGE = "Millbrook College"
PRACTICE = "Millbrook Medical Practice"

ORGANISATIONS = (
    OrganisationEntry(
        COUNCIL,
        "local_authority",
        council_tier="district_or_borough",
        relationship_type="powerful_ally",
        purposes=("co_design", "funding"),
        holders=("Aisha Rahman", "Tom Kowalski"),
        contact_every_days=28,
        relationship_since=date(2019, 4, 1),
        phone="01632 960000",
        website="https://ashfordvale.example.org",
    ),
    OrganisationEntry(HIGHWAYS, "council_department", parent=COUNCIL),
    OrganisationEntry(PARKS, "council_department", parent=COUNCIL),
    OrganisationEntry(
        HOMES,
        "housing_association",
        other_kinds=("lto",),
        relationship_type="client_or_contractor",
        purposes=("assets_and_infrastructure",),
        holders=("Sam Wright", "Aisha Rahman"),
        contact_every_days=60,
        relationship_since=date(2018, 9, 1),
        notes="Holds our money as the Locally Trusted Organisation.",
    ),
    OrganisationEntry(
        COLLEGE,
        "school_or_college",
        relationship_type="friend_or_acquaintance",
        purposes=("routes_in",),
        holders=("Jo Baxter", "Zoë Fletcher"),
        contact_every_days=30,
        relationship_since=date(2021, 1, 11),
    ),
    OrganisationEntry(
        PRACTICE,
        "health_agency",
        relationship_type="friend_or_acquaintance",
        purposes=("sharing_and_networking",),
        holders=("Zoë Fletcher",),
        contact_every_days=90,
        relationship_since=date(2022, 5, 3),
    ),
)

# Misspelt when first typed; corrected below (CORRECT_NAME).
MISSPELT, SPELT = "Sunil Metha", "Sunil Mehta"
# Entered at Highways; she works in Parks (CORRECT_DEPARTMENT).
MOVED = "Denise Carter"

CONTACTS = (
    ContactEntry(
        "Gareth Lloyd",
        COUNCIL,
        role="Community Development Manager",
        phones=("01632 960101", "07700 900101"),
        emails=("gareth.lloyd@ashfordvale.example.org",),
        preferred_contact="email",
    ),
    ContactEntry(
        "Brian Hollis",
        COUNCIL,
        title="Cllr",
        elected=True,
        ward="Millbrook East",
        term_ends_on=date(2027, 5, 6),
        phones=("07700 900202",),
    ),
    ContactEntry(
        "Helen Briggs",
        COUNCIL,
        title="Cllr",
        elected=True,
        ward="Millbrook West",
        term_ends_on=date(2026, 7, 31),
        emails=("cllr.briggs@ashfordvale.example.org", "helen.briggs@example.org"),
    ),
    ContactEntry("Priya Shah", HIGHWAYS, role="Senior Highways Officer"),
    ContactEntry(MOVED, HIGHWAYS, role="Parks Officer"),
    ContactEntry(
        "Karen Booth",
        HOMES,
        role="Neighbourhood Manager",
        phones=("01632 960400", "07700 900400"),
        emails=("karen.booth@riversidehomes.example.org",),
    ),
    ContactEntry("Fiona Marsh", COLLEGE, title="Dr", role="Vice Principal"),
    ContactEntry(MISSPELT, PRACTICE, role="Practice Manager", preferred_contact="phone"),
)

LAMPS = "Fix the three lamps on Canal Walk"
LEASE = "Send the draft lease of the community centre"
HALL = "Offer the college hall for the summer fair"
PARKING = "Raise the parking scheme at cabinet"
GRANTS = "Share the community grants timetable"
PLAN = "Send the partnership plan to Gareth"
ACCOUNTS = "Share the café accounts with Karen"
FLU = "Put the practice's flu clinic in the newsletter"
BENCH = "Mend the bench by the pond"
NEWSLETTER = "Print the summer newsletter"

# The due date first typed for the college hall (a slip: June for July), corrected below.
HALL_DUE_TYPED, HALL_DUE = date(2026, 6, 10), date(2026, 7, 10)

MEETINGS = (
    MeetingEntry(
        date(2026, 3, 10),
        "meeting",
        "Quarterly meeting with the council",
        (COUNCIL,),
        ("Gareth Lloyd", "Brian Hollis"),
        ("Aisha Rahman", "Tom Kowalski"),
        notes="Went through the partnership plan and the grants round.",
        decisions="Tom sends the plan; Gareth shares the timetable.",
        promises=(
            PromiseEntry(
                GRANTS, "theirs", "Gareth Lloyd", "Aisha Rahman", due_on=date(2026, 3, 31)
            ),
            PromiseEntry(PLAN, "ours", "Tom Kowalski", "Gareth Lloyd", due_on=date(2026, 3, 20)),
            PromiseEntry(
                PARKING, "theirs", "Brian Hollis", "Aisha Rahman", due_on=date(2026, 6, 12)
            ),
        ),
    ),
    MeetingEntry(
        date(2026, 4, 2),
        "walkabout",
        "Lighting walkabout on Canal Walk",
        (HIGHWAYS,),
        ("Priya Shah", MOVED),
        ("Zoë Fletcher",),
        notes="Three lamps out between the lock and the footbridge.",
        promises=(
            PromiseEntry(LAMPS, "theirs", "Priya Shah", "Zoë Fletcher", due_on=date(2026, 4, 30)),
        ),
    ),
    MeetingEntry(
        date(2026, 4, 20),
        "meeting",
        "Community centre lease",
        (HOMES,),
        ("Karen Booth",),
        ("Sam Wright", "Aisha Rahman"),
        decisions="Heads of terms to be agreed by the end of May.",
        promises=(
            PromiseEntry(LEASE, "theirs", "Karen Booth", "Sam Wright", due_on=date(2026, 5, 15)),
            PromiseEntry(ACCOUNTS, "ours", "Sam Wright", "Karen Booth", due_on=date(2026, 6, 30)),
        ),
    ),
    MeetingEntry(
        date(2026, 5, 6),
        "visit",
        "Visit to the college",
        (COLLEGE,),
        ("Fiona Marsh",),
        ("Jo Baxter", "Zoë Fletcher"),
        promises=(PromiseEntry(HALL, "theirs", "Fiona Marsh", "Jo Baxter", due_on=HALL_DUE_TYPED),),
    ),
    MeetingEntry(
        date(2026, 5, 20),
        "call",
        "Call with the practice manager",
        (PRACTICE,),
        (MISSPELT,),
        ("Aisha Rahman",),
        promises=(PromiseEntry(FLU, "ours", "Aisha Rahman", MISSPELT, due_on=date(2026, 6, 12)),),
    ),
    MeetingEntry(
        date(2026, 6, 19),
        "meeting",
        "Planning the summer fair with the council",
        (COUNCIL,),
        ("Helen Briggs", "Gareth Lloyd"),
        ("Aisha Rahman", "Tom Kowalski"),
    ),
)

# Logged twice by mistake (the same call again): entered after the six, then deleted.
MISTAKEN_MEETING = MeetingEntry(
    date(2026, 5, 20),
    "call",
    "Call with the practice manager (again)",
    (PRACTICE,),
    (MISSPELT,),
    ("Aisha Rahman",),
)

# Written down after the fact, some already settled.
PROMISES = (
    PromiseEntry(
        BENCH,
        "theirs",
        MOVED,
        "Zoë Fletcher",
        due_on=date(2026, 5, 1),
        made_on=date(2026, 4, 10),
        status="broken",
        status_on=date(2026, 5, 28),
        status_note="The budget went on the play area instead.",
    ),
    PromiseEntry(
        NEWSLETTER,
        "ours",
        "Tom Kowalski",
        None,
        organisation=COLLEGE,
        due_on=date(2026, 6, 1),
        made_on=date(2026, 5, 6),
        status="released",
        status_on=date(2026, 5, 25),
        status_note="The college prints it this year.",
    ),
)

# What became of the meetings' promises.
SETTLEMENTS = (
    Settlement(GRANTS, "kept", date(2026, 3, 28), "Timetable arrived by email."),
    Settlement(PLAN, "kept", date(2026, 3, 18)),
    Settlement(LAMPS, "kept", date(2026, 5, 20), "Fixed, three weeks late."),
    Settlement(LEASE, "broken", date(2026, 5, 30), "No draft yet; Karen is chasing legal."),
)

# The three corrections, as a volunteer would make them after noticing.
CORRECT_NAME = (MISSPELT, SPELT)  # contact: name
CORRECT_DUE_DATE = (HALL, HALL_DUE)  # promise: due date
CORRECT_DEPARTMENT = (MOVED, PARKS)  # contact: organisation

# Every status is there: open (due soon, overdue, not yet due), kept on time, kept
# late, broken, released — on both sides.
FINAL_STATUSES = {
    GRANTS: "kept",
    PLAN: "kept",
    PARKING: "open",  # theirs, overdue
    LAMPS: "kept",  # late
    LEASE: "broken",
    ACCOUNTS: "open",  # ours, not yet due
    HALL: "open",  # theirs, not yet due (after the correction)
    FLU: "open",  # ours, overdue
    BENCH: "broken",
    NEWSLETTER: "released",
}
KEPT_LATE = {LAMPS}

EXPECTED_AGENDA = {
    "theirs_due": [PARKING],  # open and due within a week (or overdue), soonest first
    "ours_due": [FLU],
    "planned": ["Planning the summer fair with the council"],
    # An agreed rhythm lapsed, longest first: the council (28 days from its meeting on
    # 10 March; the summer fair is only planned) and the college (30 days from 6 May).
    "gone_quiet": [COUNCIL, COLLEGE],
    "terms_ending": ["Helen Briggs"],  # within the default eight weeks
}

# Words the council's one-page summary must show (names as entered, corrected).
EXPECTED_SUMMARY = (
    COUNCIL,
    "Aisha Rahman",
    "Tom Kowalski",
    "Gareth Lloyd",
    "Brian Hollis",
    "Helen Briggs",
    "Priya Shah",
    MOVED,
    PARKING,
)


def all_promises() -> list[PromiseEntry]:
    """Every promise entered, at meetings and on their own."""
    return [p for m in MEETINGS for p in m.promises] + list(PROMISES)
