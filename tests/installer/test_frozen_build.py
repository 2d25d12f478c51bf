"""The real Linux build: PyInstaller, the headless smoke test and the tarball.

It takes several minutes and downloads nothing beyond the pinned build requirements,
so it runs only when asked:  BIGJOURNAL_TEST_INSTALLER=1 python -m pytest tests/installer
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import bigjournal

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("BIGJOURNAL_TEST_INSTALLER") != "1" or not sys.platform.startswith("linux"),
    reason="the frozen build takes minutes: set BIGJOURNAL_TEST_INSTALLER=1 (Linux only)",
)


def test_build_smoke_test_and_tarball() -> None:
    environment = {**os.environ, "PYTHON": os.environ.get("PYTHON", sys.executable)}
    result = subprocess.run(
        [str(ROOT / "installer" / "build.sh"), "--skip-tests"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "SMOKE TEST PASSED" in result.stdout
    assert "runs at the floor (GLIBC_2.35" in result.stdout  # installer/glibc_check.py

    dist = ROOT / "dist"
    package = f"BigJournal-{bigjournal.__version__}-linux-{os.uname().machine}"
    tarball = dist / f"{package}.tar.gz"
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    assert (dist / "SHA256SUMS").read_text() == f"{digest}  {tarball.name}\n"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    for expected in (
        "install.sh",
        "LICENSE",
        "THIRD-PARTY-NOTICES",
        "bigjournal/bigjournal",
        "share/applications/org.bigjournal.BigJournal.desktop",
        "share/metainfo/org.bigjournal.BigJournal.metainfo.xml",
        "share/mime/packages/org.bigjournal.BigJournal.xml",
        "share/icons/hicolor/256x256/apps/org.bigjournal.BigJournal.png",
        "share/man/man1/bigjournal.1",
        "share/bash-completion/completions/bigjournal",
    ):
        assert f"{package}/{expected}" in members, expected
    # The About box reads the licence and the notices beside the libraries.
    for name in ("LICENSE", "THIRD-PARTY-NOTICES"):
        assert any(m.endswith(f"/bigjournal/_internal/{name}") for m in members), name
    # Alembic reads the migrations as files: they must be in the bundle as files.
    assert any(name.endswith("store/migrations/env.py") for name in members)
    assert members[f"{package}/bigjournal/bigjournal"].mode & 0o111
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    if epoch is not None:
        assert {member.mtime for member in members.values()} == {epoch}
