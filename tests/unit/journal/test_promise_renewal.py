"""Issue 21, item 7: broken and late promises tell their story.

A broken promise's reason reaches Today's follow-ups; "agree a new date" makes a new
promise linked to the broken one (revision 0008), which travels in the successor
archive; a promise kept late says by how many days; the track record is one sentence
per side.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bigjournal.errors import ValidationError
from bigjournal.exchange import export_archive, import_archive, read_archive
from bigjournal.journal.agenda import FOLLOW_UP_DAYS, today_agenda
from bigjournal.journal.organisations import add_organisation, organisation_detail
from bigjournal.journal.people import add_contact, add_member
from bigjournal.journal.promises import (
    PromiseDraft,
    add_promise,
    delete_promise,
    list_promises,
    promise,
    renew_promise,
    set_promise_status,
)
from bigjournal.journal.records import TrackRecord
from bigjournal.model.vocabulary import PromiseStatus, Side
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY

REASON = "The budget for the bollards was cut in February."


def _setting(journal: Journal) -> dict[str, int]:
    borough = add_organisation(journal, name="Ashford Vale Borough Council", kind="local_authority")
    officer = add_contact(journal, name="Priya Shah", organisation=borough.id, role="Highways")
    member = add_member(journal, name="Aisha Rahman", role="chair")
    broken = add_promise(
        journal,
        PromiseDraft(
            "Repair the bollards on Canal Walk",
            side="theirs",
            made_by=officer.id,
            made_to=member.id,
            due_on=TODAY - timedelta(days=40),
            status="broken",
            status_on=TODAY - timedelta(days=10),
            status_note=REASON,
        ),
        made_on=TODAY - timedelta(days=60),
        today=TODAY,
    )
    late = add_promise(
        journal,
        PromiseDraft(
            "Send the lighting survey",
            side="theirs",
            made_by=officer.id,
            due_on=TODAY - timedelta(days=30),
            status="kept",
            status_on=TODAY - timedelta(days=17),
        ),
        made_on=TODAY - timedelta(days=50),
        today=TODAY,
    )
    return {
        "borough": borough.id,
        "officer": officer.id,
        "member": member.id,
        "broken": broken.id,
        "late": late.id,
    }


def test_a_broken_promise_gets_a_new_date_as_a_new_linked_promise(journal: Journal) -> None:
    ids = _setting(journal)
    renewed = renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=28), today=TODAY)
    assert renewed.renewed_from_id == ids["broken"]
    assert renewed.status is PromiseStatus.OPEN
    assert (renewed.due_on, renewed.made_on) == (TODAY + timedelta(days=28), TODAY)
    assert renewed.description == "Repair the bollards on Canal Walk"
    assert renewed.side is Side.THEIRS and renewed.made_by is not None
    assert renewed.made_by.id == ids["officer"] and renewed.holder is not None
    old = promise(journal, ids["broken"])
    assert old.status is PromiseStatus.BROKEN  # stays broken: the track record keeps it
    assert old.renewal_id == renewed.id and not old.can_be_renewed
    # The register (plain rows) and one promise (entities) read the link alike.
    listed = {p.id: p for p in list_promises(journal)}
    assert listed[ids["broken"]] == old
    assert listed[renewed.id].renewed_from_id == ids["broken"]
    record = organisation_detail(journal, ids["borough"], today=TODAY).track_records.theirs
    assert (record.broken, record.open_not_due) == (1, 1)


def test_new_words_and_the_day_it_was_agreed(journal: Journal) -> None:
    ids = _setting(journal)
    renewed = renew_promise(
        journal,
        ids["broken"],
        due_on="2026-08-01",
        description="  Repair two of the bollards  ",
        agreed_on=TODAY - timedelta(days=3),
        today=TODAY,
    )
    assert renewed.description == "Repair two of the bollards"
    assert renewed.made_on == TODAY - timedelta(days=3)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"due_on": None}, "Please give the new date"),
        ({"due_on": "soon"}, "new due date"),
        ({"due_on": TODAY - timedelta(days=1)}, "before the day it was agreed"),
        ({"agreed_on": TODAY + timedelta(days=1)}, "still to come"),
        ({"agreed_on": TODAY - timedelta(days=20)}, "broken on"),
        ({"description": "   "}, "what is promised now"),
    ],
)
def test_a_new_date_refused_in_plain_words(
    journal: Journal, changes: dict[str, object], words: str
) -> None:
    ids = _setting(journal)
    arguments: dict[str, object] = {"due_on": TODAY + timedelta(days=7), **changes}
    with pytest.raises(ValidationError, match=words):
        renew_promise(journal, ids["broken"], today=TODAY, **arguments)  # type: ignore[arg-type]
    assert promise(journal, ids["broken"]).renewal_id is None


def test_only_a_broken_promise_and_only_once(journal: Journal) -> None:
    ids = _setting(journal)
    with pytest.raises(ValidationError, match="Only a broken promise"):
        renew_promise(journal, ids["late"], due_on=TODAY + timedelta(days=7), today=TODAY)
    first = renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    with pytest.raises(ValidationError, match=f"already agreed.*#{first.id}"):
        renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=9), today=TODAY)
    with pytest.raises(ValidationError, match="no longer in the journal"):
        renew_promise(journal, 9999, due_on=TODAY + timedelta(days=7), today=TODAY)


def test_deleting_the_broken_promise_leaves_the_new_one(journal: Journal) -> None:
    ids = _setting(journal)
    renewed = renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    delete_promise(journal, ids["broken"])
    assert promise(journal, renewed.id).renewed_from_id is None


def test_a_leaver_does_not_hold_the_new_date(journal: Journal) -> None:
    from bigjournal.model import Contact

    ids = _setting(journal)
    with journal.transaction() as session:  # left, as a handover records it
        officer = session.get(Contact, ids["officer"])
        assert officer is not None
        officer.left_on = TODAY - timedelta(days=2)
    renewed = renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    assert renewed.made_by is None and renewed.holder is None
    assert renewed.holder_name == "Ashford Vale Borough Council"


def test_kept_late_and_broken_say_so(journal: Journal) -> None:
    ids = _setting(journal)
    late = promise(journal, ids["late"])
    assert late.days_late == 13
    assert late.status_words(TODAY).startswith("kept 13 days late (")
    broken = promise(journal, ids["broken"])
    assert broken.status_words(TODAY).endswith(f": {REASON}")
    assert REASON not in broken.status_words(TODAY, with_reason=False)
    on_time = set_promise_status(journal, ids["late"], "kept", on=TODAY - timedelta(days=30))
    assert on_time.days_late == 0 and "late" not in on_time.status_words(TODAY)


def test_the_track_record_reads_as_one_sentence_per_side() -> None:
    theirs = TrackRecord(kept_on_time=13, kept_late=6, broken=2)
    assert theirs.sentence(Side.THEIRS) == (
        "They kept 19 of 21 promises that fell due; 6 of those late; 2 broken."
    )
    assert TrackRecord(kept_on_time=1).sentence(Side.OURS) == (
        "We kept 1 of 1 promise that fell due."
    )
    assert TrackRecord(open_not_due=3).sentence(Side.OURS) == (
        "We have no promises that fell due yet."
    )
    assert TrackRecord(kept_on_time=1, overdue=1).sentence(Side.THEIRS).endswith("; 1 overdue.")


def test_today_follows_up_recent_broken_promises_with_their_reason(journal: Journal) -> None:
    ids = _setting(journal)
    agenda = today_agenda(journal, today=TODAY)
    assert [p.id for p in agenda.broken_to_follow_up] == [ids["broken"]]
    assert agenda.broken_to_follow_up[0].status_note == REASON
    # Long ago, it is history, not a follow-up; once a new date is agreed, neither.
    later = TODAY + timedelta(days=FOLLOW_UP_DAYS)
    assert today_agenda(journal, today=later).broken_to_follow_up == ()
    renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    assert today_agenda(journal, today=TODAY).broken_to_follow_up == ()


def test_the_link_travels_in_the_successor_archive(journal_path: Path, tmp_path: Path) -> None:
    with open_journal(journal_path) as source:
        ids = _setting(source)
        renewed = renew_promise(source, ids["broken"], due_on=date(2026, 9, 1), today=TODAY)
        export_archive(source, tmp_path / "handover.bigjournal", passphrase=None, unencrypted=True)
    with open_journal(tmp_path / "successor.sqlite") as target:
        import_archive(target, read_archive(tmp_path / "handover.bigjournal", passphrase=None))
        arrived = {p.uuid: p for p in list_promises(target)}
        new = arrived[renewed.uuid]
        old = next(p for p in arrived.values() if p.id == new.renewed_from_id)
        assert old.status is PromiseStatus.BROKEN and old.renewal_id == new.id
        assert old.status_note == REASON
        # And back again: importing the successor's archive changes nothing.
        export_archive(target, tmp_path / "back.bigjournal", passphrase=None, unencrypted=True)
    with open_journal(journal_path) as source:
        before = list_promises(source)
        import_archive(source, read_archive(tmp_path / "back.bigjournal", passphrase=None))
        assert list_promises(source) == before


def test_undoing_the_deletion_of_a_broken_promise_puts_the_link_back(journal: Journal) -> None:
    from bigjournal.journal import undo

    ids = _setting(journal)
    renewed = renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    snapshot = undo.snapshot_deletion(journal, "promise", ids["broken"])
    delete_promise(journal, ids["broken"])
    assert promise(journal, renewed.id).renewed_from_id is None
    undo.restore(journal, snapshot)
    assert promise(journal, renewed.id).renewed_from_id == ids["broken"]
    assert promise(journal, ids["broken"]).renewal_id == renewed.id


def test_the_promise_register_spreadsheet_says_how_late_and_whether_renewed(
    journal: Journal,
) -> None:
    import csv
    import io

    from bigjournal.exchange.registers import register_csv

    ids = _setting(journal)
    renew_promise(journal, ids["broken"], due_on=TODAY + timedelta(days=7), today=TODAY)
    text, _count = register_csv(journal, "promises", today=TODAY)
    rows = {
        r["Promise"] + r["Status"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    }
    assert rows["Send the lighting surveyKept"]["Days late"] == "13"
    assert rows["Repair the bollards on Canal WalkBroken"]["New date agreed"] == "yes"
    assert rows["Repair the bollards on Canal WalkOpen"]["New date agreed"] == ""


def test_the_demo_shows_a_broken_promise_given_a_new_date_and_kept(demo_journal: Journal) -> None:
    renewed = [p for p in list_promises(demo_journal) if p.renewed_from_id is not None]
    assert len(renewed) == 1 and renewed[0].status is PromiseStatus.KEPT
    broken = promise(demo_journal, renewed[0].renewed_from_id)  # type: ignore[arg-type]
    assert broken.status is PromiseStatus.BROKEN and broken.renewal_id == renewed[0].id
