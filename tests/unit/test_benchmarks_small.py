"""The benchmarks keep working: a tiny run of every one, and a generator that is exact.

Nothing here checks speed (that is for people reading ``python -m benchmarks.run``);
it checks that the command runs, that every floor computes the same result as the
app, and that the generated journal is deterministic and correctly indexed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from benchmarks.generate import generate
from benchmarks.growth import fitted_exponent, measure_growth
from benchmarks.growth import render as render_growth
from benchmarks.registry import Pair, benchmark, load_all
from benchmarks.run import main
from bigjournal.journal.search import search
from bigjournal.store import open_journal

TINY = 0.005


@pytest.fixture(scope="module")
def tiny_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("tiny") / "tiny.sqlite", scale=TINY, seed=1)


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


# Every row starts real processes (the window, the command line) at least twice: about a
# minute on a quiet machine, many more where seven other jobs share its two cores.
@pytest.mark.timeout(1800)
def test_every_benchmark_runs_and_its_floor_gives_the_apps_result(
    tiny_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results_file = tmp_path / "results.json"
    arguments = ["--journal", str(tiny_journal), "--scale", str(TINY), "--runs", "1"]
    code = main([*arguments, "--json", str(results_file)])
    assert code == 0
    results = json.loads(results_file.read_text())
    assert {r["operation"] for r in results} == set(load_all())
    assert [r for r in results if r["mismatch"]] == []
    assert all(r["app_median"] > 0 and r["floor_median"] > 0 for r in results)
    printed = capsys.readouterr().out
    assert "today's agenda" in printed and "ratio" in printed and "within target" in printed


def test_the_same_seed_makes_the_same_journal(tiny_journal: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again.sqlite", scale=TINY, seed=1)
    other = generate(tmp_path / "other.sqlite", scale=TINY, seed=2)
    query = "SELECT * FROM promises ORDER BY id"
    assert _rows(again, query) == _rows(tiny_journal, query)
    assert _rows(other, query) != _rows(tiny_journal, query)


def test_the_search_index_filled_in_bulk_equals_the_one_the_triggers_keep(
    tiny_journal: Path, tmp_path: Path
) -> None:
    by_trigger = generate(tmp_path / "trigger.sqlite", scale=TINY, seed=1, index_by_trigger=True)
    query = "SELECT rowid, title, body FROM search_index ORDER BY rowid"
    assert _rows(tiny_journal, query) == _rows(by_trigger, query)
    # The triggers are back in place: a later edit by the app is searchable.
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert _rows(tiny_journal, triggers) == _rows(by_trigger, triggers)


def test_the_generated_journal_opens_in_the_app_with_realistic_content(
    tiny_journal: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(tiny_journal.read_bytes())
    with open_journal(copy) as journal:
        assert search(journal, "lighting")
    statuses = {s for (s,) in _rows(tiny_journal, "SELECT DISTINCT status FROM promises")}
    assert statuses == {"open", "kept", "broken", "released"}
    sides = {s for (s,) in _rows(tiny_journal, "SELECT DISTINCT side FROM promises")}
    assert sides == {"theirs", "ours"}
    (successors,) = _rows(tiny_journal, "SELECT count(*) FROM contacts WHERE successor_id > 0")
    assert successors[0] > 0
    (departments,) = _rows(tiny_journal, "SELECT count(*) FROM organisations WHERE parent_id > 0")
    assert departments[0] > 0
    names = "".join(name for (name,) in _rows(tiny_journal, "SELECT name FROM contacts"))
    assert any(ord(ch) > 0x24F for ch in names)  # Greek or Cyrillic, not only Latin


def test_a_benchmark_name_is_registered_once_with_one_kind_of_target() -> None:
    load_all()
    with pytest.raises(ValueError, match="registered twice"):
        benchmark("today's agenda", target=2.0)(lambda _context: Pair(int, int))
    with pytest.raises(ValueError, match="either target"):
        benchmark("something new", target=2.0, targets={"time": 2.0})


def test_the_fitted_exponent_is_the_power_the_cost_grows_by() -> None:
    sizes = [10_000, 50_000, 200_000]
    assert fitted_exponent(sizes, [3.0, 3.0, 3.0]) == pytest.approx(0.0)
    assert fitted_exponent(sizes, [0.002 * n for n in sizes]) == pytest.approx(1.0)
    assert fitted_exponent(sizes, [1e-6 * n**1.5 for n in sizes]) == pytest.approx(1.5)
    with pytest.raises(ValueError):
        fitted_exponent([10_000], [3.0])


@pytest.mark.timeout(1800)
def test_growth_measures_each_operation_at_every_size(tmp_path: Path) -> None:
    growths = measure_growth(
        ["meeting list, first page"], [TINY, 2 * TINY], runs=1, clock="cpu", cache_dir=tmp_path
    )
    (growth,) = growths
    assert growth.meetings[0] < growth.meetings[1]
    assert len(growth.app_ms) == 2 and all(ms > 0 for ms in growth.app_ms + growth.floor_ms)
    table = render_growth(growths)
    assert "meeting list, first page" in table and f"{growth.exponent:.2f}" in table
