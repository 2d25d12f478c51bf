"""A demo journal of a fictional partnership, shaped like DOMAIN.md's four cases.

Dates are laid out relative to ``today`` and the randomness is seeded, so the demo
always has a lively agenda: promises kept, late, broken, open and overdue; a
relationship gone quiet; an officer who left without a handover; a walkabout planned.
All names are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bigjournal.errors import ValidationError
from bigjournal.journal import settings
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation, link_organisations
from bigjournal.journal.people import add_contact, add_member, update_contact, update_member
from bigjournal.journal.promises import PromiseDraft, list_promises, set_promise_status
from bigjournal.model import Organisation
from bigjournal.model.vocabulary import MeetingKind, PromiseStatus, Side
from bigjournal.store import Journal

PARTNERSHIP = "Millbrook Big Local"
ABOUT = (
    "Millbrook Big Local is a resident-led partnership on the Millbrook estate and the "
    "streets around it. Since 2012 residents have decided together how to spend about "
    "£1.1m of National Lottery money over fifteen years. The partnership meets monthly "
    "in public at the Millbrook Community Centre; anyone who lives in the area can join. "
    "Riverside Homes holds the money as our Locally Trusted Organisation."
)
PRIORITIES = (
    "Safer streets and better lighting; a thriving community centre; support for "
    "families of children with additional needs; health and wellbeing close to home; "
    "leaving a lasting legacy when the programme ends in 2026."
)


@dataclass(frozen=True)
class _Shape:
    """How often an organisation is met, and what gets promised there."""

    organisation: str
    every_days: int
    first_days_ago: int
    last_days_ago: int
    kinds: tuple[MeetingKind, ...]
    topics: tuple[str, ...]
    theirs: tuple[str, ...]
    ours: tuple[str, ...]


SHAPES = (
    _Shape(
        "Ashford Vale Borough Council",
        30,
        720,
        12,
        (MeetingKind.MEETING, MeetingKind.CALL, MeetingKind.WALKABOUT),
        (
            "Monthly liaison meeting",
            "Street lighting on Canal Walk",
            "Community centre lease and maintenance",
            "Planning the councillors' exhibition",
            "Fly-tipping behind the shops",
        ),
        (
            "Send the lighting survey results",
            "Repair the broken bollards on Canal Walk",
            "Confirm officer attendance at the partnership meeting",
            "Share the draft neighbourhood plan",
            "Clear the fly-tipping behind Station Parade",
            "Put the play area resurfacing on the capital list",
        ),
        (
            "Circulate residents' photos of the problem spots",
            "Book the community centre hall for the exhibition",
            "Collect residents' views on the lighting plan",
            "Send the partnership's annual report",
        ),
    ),
    _Shape(
        "Millbrook College",
        30,
        700,
        20,
        (MeetingKind.MEETING, MeetingKind.EVENT),
        (
            "Peer-support café for parents of autistic children",
            "Joint-working agreement review",
            "What happens when the funding ends",
        ),
        (
            "Provide a room for the café each month",
            "Ask the SEND team to speak at the café",
            "Draft the joint-working agreement update",
            "Share attendance figures for the funding report",
        ),
        (
            "Fund refreshments for the café",
            "Print leaflets for the café",
            "Introduce the college to the PCN's social prescribers",
        ),
    ),
    _Shape(
        "Millbrook and District Primary Care Network",
        42,
        150,
        60,
        (MeetingKind.FACILITATED_CONVERSATION, MeetingKind.MEETING),
        (
            "Facilitated conversation: shared challenges",
            "Social prescribing and community assets",
            "Waiting well and long COVID support",
        ),
        (
            "Share the list of social prescribing referrals by area",
            "Invite the partnership to the PCN patient forum",
        ),
        (
            "Map community groups for social prescribers",
            "Find a room for a long COVID peer group",
        ),
    ),
    _Shape(
        "Riverside Homes",
        60,
        690,
        35,
        (MeetingKind.MEETING, MeetingKind.CALL),
        (
            "LTO quarterly review",
            "Community centre lease negotiations",
            "Digital inclusion tablets",
            "Community café risk assessment",
        ),
        (
            "Send the draft lease heads of terms",
            "Release the grant for the digital inclusion tablets",
            "Update the café risk assessment",
        ),
        (
            "Send the quarterly spending report",
            "Agree the café volunteer rota",
            "Return the signed grant agreement",
        ),
    ),
    _Shape(
        "Kentshire County Council",
        90,
        600,
        140,
        (MeetingKind.MEETING, MeetingKind.EMAIL),
        ("Introductions with the county's communities team",),
        ("Send details of the county's community grants",),
        ("Share the partnership plan with the county",),
    ),
)

NOTES = (
    "Good turnout. {who} explained the background and we agreed the next steps together.",
    "A frank conversation: residents feel things have not moved since the last meeting. "
    "{who} apologised and promised to come back with dates.",
    "Short meeting; most of the time went on {topic_lower}. Minutes to follow by email.",
    "{who} brought a colleague, which helps: more than one point of contact.",
    "We walked the estate together and took photos of the worst places.",
    "Agreed to keep this regular so that we are not only talking when things go wrong.",
)


#: The demo's own journal file in the user's data folder: the app opens the demo there,
#: never in the volunteer's own journal (issue 14).
DEMO_FILENAME = "BigJournal demo.sqlite"


def demo_journal_path() -> Path:
    """Where the app keeps the demo journal (beside the volunteer's default journal)."""
    from bigjournal.store.locations import data_dir

    return data_dir() / "demo" / DEMO_FILENAME


def is_demo_journal(path: Path | None) -> bool:
    """True for the app's demo journal file (the window names it as the demo)."""
    if path is None:
        return False
    try:
        return Path(path).resolve() == demo_journal_path().resolve()
    except OSError:
        return False


def open_demo_journal(*, today: date | None = None) -> Journal:
    """The demo's own journal, open: built the first time, as it was left after that."""
    from bigjournal.store import open_journal

    path = demo_journal_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    demo = open_journal(path)
    try:
        if demo_is_possible(demo):
            build_demo(demo, today=today)
    except BaseException:
        demo.close()
        raise
    return demo


def demo_is_possible(journal: Journal) -> bool:
    with journal.reading() as session:
        return (session.scalar(select(func.count(Organisation.id))) or 0) == 0


def build_demo(journal: Journal, *, today: date | None = None, seed: int = 2012) -> None:
    """Fill an empty journal with the demo partnership."""
    if not demo_is_possible(journal):
        raise ValidationError(
            "This journal already has records, so the demo was not added to it. "
            "Choose a new file for the demo, for example: bigjournal --journal demo.sqlite demo"
        )
    today = today or date.today()
    rng = random.Random(seed)
    settings.set_settings(
        journal,
        {
            settings.PARTNERSHIP_NAME: PARTNERSHIP,
            settings.ABOUT_PARTNERSHIP: ABOUT,
            settings.PRIORITIES: PRIORITIES,
        },
    )
    _members(journal, today)
    _organisations(journal, today)
    _contacts(journal, today)
    for shape in SHAPES:
        _history(journal, shape, today, rng)
    _settle(journal, today, rng)
    _new_date_agreed(journal, today)
    _officer_left(journal, today)
    _planned(journal, today)
    _check_ins(journal, today)
    _outcomes(journal, today)
    _topics(journal, today)


def _members(journal: Journal, today: date) -> None:
    joined = today - timedelta(days=2200)
    for name, role, extra in (
        ("Aisha Rahman", "chair", {}),
        (
            "Tom Kowalski",
            "worker",
            {"phone": "07700 900101", "email": "tom@millbrookbiglocal.org.uk"},
        ),
        ("Zoë Fletcher", "resident_member", {}),
        ("Łukasz Nowak", "resident_member", {}),
        (
            "Margaret Okafor",
            "resident_member",
            {"conflicts_of_interest": "Tenant of Riverside Homes."},
        ),
        ("Dev Patel", "resident_member", {}),
        (
            "Cllr Helen Briggs",
            "non_resident_member",
            {"conflicts_of_interest": "Ward councillor on Ashford Vale Borough Council."},
        ),
        ("Sam Wright", "lto", {"conflicts_of_interest": "Employed by Riverside Homes (our LTO)."}),
        ("Ruth Adeyemi", "rep", {}),
    ):
        add_member(journal, name=name, role=role, joined_on=joined, **extra)
    update_member(journal, 6, {"stepped_down_on": today - timedelta(days=200)})


def _organisations(journal: Journal, today: date) -> None:
    since = today - timedelta(days=2000)
    add_organisation(
        journal,
        name="Ashford Vale Borough Council",
        kind="local_authority",
        council_tier="district_or_borough",
        relationship_type="powerful_ally",
        purposes=["co_design", "assets_and_infrastructure", "routes_in"],
        holders=["Tom Kowalski", "Aisha Rahman"],
        contact_every_days=30,
        relationship_since=since,
        phone="01632 960000",
        website="https://www.example.org/ashford-vale",
        relationship_notes=(
            "A long relationship with a few middle-management officers who champion the "
            "partnership. Little contact with ward councillors; we want to become more "
            "strategic and meet regularly."
        ),
        next_steps="Hold an exhibition for councillors; meet the new highways officer.",
    )
    for department in (
        "Highways and Streetscene",
        "Community Development Team",
        "Parks and Open Spaces",
    ):
        add_organisation(
            journal,
            name=department,
            kind="council_department",
            parent="Ashford Vale Borough Council",
        )
    add_organisation(
        journal,
        name="Kentshire County Council",
        kind="local_authority",
        council_tier="county",
        relationship_type="friend_or_acquaintance",
        purposes=["sharing_and_networking", "funding"],
        holders=["Tom Kowalski"],
        contact_every_days=90,
        relationship_since=since,
    )
    add_organisation(
        journal,
        name="Millbrook Parish Council",
        kind="local_authority",
        council_tier="parish_or_town",
        relationship_type="friend_or_acquaintance",
        purposes=["sharing_and_networking"],
        holders=["Cllr Helen Briggs"],
    )
    link_organisations(
        journal,
        "Ashford Vale Borough Council",
        "Kentshire County Council",
        "The county covers the borough",
    )
    link_organisations(
        journal,
        "Ashford Vale Borough Council",
        "Millbrook Parish Council",
        "The parish lies within the borough",
    )
    add_organisation(
        journal,
        name="Millbrook College",
        kind="school_or_college",
        relationship_type="powerful_ally",
        purposes=["co_design", "informal_support", "routes_in"],
        holders=["Zoë Fletcher", "Tom Kowalski"],
        contact_every_days=30,
        relationship_since=today - timedelta(days=900),
        relationship_notes=(
            "A strong, reciprocal relationship grown from personal links. Together we run a "
            "monthly peer-support café for parents of autistic children, under a written "
            "joint-working agreement. Worry: what happens when the funding ends."
        ),
        next_steps="Plan how the café continues after 2026.",
    )
    add_organisation(
        journal,
        name="Millbrook and District Primary Care Network",
        kind="health_agency",
        relationship_type="friend_or_acquaintance",
        purposes=["co_design", "routes_in"],
        holders=["Aisha Rahman"],
        contact_every_days=42,
        relationship_since=today - timedelta(days=160),
        relationship_notes=(
            "Just starting. A facilitated conversation found shared challenges (waiting well, "
            "long COVID, homecare) and opportunities (social prescribing, community assets)."
        ),
        next_steps="Agree one small joint project on social prescribing.",
    )
    for surgery in ("Riverside Surgery", "Orchard Lane Medical Centre"):
        add_organisation(
            journal,
            name=surgery,
            kind="health_agency",
            parent="Millbrook and District Primary Care Network",
        )
    add_organisation(
        journal,
        name="Kentshire Integrated Care Board",
        kind="health_agency",
        relationship_type="friend_or_acquaintance",
        purposes=["funding"],
        relationship_since=today - timedelta(days=160),
        notes="Took over from the Clinical Commissioning Group (CCG) in 2022.",
    )
    link_organisations(
        journal,
        "Millbrook and District Primary Care Network",
        "Kentshire Integrated Care Board",
        "The ICB commissions the PCN",
    )
    add_organisation(
        journal,
        name="Riverside Homes",
        kind="housing_association",
        other_kinds=["lto"],
        relationship_type="client_or_contractor",
        purposes=["assets_and_infrastructure", "funding"],
        holders=["Sam Wright", "Aisha Rahman"],
        contact_every_days=60,
        relationship_since=since,
        relationship_notes=(
            "Riverside Homes is also our Locally Trusted Organisation. It hosts the community "
            "café and funds technology. Growth brought more risk-management; we are "
            "negotiating a lease of the community centre."
        ),
        next_steps="Agree the heads of terms for the community centre lease.",
    )


def _contacts(journal: Journal, today: date) -> None:
    term_end = today + timedelta(days=40)
    people = (
        (
            "Gareth Lloyd",
            "Community Development Manager",
            "Community Development Team",
            {
                "phone": "01632 960101",
                "email": "gareth.lloyd@ashfordvale.example.org",
                "preferred_contact": "email",
                "notes": "Our champion at the council since 2015.",
            },
        ),
        (
            "Priya Shah",
            "Senior Highways Officer",
            "Highways and Streetscene",
            {"email": "priya.shah@ashfordvale.example.org", "preferred_contact": "email"},
        ),
        (
            "Øyvind Hansen",
            "Highways Officer",
            "Highways and Streetscene",
            {
                "email": "oyvind.hansen@ashfordvale.example.org",
                "preferred_contact": "phone",
                "phone": "01632 960155",
                "other_phones": ["07700 900155 (mobile)"],
            },
        ),
        (
            "Brian Hollis",
            "Ward councillor, Millbrook ward",
            "Ashford Vale Borough Council",
            {
                "title": "Cllr",
                "kind": "elected_member",
                "ward": "Millbrook",
                "term_ends_on": term_end,
                "preferred_contact": "phone",
                "phone": "07700 900202",
            },
        ),
        (
            "Ιωάννης Παπαδόπουλος",
            "Cabinet member for communities",
            "Ashford Vale Borough Council",
            {
                "title": "Cllr",
                "kind": "elected_member",
                "ward": "Ashford Central",
                "term_ends_on": today + timedelta(days=400),
                "preferred_contact": "email",
                "email": "cllr.papadopoulos@ashfordvale.example.org",
            },
        ),
        ("Denise Carter", "Parks Officer", "Parks and Open Spaces", {"preferred_contact": "email"}),
        (
            "Helen Mistry",
            "Communities Officer",
            "Kentshire County Council",
            {"email": "helen.mistry@kentshire.example.org"},
        ),
        ("Bob Harris", "Parish Clerk", "Millbrook Parish Council", {"preferred_contact": "letter"}),
        (
            "Наталья Иванова",
            "SEND Coordinator",
            "Millbrook College",
            {
                "email": "n.ivanova@millbrook-college.example.ac.uk",
                "preferred_contact": "email",
                "notes": "Co-runs the parents' café with Zoë.",
            },
        ),
        (
            "Fiona Marsh",
            "Vice Principal",
            "Millbrook College",
            {"title": "Dr", "preferred_contact": "email"},
        ),
        (
            "Sunil Mehta",
            "Clinical Director",
            "Millbrook and District Primary Care Network",
            {"title": "Dr", "preferred_contact": "email"},
        ),
        (
            "Jo Baxter",
            "Social Prescribing Link Worker",
            "Riverside Surgery",
            {"phone": "01632 960300", "preferred_contact": "phone"},
        ),
        (
            "Claire Donovan",
            "Commissioning Manager",
            "Kentshire Integrated Care Board",
            {"preferred_contact": "email"},
        ),
        (
            "Karen Booth",
            "Community Investment Lead",
            "Riverside Homes",
            {"email": "karen.booth@riversidehomes.example.org", "preferred_contact": "email"},
        ),
        ("Michael Grant", "Asset Manager", "Riverside Homes", {"preferred_contact": "phone"}),
    )
    for name, role, organisation, extra in people:
        add_contact(journal, name=name, role=role, organisation=organisation, **extra)


ORGANISATION_PEOPLE = {
    "Ashford Vale Borough Council": (
        ("Gareth Lloyd", "Priya Shah", "Denise Carter"),
        ("Tom Kowalski", "Aisha Rahman", "Łukasz Nowak"),
    ),
    "Millbrook College": (("Наталья Иванова", "Fiona Marsh"), ("Zoë Fletcher", "Tom Kowalski")),
    "Millbrook and District Primary Care Network": (
        ("Sunil Mehta", "Jo Baxter"),
        ("Aisha Rahman", "Ruth Adeyemi"),
    ),
    "Riverside Homes": (
        ("Karen Booth", "Michael Grant"),
        ("Sam Wright", "Aisha Rahman", "Margaret Okafor"),
    ),
    "Kentshire County Council": (("Helen Mistry",), ("Tom Kowalski",)),
}


def _history(journal: Journal, shape: _Shape, today: date, rng: random.Random) -> None:
    their_people, our_people = ORGANISATION_PEOPLE[shape.organisation]
    priya_left = 75
    days = []
    day = shape.last_days_ago
    while day <= shape.first_days_ago:
        days.append(day)
        day += shape.every_days + rng.randint(-6, 6)
    for day in reversed(days):
        on = today - timedelta(days=day)
        present = [p for p in their_people if not (p == "Priya Shah" and day <= priya_left)]
        contacts = rng.sample(present, k=min(len(present), rng.randint(1, 2)))
        members = rng.sample(our_people, k=min(len(our_people), rng.randint(1, 2)))
        topic = rng.choice(shape.topics)
        promises = []
        if rng.random() < 0.8:
            promises.append(
                PromiseDraft(
                    description=rng.choice(shape.theirs),
                    side=Side.THEIRS,
                    made_by=contacts[0],
                    due_on=on + timedelta(days=rng.choice((14, 21, 28, 42))),
                    made_to=members[0],
                )
            )
        if rng.random() < 0.6:
            promises.append(
                PromiseDraft(
                    description=rng.choice(shape.ours),
                    side=Side.OURS,
                    made_by=members[0],
                    due_on=on + timedelta(days=rng.choice((7, 14, 28))),
                    organisation=shape.organisation,
                    made_to=contacts[0],
                )
            )
        log_meeting(
            journal,
            MeetingDraft(
                occurred_on=on,
                kind=rng.choice(shape.kinds),
                title=topic,
                organisations=[shape.organisation],
                contacts=contacts,
                members=members,
                notes=rng.choice(NOTES).format(who=contacts[0], topic_lower=topic.lower()),
                decisions="Agreed actions as listed." if promises else "",
                location="Millbrook Community Centre",
                is_planned=False,
                promises=promises,
            ),
            today=today,
        )


def _settle(journal: Journal, today: date, rng: random.Random) -> None:
    """Decide what became of each promise, the older the more likely settled."""
    for promise in list_promises(journal, today=today):
        assert promise.due_on is not None
        age = (today - promise.due_on).days
        roll = rng.random()
        if age < -3:
            continue
        if age < 25 and roll < 0.55:
            continue  # still open: recent ones are due soon or a little overdue
        if roll < 0.62:
            on = promise.due_on - timedelta(days=rng.randint(0, 5))
        elif roll < 0.8:
            on = promise.due_on + timedelta(days=rng.randint(3, 30))
        elif roll < 0.9:
            set_promise_status(
                journal,
                promise.id,
                PromiseStatus.BROKEN,
                on=min(today, promise.due_on + timedelta(days=30)),
                note="Did not happen; raised at the next meeting.",
            )
            continue
        elif roll < 0.95:
            set_promise_status(
                journal,
                promise.id,
                PromiseStatus.RELEASED,
                on=min(today, promise.due_on),
                note="No longer needed: agreed at the meeting.",
            )
            continue
        elif age < 60:
            continue  # open and overdue, as recent promises often are
        else:
            on = promise.due_on + timedelta(days=rng.randint(10, 40))
        on = max(on, promise.made_on)
        if on <= today:
            set_promise_status(journal, promise.id, PromiseStatus.KEPT, on=on)


def _new_date_agreed(journal: Journal, today: date) -> None:
    """The oldest broken promise was still wanted: a new date was agreed a week later
    (issue 21), so the demo shows a broken promise with its new one."""
    from bigjournal.journal.promises import renew_promise

    broken = [
        p
        for p in list_promises(journal, status=PromiseStatus.BROKEN, today=today)
        if p.status_on is not None and p.status_on + timedelta(days=7) <= today
    ]
    if not broken:
        return
    oldest = min(broken, key=lambda p: (p.status_on, p.id))
    assert oldest.status_on is not None
    agreed = oldest.status_on + timedelta(days=7)
    renewed = renew_promise(
        journal, oldest.id, due_on=agreed + timedelta(days=28), agreed_on=agreed, today=today
    )
    kept_on = agreed + timedelta(days=26)
    if kept_on <= today:  # and this time it was kept, on time
        set_promise_status(journal, renewed.id, PromiseStatus.KEPT, on=kept_on)


def _officer_left(journal: Journal, today: date) -> None:
    """Priya Shah moved to the county two months ago; nobody has done a handover."""
    from bigjournal.journal.lookup import find
    from bigjournal.model import Contact

    with journal.transaction() as session:
        priya = find(session, Contact, "Priya Shah")
        priya.left_on = today - timedelta(days=70)
        priya.went_to = "Kentshire County Council, transport team"
        priya.successor = find(session, Contact, "Øyvind Hansen")
    update_contact(journal, 3, {"notes": "Took over highways from Priya Shah."})


def _planned(journal: Journal, today: date) -> None:
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=today + timedelta(days=3),
            kind=MeetingKind.WALKABOUT,
            title="Walkabout with the new highways officer",
            organisations=["Highways and Streetscene"],
            contacts=["Øyvind Hansen"],
            members=["Tom Kowalski", "Łukasz Nowak"],
            location="Meet outside the community centre",
            is_planned=True,
        ),
        today=today,
    )
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=today + timedelta(days=5),
            kind=MeetingKind.EVENT,
            title="Parents' peer-support café",
            organisations=["Millbrook College"],
            contacts=["Наталья Иванова"],
            members=["Zoë Fletcher"],
            location="Millbrook College, room B12",
            is_planned=True,
        ),
        today=today,
    )


def _check_ins(journal: Journal, today: date) -> None:
    """Two years of check-ins: the borough's see-saw, the college strong but worried
    about money, the LTO's growing pains, the health partners just starting."""
    from bigjournal.journal.checkins import CRITERIA, record_check_in

    for organisation, days_ago, scores, note, people, hopes in (
        (
            "Ashford Vale Borough Council", 730, (3, 2, 3, 3, 2, 3, 2, 2),
            "A new regeneration team; nobody knows who decides.", ("Aisha Rahman",), "",
        ),
        (
            "Ashford Vale Borough Council", 560, (3, 3, 2, 3, 3, 3, 2, 2),
            "The lighting promise slipped twice; trust dipped.",
            ("Aisha Rahman", "Tom Kowalski"), "Every promise in writing, with a date.",
        ),
        (
            "Ashford Vale Borough Council", 380, (3, 3, 3, 4, 3, 3, 2, 2),
            "Good officers, little strategic contact.", ("Aisha Rahman",), "",
        ),
        (
            "Ashford Vale Borough Council", 200, (4, 3, 2, 4, 3, 3, 3, 2),
            "The restructure cost us our champion in Highways.",
            ("Tom Kowalski", "Zoë Fletcher"), "",
        ),
        (
            "Ashford Vale Borough Council", 20, (4, 3, 3, 4, 3, 4, 3, 2),
            "Better since the monthly meetings.", ("Aisha Rahman", "Tom Kowalski"),
            "More strategic: an exhibition for councillors by the spring.",
        ),
        (
            "Millbrook College", 700, (3, 3, 4, 4, 3, 4, 3, 3),
            "The café idea came from a parent on the course.", ("Zoë Fletcher",), "",
        ),
        (
            "Millbrook College", 420, (4, 4, 4, 5, 4, 5, 3, 4),
            "Joint-working agreement signed.", ("Zoë Fletcher", "Tom Kowalski"), "",
        ),
        (
            "Millbrook College", 60, (5, 4, 5, 5, 4, 5, 4, 3),
            "Strong; funding after 2026 is the worry.", ("Zoë Fletcher",),
            "The café carries on without us after 2026.",
        ),
        (
            "Riverside Homes", 640, (4, 3, 4, 4, 3, 3, 3, 4),
            "The LTO role brought more paperwork.", ("Sam Wright", "Aisha Rahman"), "",
        ),
        (
            "Riverside Homes", 250, (4, 3, 3, 3, 3, 3, 2, 3),
            "The lease talks are hard going.", ("Margaret Okafor", "Aisha Rahman"),
            "A lease on the community centre we can both live with.",
        ),
        (
            "Millbrook and District Primary Care Network", 90, (2, 2, 3, None, 2, 3, None, 2),
            "A first facilitated conversation; social prescribing is the shared hope.",
            ("Dev Patel",), "",
        ),
    ):  # fmt: skip
        record_check_in(
            journal,
            organisation,
            held_on=today - timedelta(days=days_ago),
            levels={c.key: level for c, level in zip(CRITERIA, scores, strict=True)},
            note=note,
            took_part=people,
            hopes=hopes,
            today=today,
        )


def _outcomes(journal: Journal, today: date) -> None:
    """What the relationships achieved: a seat on the borough's board, the college's
    café, funding leveraged, the health partners' first introductions. Most came from
    a meeting or a promise, the latest before the day whose words name the source."""
    from bigjournal.journal.outcomes import add_outcome
    from bigjournal.model import Meeting, Promise, interaction_organisations

    for organisation, days_ago, kind, title, amount, source, notes in (
        (
            "Ashford Vale Borough Council", 540, "seat_at_the_table",
            "A seat on the borough's neighbourhood board", None, ("meeting", "liaison"),
            "Aisha sits on the board for the partnership; papers come a week ahead.",
        ),
        (
            "Ashford Vale Borough Council", 300, "funding_leveraged",
            "Match funding for the street lighting scheme", 4_500_000, ("promise", "lighting"),
            "The borough put £45,000 beside our £20,000 for the darkest streets on the estate.",
        ),
        (
            "Ashford Vale Borough Council", 150, "route_into_the_community",
            "Officers met residents at the estate fun day", None, ("meeting", "exhibition"), "",
        ),
        (
            "Millbrook College", 620, "community_asset",
            "The parents' peer-support café, monthly at the college", None, ("meeting", "café"),
            "Started by a parent on the course; the college gives the room free.",
        ),
        (
            "Millbrook College", 380, "local_knowledge",
            "Residents shaped the college's adult learning offer", None,
            ("meeting", "agreement"), "",
        ),
        (
            "Millbrook College", 90, "funding_leveraged",
            "Lottery grant for the café's next two years", 1_248_050, None,
            "A joint bid with the college; the partnership wrote the community section.",
        ),
        (
            "Riverside Homes", 500, "practical_help",
            "Tablets and data for the digital inclusion sessions", None, ("promise", "tablets"),
            "",
        ),
        (
            "Riverside Homes", 200, "funding_leveraged",
            "Grant towards the community centre's new roof", 1_500_000, ("meeting", "lease"), "",
        ),
        (
            "Millbrook and District Primary Care Network", 60, "introduction",
            "Introduced to the social prescribing link workers", None,
            ("meeting", "social prescribing"),
            "Dev Patel now refers residents to the café and the walking group.",
        ),
        (
            "Kentshire County Council", 200, "introduction",
            "Introductions to the county's communities team", None,
            ("meeting", "introductions"), "",
        ),
    ):  # fmt: skip
        on = today - timedelta(days=days_ago)
        meeting: int | None = None
        promise: int | None = None
        with journal.reading() as session:
            org_id = session.scalar(
                select(Organisation.id).where(Organisation.name == organisation)
            )
            if source is not None and source[0] == "meeting":
                found = session.execute(
                    select(Meeting.id, Meeting.title)
                    .join(
                        interaction_organisations,
                        interaction_organisations.c.interaction_id == Meeting.id,
                    )
                    .where(
                        interaction_organisations.c.organisation_id == org_id,
                        Meeting.occurred_on <= on,
                        Meeting.is_planned.is_(False),
                    )
                    .order_by(Meeting.occurred_on.desc(), Meeting.id.desc())
                ).all()
                named = [key for key, words in found if source[1] in words.casefold()]
                meeting = next(iter(named or [key for key, _words in found]), None)
            elif source is not None:
                found = session.execute(
                    select(Promise.id, Promise.description)
                    .where(Promise.organisation_id == org_id, Promise.made_on <= on)
                    .order_by(Promise.made_on.desc(), Promise.id.desc())
                ).all()
                named = [key for key, words in found if source[1] in words.casefold()]
                promise = next(iter(named or [key for key, _words in found]), None)
        add_outcome(
            journal,
            organisation,
            kind=kind,
            title=title,
            achieved_on=on,
            amount=amount,
            meeting=meeting,
            promise=promise,
            notes=notes,
            today=today,
        )


#: The demo's topics: name, description, the titles of the meetings and the words of
#: the promises tagged with it, and how many days ago it was closed (None: open).
TOPICS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], int | None], ...] = (
    (
        "Street lighting on Canal Walk",
        "The lamps along Canal Walk: the borough's highways team runs them, the county "
        "owns the towpath, and the parish offered to pay for two more.",
        (
            "Street lighting on Canal Walk",
            "Joint walkabout: lighting on Canal Walk",
            "Walkabout with the new highways officer",
        ),
        (
            "Send the lighting survey results",
            "Repair the broken bollards on Canal Walk",
            "Collect residents' views on the lighting plan",
            "Circulate residents' photos of the problem spots",
            "Find out whether the towpath lamps are the county's",
            "Ask the parish council to fund two extra lamps",
            "Send the parish the residents' lighting photos",
        ),
        None,
    ),
    (
        "Community centre lease",
        "The lease on the community centre: Riverside Homes as landlord, the borough "
        "for the building's upkeep.",
        ("Community centre lease and maintenance", "Community centre lease negotiations"),
        ("Send the draft lease heads of terms",),
        None,
    ),
    (
        "Social prescribing",
        "Linking the PCN's social prescribers with the groups and courses on the estate.",
        (
            "Social prescribing and community assets",
            "Facilitated conversation: shared challenges",
        ),
        (
            "Share the list of social prescribing referrals by area",
            "Map community groups for social prescribers",
            "Introduce the college to the PCN's social prescribers",
        ),
        None,
    ),
    (
        "Fly-tipping behind the shops",
        "Cleared in the spring; closed once it stayed clear.",
        ("Fly-tipping behind the shops",),
        ("Clear the fly-tipping behind Station Parade",),
        30,
    ),
)


def _topics(journal: Journal, today: date) -> None:
    """Topics running across organisations (issue 21): the lighting on Canal Walk is
    the borough's, the county's and the parish's at once, so one joint walkabout with
    all three is logged, and the meetings and promises already there are tagged by
    their titles and words. No randomness: the demo stays the same every time."""
    from sqlalchemy import insert

    from bigjournal.journal.topics import add_topic
    from bigjournal.model import Meeting, Promise, Topic, interaction_topics, promise_topics

    walked = today - timedelta(days=95)
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=walked,
            kind=MeetingKind.WALKABOUT,
            title="Joint walkabout: lighting on Canal Walk",
            organisations=[
                "Ashford Vale Borough Council",
                "Kentshire County Council",
                "Millbrook Parish Council",
            ],
            members=["Tom Kowalski"],
            notes="Borough, county and parish walked the towpath together after dark: "
            "nine lamps out, and nobody sure whose the towpath lamps are.",
            decisions="The county to find out whose the lamps are; the parish to consider "
            "paying for two more.",
            location="Canal Walk, from the lock to Station Parade",
            is_planned=False,
            promises=[
                PromiseDraft(
                    "Find out whether the towpath lamps are the county's",
                    Side.THEIRS,
                    organisation="Kentshire County Council",
                    due_on=walked + timedelta(days=28),
                    status=PromiseStatus.KEPT,
                    status_on=walked + timedelta(days=33),
                ),
                PromiseDraft(
                    "Ask the parish council to fund two extra lamps",
                    Side.THEIRS,
                    organisation="Millbrook Parish Council",
                    due_on=today + timedelta(days=20),
                ),
                PromiseDraft(
                    "Send the parish the residents' lighting photos",
                    Side.OURS,
                    organisation="Millbrook Parish Council",
                    made_by="Tom Kowalski",
                    due_on=today + timedelta(days=10),
                ),
            ],
        ),
        today=today,
    )
    for name, description, titles, words, closed_days_ago in TOPICS:
        topic_id = add_topic(journal, name, description=description, today=today).id
        with journal.transaction() as session:
            meetings = session.scalars(
                select(Meeting.id).where(Meeting.title.in_(titles)).order_by(Meeting.id)
            ).all()
            promises = session.scalars(
                select(Promise.id).where(Promise.description.in_(words)).order_by(Promise.id)
            ).all()
            if meetings:
                session.execute(
                    insert(interaction_topics),
                    [{"interaction_id": m, "topic_id": topic_id} for m in meetings],
                )
            if promises:
                session.execute(
                    insert(promise_topics),
                    [{"promise_id": p, "topic_id": topic_id} for p in promises],
                )
            if closed_days_ago is not None:
                topic = session.get(Topic, topic_id)
                assert topic is not None
                topic.closed_on = today - timedelta(days=closed_days_ago)
