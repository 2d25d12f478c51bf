"""docs/archive-format.md lets someone read an archive without the app: keep it true."""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from bigjournal.exchange import KeyStrength, export_archive
from bigjournal.exchange.schema import table_specs
from bigjournal.store import Journal

DOC = Path(__file__).resolve().parents[3] / "docs" / "archive-format.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_every_table_and_field_is_described() -> None:
    text = DOC.read_text(encoding="utf-8")
    for spec in table_specs():
        assert f"### `{spec.name}`" in text, spec.name
        for field in spec.fields:
            assert f"`{field.name}`" in text, f"{spec.name}.{field.name}"
            if field.enum is not None:
                for member in field.enum:
                    assert f"`{member.value}`" in text, f"{spec.name}.{field.name}={member}"


def run_block(code: str, folder: Path, monkeypatch: pytest.MonkeyPatch, answer: str = "") -> str:
    monkeypatch.chdir(folder)
    monkeypatch.setattr(builtins, "input", lambda prompt="": answer)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(DOC), "exec"), {})
    return printed.getvalue()


def test_the_plain_reading_example_works(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_archive(
        demo_journal, tmp_path / "handover.bigjournal", passphrase=None, unencrypted=True
    )
    reading = next(b for b in python_blocks() if "zipfile.ZipFile" in b)
    printed = run_block(reading, tmp_path, monkeypatch)
    assert "Millbrook" in printed or printed.count("\n") > 50


def test_the_unlocking_example_works(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passphrase = "cafe\u0301 by the canal"  # typed decomposed; the doc normalises it
    export_archive(
        demo_journal,
        tmp_path / "handover.bigjournal",
        passphrase="caf\u00e9 by the canal",
        strength=KeyStrength(n=2**12),
    )
    unlocking = next(b for b in python_blocks() if "AESGCM" in b)
    run_block(unlocking, tmp_path, monkeypatch, answer=passphrase)
    with zipfile.ZipFile(tmp_path / "handover.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "bigjournal-archive"
    assert os.path.getsize(tmp_path / "handover.zip") > 1000
