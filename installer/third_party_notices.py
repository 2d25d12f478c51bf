"""Write THIRD-PARTY-NOTICES: the licences of everything BigJournal ships with.

Gathered from the environment this runs in (the build's virtualenv), never typed by
hand: every package in BigJournal's dependency closure with its version, its licence
as its metadata states it, its home page and the full text of the licence files its
wheel carries, the native libraries vendored inside those wheels, and the fonts
BigJournal embeds in its PDFs. ``--bundle`` adds what only the frozen app carries
(Python itself and PyInstaller's boot loader).

    python installer/third_party_notices.py                  # → ./THIRD-PARTY-NOTICES
    python installer/third_party_notices.py --bundle -o build/THIRD-PARTY-NOTICES
    python installer/third_party_notices.py --check          # fail if the file is stale

The committed THIRD-PARTY-NOTICES (shipped in the wheel) is made from the pinned
build environment (installer/requirements-build.txt); installer/build.sh checks it.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "bigjournal" / "resources" / "fonts"
RULE = "=" * 78
# For packages whose wheels carry no licence file (Qt for Python): the text of the
# licence their metadata names, the one we use them under. (GPL-3.0 is LICENSE.)
LICENCE_TEXTS = {
    "LGPL-3.0": ROOT / "installer" / "licences" / "LGPL-3.0.txt",
}
HEADER = """\
THIRD-PARTY NOTICES for BigJournal {version}

BigJournal is free software under the GNU General Public License, version 3 or any
later version (see LICENSE). It is built from the parts listed below, each under its
own licence, reproduced here as each part ships it. This file is generated at build
time by installer/third_party_notices.py from the installed packages.

Qt for Python (PySide6, shiboken6) and psycopg are used under the GNU Lesser General
Public License, version 3: they are separate, replaceable libraries in the installed
program's folder, and their source code is available from their home pages below.
"""


def project() -> dict:
    """[project] of pyproject.toml: the app need not be installed to list its parts."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def closure() -> list[metadata.Distribution]:
    """The installed distributions BigJournal needs at run time (with the extras it asks for)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [Requirement(line) for line in project()["dependencies"]]
    environment = default_environment()
    while pending:
        requirement = pending.pop()
        distribution = metadata.distribution(requirement.name)
        key = canonicalize_name(distribution.metadata["Name"])
        if key in seen and not requirement.extras:
            continue
        seen[key] = distribution
        for line in distribution.requires or []:
            needed = Requirement(line)
            if needed.marker is None or any(
                needed.marker.evaluate({**environment, "extra": extra})
                for extra in (requirement.extras or {""})
            ):
                pending.append(needed)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def stated_licence(distribution: metadata.Distribution) -> str:
    """The licence as the package states it: SPDX expression, else field, else classifier."""
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 100:
        return field
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if classifiers:
        return "; ".join(classifiers)
    return field.splitlines()[0] if field else "not stated"


def home_page(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return ""


def licence_files(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in the package's metadata folder."""
    found = []
    for file in distribution.files or []:
        parts = file.parts
        in_metadata = len(parts) >= 2 and parts[0].endswith(".dist-info")
        name = parts[-1]
        if in_metadata and (
            "licenses" in parts or re.match(r"(?i)(licen[cs]e|copying|notice|authors)", name)
        ):
            text = file.locate().read_text(encoding="utf-8", errors="replace")
            if text:
                found.append(("/".join(parts[1:]), text))
    return sorted(found)


def vendored_libraries(distribution: metadata.Distribution) -> list[str]:
    """Native libraries a wheel carries in its own ``*.libs`` folder (auditwheel, delocate)."""
    names = set()
    for file in distribution.files or []:
        if file.parts and file.parts[0].endswith((".libs", ".dylibs")) and len(file.parts) > 1:
            names.add(re.sub(r"-[0-9a-f]{8}(?=\.)", "", file.parts[-1]))
    return sorted(names)


def package_section(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    licence = stated_licence(distribution)
    lines = [
        RULE,
        f"{meta['Name']} {distribution.version}",
        f"Licence: {licence}",
    ]
    if home_page(distribution):
        lines.append(f"Home page: {home_page(distribution)}")
    libraries = vendored_libraries(distribution)
    if libraries:
        lines.append("Native libraries inside this package: " + ", ".join(libraries))
        lines.append("(those the licence files below do not cover: see the libraries' sites)")
    lines.append(RULE)
    files = licence_files(distribution)
    fallback = next((text for key, text in LICENCE_TEXTS.items() if key in licence), None)
    if not files and fallback is not None:
        lines.append(
            f"The package ships no licence file; the text of {licence} follows "
            f"(from {fallback.relative_to(ROOT)})."
        )
        files = [(fallback.name, fallback.read_text(encoding="utf-8"))]
    elif not files:
        lines.append("The package ships no licence file; see its home page.")
    for name, text in files:
        lines += ["", f"--- {name} ---", "", text.rstrip()]
    return "\n".join(lines) + "\n"


def font_sections() -> list[str]:
    sections = []
    for licence in sorted(FONTS.glob("LICENSE-*.txt")):
        family = licence.stem.removeprefix("LICENSE-")
        fonts = ", ".join(sorted(p.name for p in FONTS.glob(f"{family}*.ttf")))
        sections.append(
            f"{RULE}\n{family} fonts (embedded in every printed PDF): {fonts}\n{RULE}\n\n"
            + licence.read_text(encoding="utf-8").rstrip()
            + "\n"
        )
    return sections


def bundle_sections() -> list[str]:
    """What the frozen app adds: the Python interpreter and PyInstaller's boot loader."""
    sections = []
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    text = python_licence.read_text(encoding="utf-8") if python_licence.is_file() else ""
    sections.append(
        f"{RULE}\nPython {sys.version.split()[0]} (the interpreter and standard library)\n"
        f"Licence: PSF-2.0\nHome page: https://www.python.org/\n{RULE}\n\n"
        + (text.rstrip() or "See https://docs.python.org/3/license.html")
        + "\n"
    )
    with contextlib.suppress(metadata.PackageNotFoundError):
        sections.append(package_section(metadata.distribution("pyinstaller")))
    return sections


def notices(*, bundle: bool = False) -> str:
    parts = [HEADER.format(version=project()["version"])]
    parts += [package_section(d) for d in closure()]
    parts += font_sections()
    if bundle:
        parts += bundle_sections()
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "THIRD-PARTY-NOTICES")
    parser.add_argument("--bundle", action="store_true", help="add Python and PyInstaller")
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    text = notices(bundle=args.bundle)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != text:
            print(
                f"{args.output} is stale: run python installer/third_party_notices.py in "
                "an environment made from installer/requirements-build.txt and commit it",
                file=sys.stderr,
            )
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(closure())} packages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
