"""Bad archives get a clear message and change nothing; the importer survives fuzzing."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bigjournal.errors import JournalError
from bigjournal.exchange import (
    ArchiveError,
    DamagedArchiveError,
    KeyStrength,
    Limits,
    NewerArchiveError,
    NotAnArchiveError,
    export_archive,
    import_archive,
    read_archive,
)
from bigjournal.journal.demo import build_demo
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY
from tests.unit.exchange.exchange_support import canonical_dump, edit_lines, forge, zip_members

# compares journals through their SQLite files.
pytestmark = pytest.mark.sqlite_only

FAST = KeyStrength(n=2**10)
PASSPHRASE = "a long walk by the canal"


@pytest.fixture(scope="module")
def plain_archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small journal's plain archive, made once for the module."""
    folder = tmp_path_factory.mktemp("plain")
    with open_journal(folder / "source.sqlite") as source:
        build_demo(source, today=TODAY)
        export_archive(source, folder / "a.bigjournal", passphrase=None, unencrypted=True)
    return (folder / "a.bigjournal").read_bytes()


@pytest.fixture
def members(plain_archive: bytes) -> dict[str, bytes]:
    return zip_members(plain_archive)


def refused(data: bytes, error: type[ArchiveError], match: str, **options: Any) -> None:
    with pytest.raises(error, match=match):
        read_archive(data, **options)


def test_files_that_are_not_archives(tmp_path: Path, journal: Journal) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Meeting with the council on Tuesday")
    with pytest.raises(NotAnArchiveError, match=r"“notes\.txt” is not a BigJournal archive"):
        read_archive(text)
    empty = tmp_path / "empty.bigjournal"
    empty.write_bytes(b"")
    with pytest.raises(NotAnArchiveError, match="empty"):
        read_archive(empty)
    assert journal.path is not None
    with pytest.raises(NotAnArchiveError, match="journal file, not an archive"):
        read_archive(journal.path)
    with pytest.raises(NotAnArchiveError, match="There is no file"):
        read_archive(tmp_path / "missing.bigjournal")
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
    refused(other_zip.getvalue(), NotAnArchiveError, "not a BigJournal archive")


def test_a_truncated_archive(plain_archive: bytes) -> None:
    for cut in (len(plain_archive) // 2, len(plain_archive) - 10, 30):
        refused(plain_archive[:cut], DamagedArchiveError, "damaged or incomplete")


def test_a_tampered_plain_archive_fails_its_checksum(members: dict[str, bytes]) -> None:
    changed = {**members}
    changed["data/promises.jsonl"] = members["data/promises.jsonl"].replace(b'"open"', b'"kept"', 1)
    refused(forge(changed, fix_manifest=False), DamagedArchiveError, "do not match their checksum")


def test_an_archive_from_a_newer_version(members: dict[str, bytes]) -> None:
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 2
    newer = forge({**members, "manifest.json": json.dumps(manifest).encode()}, fix_manifest=False)
    refused(newer, NewerArchiveError, "newer version of BigJournal — please update")

    def add_column(record: dict[str, Any]) -> dict[str, Any]:
        return {**record, "pronouns": "they/them"}

    refused(forge(edit_lines(members, "contacts", add_column)), NewerArchiveError, "please update")
    manifest = json.loads(members["manifest.json"])
    manifest["tables"].append(
        {"name": "grants", "file": "data/grants.jsonl", "records": 0, "bytes": 0, "sha256": ""}
    )
    newer = forge({**members, "manifest.json": json.dumps(manifest).encode()}, fix_manifest=False)
    refused(newer, NewerArchiveError, "“grants”")


@pytest.mark.parametrize(
    "name",
    [
        "../../.bashrc",
        "/etc/passwd",
        "data/../../x.jsonl",
        "C:\\Windows\\evil.jsonl",
        "data/a/b.jsonl",
    ],
)
def test_path_traversal_names_are_refused(members: dict[str, bytes], name: str) -> None:
    refused(forge({**members, name: b"{}\n"}), DamagedArchiveError, "name that is not allowed")


def test_zip_bombs_are_refused_before_they_fill_memory(members: dict[str, bytes]) -> None:
    bomb = {**members, "data/settings.jsonl": b" " * (40 * 1024 * 1024) + b"\n"}
    refused(forge(bomb, fix_manifest=False), DamagedArchiveError, "zip bomb")
    refused(
        forge(members),
        DamagedArchiveError,
        "zip bomb",
        limits=Limits(unpacked_bytes=10_000),
    )


def test_deeply_nested_or_huge_json(members: dict[str, bytes]) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    nested = {**members, "data/settings.jsonl": members["data/settings.jsonl"] + deep + b"\n"}
    refused(forge(nested), DamagedArchiveError, "settings, line 4 is not readable")
    refused(
        forge({**members, "manifest.json": deep}, fix_manifest=False),
        DamagedArchiveError,
        "manifest",
    )

    def huge(record: dict[str, Any]) -> dict[str, Any]:
        return {**record, "notes": "x" * 3000}

    refused(
        forge(edit_lines(members, "interactions", huge)),
        DamagedArchiveError,
        "far too long",
        limits=Limits(line_chars=2000),
    )


def test_references_to_records_that_are_not_there(members: dict[str, bytes]) -> None:
    lines = members["data/organisations.jsonl"].splitlines(keepends=True)
    without_first = {**members, "data/organisations.jsonl": b"".join(lines[1:])}
    refused(forge(without_first), DamagedArchiveError, "refers to one of the organisations")


@pytest.mark.parametrize(
    ("table", "change", "match"),
    [
        ("promises", lambda r: {**r, "status": "forgotten"}, "unknown value"),
        ("promises", lambda r: {**r, "made_on": "31/12/2025"}, "not a valid date"),
        ("promises", lambda r: {**r, "description": None}, "must have a value"),
        ("contacts", lambda r: {**r, "name": "x" * 201}, "longer than 200"),
        ("members", lambda r: {k: v for k, v in r.items() if k != "uuid"}, "“uuid” is missing"),
        ("members", lambda r: {**r, "version": 1.5}, "not readable"),
        ("members", lambda r: {**r, "version": True}, "whole number"),
        ("members", lambda r: {**r, "updated_at": "2026-01-01T10:00:00"}, "no time zone"),
        ("members", lambda r: {**r, "uuid": "../../etc"}, "not a record identity"),
        ("members", lambda r: [r], "not a record"),
        ("settings", lambda r: {**r, "value": float("nan")}, "not readable"),
    ],
)
def test_values_that_do_not_fit(
    members: dict[str, bytes], table: str, change: Callable[[Any], Any], match: str
) -> None:
    refused(forge(edit_lines(members, table, change)), DamagedArchiveError, match)


def test_a_record_repeated_in_the_archive(members: dict[str, bytes]) -> None:
    lines = members["data/members.jsonl"]
    refused(
        forge({**members, "data/members.jsonl": lines + lines.splitlines(keepends=True)[0]}),
        DamagedArchiveError,
        "repeats a record",
    )


def test_a_record_the_journal_refuses_rolls_the_whole_import_back(
    members: dict[str, bytes], demo_journal: Journal
) -> None:
    """Valid values that break a rule of the journal (one maker per promise)."""
    contacts = [json.loads(line) for line in members["data/contacts.jsonl"].splitlines()]
    all_members = [json.loads(line) for line in members["data/members.jsonl"].splitlines()]
    promises = members["data/promises.jsonl"].splitlines()
    last = json.loads(promises[-1])
    last.update(
        uuid="00000000-0000-4000-8000-000000000001",
        made_by_contact_uuid=contacts[0]["uuid"],
        made_by_member_uuid=all_members[0]["uuid"],
    )
    broken = {
        **members,
        "data/promises.jsonl": members["data/promises.jsonl"] + json.dumps(last).encode() + b"\n",
    }
    archive = read_archive(forge(broken))
    before = canonical_dump(demo_journal.path)  # type: ignore[arg-type]
    with pytest.raises(ArchiveError, match="cannot accept"):
        import_archive(demo_journal, archive)
    demo_journal.checkpoint()
    assert canonical_dump(demo_journal.path) == before  # type: ignore[arg-type]


# --- fuzzing ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal that shares records with the archive, so a mutated import would merge."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "target.sqlite"
    with open_journal(path) as target:
        build_demo(target, today=TODAY)
        target.checkpoint()
    return path


def import_or_refuse(data: bytes, target_template: Path, work: Path, **options: Any) -> None:
    """Either the import succeeds whole, or it is refused with a message and changes nothing."""
    try:
        archive = read_archive(data, **options)
    except ArchiveError as error:
        assert str(error) and "Traceback" not in str(error)
        return
    copy = work / "target.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(target_template, copy)
    before = canonical_dump(copy)
    with open_journal(copy) as journal:
        try:
            import_archive(journal, archive)
        except JournalError:
            journal.checkpoint()
            assert canonical_dump(copy) == before
            return
        journal.checkpoint()


fuzz_settings = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@fuzz_settings
@given(
    mutations=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=8,
    ),
    cut=st.none() | st.integers(min_value=0),
)
def test_fuzzed_archive_bytes_never_crash_or_half_import(
    plain_archive: bytes,
    fuzz_target: Path,
    tmp_path_factory: pytest.TempPathFactory,
    mutations: list[tuple[int, int]],
    cut: int | None,
) -> None:
    data = bytearray(plain_archive)
    for position, value in mutations:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    import_or_refuse(bytes(data), fuzz_target, tmp_path_factory.mktemp("f"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@fuzz_settings
@given(data=st.data())
def test_fuzzed_records_never_crash_or_half_import(
    members: dict[str, bytes],
    fuzz_target: Path,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    """Mutate values inside well-formed archives (checksums fixed) to reach the deep checks."""
    tables = sorted(n for n in members if n.startswith("data/") and members[n])
    changed = dict(members)
    for _ in range(data.draw(st.integers(1, 4))):
        name = data.draw(st.sampled_from(tables))
        lines = changed[name].splitlines()
        index = data.draw(st.integers(0, len(lines) - 1))
        record = json.loads(lines[index])
        key = data.draw(st.sampled_from(sorted(record)))
        action = data.draw(st.sampled_from(["value", "copy", "drop", "uuid-of-other"]))
        if action == "value":
            record[key] = data.draw(json_values)
        elif action == "drop":
            del record[key]
        elif action == "copy":  # another row's value for the same field: often still valid
            other = json.loads(lines[data.draw(st.integers(0, len(lines) - 1))])
            record[key] = other.get(key)
        else:
            record[key] = f"00000000-0000-4000-8000-{data.draw(st.integers(0, 10**6)):012d}"
        lines[index] = json.dumps(record, ensure_ascii=False).encode()
        changed[name] = b"\n".join(lines) + b"\n"
    import_or_refuse(forge(changed), fuzz_target, tmp_path_factory.mktemp("r"))


@settings(max_examples=25, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_of_a_locked_archive_is_detected(
    locked_archive: bytes, position: int, value: int
) -> None:
    data = bytearray(locked_archive)
    data[position % len(data)] ^= value
    with pytest.raises(ArchiveError):
        read_archive(bytes(data), passphrase=PASSPHRASE)


@pytest.fixture(scope="module")
def locked_archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("locked")
    with open_journal(folder / "source.sqlite") as source:
        build_demo(source, today=TODAY)
        export_archive(source, folder / "a.bigjournal", passphrase=PASSPHRASE, strength=FAST)
    return (folder / "a.bigjournal").read_bytes()


def test_an_organisation_may_not_become_part_of_itself(
    members: dict[str, bytes], journal: Journal
) -> None:
    organisations = [json.loads(line) for line in members["data/organisations.jsonl"].splitlines()]
    first, second = organisations[0]["uuid"], organisations[1]["uuid"]

    def loop(record: dict[str, Any]) -> dict[str, Any]:
        if record["uuid"] == first:
            return {**record, "parent_uuid": second}
        if record["uuid"] == second:
            return {**record, "parent_uuid": first}
        return record

    archive = read_archive(forge(edit_lines(members, "organisations", loop)))
    with pytest.raises(ArchiveError, match="part of itself"):
        import_archive(journal, archive)
    assert journal.path is not None
    journal.checkpoint()
    assert canonical_dump(journal.path)["organisations"] == []
