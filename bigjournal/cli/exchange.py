"""Handing the journal on: export, import, and files for other tools (vCard, iCalendar, CSV)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

from bigjournal import wording
from bigjournal.cli import clock
from bigjournal.cli.common import add_overwrite_option, day, fmt_date, journal_from, output_path
from bigjournal.cli.output import emit, table
from bigjournal.errors import ValidationError
from bigjournal.exchange import (
    ARCHIVE_SUFFIX,
    LEAVE_OUT,
    LEAVE_OUT_LABELS,
    ImportPreview,
    export_archive,
    import_archive,
    inspect_archive,
    preview_import,
    read_archive,
)
from bigjournal.exchange.ical import export_calendar
from bigjournal.exchange.registers import REGISTERS, export_register
from bigjournal.exchange.vcard import (
    VCardImport,
    export_vcards,
    import_vcards,
    plan_vcard_import,
    read_vcard_file,
)

PASSPHRASE_VARIABLE = "BIGJOURNAL_PASSPHRASE"
UNLOCKED_WARNING = (
    "Warning: this archive is NOT locked with a passphrase. It holds personal data "
    "(names, phone numbers, notes about people): keep it safe, do not email it, and "
    "delete it once it has been handed on."
)

Parsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (or set ${PASSPHRASE_VARIABLE}); "
        "without either you are asked for it",
    )
    export = subparsers.add_parser(
        "export",
        parents=[common, passphrase],
        help="write the whole journal to one file for a successor",
        description="Write the whole journal to one archive file (for a USB stick or email), "
        "locked with a passphrase unless you choose --no-encryption.",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--no-encryption",
        action="store_true",
        help="leave the archive unlocked (it holds personal data: think twice)",
    )
    export.add_argument(
        "--leave-out",
        action="append",
        default=[],
        choices=sorted(LEAVE_OUT),
        help="leave something out (repeat for both): "
        + "; ".join(f"{k} = {v}" for k, v in LEAVE_OUT_LABELS.items()),
    )
    add_overwrite_option(export)
    export.set_defaults(run=run_export)

    load = subparsers.add_parser(
        "import",
        parents=[common, passphrase],
        help="bring an archive into this journal",
        description="Bring an archive into this journal. Into an empty journal it is "
        "reproduced exactly; into one in use, new records are added and changed ones "
        "updated by their newest edit. Nothing is duplicated.",
    )
    load.add_argument("file", type=Path)
    load.add_argument(
        "--preview", action="store_true", help="only show what would be added and updated"
    )
    load.add_argument("--yes", action="store_true", help="do not ask before merging")
    load.set_defaults(run=run_import)

    vcard = subparsers.add_parser(
        "vcard", help="contacts to and from vCard (.vcf) for phones and address books"
    )
    vcard_actions = vcard.add_subparsers(dest="vcard_command", metavar="ACTION", required=True)
    vcard_out = vcard_actions.add_parser("export", parents=[common], help="write contacts")
    vcard_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    vcard_out.add_argument("--org", dest="organisation", help="only this organisation's people")
    vcard_out.add_argument("--include-left", action="store_true", help="also people who have left")
    add_overwrite_option(vcard_out)
    vcard_out.set_defaults(run=run_vcard_export)
    vcard_in = vcard_actions.add_parser("import", parents=[common], help="read contacts")
    vcard_in.add_argument("file", type=Path)
    vcard_in.add_argument(
        "--org", dest="organisation", help="put people whose organisation is unknown here"
    )
    vcard_in.add_argument(
        "--add-organisations",
        action="store_true",
        help="add organisations named on cards that the journal does not have",
    )
    vcard_in.add_argument("--preview", action="store_true", help="only show what would happen")
    vcard_in.set_defaults(run=run_vcard_import)

    ical = subparsers.add_parser("ical", help="meetings and promise due dates to iCalendar")
    ical_actions = ical.add_subparsers(dest="ical_command", metavar="ACTION", required=True)
    ical_out = ical_actions.add_parser(
        "export", parents=[common], help="write a calendar file (.ics)"
    )
    ical_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ical_out.add_argument("--since", type=day, help="leave out anything before this date")
    ical_out.add_argument("--no-meetings", action="store_true")
    ical_out.add_argument("--no-promises", action="store_true")
    ical_out.add_argument(
        "--with-notes", action="store_true", help="include meeting notes (calendars get shared)"
    )
    add_overwrite_option(ical_out)
    ical_out.set_defaults(run=run_ical_export)

    spreadsheet = subparsers.add_parser("csv", help="a register to CSV for spreadsheets")
    csv_actions = spreadsheet.add_subparsers(dest="csv_command", metavar="ACTION", required=True)
    csv_out = csv_actions.add_parser("export", parents=[common], help="write one register")
    csv_out.add_argument("--register", required=True, choices=REGISTERS)
    csv_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_overwrite_option(csv_out)
    csv_out.set_defaults(run=run_csv_export)


# --- passphrases and progress -----------------------------------------------------


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_file is not None:
        try:
            # utf-8-sig: Windows Notepad starts the file with a byte-order mark, which
            # would otherwise become part of a passphrase nobody can type.
            lines: list[str] = args.passphrase_file.read_text(encoding="utf-8-sig").splitlines()
        except OSError as error:
            raise ValidationError(
                f"The passphrase file “{args.passphrase_file}” could not be read "
                f"({error.strerror})."
            ) from None
        except UnicodeDecodeError:
            raise ValidationError(
                f"The passphrase file “{args.passphrase_file}” is not text saved as UTF-8."
            ) from None
        if not lines or not lines[0]:
            raise ValidationError(f"The passphrase file “{args.passphrase_file}” is empty.")
        return lines[0]
    from_environment = os.environ.get(PASSPHRASE_VARIABLE)
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise ValidationError(
            f"A passphrase is needed: give --passphrase-file FILE or set {PASSPHRASE_VARIABLE}"
            + (", or choose --no-encryption." if confirm else ".")
        )
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise ValidationError("The two passphrases were not the same. Nothing was written.")
    return first


class _Progress:
    """A one-line percentage on a terminal; silent when output goes to a file or script."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.shown = ""

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        line = f"{what}… {done * 100 // total}%" if total else f"{what}…"
        if line != self.shown:
            sys.stderr.write("\r" + line.ljust(60))
            sys.stderr.flush()
            self.shown = line

    def finish(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


# --- export and import ------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    output = output_path(args, args.output)
    passphrase = None if args.no_encryption else _passphrase(args, confirm=True)
    progress = _Progress(not args.json)
    with journal_from(args) as journal:
        try:
            summary = export_archive(
                journal,
                output,
                passphrase=passphrase,
                unencrypted=args.no_encryption,
                leave_out=args.leave_out,
                progress=progress,
            )
        finally:
            progress.finish()
    if args.no_encryption:
        print(UNLOCKED_WARNING, file=sys.stderr)

    def render(s: Any) -> Iterator[str]:
        lock = "locked with a passphrase" if s["encrypted"] else "NOT locked"
        yield f"Exported the journal to “{s['path']}” ({_size(s['size'])}, {lock})."
        counts = s["counts"]
        yield (
            "  "
            + ", ".join(
                wording.count(counts.get(table, 0), word)
                for table, word in (
                    ("organisations", "organisation"),
                    ("contacts", "contact"),
                    ("members", "member"),
                    ("interactions", "meeting"),
                    ("promises", "promise"),
                )
            )
            + "."
        )
        if s["left_out"]:
            yield "  Left out: " + "; ".join(LEAVE_OUT_LABELS[c] for c in s["left_out"]) + "."
        if Path(s["path"]).suffix != ARCHIVE_SUFFIX:
            yield f"  Tip: end the name with “{ARCHIVE_SUFFIX}” so BigJournal recognises it."

    emit(args.json, {**dataclasses.asdict(summary), "path": str(summary.path)}, render)
    return 0


def run_import(args: argparse.Namespace) -> int:
    info = inspect_archive(args.file)
    passphrase = _passphrase(args, confirm=False) if info.sealed else None
    progress = _Progress(not args.json)
    try:
        archive = read_archive(args.file, passphrase=passphrase, progress=progress)
    finally:
        progress.finish()
    with journal_from(args) as journal:
        preview = preview_import(journal, archive)
        if args.preview:
            emit(args.json, preview, lambda p: render_preview(p, will=True))
            return 0
        if (
            not preview.into_empty_journal
            and not preview.changes_nothing
            and not args.yes
            and not args.json
            and sys.stdin.isatty()
        ):
            for line in render_preview(preview, will=True):
                print(line)
            if input("Bring these changes into the journal? [y/N] ").strip().lower() not in (
                "y",
                "yes",
            ):
                print("Nothing was imported.")
                return 1
        try:
            done = import_archive(journal, archive, progress=progress)
        finally:
            progress.finish()
    emit(args.json, done, lambda p: render_preview(p, will=False))
    return 0


def render_preview(p: ImportPreview, *, will: bool) -> Iterator[str]:
    whose = f" of {p.partnership}" if p.partnership else ""
    yield f"Archive{whose}, made {fmt_date(p.archive_created_at.date())}."
    if p.left_out:
        yield "It was made with some details left out on purpose; yours are kept."
    if p.changes_nothing:
        yield "The journal already holds everything in it: nothing " + (
            "would change." if will else "changed."
        )
        return
    if p.into_empty_journal:
        yield "Into an empty journal: everything " + ("will be" if will else "was") + " added."
    rows = [
        [t.label, str(t.added), str(t.updated), str(t.unchanged), str(t.kept_newer)]
        for t in p.tables
        if t.added or t.updated or t.unchanged or t.kept_newer
    ]
    verb = ("to add", "to update") if will else ("added", "updated")
    yield from table(rows, ["", *verb, "already the same", "yours is newer, kept"])
    if will:
        yield "Nothing has been changed yet."
    else:
        yield f"Imported: {p.added} added, {p.updated} updated."


# --- other tools ------------------------------------------------------------------


def run_vcard_export(args: argparse.Namespace) -> int:
    output_path(args, args.output)
    with journal_from(args) as journal:
        count = export_vcards(
            journal, args.output, organisation=args.organisation, include_left=args.include_left
        )
    emit(
        args.json,
        {"file": str(args.output), "contacts": count},
        lambda d: [f"Wrote {wording.count(d['contacts'], 'contact')} to “{d['file']}”."],
    )
    return 0


def run_vcard_import(args: argparse.Namespace) -> int:
    cards = read_vcard_file(args.file)
    with journal_from(args) as journal:
        plan = plan_vcard_import(
            journal,
            cards,
            default_organisation=args.organisation,
            add_organisations=args.add_organisations,
        )
        if not args.preview:
            import_vcards(journal, plan)
    emit(args.json, _vcard_summary(plan), lambda d: _render_vcards(d, args.preview))
    return 0


def _vcard_summary(plan: VCardImport) -> dict[str, Any]:
    return {
        "added": plan.count("add"),
        "updated": plan.count("update"),
        "unchanged": plan.count("unchanged"),
        "skipped": [{"name": p.card.name, "reason": p.reason} for p in plan.plans if p.reason],
        "new_organisations": list(plan.new_organisations),
        "new_departments": [
            {"department": name, "part_of": parent} for name, parent in plan.new_departments
        ],
        "notes": [{"name": p.card.name, "note": p.note} for p in plan.plans if p.note],
    }


def _render_vcards(d: dict[str, Any], preview: bool) -> Iterator[str]:
    head = "Would add" if preview else "Added"
    yield (
        f"{head} {wording.count(d['added'], 'contact')}, "
        + ("would update" if preview else "updated")
        + f" {d['updated']}; {d['unchanged']} were already the same."
    )
    if d["new_organisations"]:
        yield "New organisations: " + ", ".join(d["new_organisations"])
    if d["new_departments"]:
        yield "New departments: " + ", ".join(
            f"{n['department']} (part of {n['part_of']})" for n in d["new_departments"]
        )
    for noted in d["notes"]:
        yield f"  {noted['name']}: {noted['note']}"
    for skipped in d["skipped"]:
        yield f"  Skipped {skipped['name']}: {skipped['reason']}"
    if preview:
        yield "Nothing has been changed yet."


def run_ical_export(args: argparse.Namespace) -> int:
    output_path(args, args.output)
    with journal_from(args) as journal:
        count = export_calendar(
            journal,
            args.output,
            since=args.since,
            meetings=not args.no_meetings,
            promises=not args.no_promises,
            with_notes=args.with_notes,
        )
    emit(
        args.json,
        {"file": str(args.output), "events": count},
        lambda d: [f"Wrote {d['events']} calendar events to “{d['file']}”."],
    )
    return 0


def run_csv_export(args: argparse.Namespace) -> int:
    output_path(args, args.output)
    with journal_from(args) as journal:
        count = export_register(journal, args.register, args.output, today=clock.today())
    emit(
        args.json,
        {"file": str(args.output), "register": args.register, "rows": count},
        lambda d: [
            f"Wrote the {d['register']} register ({wording.count(d['rows'], 'row')}) "
            f"to “{d['file']}”."
        ],
    )
    return 0
