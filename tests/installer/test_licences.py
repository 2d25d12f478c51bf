"""Licensing: the GPL in LICENSE, an SPDX expression in pyproject.toml, and the
third-party notices inside the wheel (built here with pip, as anyone would)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import bigjournal

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "THIRD-PARTY-NOTICES"
sys.path.insert(0, str(ROOT / "installer"))
import third_party_notices  # noqa: E402  (installer/ is not a package)


def test_licence_is_gpl3_or_later_as_an_spdx_expression() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in licence
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "GPL-3.0-or-later"
    assert set(project["project"]["license-files"]) == {"LICENSE", "THIRD-PARTY-NOTICES"}
    assert not any("License ::" in c for c in project["project"].get("classifiers", []))


def test_committed_notices_cover_every_part_installed_here() -> None:
    """Names, not versions: this environment need not be the pinned build's."""
    committed = NOTICES.read_text(encoding="utf-8")
    here = third_party_notices.notices()
    heading = re.compile(r"^={78}\n(\S+) \S+\nLicence: ", re.MULTILINE)
    assert set(heading.findall(committed)) == set(heading.findall(here))
    assert {"PySide6_Essentials", "SQLAlchemy", "psycopg-binary", "reportlab"} <= set(
        heading.findall(committed)
    )
    assert "DejaVu fonts (embedded in every printed PDF)" in committed
    # Qt for Python ships no licence file: the LGPL's text is there for it.
    pyside = committed.split("PySide6_Essentials ", 1)[1].split("\n" + "=" * 78, 2)[1]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in pyside


def test_bundle_notices_add_python_and_the_boot_loader() -> None:
    text = third_party_notices.notices(bundle=True)
    assert f"Python {sys.version.split()[0]} (the interpreter" in text
    assert "PSF" in text


@pytest.mark.slow
def test_the_wheel_carries_the_licence_and_the_notices(tmp_path: Path) -> None:
    source = tmp_path / "source"
    tracked = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in tracked:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    output = result.stdout + result.stderr
    assert "Deprecat" not in output, [line for line in output.splitlines() if "eprecat" in line]
    wheel = tmp_path / f"bigjournal-{bigjournal.__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        info = f"bigjournal-{bigjournal.__version__}.dist-info"
        licence = archive.read(f"{info}/licenses/LICENSE").decode()
        notices = archive.read(f"{info}/licenses/THIRD-PARTY-NOTICES").decode()
        metadata = archive.read(f"{info}/METADATA").decode()
    assert licence == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert notices == NOTICES.read_text(encoding="utf-8")
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "License-File: THIRD-PARTY-NOTICES" in metadata
