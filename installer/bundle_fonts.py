"""The fonts the printed reports fall back to, gathered from the build machine.

The summary and the briefing pack print every script a UK neighbourhood writes
(bigjournal/reports/scripts.py, ``FALLBACKS``) with freely licensed fonts found at run
time — in the package's own ``resources/fonts`` first. A volunteer's Windows laptop or
Mac has none of Debian's Noto fonts, so the build copies the first file found of each
fallback (and its bold) into the bundle's ``bigjournal/resources/fonts``, with the
licence text of the package that installed it (Debian keeps it in
``/usr/share/doc/PACKAGE/copyright``) under ``licences/``.

    python installer/bundle_fonts.py        # lists what a build would carry

Used by installer/bigjournal.spec; tests/installer/test_bundle_fonts.py checks it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DESTINATION = "bigjournal/resources/fonts"


def fallback_files() -> list[Path]:
    """The font files the reports would use on this machine, in FALLBACKS order."""
    from bigjournal.reports.scripts import FALLBACKS, find_font_file

    chosen: list[Path] = []
    for font in FALLBACKS:
        for names in (font.regular, font.bold):
            found = next((p for p in map(find_font_file, names) if p is not None), None)
            if found is not None and found not in chosen:
                chosen.append(found)
    return chosen


def licence_of(font: Path) -> Path | None:
    """The licence text that came with a font (its Debian package's copyright file)."""
    try:
        owner = subprocess.run(
            ["dpkg-query", "-S", str(font)], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    package = owner.stdout.split(":", 1)[0].strip() if owner.returncode == 0 else ""
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    return copyright_file if package and copyright_file.is_file() else None


def datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: each font, and each licence once."""
    entries: list[tuple[str, str]] = []
    licences: set[Path] = set()
    for font in fallback_files():
        entries.append((str(font), DESTINATION))
        licence = licence_of(font)
        if licence is not None and licence not in licences:
            licences.add(licence)
            # One folder per package: every Debian licence file is called "copyright".
            entries.append((str(licence), f"{DESTINATION}/licences/{licence.parent.name}"))
    return entries


def main() -> int:
    entries = datas()
    for source, target in entries:
        print(f"{target}/{Path(source).name}  <-  {source}")
    size = sum(Path(source).stat().st_size for source, _ in entries)
    print(f"{len(entries)} files, {size / 1e6:.1f} MB")
    return 0 if entries else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
