"""The successor archive: round trip, merge, redaction, encryption, progress and cancel."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest

from bigjournal.errors import ValidationError
from bigjournal.exchange import (
    ARCHIVE_SUFFIX,
    CancelledError,
    DamagedArchiveError,
    KeyStrength,
    PassphraseNeededError,
    WrongPassphraseError,
    export_archive,
    import_archive,
    inspect_archive,
    preview_import,
    read_archive,
)
from bigjournal.journal.meetings import MeetingDraft, list_meetings, log_meeting, meeting_detail
from bigjournal.journal.organisations import add_organisation, find_organisation
from bigjournal.journal.people import find_contact, list_contacts, list_members, update_contact
from bigjournal.journal.promises import list_promises, set_promise_status
from bigjournal.model import PromiseStatus
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY
from tests.unit.exchange.exchange_support import canonical_dump, zip_members

# compares journals through their SQLite files.
pytestmark = pytest.mark.sqlite_only

FAST = KeyStrength(n=2**10)  # the real default is tested once; the rest need speed
PASSPHRASE = "a long walk by the canal"


def export(journal: Journal, path: Path, **options: object) -> Path:
    options.setdefault("passphrase", PASSPHRASE)
    options.setdefault("strength", FAST)
    export_archive(journal, path, **options)  # type: ignore[arg-type]
    return path


def dump(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    journal.checkpoint()
    assert journal.path is not None
    return canonical_dump(journal.path)


def test_demo_journal_round_trips_exactly_through_a_locked_archive(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / f"handover{ARCHIVE_SUFFIX}"
    summary = export_archive(demo_journal, path, passphrase=PASSPHRASE)  # default strength
    assert summary.encrypted and summary.counts["promises"] > 50
    assert inspect_archive(path).sealed
    archive = read_archive(path, passphrase=PASSPHRASE)
    preview = preview_import(journal, archive)
    assert preview.into_empty_journal and preview.updated == 0
    assert preview.table("promises").added == summary.counts["promises"]
    assert dump(journal)["promises"] == []  # a preview changes nothing
    import_archive(journal, archive)
    assert dump(journal) == dump(demo_journal)


def test_locked_archive_shows_nothing_readable(demo_journal: Journal, tmp_path: Path) -> None:
    path = export(demo_journal, tmp_path / "a.bigjournal")
    data = path.read_bytes()
    assert data.startswith(b"BIGJOURNAL-SEALED-ARCHIVE\n")
    for secret in (b"Millbrook", b"promises", b"manifest.json", "Millbrook".encode("utf-16-le")):
        assert secret not in data
    header = json.loads(data.split(b"\n")[1])
    assert header["cipher"] == "AES-256-GCM" and header["kdf"] == "scrypt"


def test_a_plain_archive_is_a_readable_zip(demo_journal: Journal, tmp_path: Path) -> None:
    path = export(demo_journal, tmp_path / "plain.bigjournal", passphrase=None, unencrypted=True)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        readme = archive.read("README.txt").decode()
        first_promise = json.loads(archive.read("data/promises.jsonl").splitlines()[0])
    assert {"README.txt", "manifest.json", "data/promises.jsonl"} <= set(names)
    assert manifest["format_version"] == 1 and "search_index" not in json.dumps(manifest)
    assert "PERSONAL DATA" in readme and "Millbrook" in readme
    assert "organisation_uuid" in first_promise and "id" not in first_promise
    assert not any(key.endswith("_id") for key in first_promise)


def test_leaving_it_unlocked_must_be_chosen_and_passphrases_must_be_long(
    demo_journal: Journal, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="passphrase"):
        export_archive(demo_journal, tmp_path / "a.bigjournal", passphrase=None)
    with pytest.raises(ValidationError, match="at least 8"):
        export_archive(demo_journal, tmp_path / "a.bigjournal", passphrase="short")
    with pytest.raises(ValidationError, match="left out"):
        export_archive(
            demo_journal, tmp_path / "a.bigjournal", passphrase=PASSPHRASE, leave_out=["diary"]
        )
    assert list(tmp_path.iterdir()) == []


def test_the_passphrase_is_asked_for_and_checked(demo_journal: Journal, tmp_path: Path) -> None:
    path = export(demo_journal, tmp_path / "a.bigjournal")
    with pytest.raises(PassphraseNeededError, match="passphrase"):
        read_archive(path)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        read_archive(path, passphrase="a long walk by the river")
    # The same words typed with a decomposed accent (as some keyboards do) still open it.
    accented = export(demo_journal, tmp_path / "b.bigjournal", passphrase="caf\u00e9 au lait s'il")
    assert read_archive(accented, passphrase="cafe\u0301 au lait s'il").count("promises") > 0


@pytest.mark.parametrize("where", ["ciphertext", "tag", "nonce", "truncated"])
def test_a_tampered_locked_archive_is_refused(
    demo_journal: Journal, tmp_path: Path, where: str
) -> None:
    path = export(demo_journal, tmp_path / "a.bigjournal")
    data = bytearray(path.read_bytes())
    header_end = data.index(b"\n", 30) + 1
    if where == "ciphertext":
        data[header_end + 100] ^= 0x01
    elif where == "tag":
        data[-1] ^= 0x80
    elif where == "nonce":
        header = json.loads(data[26:header_end])
        header["nonce"] = "AAAAAAAAAAAAAAAA"
        data[26:header_end] = json.dumps(header).encode() + b"\n"
    else:
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedArchiveError, match="changed or damaged"):
        read_archive(path, passphrase=PASSPHRASE)


def test_importing_the_same_archive_twice_duplicates_nothing(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    archive = read_archive(export(demo_journal, tmp_path / "a.bigjournal"), passphrase=PASSPHRASE)
    import_archive(journal, archive)
    before = dump(journal)
    again = preview_import(journal, archive)
    assert not again.into_empty_journal and again.changes_nothing
    assert again.table("promises").unchanged == len(before["promises"])
    done = import_archive(journal, archive)
    assert done.changes_nothing and dump(journal) == before


def test_merge_adds_new_records_and_takes_the_newest_edit(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    first = read_archive(export(demo_journal, tmp_path / "1.bigjournal"), passphrase=PASSPHRASE)
    import_archive(journal, first)
    # The outgoing volunteer goes on working in the old journal...
    promise = next(p for p in list_promises(demo_journal) if p.status is PromiseStatus.OPEN)
    set_promise_status(demo_journal, promise.id, PromiseStatus.KEPT, on=TODAY)
    add_organisation(
        demo_journal, name="Millbrook Allotment Society", kind="voluntary_organisation"
    )
    meeting = list_meetings(demo_journal)[0]
    log_meeting(
        demo_journal,
        MeetingDraft(
            occurred_on=TODAY,
            title="Walkabout with the new estates officer",
            organisations=[meeting.organisations[0].id],
        ),
        today=TODAY,
    )
    # ...while the successor corrects a phone number in the new one.
    contact = list_contacts(journal)[0]
    update_contact(journal, contact.id, {"phone": "01632 960001"})
    second = read_archive(export(demo_journal, tmp_path / "2.bigjournal"), passphrase=PASSPHRASE)
    preview = preview_import(journal, second)
    assert preview.table("organisations").added == 1
    assert preview.table("interactions").added == 1
    assert preview.table("promises").updated == 1
    assert preview.table("contacts").kept_newer == 1
    assert preview.table("contacts").added == 0
    import_archive(journal, second)
    merged = dump(journal)
    source = dump(demo_journal)
    for table in ("organisations", "interactions", "promises", "interaction_organisations"):
        assert merged[table] == source[table], table
    # The successor's newer edit survived; nothing was duplicated.
    assert find_contact(journal, contact.id).name == contact.name
    assert next(c for c in list_contacts(journal) if c.id == contact.id).phone == "01632 960001"
    assert len(merged["contacts"]) == len(source["contacts"])
    kept = next(p for p in list_promises(journal) if p.uuid == promise.uuid)
    assert kept.status is PromiseStatus.KEPT and kept.version > promise.version


def test_who_attended_follows_the_meetings_newest_edit(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    import_archive(
        journal,
        read_archive(export(demo_journal, tmp_path / "1.bigjournal"), passphrase=PASSPHRASE),
    )
    from bigjournal.journal.meetings import update_meeting

    meeting = next(
        m
        for m in list_meetings(demo_journal)
        if len(meeting_detail(demo_journal, m.id).members) >= 2
    )
    detail = meeting_detail(demo_journal, meeting.id)
    fewer = [detail.members[0].id]
    update_meeting(demo_journal, meeting.id, {"members": fewer})  # nothing else changes
    import_archive(
        journal,
        read_archive(export(demo_journal, tmp_path / "2.bigjournal"), passphrase=PASSPHRASE),
    )
    assert dump(journal)["interaction_members"] == dump(demo_journal)["interaction_members"]
    copy = next(m for m in list_meetings(journal) if m.uuid == meeting.uuid)
    assert [r.uuid for r in meeting_detail(journal, copy.id).members] == [detail.members[0].uuid]


def test_who_holds_a_relationship_follows_the_organisations_newest_edit(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    from bigjournal.journal.organisations import list_organisations, update_organisation

    import_archive(
        journal,
        read_archive(export(demo_journal, tmp_path / "1.bigjournal"), passphrase=PASSPHRASE),
    )
    held = next(o for o in list_organisations(demo_journal) if o.holders)
    update_organisation(demo_journal, held.id, {"holders": []})
    import_archive(
        journal,
        read_archive(export(demo_journal, tmp_path / "2.bigjournal"), passphrase=PASSPHRASE),
    )
    assert dump(journal) == dump(demo_journal)
    assert not next(o for o in list_organisations(journal) if o.uuid == held.uuid).holders


def test_leaving_out_private_notes_and_personal_details(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    contact = list_contacts(demo_journal)[0]
    update_contact(demo_journal, contact.id, {"private_notes": "Going through a divorce."})
    path = export(
        demo_journal,
        tmp_path / "redacted.bigjournal",
        passphrase=None,
        unencrypted=True,
        leave_out=["private-notes", "personal-contact-details"],
    )
    members = zip_members(path.read_bytes())
    for line in members["data/contacts.jsonl"].splitlines():
        record = json.loads(line)
        assert record["private_notes"] == "" and record["phone"] == "" and record["email"] == ""
    assert all(
        json.loads(line)["phone"] == "" for line in members["data/members.jsonl"].splitlines()
    )
    assert b"divorce" not in path.read_bytes()
    assert "Left out on purpose" in members["README.txt"].decode()
    assert any(
        o["phone"] for o in map(json.loads, members["data/organisations.jsonl"].splitlines())
    )
    archive = read_archive(path)
    import_archive(journal, archive)
    assert all(c.phone == "" and c.email == "" for c in list_contacts(journal))
    assert all(m.phone == "" for m in list_members(journal))


def test_a_redacted_archive_does_not_wipe_details_the_journal_has(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    full = read_archive(export(demo_journal, tmp_path / "full.bigjournal"), passphrase=PASSPHRASE)
    import_archive(journal, full)
    contact = next(c for c in list_contacts(demo_journal) if c.phone)
    update_contact(demo_journal, contact.id, {"role": "Head of Estates"})
    redacted = read_archive(
        export(demo_journal, tmp_path / "r.bigjournal", leave_out=["personal-contact-details"]),
        passphrase=PASSPHRASE,
    )
    assert preview_import(journal, redacted).table("contacts").updated == 1
    import_archive(journal, redacted)
    copy = next(c for c in list_contacts(journal) if c.uuid == contact.uuid)
    assert copy.role == "Head of Estates" and copy.phone == contact.phone


def test_export_reports_progress_and_can_be_cancelled(
    demo_journal: Journal, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    steps: list[tuple[int, int, str]] = []
    export(demo_journal, tmp_path / "a.bigjournal", progress=lambda *s: steps.append(s))
    assert steps[-1][0] == steps[-1][1] > 0
    assert [s[0] for s in steps] == sorted(s[0] for s in steps)
    target = tmp_path / "b.bigjournal"
    target.write_bytes(b"an older archive the volunteer wants to keep")
    cancel = threading.Event()

    def press_cancel(done: int, total: int, what: str) -> None:
        if done > 0:
            cancel.set()

    with pytest.raises(CancelledError, match="no file was written"):
        export(demo_journal, target, progress=press_cancel, cancel=cancel)
    assert target.read_bytes() == b"an older archive the volunteer wants to keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bigjournal", "b.bigjournal"]


def test_import_can_be_cancelled_and_changes_nothing(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    archive = read_archive(export(demo_journal, tmp_path / "a.bigjournal"), passphrase=PASSPHRASE)
    before = dump(journal)
    cancel = threading.Event()
    seen: list[int] = []

    def press_cancel(done: int, total: int, what: str) -> None:
        seen.append(done)
        if done > 100:
            cancel.set()

    with pytest.raises(CancelledError, match="nothing was changed"):
        import_archive(journal, archive, progress=press_cancel, cancel=cancel)
    assert max(seen) > 100
    assert dump(journal) == before


def test_an_older_archive_without_a_column_gets_its_default(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    from tests.unit.exchange.exchange_support import edit_lines, forge

    path = export(demo_journal, tmp_path / "a.bigjournal", passphrase=None, unencrypted=True)
    members = zip_members(path.read_bytes())

    def forget_notes(record: dict[str, object]) -> dict[str, object]:
        record.pop("notes")
        return record

    older = forge(edit_lines(members, "contacts", forget_notes))
    import_archive(journal, read_archive(older))
    assert all(c.notes == "" for c in list_contacts(journal))
    assert len(list_contacts(journal)) == len(list_contacts(demo_journal))


def test_a_fresh_journal_in_a_new_place_opens_the_import(tmp_path: Path) -> None:
    """An import needs nothing but the file: the journal it goes into may be brand new."""
    source = tmp_path / "old.sqlite"
    with open_journal(source) as old:
        add_organisation(old, name="Ashby Borough Council", kind="local_authority")
        path = export(old, tmp_path / "a.bigjournal")
    with open_journal(tmp_path / "new" / "journal.sqlite") as new:
        import_archive(new, read_archive(path, passphrase=PASSPHRASE))
        assert find_organisation(new, "Ashby Borough Council").name == "Ashby Borough Council"
