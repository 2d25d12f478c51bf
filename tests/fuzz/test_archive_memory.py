"""Issue 16 (3): an archive asks for memory in proportion to its own size.

The attack: a valid 5.4 MB archive packed 48 to 1 (150,000 contacts whose notes
repeat) needed 1.25 GB and 20 s to preview, and under a 1 GB limit printed a raw
MemoryError. Now each file is read a line at a time as it is unpacked, a repeated
text is kept once, an archive may unpack to at most ``Limits.ratio`` times its size,
and running out of memory is a sentence. The real ``bigjournal import --preview``
runs in a child process under ``RLIMIT_AS``.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bigjournal.exchange import read_archive
from bigjournal.exchange.errors import DamagedArchiveError
from tests.fuzz.archive_fuzzer import demo_archive
from tests.unit.exchange.exchange_support import forge, zip_members

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
ROWS = 150_000

pytestmark = pytest.mark.sqlite_only


def _many_contacts(folder: Path, *, notes: str, rows: int = ROWS, distinct: bool = False) -> Path:
    members = zip_members(demo_archive(folder))
    lines = members["data/contacts.jsonl"].decode().splitlines()
    template = json.loads(lines[0])
    chance = random.Random(48)
    for n in range(rows):
        record = dict(template)
        record["uuid"] = str(uuid.UUID(int=chance.getrandbits(128), version=4))
        record["name"] = f"Person {n}"
        record["notes"] = f"{n} {notes}" if distinct else notes
        lines.append(json.dumps(record))
    members["data/contacts.jsonl"] = "".join(f"{line}\n" for line in lines).encode()
    path = folder / "many.bigjournal"
    path.write_bytes(forge(members))
    return path


@pytest.fixture(scope="module")
def packed_48_to_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 5 MB that unpacks to about 240 MB: the issue's archive."""
    notes = "Walked the estate and talked about the lighting. " * 20
    path = _many_contacts(tmp_path_factory.mktemp("many"), notes=notes)
    members = zip_members(path.read_bytes())
    ratio = sum(map(len, members.values())) / path.stat().st_size
    assert 4 * MB < path.stat().st_size < 7 * MB and 40 < ratio < 64, ratio
    return path


def _limited(megabytes: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        limit = megabytes * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _preview(
    archive: Path, tmp_path: Path, megabytes: int | None
) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    script = (
        "import sys\n"
        "from bigjournal.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmPeak')][0]\n"
        "print('PEAK', int(peak.split()[1]) // 1024, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    journal = tmp_path / f"j{megabytes}.sqlite"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--journal",
            str(journal),
            "import",
            str(archive),
            "--preview",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=None if megabytes is None else _limited(megabytes),
    )


def _peak(result: subprocess.CompletedProcess[str]) -> int:
    lines = [line for line in result.stderr.splitlines() if line.startswith("PEAK")]
    return int(lines[-1].split()[1]) if lines else 0


def test_previewing_the_48_to_1_archive_fits_in_700_mb(
    packed_48_to_1: Path, tmp_path: Path
) -> None:
    # Before: 1.38 GB resident (it read each file whole, then decoded and split it).
    result = _preview(packed_48_to_1, tmp_path, 700)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"{ROWS + 15:,}" in result.stdout or str(ROWS + 15) in result.stdout
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr


def test_too_little_memory_is_a_sentence_never_a_memory_error(
    packed_48_to_1: Path, demo_template: Path, tmp_path: Path
) -> None:
    small = tmp_path / "small.bigjournal"
    small.write_bytes(demo_archive(tmp_path))
    unlimited = _preview(small, tmp_path, None)  # what the command itself needs
    assert unlimited.returncode == 0, unlimited.stderr[-2000:]
    # Room to start and read a small archive, not 150,000 contacts.
    result = _preview(packed_48_to_1, tmp_path, _peak(unlimited) + 60)
    assert result.returncode == 1, result.stderr[-2000:]
    said = " ".join(result.stderr.split())
    assert "MemoryError" not in said and "Traceback" not in said
    assert ("out of memory" in said and "Nothing was imported" in said) or (
        "ran out of memory" in said
    )


def test_an_archive_that_unpacks_to_more_than_64_times_its_size_is_refused(
    tmp_path: Path,
) -> None:
    path = _many_contacts(tmp_path, notes="lighting " * 3000, rows=3000)
    members = zip_members(path.read_bytes())
    assert sum(map(len, members.values())) / path.stat().st_size > 64
    with pytest.raises(DamagedArchiveError, match="zip bomb"):
        read_archive(path)


def _damage_inside(data: bytes, name: str) -> bytes:
    """One byte changed in the packed bytes of ``name`` (its CRC no longer matches)."""
    import io
    import zipfile

    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    header = data[info.header_offset : info.header_offset + 30]
    start = (
        info.header_offset
        + 30
        + int.from_bytes(header[26:28], "little")
        + int.from_bytes(header[28:30], "little")
    )
    damaged = bytearray(data)
    damaged[start + info.compress_size // 2] ^= 0x55
    return bytes(damaged)


@pytest.mark.parametrize("name", ["README.txt", "data/organisations.jsonl"])
def test_reading_as_it_unpacks_still_refuses_a_damaged_file_by_name(
    name: str, tmp_path: Path
) -> None:
    damaged = _damage_inside(demo_archive(tmp_path), name)
    with pytest.raises(DamagedArchiveError) as refused:
        read_archive(damaged)
    said = str(refused.value)
    assert name in said and ("cut short or altered" in said or "cannot be unpacked" in said)
