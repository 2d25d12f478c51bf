"""A seeded mutator of vCard files (issue 16, item 4).

Cases start from the demo journal's own vCard export and from real exporters'
shapes (Google, Outlook, iPhone, vCard 2.1 quoted-printable), then damage them: bytes
flipped or replaced by the five Windows-1252 leaves undefined, charsets Python knows
but no vCard uses, folds in odd places, unclosed quotes, NUL and escape codes. Each
file is read, planned and imported into a copy of the demo journal, which must then
still show its contacts, Today and a vCard export. ``python -m tests.fuzz.vcard_fuzzer
--cases 1000`` prints the figures for docs/reliability.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bigjournal.errors import JournalError
from bigjournal.exchange.vcard import (
    contacts_as_vcards,
    export_vcards,
    import_vcards,
    plan_vcard_import,
    read_vcard_file,
)
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.demo import build_demo
from bigjournal.journal.people import list_contacts
from bigjournal.store import open_journal

TODAY = date(2026, 3, 16)

REAL_SHAPES = [
    # Google Contacts: ORG is "organisation;department", several phones, an address.
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priyanka Shore\r\nN:Shore;Priyanka;;;\r\n"
    "ORG:Ashford Vale Borough Council;Housing Department\r\nTITLE:Tenancy officer\r\n"
    "TEL;TYPE=WORK:01632 960444\r\nTEL;TYPE=CELL:07700 900444\r\n"
    "EMAIL;TYPE=INTERNET:priya@example.org\r\nADR;TYPE=WORK:;;1 Civic Way;Ashford;;;UK\r\n"
    "URL:https://example.org\r\nCATEGORIES:myContacts\r\nEND:VCARD\r\n",
    # vCard 4 (iCloud, Nextcloud): TEL as a URI.
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lee Wong\r\nORG:Riverside Homes\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:+44-1632-960555\r\nEND:VCARD\r\n",
    # vCard 2.1 from an old phone: quoted-printable with a declared charset.
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9e;Anne\r\n"
    "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Anne Ren=E9e\r\n"
    "ORG:Millbrook College\r\nTEL;WORK;VOICE:01632 960666\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0A=\r\nline two\r\nEND:VCARD\r\n",
]
ODD_BYTES = [
    b"\x81",
    b"\x8d",
    b"\x8f",
    b"\x90",
    b"\x9d",
    b"\x00",
    b"\x1b[2J",
    b"\xff\xfe",
    b"\xc3",
    b"\r\n ",
    b"\r\n\t",
    b'"',
    b";",
    b":",
    b"=",
    b"\\",
    b"\xe2\x80\x8d",
]
CHARSETS = ["undefined", "idna", "punycode", "base64", "rot13", "utf-16", "utf-32", "zlib",
            "ISO-8859-1", "windows-1252", "shift_jis", "nonsense", ""]  # fmt: skip


@dataclass
class Figures:
    cases: int = 0
    read: int = 0
    refused: int = 0
    imported: int = 0
    crashes: list[str] = field(default_factory=list)
    poisoned: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.cases} vCard files: {self.read} read, {self.refused} refused with a "
            f"sentence, {self.imported} imported; {len(self.crashes)} crashes, "
            f"{len(self.poisoned)} poisoned journals"
        )


def mutate(seed: bytes, chooser: random.Random) -> bytes:
    data = bytearray(seed)
    for _ in range(chooser.randint(1, 6)):
        action = chooser.random()
        at = chooser.randrange(len(data) + 1)
        if action < 0.4:
            data[at:at] = chooser.choice(ODD_BYTES)
        elif action < 0.6 and data:
            data[min(at, len(data) - 1)] ^= 1 << chooser.randrange(8)
        elif action < 0.8:
            charset = chooser.choice(CHARSETS).encode()
            data[at:at] = (
                b";CHARSET=" + charset + chooser.choice([b"", b";ENCODING=QUOTED-PRINTABLE"])
            )
        else:
            data[at:at] = b"\r\n " * chooser.randint(1, 200)
    return bytes(data)


def run_case(data: bytes, demo: Path, folder: Path, figures: Figures, what: str) -> None:
    figures.cases += 1
    source = folder / "case.vcf"
    source.write_bytes(data)
    target = folder / "target.sqlite"
    shutil.copyfile(demo, target)
    try:
        cards = read_vcard_file(source)
        figures.read += 1
        with open_journal(target, automatic_backups=False) as journal:
            plan = plan_vcard_import(journal, cards, add_organisations=True)
            import_vcards(journal, plan)
    except JournalError:
        figures.refused += 1
        return
    except Exception:
        figures.crashes.append(f"{what}: {traceback.format_exc(limit=-4)}")
        return
    try:
        with open_journal(target, automatic_backups=False) as journal:
            list_contacts(journal, include_left=True)
            today_agenda(journal, today=TODAY)
            export_vcards(journal, folder / "out.vcf", include_left=True)
        (folder / "out.vcf").unlink()
    except Exception:
        figures.poisoned.append(f"{what}: {traceback.format_exc(limit=-4)}")
        return
    figures.imported += 1


def demo_journal(folder: Path) -> tuple[Path, bytes]:
    path = folder / "demo.sqlite"
    with open_journal(path, automatic_backups=False) as journal:
        build_demo(journal, today=TODAY)
        text, _count = contacts_as_vcards(journal, include_left=True)
        journal.checkpoint()
    return path, text.encode("utf-8")


def fuzz(folder: Path, *, seed: int, cases: int, seconds: float) -> Figures:
    demo, exported = demo_journal(folder)
    seeds = [exported[:6000], *(shape.encode("latin-1") for shape in REAL_SHAPES)]
    chooser = random.Random(seed)
    figures = Figures()
    stop_at = time.monotonic() + seconds
    for number in range(cases):
        data = mutate(chooser.choice(seeds), chooser)
        run_case(data, demo, folder, figures, f"case {number} (seed {seed})")
        if time.monotonic() > stop_at:  # a slow machine runs fewer cases, never fails
            break
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())  # not the user's own
        figures = fuzz(Path(folder), seed=args.seed, cases=args.cases, seconds=24 * 3600)
    print(figures.line())
    for problem in figures.crashes[:20] + figures.poisoned[:20]:
        print(problem, file=sys.stderr)
    return 1 if figures.crashes or figures.poisoned else 0


if __name__ == "__main__":
    raise SystemExit(main())
