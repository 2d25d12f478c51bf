"""Issue 15: every window and dialog fits the screens volunteers have.

For each screen (a 1024×600 netbook; 1366×768 at 150% scaling; 1366×768 with the
200% text setting) a fresh interpreter opens the main window with each view and
every dialog (tests/gui/fit_probe.py) and lists what is off the screen, outside the
visible area, or has its text cut; the failure names the window and the widget.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {
    "1024x600": {"size": (1024, 600), "scale": None, "text": 100},
    "1366x768 at 150% scaling": {"size": (1366, 768), "scale": "1.5", "text": 100},
    "1366x768 with 200% text": {"size": (1366, 768), "scale": None, "text": 200},
}


def run_probe(tmp_path: Path, demo_template: Path, screen: dict[str, Any]) -> dict[str, Any]:
    width, height = screen["size"]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "volunteer",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    journal = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, journal)
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    environment.pop("QT_SCALE_FACTOR", None)
    if screen["scale"]:
        environment["QT_SCALE_FACTOR"] = screen["scale"]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.fit_probe",
            str(journal),
            str(tmp_path / "gui.ini"),
            str(screen["text"]),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.sqlite_only
@pytest.mark.parametrize("screen_name", list(SCREENS))
def test_every_window_fits_the_screen(
    screen_name: str, tmp_path: Path, demo_template: Path
) -> None:
    screen = SCREENS[screen_name]
    found = run_probe(tmp_path, demo_template, screen)
    scale = float(screen["scale"] or 1)
    expected = [round(screen["size"][0] / scale), round(screen["size"][1] / scale)]
    assert abs(found["screen"][0] - expected[0]) <= 1, "the probe ran on the wrong screen"
    assert len(found["least"]) > 20, "every view and dialog was opened"
    assert not found["problems"], f"On {screen_name}:\n" + "\n".join(found["problems"])
