"""Issue 16 (4): vCard import never crashes, keeps what real exporters mean, says
what it leaves out, and reads in time linear in the file's size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bigjournal.exchange.errors import ArchiveError
from bigjournal.exchange.textformat import decode_text
from bigjournal.exchange.vcard import (
    import_vcards,
    parse_vcards,
    plan_vcard_import,
    read_vcard_file,
)
from bigjournal.journal.organisations import list_organisations
from bigjournal.journal.people import list_contacts
from bigjournal.store import Journal
from tests.fuzz.vcard_fuzzer import REAL_SHAPES, Figures, fuzz, run_case

CORPUS = Path(__file__).parent.parent / "data" / "fuzz-corpus" / "vcards.jsonl"

pytestmark = pytest.mark.sqlite_only


def _corpus() -> list[dict[str, str]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _bytes(case: dict[str, str]) -> bytes:
    return bytes.fromhex(case["hex"]) if "hex" in case else case["text"].encode("utf-8")


@pytest.mark.parametrize("case", _corpus(), ids=lambda c: c["why"][:40])
def test_each_crash_found_by_hand_is_read_or_refused_in_a_sentence(
    case: dict[str, str], demo_target: Path, tmp_path: Path
) -> None:
    figures = Figures()
    run_case(_bytes(case), Path(demo_target), tmp_path, figures, case["why"])
    assert figures.crashes == [] and figures.poisoned == []
    assert figures.imported + figures.refused == 1


def test_windows_1252_with_undefined_bytes_reads_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "w.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nFN:J\xe9r\xf4me \x81Smith\r\nORG:Riverside Homes\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcard_file(source)
    assert card.name == "Jérôme \ufffdSmith"


def test_a_declared_charset_is_used_outside_quoted_printable(tmp_path: Path) -> None:
    source = tmp_path / "koi.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R:"
        + "Ирина".encode("koi8-r")
        + b"\r\nORG:Riverside Homes\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcard_file(source)
    assert card.name == "Ирина"


@pytest.mark.parametrize("charset", ["undefined", "idna", "punycode", "base64", "nonsense"])
def test_charsets_that_are_not_charsets_fall_back_to_utf8(charset: str) -> None:
    assert decode_text("Zoë".encode(), charset) == "Zoë"


def test_org_first_component_is_the_organisation_and_departments_are_offered(
    demo_journal: Journal,
) -> None:
    (google,) = parse_vcards(REAL_SHAPES[0])
    assert google.organisation == "Ashford Vale Borough Council"
    assert google.departments == ("Housing Department",)
    plan = plan_vcard_import(demo_journal, [google])
    (item,) = plan.plans
    assert item.action == "add"
    assert "no department “Housing Department”" in item.note
    offered = plan_vcard_import(demo_journal, [google], add_organisations=True)
    assert offered.new_departments == (("Housing Department", "Ashford Vale Borough Council"),)
    assert offered.new_organisations == ()  # never "Housing Department" as an organisation
    import_vcards(demo_journal, offered)
    units = {o.name: o for o in list_organisations(demo_journal)}
    council = units["Ashford Vale Borough Council"]
    assert units["Housing Department"].parent_id == council.id
    (priya,) = [c for c in list_contacts(demo_journal) if c.name == "Priyanka Shore"]
    assert priya.organisation.name == "Housing Department"


def test_an_existing_department_takes_the_card(demo_journal: Journal) -> None:
    text = (
        "BEGIN:VCARD\r\nFN:Dee Road\r\nORG:Ashford Vale Borough Council;Highways and "
        "Streetscene\r\nEND:VCARD\r\n"
    )
    plan = plan_vcard_import(demo_journal, parse_vcards(text))
    (item,) = plan.plans
    units = {o.name: o.id for o in list_organisations(demo_journal)}
    assert item.organisation_id == units["Highways and Streetscene"] and item.note == ""


def test_tel_uri_loses_its_scheme_and_everything_not_kept_is_listed(
    demo_journal: Journal,
) -> None:
    (google,) = parse_vcards(REAL_SHAPES[0])
    assert google.left_out == (
        "more than one phone number (one is kept)",
        "an address",
        "a web address",
        "categories",
    )
    (uri,) = parse_vcards(REAL_SHAPES[1])
    assert uri.phone == "+44-1632-960555"
    (item,) = plan_vcard_import(demo_journal, [google]).plans
    assert "not kept: more than one phone number" in item.note


def test_quoted_printable_with_a_charset_and_a_soft_break(tmp_path: Path) -> None:
    source = tmp_path / "old-phone.vcf"
    source.write_bytes(REAL_SHAPES[2].encode("latin-1"))
    (card,) = read_vcard_file(source)
    assert card.name == "Anne Renée"
    assert card.notes == "line one\nline two"


def test_megabytes_of_continuation_lines_are_read(tmp_path: Path) -> None:
    # 5 MB of folded continuations: unfolding once grew one string per line (quadratic,
    # 32 s for 2.5 MB); it now joins each logical line once.
    source = tmp_path / "long.vcf"
    with source.open("wb") as handle:
        handle.write(b"BEGIN:VCARD\r\nFN:Long Note\r\nORG:Riverside Homes\r\nNOTE:x")
        handle.write(b"\r\n y" * (5 * 1024 * 1024 // 4))
        handle.write(b"\r\nEND:VCARD\r\n")
    (card,) = read_vcard_file(source)
    assert len(card.notes) == 1 + 5 * 1024 * 1024 // 4


def test_not_a_vcard_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "letter.vcf"
    source.write_bytes(b"\xff\xfe\x00\x00 Dear sir")
    with pytest.raises(ArchiveError, match="not a vCard file"):
        read_vcard_file(source)


def test_seeded_fuzzed_vcards_never_crash_or_poison(tmp_path: Path) -> None:
    figures = fuzz(tmp_path, seed=16, cases=60, seconds=8)
    assert figures.cases >= 5
    assert figures.crashes == [] and figures.poisoned == [], figures.line()


@pytest.mark.slow
def test_a_thousand_fuzzed_vcards_never_crash_or_poison(tmp_path: Path) -> None:
    figures = fuzz(tmp_path, seed=1616, cases=1000, seconds=4 * 3600)
    assert figures.cases == 1000
    assert figures.crashes == [] and figures.poisoned == [], figures.line()
