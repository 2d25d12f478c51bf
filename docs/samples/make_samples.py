"""Rebuild the sample PDFs (and the summary's PNG) from the demo journal.

Run from the repository root:  python docs/samples/make_samples.py
The demo is built as of a fixed date and reportlab's invariant mode is on, so the
files only change when the reports (or the demo) do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from reportlab import rl_config

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from bigjournal.journal.demo import build_demo  # noqa: E402
from bigjournal.reports import make_pack, make_summary  # noqa: E402
from bigjournal.store import open_journal  # noqa: E402

ON = date(2026, 6, 15)


def main() -> None:
    rl_config.invariant = 1  # no creation date or random id: reproducible files
    with (
        tempfile.TemporaryDirectory() as folder,
        open_journal(Path(folder) / "demo.sqlite") as journal,
    ):
        build_demo(journal, today=ON)
        make_summary(journal, "Ashford Vale Borough Council", HERE / "summary.pdf", today=ON)
        make_pack(journal, "Øyvind Hansen", [], HERE / "briefing-pack.pdf", today=ON)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "summary.pdf", "summary"],
            cwd=HERE,
            check=True,
        )
    print(f"Samples written to {HERE}")


if __name__ == "__main__":
    main()
