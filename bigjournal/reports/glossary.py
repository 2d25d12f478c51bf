"""Words a new officer or councillor meets in a briefing pack, in plain English."""

from __future__ import annotations

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "Agreed rhythm of contact",
        "How often we and an organisation agreed to be in touch, such as every 30 days. "
        "The summary says when the next contact is due, and OVERDUE when it has lapsed.",
    ),
    (
        "Big Local",
        "A programme that gave 150 neighbourhoods in England about £1.1m each to spend over "
        "10–15 years, guided by residents. It ends in 2026, so handing things on matters now.",
    ),
    (
        "Chair",
        "The partnership member who chairs its meetings and often holds key relationships.",
    ),
    (
        "Check-in",
        "A periodic look at how a relationship is going, against eight criteria: mutual "
        "knowledge, understanding, trust, respect, common language, shared goals, defined "
        "roles, and the capacity to follow through.",
    ),
    (
        "Client or contractor",
        "A relationship based on a contract to carry out work.",
    ),
    (
        "Council tiers",
        "Local government has layers: county, district or borough, and parish or town "
        "councils (or one unitary council). Each is its own organisation.",
    ),
    (
        "Elected member (councillor)",
        "A person elected to a council, often for a ward, until their term ends; "
        "not the same as the council's officers, who are staff.",
    ),
    (
        "Friend or acquaintance",
        "A good relationship, called on when needed.",
    ),
    (
        "Handover",
        "When someone who holds a relationship leaves, introducing their successor "
        "(ideally on a walkabout) so that the relationship does not restart from zero.",
    ),
    (
        "ICB and PCN",
        "An Integrated Care Board plans and pays for local health services (it replaced the "
        "Clinical Commissioning Group, CCG). A Primary Care Network is a group of GP surgeries "
        "working together.",
    ),
    (
        "LTO (Locally Trusted Organisation)",
        "The organisation that holds and accounts for the partnership's money.",
    ),
    (
        "Officer",
        "A member of an organisation's staff, such as a council's highways officer.",
    ),
    (
        "Partnership",
        "The resident-led group (at least eight people: residents, a chair, workers, "
        "sometimes councillors) that decides together how the area's money and effort "
        "are spent.",
    ),
    (
        "Powerful ally",
        "A supportive organisation with the power to turn ideas into action.",
    ),
    (
        "Promise",
        "Something one side said it would do, usually by a date. “Theirs” are the "
        "organisation's promises, “ours” the partnership's: accountability goes both ways.",
    ),
    (
        "Relationship holder",
        "A partnership member who looks after the relationship with an organisation. "
        "More than one holder keeps a relationship alive when someone moves on.",
    ),
    (
        "Released",
        "A promise both sides agreed to let go. It counts for neither side's track record.",
    ),
    (
        "Rep",
        "A person from the funder who mentors and supports the partnership.",
    ),
    (
        "Resident and non-resident members",
        "Partnership members who live in the area, and those who do not "
        "(for example a councillor or a local professional).",
    ),
    (
        "Track record",
        "Of the promises that fell due, how many were kept (on time or late), broken, or are "
        "still open and overdue, counted for each side.",
    ),
    (
        "Walkabout",
        "Walking the area together, to see the places a conversation is about.",
    ),
    (
        "Worker",
        "Paid staff who support the partnership day to day.",
    ),
)
