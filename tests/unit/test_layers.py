"""The layers of DESIGN.md: nothing outside bigjournal.gui may import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import bigjournal


def non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(bigjournal.__path__, "bigjournal."):
        if info.name.startswith("bigjournal.gui") or info.name == "bigjournal.__main__":
            continue
        if ".migrations.versions" in info.name or info.name.endswith("migrations.env"):
            continue
        names.append(info.name)
    return names


def test_every_layer_below_the_gui_imports_without_pyside6() -> None:
    modules = non_gui_modules()
    assert "bigjournal.journal.agenda" in modules and "bigjournal.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt was loaded by the core: {result.stdout}"


def test_the_layer_contract_holds_over_the_whole_import_graph() -> None:
    """pyproject.toml's contract: each layer imports only those below it, even in functions."""
    from pathlib import Path

    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [*command, "--no-cache"], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout
