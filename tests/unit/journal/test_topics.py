"""Topics across meetings and organisations: the use cases, their bad input, the
timeline and open promises of a topic, undo of a deletion, and the archive (issue 21)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bigjournal.errors import AmbiguousNameError, ConflictError, NotFoundError, ValidationError
from bigjournal.journal import undo
from bigjournal.journal.meetings import MeetingDraft, delete_meeting, log_meeting, meeting_detail
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.promises import PromiseDraft, add_promise, set_promise_status
from bigjournal.journal.topics import (
    add_topic,
    close_topic,
    delete_topic,
    find_topic,
    list_topics,
    set_topics,
    tag,
    topic_detail,
    topic_row,
    topics_of,
    untag,
    update_topic,
)
from bigjournal.model import PromiseStatus, Side
from bigjournal.store import Journal
from tests.conftest import TODAY

LIGHTING = "Street lighting on Canal Walk"


@pytest.fixture
def canal(journal: Journal) -> dict[str, int]:
    """Three tiers of council, two meetings and two promises on the lighting."""
    ids: dict[str, int] = {}
    for key, name in (
        ("borough", "Ashford Vale Borough Council"),
        ("county", "Westshire County Council"),
        ("parish", "Millbrook Parish Council"),
    ):
        ids[key] = add_organisation(journal, name=name, kind="local_authority").id
    ids["walk"] = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=40),
            kind="walkabout",
            title="Walkabout on Canal Walk",
            organisations=[ids["borough"], ids["parish"]],
            promises=[
                PromiseDraft(
                    "Send the lighting survey results", Side.THEIRS, organisation=ids["borough"]
                )
            ],
        ),
        today=TODAY,
    ).id
    ids["call"] = log_meeting(
        journal,
        MeetingDraft(
            occurred_on=TODAY - timedelta(days=10),
            kind="call",
            title="Call about the lamp columns",
            organisations=[ids["county"]],
        ),
        today=TODAY,
    ).id
    ids["theirs"] = add_promise(
        journal,
        PromiseDraft(
            "Replace the lamp columns by the lock",
            Side.THEIRS,
            organisation=ids["county"],
            due_on=TODAY + timedelta(days=30),
        ),
        today=TODAY,
    ).id
    ids["ours"] = add_promise(
        journal,
        PromiseDraft(
            "Circulate residents' photos of the dark spots",
            Side.OURS,
            organisation=ids["borough"],
        ),
        today=TODAY,
    ).id
    ids["topic"] = add_topic(journal, LIGHTING, description="Three tiers of council").id
    return ids


def test_a_topic_gathers_meetings_across_organisations_newest_first(
    journal: Journal, canal: dict[str, int]
) -> None:
    assert tag(journal, LIGHTING, "meeting", canal["walk"]) is True
    assert tag(journal, canal["topic"], "meeting", canal["call"]) is True
    assert tag(journal, "street light", "meeting", canal["call"]) is False  # already on
    tag(journal, LIGHTING, "promise", canal["theirs"])
    tag(journal, LIGHTING, "promise", canal["ours"])
    detail = topic_detail(journal, "street lighting")
    assert [m.id for m in detail.timeline] == [canal["call"], canal["walk"]]
    assert [o.name for o in detail.timeline[1].organisations] == [
        "Ashford Vale Borough Council",
        "Millbrook Parish Council",
    ]
    assert [o.name for o in detail.organisations] == [
        "Ashford Vale Borough Council",
        "Millbrook Parish Council",
        "Westshire County Council",
    ]
    assert [p.id for p in detail.open_promises_by(Side.THEIRS)] == [canal["theirs"]]
    assert [p.id for p in detail.open_promises_by(Side.OURS)] == [canal["ours"]]
    row = topic_row(journal, canal["topic"])
    assert (row.meetings, row.open_promises, row.organisations) == (2, 2, 3)
    assert row.last_met_on == TODAY - timedelta(days=10)
    assert [t.name for t in topics_of(journal, "meeting", canal["walk"])] == [LIGHTING]


def test_a_kept_promise_stays_on_the_topic_but_is_no_longer_open(
    journal: Journal, canal: dict[str, int]
) -> None:
    tag(journal, LIGHTING, "promise", canal["theirs"])
    set_promise_status(journal, canal["theirs"], PromiseStatus.KEPT, on=TODAY)
    detail = topic_detail(journal, canal["topic"])
    assert [p.id for p in detail.promises] == [canal["theirs"]]
    assert detail.open_promises == ()
    assert list_topics(journal)[0].open_promises == 0


def test_untagging_and_setting_a_records_topics(journal: Journal, canal: dict[str, int]) -> None:
    other = add_topic(journal, "Community centre lease").id
    set_topics(journal, "meeting", canal["walk"], [canal["topic"], other])
    assert {t.id for t in topics_of(journal, "meeting", canal["walk"])} == {canal["topic"], other}
    set_topics(journal, "meeting", canal["walk"], [other])
    assert [t.id for t in topics_of(journal, "meeting", canal["walk"])] == [other]
    assert untag(journal, other, "meeting", canal["walk"]) is True
    assert untag(journal, other, "meeting", canal["walk"]) is False
    assert topics_of(journal, "meeting", canal["walk"]) == []


def test_rename_describe_close_and_reopen(journal: Journal, canal: dict[str, int]) -> None:
    row = topic_row(journal, canal["topic"])
    update_topic(
        journal,
        row.id,
        {"name": "  Canal Walk   lighting ", "description": "Lamps out since May"},
        expected_version=row.version,
    )
    renamed = topic_row(journal, row.id)
    assert (renamed.name, renamed.description) == ("Canal Walk lighting", "Lamps out since May")
    with pytest.raises(ConflictError):  # a colleague's newer save is not overwritten
        update_topic(journal, row.id, {"name": "Lamps"}, expected_version=row.version)
    close_topic(journal, "canal walk", today=TODAY)
    assert topic_row(journal, row.id).closed_on == TODAY
    assert list_topics(journal, include_closed=False) == []
    assert [t.id for t in list_topics(journal)] == [row.id]
    update_topic(journal, row.id, {"closed_on": None})
    assert topic_row(journal, row.id).is_open


def test_bad_input_is_refused_in_plain_words(journal: Journal, canal: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="name of the topic; it cannot be empty"):
        add_topic(journal, "   ")
    with pytest.raises(ValidationError, match="too long"):
        add_topic(journal, "x" * 201)
    with pytest.raises(ValidationError, match="already a topic called “Street lighting"):
        add_topic(journal, "STREET LIGHTING ON CANAL WALK")
    with pytest.raises(ValidationError, match="after today"):
        close_topic(journal, canal["topic"], on=TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(NotFoundError, match="no topic called “Potholes”"):
        tag(journal, "Potholes", "meeting", canal["walk"])
    with pytest.raises(NotFoundError, match="no meeting #999"):
        tag(journal, LIGHTING, "meeting", 999)
    add_topic(journal, "Street trees")
    with pytest.raises(AmbiguousNameError, match="More than one topic matches “street”"):
        find_topic(journal, "street")
    close_topic(journal, LIGHTING, today=TODAY)
    with pytest.raises(ValidationError, match=r"was closed on .* Open it again"):
        tag(journal, LIGHTING, "promise", canal["ours"])
    with pytest.raises(ValidationError, match="was closed on"):
        set_topics(journal, "meeting", canal["walk"], [canal["topic"]])
    assert topics_of(journal, "meeting", canal["walk"]) == []  # nothing half-done


def test_a_closed_topic_may_stay_on_and_come_off(journal: Journal, canal: dict[str, int]) -> None:
    tag(journal, LIGHTING, "meeting", canal["walk"])
    close_topic(journal, LIGHTING, today=TODAY)
    set_topics(journal, "meeting", canal["walk"], [canal["topic"]])  # kept as it was
    assert untag(journal, LIGHTING, "meeting", canal["walk"]) is True


def test_deleting_a_topic_removes_its_links_and_undo_puts_them_back(
    journal: Journal, canal: dict[str, int]
) -> None:
    tag(journal, LIGHTING, "meeting", canal["walk"])
    tag(journal, LIGHTING, "promise", canal["ours"])
    snapshot = undo.snapshot_deletion(journal, "topic", canal["topic"])
    delete_topic(journal, canal["topic"])
    assert list_topics(journal) == []
    assert topics_of(journal, "meeting", canal["walk"]) == []
    assert meeting_detail(journal, canal["walk"]).title == "Walkabout on Canal Walk"
    undo.restore(journal, snapshot)
    detail = topic_detail(journal, canal["topic"])
    assert [m.id for m in detail.timeline] == [canal["walk"]]
    assert [p.id for p in detail.promises] == [canal["ours"]]


def test_deleting_a_meeting_takes_it_off_the_topic(journal: Journal, canal: dict[str, int]) -> None:
    tag(journal, LIGHTING, "meeting", canal["call"])
    delete_meeting(journal, canal["call"])
    assert topic_detail(journal, canal["topic"]).timeline == ()
    assert topic_row(journal, canal["topic"]).meetings == 0


@pytest.mark.sqlite_only  # the archive compares journals through their files
def test_topics_and_their_links_travel_in_the_archive(
    journal: Journal, canal: dict[str, int], tmp_path: Path
) -> None:
    from bigjournal.exchange import export_archive, import_archive, read_archive
    from bigjournal.store import open_journal

    tag(journal, LIGHTING, "meeting", canal["walk"])
    tag(journal, LIGHTING, "meeting", canal["call"])
    tag(journal, LIGHTING, "promise", canal["theirs"])
    close_topic(journal, LIGHTING, today=TODAY)
    path = tmp_path / "handover.bigjournal"
    summary = export_archive(journal, path, passphrase=None, unencrypted=True)
    assert summary.counts["topics"] == 1
    assert summary.counts["interaction_topics"] == 2
    assert summary.counts["promise_topics"] == 1
    with open_journal(tmp_path / "successor.sqlite", automatic_backups=False) as successor:
        import_archive(successor, read_archive(path, passphrase=None))
        arrived = topic_detail(successor, LIGHTING)
        assert arrived.topic.closed_on == TODAY
        assert arrived.topic.description == "Three tiers of council"
        assert [m.title for m in arrived.timeline] == [
            "Call about the lamp columns",
            "Walkabout on Canal Walk",
        ]
        assert [p.description for p in arrived.promises] == ["Replace the lamp columns by the lock"]


def test_on_a_team_journal_the_server_says_who_saved_a_topic(journal: Journal) -> None:
    """Revision 0010 gives topics revision 0006's trigger: whatever a client writes in
    ``updated_by``, the server writes the login that made the change."""
    if journal.is_sqlite:
        pytest.skip("on a journal file BigJournal writes the computer's user itself")
    from sqlalchemy import select, text, update

    from bigjournal.model import Topic

    topic_id = add_topic(journal, LIGHTING).id
    with journal.transaction() as session:
        session.execute(update(Topic).where(Topic.id == topic_id).values(updated_by="mallory"))
    with journal.reading() as session:
        stamped = session.scalar(select(Topic.updated_by).where(Topic.id == topic_id))
        login = session.scalar(text("SELECT session_user"))
    assert stamped == login and stamped != "mallory"


@pytest.mark.sqlite_only  # the successor's journal is a file
def test_a_tag_added_later_reaches_a_successor_who_has_the_meeting_already(
    journal: Journal, canal: dict[str, int], tmp_path: Path
) -> None:
    """Tagging is an edit of the meeting (a new version), so a second archive merged
    into the successor's journal carries it: links follow their owner's newest edit."""
    from bigjournal.exchange import export_archive, import_archive, read_archive
    from bigjournal.store import open_journal

    before = meeting_detail(journal, canal["walk"]).version
    export_archive(journal, tmp_path / "first.bigjournal", passphrase=None, unencrypted=True)
    tag(journal, LIGHTING, "meeting", canal["walk"])
    assert meeting_detail(journal, canal["walk"]).version == before + 1
    export_archive(journal, tmp_path / "second.bigjournal", passphrase=None, unencrypted=True)
    with open_journal(tmp_path / "successor.sqlite", automatic_backups=False) as successor:
        for name in ("first", "second"):
            archive = read_archive(tmp_path / f"{name}.bigjournal", passphrase=None)
            import_archive(successor, archive)
        assert [m.id for m in topic_detail(successor, LIGHTING).timeline] == [canal["walk"]]
