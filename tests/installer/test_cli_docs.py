"""The man page and bash completion are generated from the argument parser and mention
every command; the completion really completes in bash."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bigjournal.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple]:
    """Every (sub)command, read from the parser here, not from the generator."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.append((*path, name))
                found += command_paths(child, (*path, name))
    return found


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("share")
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "cli_docs.py"), str(folder)],
        capture_output=True,
        text=True,
        env={"SOURCE_DATE_EPOCH": "1764720000", "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return folder


def test_the_man_page_has_every_command_and_renders_cleanly(generated: Path) -> None:
    page = (generated / "man" / "man1" / "bigjournal.1").read_text(encoding="utf-8")
    assert page.startswith('.TH BIGJOURNAL 1 "2025-12-03" "BigJournal ')
    paths = command_paths(build_parser())
    assert len(paths) > 40 and ("team", "check") in paths
    for path in paths:
        heading = '.SS "' + " ".join(("bigjournal", *path)).replace("-", "\\-") + '"'
        assert heading in page, heading
    assert "\\-\\-passphrase\\-file" in page and "BIGJOURNAL_PASSPHRASE" in page
    assert all(ord(c) < 128 for c in page)
    if shutil.which("groff") is None:
        pytest.skip("groff is not installed")
    check = subprocess.run(
        ["groff", "-man", "-ww", "-z", str(generated / "man" / "man1" / "bigjournal.1")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and not check.stderr, check.stderr


def complete(generated: Path, *words: str) -> list[str]:
    """What bash offers after ``words`` (the last one is being typed)."""
    script = generated / "bash-completion" / "completions" / "bigjournal"
    quoted = " ".join(f"'{w}'" for w in ("bigjournal", *words))
    program = (
        f"source '{script}'; COMP_WORDS=({quoted}); COMP_CWORD={len(words)}; "
        "_bigjournal; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    result = subprocess.run(
        ["bash", "--norc", "-c", program], capture_output=True, text=True, cwd=generated
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_bash_completes_commands_options_choices_and_files(generated: Path) -> None:
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    paths = command_paths(build_parser())
    top = {path[0] for path in paths}
    assert top <= set(complete(generated, ""))
    for parent in {path[:-1] for path in paths if len(path) > 1}:
        children = {path[-1] for path in paths if path[:-1] == parent}
        assert children == set(complete(generated, *parent, "")) - {"bigjournal"}, parent
    assert complete(generated, "--journal", "/tmp/x.sqlite", "promise", "ke") == ["keep"]
    assert complete(generated, "summary", "--pa") == ["--paper"]
    assert complete(generated, "summary", "--paper", "") == ["A4", "Letter"]
    assert complete(generated, "export", "-o", "bash-") == ["bash-completion"]
    assert "--passphrase-file" in complete(generated, "import", "--")
