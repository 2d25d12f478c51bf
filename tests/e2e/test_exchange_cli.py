"""Export, import and the other tools' files through the real ``bigjournal`` command."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import icalendar
import vobject

from .conftest import Run

PASSPHRASE = "a long walk by the canal"


def test_a_journal_goes_to_a_successor_and_back(run: Run, tmp_path: Path) -> None:
    run("demo")
    archive = tmp_path / "handover.bigjournal"
    by_env = {"BIGJOURNAL_PASSPHRASE": PASSPHRASE}
    made = run("export", "-o", str(archive), env=by_env)
    assert "locked with a passphrase" in made.stdout and archive.exists()
    refused = run("export", "-o", str(archive), env=by_env, check=False)
    assert refused.returncode == 1 and "already exists" in refused.stderr

    successor = tmp_path / "successor.sqlite"
    preview = run("import", str(archive), "--preview", env=by_env, journal_path=successor)
    assert (
        "Into an empty journal" in preview.stdout and "Nothing has been changed" in preview.stdout
    )
    done = json.loads(
        run("import", str(archive), "--json", env=by_env, journal_path=successor).stdout
    )
    assert done["into_empty_journal"] and sum(t["added"] for t in done["tables"]) > 200
    again = run("import", str(archive), env=by_env, journal_path=successor)
    assert "nothing changed" in again.stdout

    original = json.loads(run("promise", "list", "--json").stdout)
    copied = json.loads(run("promise", "list", "--json", journal_path=successor).stdout)
    assert [p["uuid"] for p in copied] == [p["uuid"] for p in original]


def test_the_passphrase_comes_from_a_file_and_a_wrong_one_is_explained(
    run: Run, tmp_path: Path
) -> None:
    run("demo")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    archive = tmp_path / "a.bigjournal"
    run("export", "-o", str(archive), "--passphrase-file", str(secret))
    secret.write_text("not the passphrase at all\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    wrong = run(
        "import", str(archive), "--passphrase-file", str(secret), check=False, journal_path=other
    )
    assert wrong.returncode == 1
    assert "passphrase does not open this archive" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    asked = run("import", str(archive), check=False, journal_path=other)
    assert asked.returncode == 1 and "BIGJOURNAL_PASSPHRASE" in asked.stderr


def test_an_unlocked_export_warns_and_leaves_out_what_was_asked(run: Run, tmp_path: Path) -> None:
    run("demo")
    archive = tmp_path / "plain.bigjournal"
    made = run(
        "export",
        "-o",
        str(archive),
        "--no-encryption",
        "--leave-out",
        "private-notes",
        "--leave-out",
        "personal-contact-details",
    )
    assert "NOT locked" in made.stdout and "personal data" in made.stderr
    with zipfile.ZipFile(archive) as opened:
        contacts = [json.loads(line) for line in opened.read("data/contacts.jsonl").splitlines()]
    assert contacts and all(c["phone"] == "" and c["private_notes"] == "" for c in contacts)


def test_bad_files_get_a_sentence_not_a_traceback(run: Run, tmp_path: Path) -> None:
    run("demo")
    text = tmp_path / "notes.txt"
    text.write_text("not an archive")
    result = run("import", str(text), check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "bigjournal: “notes.txt” is not a BigJournal archive."
    truncated = tmp_path / "cut.bigjournal"
    run("export", "-o", str(truncated), "--no-encryption")
    truncated.write_bytes(truncated.read_bytes()[:5000])
    result = run("import", str(truncated), check=False)
    assert result.returncode == 1 and "damaged or incomplete" in result.stderr
    assert "Traceback" not in result.stderr


def test_files_for_phones_calendars_and_spreadsheets(run: Run, tmp_path: Path) -> None:
    run("demo")
    cards = tmp_path / "contacts.vcf"
    assert "contacts to" in run("vcard", "export", "-o", str(cards)).stdout
    assert len(list(vobject.readComponents(cards.read_text(encoding="utf-8")))) > 5
    fresh = tmp_path / "fresh.sqlite"
    refused = json.loads(run("vcard", "import", str(cards), "--json", journal_path=fresh).stdout)
    assert refused["added"] == 0 and refused["skipped"]
    welcomed = json.loads(
        run(
            "vcard", "import", str(cards), "--add-organisations", "--json", journal_path=fresh
        ).stdout
    )
    assert welcomed["added"] == len(refused["skipped"]) and welcomed["new_organisations"]

    calendar = tmp_path / "meetings.ics"
    run("ical", "export", "-o", str(calendar), "--since", "2026-01-01")
    events = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert events and all(e.decoded("DTSTART") for e in events)

    register = tmp_path / "promises.csv"
    run("csv", "export", "--register", "promises", "-o", str(register))
    rows = list(csv.DictReader(io.StringIO(register.read_text(encoding="utf-8-sig"))))
    assert rows and {"Promise", "Due on", "Status"} <= set(rows[0])
