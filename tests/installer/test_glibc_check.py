"""installer/glibc_check.py reads the symbol versions ELF files need, as binutils does,
and fails a folder holding anything newer than the floor."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import glibc_check  # noqa: E402  (installer/ is not a package)

# Libraries of this machine to read: the C++ runtime and Python's own extension modules.
CANDIDATES = [
    Path("/usr/lib/x86_64-linux-gnu/libstdc++.so.6"),
    Path("/usr/lib/x86_64-linux-gnu/libcups.so.2"),
    *sorted(Path(sys.base_prefix, "lib", "python3.11", "lib-dynload").glob("_ssl*.so")),
]


def objdump_needs(path: Path) -> set[str]:
    """The version references binutils lists (independent of our parser)."""
    listing = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    references = (
        listing.split("Version References:", 1)[-1] if "Version References:" in listing else ""
    )
    return set(re.findall(r"\b((?:GLIBC|GLIBCXX|CXXABI|GCC)_[\d.]+)\b", references))


@pytest.mark.skipif(shutil.which("objdump") is None, reason="binutils is not installed")
def test_reads_the_same_needs_as_objdump() -> None:
    files = [path for path in CANDIDATES if path.is_file()]
    if not files:
        pytest.skip("none of the sample libraries is on this machine")
    for path in files:
        ours = {
            f"{need.family}_{'.'.join(map(str, need.version))}"
            for need in glibc_check.version_needs(path.read_bytes())
        }
        assert ours and ours == objdump_needs(path), path


def test_a_folder_fails_when_one_library_needs_more_than_the_floor(tmp_path: Path) -> None:
    library = next((p for p in CANDIDATES if p.is_file()), None)
    if library is None:
        pytest.skip("none of the sample libraries is on this machine")
    needs = glibc_check.version_needs(library.read_bytes())
    newest = max(need.version for need in needs if need.family == "GLIBC")
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    shutil.copy(library, folder / "_internal" / library.name)
    (folder / "_internal" / "notes.txt").write_text("not an ELF file")
    below = (*newest[:-1], newest[-1] - 1)
    generous = {"GLIBC": (9,), "GLIBCXX": (9,), "CXXABI": (9,), "GCC": (99,)}
    floor = {**generous, "GLIBC": below}
    found = glibc_check.too_new(folder, floor)
    assert list(found) == [folder / "_internal" / library.name]
    assert any(need.version == newest for need in found[folder / "_internal" / library.name])
    assert glibc_check.too_new(folder, {**generous, "GLIBC": newest}) == {}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "glibc_check.py"),
            "--floor",
            ".".join(map(str, below)),
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and library.name in result.stderr
