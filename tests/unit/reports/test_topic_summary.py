"""A topic's one-page summary: the topic, its organisations, its timeline and its open
promises both ways, on one page whatever the topic holds (issue 21)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bigjournal.journal.meetings import MeetingDraft, log_meeting
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.topics import add_topic, find_topic, tag
from bigjournal.reports.topic_summary import make_topic_summary
from bigjournal.store import Journal
from tests.conftest import TODAY
from tests.unit.reports.test_summary import flat, pdf_text


def test_the_demo_s_lighting_topic_on_one_page(demo_journal: Journal, tmp_path: Path) -> None:
    topic = find_topic(demo_journal, "Street lighting on Canal Walk")
    out = tmp_path / "lighting.pdf"
    fitted = make_topic_summary(demo_journal, topic.id, out, today=TODAY)
    pages = pdf_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "Street lighting on Canal Walk" in text
    for organisation in (
        "Ashford Vale Borough Council",
        "Kentshire County Council",
        "Millbrook Parish Council",
    ):
        assert organisation in text
    assert "Joint walkabout: lighting on Canal Walk" in text  # the timeline
    assert "They promised, still open" in text and "We promised, still open" in text
    assert "Ask the parish council to fund two extra lamps" in text
    assert "Send the parish the residents' lighting photos" in text
    assert "Topic summary · Millbrook Big Local" in text
    assert fitted.shown["timeline"] > 0 and not fitted.unprintable


def test_a_crowded_topic_still_fits_one_page_and_says_what_was_left_out(
    journal: Journal, tmp_path: Path
) -> None:
    council = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    topic = add_topic(journal, "Fly-tipping behind the shops").id
    for day in range(70):
        meeting = log_meeting(
            journal,
            MeetingDraft(
                occurred_on=TODAY - timedelta(days=day * 7),
                title=f"Fly-tipping, week {70 - day}",
                organisations=[council.id],
            ),
            today=TODAY,
        ).id
        tag(journal, topic, "meeting", meeting)
    out = tmp_path / "crowded.pdf"
    fitted = make_topic_summary(journal, topic, out, today=TODAY)
    pages = pdf_text(out)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "Fly-tipping, week 70" in text  # the newest first
    left = fitted.omitted["timeline"]
    assert left > 0 and f"…and {left} earlier meetings — see the journal." in text
    assert "None open." in text  # no promises either way, said plainly


def test_an_empty_topic_says_so(journal: Journal, tmp_path: Path) -> None:
    topic = add_topic(journal, "Social prescribing", description="Just starting.").id
    out = tmp_path / "empty.pdf"
    make_topic_summary(journal, topic, out, today=TODAY)
    text = flat(pdf_text(out)[0])
    assert "Just starting." in text and "No meetings on this topic yet." in text
