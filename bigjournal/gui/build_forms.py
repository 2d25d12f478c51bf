"""Regenerate the committed Python forms and resources from ``ui/`` and ``resources/``.

Run ``python -m bigjournal.gui.build_forms`` after editing a ``.ui`` file, an icon or
docs/user-guide.md (copied into the package for the in-app help).
The generated files are committed (so the app runs without Qt's tools installed),
and ``tests/gui/test_forms_are_fresh.py`` fails when one is stale: that test and this
script share :func:`generated`, so they can never disagree about what "fresh" means.
``--check`` only reports stale files (exit status 1), for CI.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "bigjournal" / "gui" / "forms"
RESOURCES_DIR = ROOT / "resources"
QRC = RESOURCES_DIR / "resources.qrc"
RESOURCES_MODULE = ROOT / "bigjournal" / "gui" / "resources_rc.py"
ICON_SVG = RESOURCES_DIR / "icons" / "bigjournal.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The user guide, shipped inside the package so F1 works offline (bigjournal/gui/help.py).
GUIDE = ROOT / "docs" / "user-guide.md"
SHIPPED_GUIDE = ROOT / "bigjournal" / "resources" / "help" / "user-guide.md"


def tool(name: str) -> str:
    """Qt's tool next to this interpreter (the virtualenv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 into this environment.")
    return found


def form_module(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-uic"), "--from-imports", str(ui_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def compile_resources() -> str:
    # A fixed date keeps the output byte-identical between runs and machines.
    # rcc prefers SOURCE_DATE_EPOCH (set by reproducible builds) to the override, so
    # drop it: the committed file must not depend on who regenerates it.
    environment = {**os.environ, "QT_RCC_SOURCE_DATE_OVERRIDE": "1"}
    environment.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run(
        [tool("pyside6-rcc"), str(QRC)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        cwd=RESOURCES_DIR,
    )
    return result.stdout


def generated() -> dict[Path, str]:
    """Every generated file and the text the tools produce for it now."""
    outputs = {form_module(ui): compile_form(ui) for ui in sorted(UI_DIR.glob("*.ui"))}
    outputs[RESOURCES_MODULE] = compile_resources()
    outputs[SHIPPED_GUIDE] = GUIDE.read_text(encoding="utf-8")
    return outputs


# "Created by: Qt User Interface Compiler version 6.11.3": the only line that changes
# with the installed Qt, so a checkout stays fresh on any supported PySide6.
_TOOL_VERSION = re.compile(r"^#+ ?Created by: .*version [0-9.]+$", re.MULTILINE)


def same_output(old: str, new: str) -> bool:
    """The same generated code, whichever Qt version's tools wrote it."""
    return _TOOL_VERSION.sub("", old) == _TOOL_VERSION.sub("", new)


def is_fresh(path: Path, text: str) -> bool:
    return path.exists() and same_output(path.read_text(encoding="utf-8"), text)


def stale() -> list[Path]:
    return [path for path, text in generated().items() if not is_fresh(path, text)]


def render_icons() -> None:
    """PNG sizes of the app icon, for platforms and installers that want bitmaps."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICON_SVG))
    for size in ICON_SIZES:
        target = ICON_SVG.with_name(f"bigjournal-{size}.png")
        if target.exists() and target.stat().st_mtime >= ICON_SVG.stat().st_mtime:
            continue
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(target))
        print(f"rendered {target.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list stale files")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for path in old:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if old else 0
    render_icons()
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    (FORMS_DIR / "__init__.py").touch()
    SHIPPED_GUIDE.parent.mkdir(parents=True, exist_ok=True)
    for path, text in generated().items():
        if not is_fresh(path, text):
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
