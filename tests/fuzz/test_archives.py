"""Issue 16 (3): no archive crashes the import or poisons the journal it lands in.

The corpus (``tests/data/fuzz-corpus/archives.jsonl``) holds every crash found by
hand, as a change to a real archive; the seeded fuzzer (``archive_fuzzer``) makes
new ones. An accepted archive is imported into an empty journal and the journal is
then used (Today, the lists, a calendar and vCards): any failure there is a poisoned
journal. The slow run is the nightly figure: 10,000 archives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bigjournal.exchange import read_archive
from bigjournal.exchange.errors import ArchiveError
from bigjournal.store import open_journal
from tests.fuzz.archive_fuzzer import Figures, demo_archive, fuzz, run_case
from tests.unit.exchange.exchange_support import forge, zip_members

CORPUS = Path(__file__).parent.parent / "data" / "fuzz-corpus" / "archives.jsonl"

pytestmark = pytest.mark.sqlite_only


def _corpus() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _apply(seed: bytes, case: dict[str, object]) -> bytes:
    if case.get("bytes") == "version_needed":
        data = bytearray(seed)
        for header, offset in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 6)):
            at = data.find(header)
            data[at + offset] = int(case["value"])  # type: ignore[call-overload]
        return bytes(data)
    members = zip_members(seed)
    name = f"data/{case['table']}.jsonl"
    lines = members[name].decode().splitlines()
    record = json.loads(lines[0])
    if case["table"] == "settings":
        record.update(key=case["key"], value=case["value"])
    else:
        record[str(case["field"])] = case["value"]
    lines[0] = json.dumps(record)
    members[name] = "".join(f"{line}\n" for line in lines).encode()
    return forge(members)


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return demo_archive(tmp_path_factory.mktemp("seed"))


@pytest.mark.parametrize("case", _corpus(), ids=lambda c: str(c["why"])[:50])
def test_each_crash_found_by_hand_is_refused_in_a_sentence(
    seed: bytes, case: dict[str, object], tmp_path: Path
) -> None:
    archive = _apply(seed, case)
    with pytest.raises(ArchiveError) as refused:
        read_archive(archive)
    message = str(refused.value)
    assert "Nothing was imported" in message or "Nothing was changed" in message, message
    # And through the same harness as the fuzzer: refused, not crashed, not poisoned.
    empty = tmp_path / "empty.sqlite"
    with open_journal(empty, automatic_backups=False):
        pass
    figures = Figures()
    run_case(archive, empty, tmp_path, figures, str(case["why"]))
    assert (figures.refused, figures.crashes, figures.poisoned) == (1, [], [])


def test_the_unchanged_seed_imports_and_is_usable(seed: bytes, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    with open_journal(empty, automatic_backups=False):
        pass
    figures = Figures()
    run_case(seed, empty, tmp_path, figures, "the seed")
    assert figures.imported == 1, figures.crashes + figures.poisoned


def test_seeded_fuzzed_archives_never_crash_or_poison(tmp_path: Path) -> None:
    figures = fuzz(tmp_path, seed=16, cases=80, seconds=10)
    assert figures.cases >= 5
    assert figures.crashes == [] and figures.poisoned == [], figures.line()


@pytest.mark.slow
def test_ten_thousand_fuzzed_archives_never_crash_or_poison(tmp_path: Path) -> None:
    figures = fuzz(tmp_path, seed=1616, cases=10_000, seconds=4 * 3600)
    assert figures.cases == 10_000
    assert figures.crashes == [] and figures.poisoned == [], figures.line()
