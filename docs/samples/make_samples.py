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
SCRIPTS_ORGANISATION = "Millbrook Community Centre — مرکز"
# A name in each script a UK neighbourhood writes (as in tests/unit/reports/test_scripts.py).
SCRIPT_NAMES = {
    "Latin": "Zoë Nguyễn Thị Hương",
    "Greek": "Ιωάννης Παπαδόπουλος",
    "Cyrillic": "Наталья Иванова",
    "Arabic": "محمد علی",
    "Urdu": "عائشہ ملک",
    "Hebrew": "שרה כהן",
    "Bengali": "রবীন্দ্রনাথ ঠাকুর",
    "Gujarati": "કૃષ્ણ પટેલ",
    "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Devanagari": "प्रिया शर्मा",
    "Tamil": "கிருஷ்ணன் சுப்பிரமணியம்",
    "Chinese": "王小明",
    "Emoji": "Café Ama 🙂 ☕",
}


def every_script(journal: object) -> None:
    """A community centre whose contacts write every script, with a promise in each."""
    from bigjournal.journal import settings
    from bigjournal.journal.organisations import add_organisation
    from bigjournal.journal.people import add_contact
    from bigjournal.journal.promises import PromiseDraft, add_promise

    settings.set_settings(journal, {settings.PARTNERSHIP_NAME: "Millbrook Big Local"})
    add_organisation(
        journal,
        name=SCRIPTS_ORGANISATION,
        kind="voluntary_organisation",
        phone="01632 960500",
        address="1 Canal Walk, Millbrook",
        next_steps="Introduce " + ", ".join(SCRIPT_NAMES.values()) + ".",
        relationship_notes=" · ".join(f"{k}: {v}" for k, v in SCRIPT_NAMES.items()),
    )
    for script, name in SCRIPT_NAMES.items():
        add_contact(journal, name=name, organisation=SCRIPTS_ORGANISATION, role=f"{script} speaker")
        add_promise(
            journal,
            PromiseDraft(
                description=f"Translate the newsletter with {name}",
                side="theirs",
                organisation=SCRIPTS_ORGANISATION,
                made_by=name,
                due_on="2026-07-01",
            ),
            made_on=ON,
        )


def main() -> None:
    rl_config.invariant = 1  # no creation date or random id: reproducible files
    with (
        tempfile.TemporaryDirectory() as folder,
        open_journal(Path(folder) / "demo.sqlite") as journal,
    ):
        build_demo(journal, today=ON)
        make_summary(journal, "Ashford Vale Borough Council", HERE / "summary.pdf", today=ON)
        make_pack(journal, "Øyvind Hansen", [], HERE / "briefing-pack.pdf", today=ON)
        make_summary(
            journal,
            "Ashford Vale Borough Council",
            HERE / "summary-large-print.pdf",
            today=ON,
            print_size=14,
        )
    with (
        tempfile.TemporaryDirectory() as folder,
        open_journal(Path(folder) / "scripts.sqlite") as journal,
    ):
        every_script(journal)
        make_summary(journal, SCRIPTS_ORGANISATION, HERE / "summary-every-script.pdf", today=ON)
        make_pack(journal, "Ann Lee", [], HERE / "briefing-pack-every-script.pdf", today=ON)
    if shutil.which("pdftoppm"):
        for name in ("summary", "summary-every-script", "summary-large-print"):
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-singlefile", f"{name}.pdf", name],
                cwd=HERE,
                check=True,
            )
    print(f"Samples written to {HERE}")


if __name__ == "__main__":
    main()
