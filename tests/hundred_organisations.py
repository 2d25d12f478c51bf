"""A journal of a hundred organisations, made with the journal's own use cases: the map's
test of legibility (issue 21, item 3), and its screenshots (``python -m
tests.hundred_organisations FILE``)."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from bigjournal.journal import settings
from bigjournal.journal.handovers import LeavingDraft, contact_leaves
from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.people import add_contact, add_member
from bigjournal.store import Journal, open_journal

KINDS = (
    ("local_authority", "Council", 14),
    ("housing_association", "Homes", 12),
    ("school_or_college", "Academy", 16),
    ("health_agency", "Health Centre", 14),
    ("police", "Neighbourhood Policing Team", 6),
    ("voluntary_organisation", "Community Trust", 24),
    ("business", "Traders", 8),
    ("funder", "Foundation", 4),
    ("other", "Residents' Association", 2),
)
PLACES = (
    "Ashford",
    "Bramley",
    "Castleton",
    "Dunmore",
    "Eastfield",
    "Fernhill",
    "Greystone",
    "Harlow Green",
    "Ivybridge",
    "Juniper Vale",
    "Kingsmead",
    "Longford",
    "Marsh End",
    "Northcote",
    "Oakwood",
    "Pennington",
    "Queensbury",
    "Rowan Heath",
    "St Swithun's",
    "Thornbury",
    "Upper Wexley",
    "Victoria Park",
    "Westbourne",
    "Yarrow Bridge",
)
RELATIONSHIPS = ("powerful_ally", "friend_or_acquaintance", "client_or_contractor", None)


def build_hundred(journal: Journal, today: date, *, seed: int = 21) -> None:
    """A hundred organisations of every kind, councils with departments, every warning."""
    chance = random.Random(seed)
    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Greater Millbrook Big Local"})
    members = [
        add_member(journal, name=name, role=role).id
        for name, role in (
            ("Aisha Rahman", "chair"),
            ("Tom Kowalski", "worker"),
            ("Zoë Fletcher", "resident member"),
            ("Sam Wright", "resident member"),
            ("Cllr Helen Briggs", "non-resident member"),
            ("Bernadette O'Sullivan-Whitaker", "resident member"),
        )
    ]
    number = 0
    for kind, word, how_many in KINDS:
        for _ in range(how_many):
            place = PLACES[number % len(PLACES)]
            number += 1
            name = f"{place} {word}" if number <= len(PLACES) else f"{place} {word} {number}"
            holders = chance.sample(members, chance.choice((0, 1, 1, 2, 2, 3)))
            relationship = chance.choice(RELATIONSHIPS)
            every = chance.choice((None, 28, 30, 90))
            organisation = add_organisation(
                journal,
                name=name,
                kind=kind,
                relationship_type=relationship,
                contact_every_days=every,
                relationship_since=today - timedelta(days=400),
                holders=holders,
            ).id
            parts = [organisation]
            if kind == "local_authority" and number % 3 == 1:
                for department in ("Highways", "Housing Services", "Parks and Open Spaces"):
                    parts.append(
                        add_organisation(
                            journal, name=department, kind="council_department", parent=organisation
                        ).id
                    )
            people = []
            for person in range(chance.choice((0, 1, 1, 2, 3, 5))):
                where = chance.choice(parts)
                people.append(
                    add_contact(journal, name=f"Officer {number}-{person}", organisation=where).id
                )
            if people and number % 9 == 0:
                contact_leaves(
                    journal,
                    people[0],
                    LeavingDraft(left_on=today - timedelta(days=10), post_vacant=True),
                    today=today,
                )
            ago = chance.choice((5, 20, 45, 120, 500))
            log_meeting(
                journal,
                MeetingDraft(
                    occurred_on=today - timedelta(days=ago),
                    kind="meeting",
                    organisations=[chance.choice(parts)],
                ),
            )


if __name__ == "__main__":
    target = Path(sys.argv[1])
    with open_journal(target) as opened:
        build_hundred(opened, date.today())
