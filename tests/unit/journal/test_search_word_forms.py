"""Search finds word forms on both databases (issue 15): "lamps" finds "lamp",
"meeting" finds "meetings", and a word being typed is still found letter by letter.

Run against PostgreSQL too: ``BIGJOURNAL_TEST_DATABASE=postgresql``.
"""

from __future__ import annotations

from datetime import date

import pytest

from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import (
    add_organisation,
    delete_organisation,
    update_organisation,
)
from bigjournal.journal.people import add_contact
from bigjournal.journal.search import search
from bigjournal.store import Journal


@pytest.fixture
def street_journal(journal: Journal) -> Journal:
    council = add_organisation(journal, name="Ashford Vale Council", kind="local_authority")
    add_organisation(
        journal,
        name="Riverside Homes",
        kind="housing_association",
        notes="Broken street lamp outside the café on Mill Lane",
    )
    log_meeting(
        journal,
        MeetingDraft(
            occurred_on=date(2026, 5, 4),
            title="Walkabout with the highways team",
            organisations=[council.id],
            notes="Agreed two more meetings before the summer; the organisation chart is out",
        ),
        today=date(2026, 6, 15),
    )
    add_contact(journal, name="Zoë Fletcher", organisation=council.id, role="Lamps and lighting")
    return journal


def titles(journal: Journal, typed: str) -> set[str]:
    return {hit.title for hit in search(journal, typed)}


def test_a_plural_finds_the_singular_and_back(street_journal: Journal) -> None:
    assert titles(street_journal, "lamps") == {"Riverside Homes", "Zoë Fletcher"}
    assert titles(street_journal, "lamp") == {"Riverside Homes", "Zoë Fletcher"}
    assert titles(street_journal, "meeting") == {"Walkabout with the highways team"}
    assert titles(street_journal, "meetings agreed") == {"Walkabout with the highways team"}
    # A word form in the middle of what is typed, with accents folded as before.
    assert titles(street_journal, "lamps cafe") == {"Riverside Homes"}
    assert titles(street_journal, "broken lamps mill") == {"Riverside Homes"}


def test_a_word_is_found_at_every_letter_while_it_is_typed(street_journal: Journal) -> None:
    word = "organisation"
    for length in range(2, len(word) + 1):
        assert titles(street_journal, word[:length]) == {"Walkabout with the highways team"}, word[
            :length
        ]


def test_unrelated_words_still_find_nothing(street_journal: Journal) -> None:
    assert titles(street_journal, "lampshade") == set()
    assert titles(street_journal, "lamps swimming") == set()
    assert search(street_journal, "") == []


def test_word_forms_follow_edits_and_deletions(street_journal: Journal) -> None:
    riverside = next(h for h in search(street_journal, "riverside"))
    update_organisation(street_journal, riverside.id, {"notes": "Benches for the green"})
    assert titles(street_journal, "lamps") == {"Zoë Fletcher"}
    assert titles(street_journal, "bench") == {"Riverside Homes"}
    delete_organisation(street_journal, riverside.id)
    assert titles(street_journal, "bench") == set()
    assert titles(street_journal, "benches") == set()


def test_a_snippet_marks_the_word_form_it_found(street_journal: Journal) -> None:
    hit = next(h for h in search(street_journal, "meeting") if h.kind == "meeting")
    assert "meetings" in hit.snippet
