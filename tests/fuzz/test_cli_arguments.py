"""Issue 16 (9): hostile command-line input gets a sentence, never a crash.

A seeded mutator builds command lines from the real commands and hostile words
(numbers past 2^63, non-ASCII digits, terminal escape codes, RTL overrides, a lone
zero-width joiner, bytes that are not UTF-8, dates outside what the journal keeps)
and runs them through ``bigjournal.cli.main`` against a copy of the demo journal.
Every run must end with exit 0, 1 or 2 and write no crash report. The crashes found
by hand are kept in ``tests/data/fuzz-corpus/cli.txt`` and run first.
"""

from __future__ import annotations

import json
import random
import shlex
import time
from pathlib import Path

import pytest

from bigjournal.cli import main

CORPUS = Path(__file__).parent.parent / "data" / "fuzz-corpus" / "cli.txt"

HOSTILE = [
    "99999999999999999999",
    "9223372036854775808",
    "9223372036854775807",
    "-1",
    "0",
    "#99999999999999999999",
    "#9223372036854775808",
    "²",
    "١٢",
    "9999-12-31",
    "0001-01-01",
    "31/02/2026",
    "2026-02-31",
    "\u200d",
    "\u202eexe.txt",
    "Evil\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x00",
    "nul\x00inside",
    "\udcff\udcfe",  # how Python hands over bytes that are not UTF-8
    "",
    " ",
    "x" * 5000,
    "--",
    "today",
]

# Commands with a place for a word; {} is filled with a hostile word.
TEMPLATES = [
    "promise keep {}",
    "promise break {}",
    "promise release {}",
    "meeting show {}",
    "meeting list --limit {}",
    "search Riverside --limit {}",
    "org show {}",
    "org add {} --kind police",
    "org add Fuzz --kind {}",
    "contact show {}",
    "contact add {} --org Riverside",
    "promise add --ours --org Riverside --due {} fuzz",
    "promise add --theirs --org {} fuzz",
    "meeting add --org Riverside --on {} --kind meeting",
    "settings --set term_warning_days {}",
    "settings --set {} 3",
    "settings --set paper_size {}",
    "handover complete {}",
    "today --on {}",
    "summary {} -o {out}",
    "ical export -o {out} --since {}",
    "backups {}",
    "about-person {}",
    "forget {}",
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse: usage errors and --help
        code = stop.code if isinstance(stop.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.err


def _check(argv: list[str], capsys: pytest.CaptureFixture[str], folders: Path) -> tuple[int, str]:
    code, err = _run(argv, capsys)
    crashes = list(folders.rglob("crash-*.txt"))
    assert code in (0, 1, 2) and not crashes, f"{argv!r} ended with {code}:\n{err}\n" + "".join(
        c.read_text(errors="replace") for c in crashes
    )
    assert "Traceback" not in err
    assert "\x1b" not in err, "an escape code reached the terminal"
    return code, err


def _cases(seed: int, count: int, out: Path) -> list[list[str]]:
    chooser = random.Random(seed)
    cases = []
    for _ in range(count):
        template = chooser.choice(TEMPLATES)
        word = chooser.choice(HOSTILE)
        if chooser.random() < 0.3:  # two hostile words glued together
            word += chooser.choice(HOSTILE)
        parts = template.replace("{out}", str(out)).split(" ")
        cases.append([word if part == "{}" else part for part in parts])
    return cases


def _corpus() -> list[list[str]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


@pytest.fixture
def journal_args(demo_target: Path | str, test_database: str) -> list[str]:
    if test_database != "sqlite":
        pytest.skip("the fuzzer runs against a file journal")
    return ["--journal", str(demo_target)]


def test_the_crashes_found_by_hand_stay_fixed(
    journal_args: list[str],
    capsys: pytest.CaptureFixture[str],
    isolated_user_folders: Path,
    tmp_path: Path,
) -> None:
    cases = _corpus()
    assert len(cases) >= 10
    for case in cases:
        argv = [word.replace("{out}", str(tmp_path / "out.x")) for word in case]
        code, _err = _check(journal_args + argv, capsys, isolated_user_folders)
        assert code != 0 or "9999-12-31" not in argv, f"{argv!r} was accepted"


def _fuzz(
    journal_args: list[str],
    capsys: pytest.CaptureFixture[str],
    folders: Path,
    tmp_path: Path,
    *,
    seed: int,
    count: int,
    seconds: float,
) -> int:
    stop_at = time.monotonic() + seconds
    done = 0
    for case in _cases(seed, count, tmp_path / "fuzz-out.x"):
        (tmp_path / "fuzz-out.x").unlink(missing_ok=True)
        _check(journal_args + case, capsys, folders)
        done += 1
        if time.monotonic() > stop_at:  # bounded in time: a slow machine runs fewer
            break
    return done


def test_seeded_hostile_arguments_never_crash(
    journal_args: list[str],
    capsys: pytest.CaptureFixture[str],
    isolated_user_folders: Path,
    tmp_path: Path,
) -> None:
    done = _fuzz(
        journal_args, capsys, isolated_user_folders, tmp_path, seed=16, count=60, seconds=8
    )
    assert done >= 5


@pytest.mark.slow
def test_many_hostile_arguments_never_crash(
    journal_args: list[str],
    capsys: pytest.CaptureFixture[str],
    isolated_user_folders: Path,
    tmp_path: Path,
) -> None:
    done = _fuzz(
        journal_args, capsys, isolated_user_folders, tmp_path, seed=1616, count=415, seconds=900
    )
    assert done == 415


def test_the_corpus_is_readable_as_shell_words() -> None:
    # Each corpus line is a JSON list so that control characters survive; this keeps
    # the file reviewable by showing each case as the shell would type it.
    for case in _corpus():
        assert shlex.join(case)
