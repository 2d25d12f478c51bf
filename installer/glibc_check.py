"""Fail the Linux build if anything bundled needs a newer glibc than the stated floor.

A program built on a new distribution runs on an older one only if none of its ELF
files asks for a symbol version the older C library lacks. Each ELF file lists those
versions in its ``.gnu.version_r`` section ("GLIBC_2.34 from libc.so.6"); this reads
them directly (no binutils or pyelftools needed) for every file in the folder and
compares the newest with the floor:

    python installer/glibc_check.py dist/bigjournal          # the floor: FLOOR below
    python installer/glibc_check.py --floor 2.35 --list dist/bigjournal

The C++ runtime is checked too (GLIBCXX_, CXXABI_ from libstdc++, GCC_ from libgcc_s),
as the bundle uses the system's: the floor's distribution must have them.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Ubuntu 22.04 LTS: glibc 2.35, GCC 12's libstdc++ (GLIBCXX_3.4.30, CXXABI_1.3.13) and
# libgcc_s (GCC_12.0.0). Debian 12 (2.36), Fedora 38 (2.37) and newer have more.
FLOOR = {"GLIBC": (2, 35), "GLIBCXX": (3, 4, 30), "CXXABI": (1, 3, 13), "GCC": (12, 0, 0)}
SHT_GNU_VERNEED = 0x6FFFFFFE
VERSIONED = re.compile(r"^(GLIBC|GLIBCXX|CXXABI|GCC)_(\d+(?:\.\d+)*)$")


@dataclass(frozen=True)
class Need:
    """One symbol version an ELF file asks of a library."""

    library: str
    family: str
    version: tuple[int, ...]

    def __str__(self) -> str:
        return f"{self.family}_{'.'.join(map(str, self.version))} from {self.library}"


def version_needs(data: bytes) -> list[Need]:
    """The versioned needs of one ELF file's bytes ([] if not ELF or none)."""
    if data[:4] != b"\x7fELF":
        return []
    wide = data[4] == 2  # ELFCLASS64
    order = "<" if data[5] == 1 else ">"
    if wide:
        shoff = struct.unpack_from(order + "Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section = order + "IIQQQQIIQQ"
    else:
        shoff = struct.unpack_from(order + "I", data, 0x20)[0]
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section = order + "IIIIIIIIII"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needs = []
    for _name, kind, _flags, _addr, offset, _size, link, info, *_rest in sections:
        if kind != SHT_GNU_VERNEED:
            continue
        strings = sections[link][4]

        def text(at: int, strings: int = strings) -> str:
            start = strings + at
            return data[start : data.index(b"\0", start)].decode("ascii", "replace")

        entry = offset
        for _ in range(info):  # sh_info: the number of Verneed entries
            _version, count, file_name, aux, following = struct.unpack_from(
                order + "HHIII", data, entry
            )
            library = text(file_name)
            at = entry + aux
            for _ in range(count):
                _hash, _flags, _other, name, after = struct.unpack_from(order + "IHHII", data, at)
                match = VERSIONED.match(text(name))
                if match:
                    number = tuple(int(part) for part in match[2].split("."))
                    needs.append(Need(library, match[1], number))
                at += after
            if not following:
                break
            entry += following
    return needs


def elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def too_new(folder: Path, floor: dict[str, tuple[int, ...]]) -> dict[Path, list[Need]]:
    """Every ELF file under ``folder`` that needs more than ``floor``, with what it needs."""
    found: dict[Path, list[Need]] = {}
    for path in elf_files(folder):
        over = [
            need
            for need in version_needs(path.read_bytes())
            if need.family in floor and need.version > floor[need.family]
        ]
        if over:
            found[path] = sorted(set(over), key=lambda n: (n.family, n.version))
    return found


def newest(folder: Path) -> dict[str, tuple[tuple[int, ...], Path]]:
    """The newest version of each family any file needs, and one file that needs it."""
    best: dict[str, tuple[tuple[int, ...], Path]] = {}
    for path in elf_files(folder):
        for need in version_needs(path.read_bytes()):
            if need.family not in best or need.version > best[need.family][0]:
                best[need.family] = (need.version, path)
    return best


def parse_floor(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--floor", type=parse_floor, help="glibc floor, e.g. 2.35")
    parser.add_argument("--list", action="store_true", help="print the newest need per family")
    args = parser.parse_args(argv)
    floor = dict(FLOOR)
    if args.floor:
        floor["GLIBC"] = args.floor
    if args.list:
        for family, (version, path) in sorted(newest(args.folder).items()):
            print(f"{family}_{'.'.join(map(str, version))}: {path.relative_to(args.folder)}")
    problems = too_new(args.folder, floor)
    stated = ", ".join(f"{k}_{'.'.join(map(str, v))}" for k, v in floor.items())
    if problems:
        print(f"glibc_check: these need more than the floor ({stated}):", file=sys.stderr)
        for path, needs in problems.items():
            listed = "; ".join(map(str, needs))
            print(f"  {path.relative_to(args.folder)}: {listed}", file=sys.stderr)
        return 1
    print(f"glibc_check: every ELF file in {args.folder} runs at the floor ({stated})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
