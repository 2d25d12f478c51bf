"""Looking after the journal: backups, restore, integrity check, and personal data requests."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypeAlias

from bigjournal import wording
from bigjournal.cli.common import add_overwrite_option, journal_from, output_path
from bigjournal.cli.output import emit, table
from bigjournal.errors import BackupError, JournalError, ValidationError
from bigjournal.exchange import server_backups
from bigjournal.journal.jsonable import to_jsonable
from bigjournal.journal.people import find_contact
from bigjournal.journal.personal_data import (
    ForgetResult,
    Mention,
    RemovedCopies,
    forget_contact,
    remove_held_copies,
    subject_access_export,
)
from bigjournal.store import Journal, backup, health, open_journal, resolve_target
from bigjournal.store.backup import BackupInfo
from bigjournal.store.files import write_atomically

Parsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: Parsers, common: argparse.ArgumentParser) -> None:
    made = subparsers.add_parser(
        "backup",
        parents=[common],
        help="back up the journal now",
        description="Make a checked backup of the journal now (SQLite's online backup API). "
        "BigJournal also backs up by itself when a changed journal is opened or closed. "
        "A shared journal on a server is backed up as a logical dump: a plain successor "
        "archive, checked and kept in this computer's backups folder, with PostgreSQL's "
        "own dump (pg_dump) beside it when pg_dump is installed.",
    )
    made.add_argument(
        "--pg-dump",
        choices=("auto", "yes", "no"),
        default="auto",
        help="shared journals: also make pg_dump's dump (default: when pg_dump is installed)",
    )
    made.set_defaults(run=run_backup)
    listed = subparsers.add_parser(
        "backups",
        parents=[common],
        help="list the journal's backups",
        description="List the journal's backups, newest first, with their records and size.",
    )
    listed.set_defaults(run=run_backups)
    restore = subparsers.add_parser(
        "restore",
        parents=[common],
        help="put a backup back in the journal's place",
        description="Restore a backup (the newest good one unless named). The current "
        "journal is set aside beside it, never deleted. A shared journal is restored "
        "only when it is empty (made afresh on its server); one in use is told how to "
        "import the backup instead.",
    )
    restore.add_argument(
        "backup", nargs="?", help="a backup's time as listed (or its start), or a backup file"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(run=run_restore)
    check = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the journal file for damage",
        description="Run SQLite's full integrity check on the journal, without changing it "
        "(unless --repair).",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="if damaged, rebuild the indexes and the search index from the records",
    )
    check.set_defaults(run=run_check)
    forget = subparsers.add_parser(
        "forget",
        parents=[common],
        help="erase a contact and their personal details (UK GDPR)",
        description="Forget this person: erase a contact everywhere. Their promises stay "
        "with the organisation; notes that mention them are listed for you to review, "
        "and so is every backup and set-aside copy of the journal that still holds them "
        "(removed with --remove-copies, after a new backup is made without them).",
    )
    forget.add_argument("contact", help="the contact's name or #number")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.add_argument(
        "--remove-copies",
        action="store_true",
        help="also remove the backups and set-aside copies that still hold them "
        "(a new backup is made first); without it they are listed, and asked about",
    )
    forget.set_defaults(run=run_forget)
    about = subparsers.add_parser(
        "about-person",
        parents=[common],
        help="everything the journal holds on one person (subject access request)",
        description="Export everything the journal holds on one contact (or member with "
        "--member) as JSON, for a subject access request.",
    )
    about.add_argument("name", help="the person's name or #number")
    about.add_argument("--member", action="store_true", help="the person is a member")
    about.add_argument("-o", "--output", type=Path, help="write to this .json file")
    add_overwrite_option(about)
    about.set_defaults(run=run_about_person)


# --- backups ----------------------------------------------------------------------


def _journal_path(args: argparse.Namespace) -> Path:
    target = resolve_target(args.journal)
    if target.path is None:
        raise JournalError(
            "“bigjournal check” checks a journal file on this computer. A shared journal "
            "is looked after by its server: “bigjournal team check” tries it, and "
            "whoever looks after the server checks the database itself."
        )
    return target.path


def _backups_of(args: argparse.Namespace) -> tuple[Path | str, str]:
    """Whose backups: a journal file, or a shared journal's address (no password)."""
    target = resolve_target(args.journal)
    if target.path is not None:
        return target.path, target.path.name
    from bigjournal.store import team

    where = team.ServerAddress.from_url(target.url)
    return where.url, f"the shared journal {where.display_name}"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _backup_line(info: BackupInfo) -> str:
    records = "? records" if info.records is None else wording.count(info.records, "record")
    return f"{info.when} — {records}, {_size(info.size)}"


def _plain(value: object) -> object:
    """Paths as text, for --json."""
    data = to_jsonable(value)
    if isinstance(data, dict):
        return {k: str(v) if isinstance(v, Path) else _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return str(data) if isinstance(data, Path) else data


def _emit(args: argparse.Namespace, data: object, lines: list[str]) -> None:
    emit(args.json, _plain(data), lambda _: lines)


def _open(args: argparse.Namespace) -> Journal:
    from bigjournal.store import team

    if team.is_team_url(args.journal):
        return team.open_team_journal(args.journal)
    return open_journal(args.journal, automatic_backups=False)


def run_backup(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        if journal.path is None:
            choice = {"auto": None, "yes": True, "no": False}[args.pg_dump]
            info = server_backups.make_server_backup(journal, pg_dump=choice)
        else:
            info = backup.make_backup(journal)
    lines = [f"Backup made: {_backup_line(info)}.", f"  {info.path}"]
    if info.server_dump is not None:
        lines.append(f"  {info.server_dump} (PostgreSQL's own dump, for pg_restore)")
    lines += [f"Note: {note}" for note in info.notes]
    _emit(args, info, lines)
    return 0


def run_backups(args: argparse.Namespace) -> int:
    path, name = _backups_of(args)
    found = backup.list_backups(path)

    def render(rows: list[BackupInfo]) -> list[str]:
        if not rows:
            return [f"There are no backups of {name} on this computer yet."]
        lines = table(
            [
                [
                    info.path.stem,
                    info.when,
                    "?" if info.records is None else f"{info.records:,}",
                    _size(info.size),
                    info.reason,
                ]
                for info in rows
            ],
            ["BACKUP", "MADE", "RECORDS", "SIZE", "WHY"],
        )
        total = _size(backup.describe_sizes(rows))
        count = "1 backup" if len(rows) == 1 else f"{len(rows)} backups"
        return [*lines, "", f"{count}, {total}, in {backup.backup_folder(path)}"]

    _emit(args, found, render(found))
    return 0


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise ValidationError(f"{question} Add --yes to go ahead without being asked.")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise ValidationError("Nothing was changed.")


def run_restore(args: argparse.Namespace) -> int:
    path, _name = _backups_of(args)
    if isinstance(path, str):
        return _restore_shared(args)
    if args.backup:
        chosen = backup.find_backup(path, args.backup)
    else:
        newest = backup.newest_good_backup(path)
        if newest is None:
            raise BackupError(f"There is no good backup of “{path.name}” to restore.")
        chosen = newest
    _confirm(
        f"Restore the backup from {chosen.when} "
        f"({wording.count(chosen.records or 0, 'record')})? The "
        "journal there now will be set aside, not deleted.",
        args.yes,
    )
    result = backup.restore_backup(path, chosen)
    lines = [f"Restored the backup from {result.restored_from.when} into “{path}”."]
    if result.set_aside_as is not None:
        lines.append(f"The journal it replaced was kept as “{result.set_aside_as.name}”.")
    _emit(args, result, lines)
    return 0


def _restore_shared(args: argparse.Namespace) -> int:
    """A shared journal: restored only into an empty one, otherwise told what to do."""
    with _open(args) as journal:
        url = journal.target.url
        if args.backup:
            chosen = backup.find_backup(url, args.backup)
        else:
            newest = backup.newest_good_backup(url)
            if newest is None:
                raise BackupError(
                    "There is no backup of this shared journal on this computer. "
                    "“bigjournal backup” makes one."
                )
            chosen = newest
        _confirm(
            f"Restore the backup from {chosen.when} "
            f"({wording.count(chosen.records or 0, 'record')}) into "
            "the shared journal?",
            args.yes,
        )
        done = server_backups.restore_shared_journal(journal, chosen)
    records = sum(t.added for t in done.tables if t.table in backup.RECORD_TABLES)
    lines = [
        f"Restored the backup from {chosen.when} into the shared journal: "
        f"{wording.count(records, 'record')} brought back."
    ]
    _emit(args, {"restored_from": chosen, "records": records}, lines)
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = _journal_path(args)
    if not path.exists():
        raise JournalError(f"There is no journal at “{path}”.")

    def problems_now() -> list[str]:
        return (
            health.integrity_check(path)
            + health.unreadable_values(path)
            + health.search_index_problems(path)
        )

    def mendable(found: list[str]) -> bool:
        """Only indexes are wrong (the search index, or an index's keys): the records
        are whole, and rebuilding the indexes from them loses nothing."""
        return bool(found) and all(
            health.is_index_problem(problem) or problem.startswith("the search index")
            for problem in found
        )

    repaired = False
    problems = problems_now()
    if getattr(args, "repair", False) and mendable(problems):
        from bigjournal.store.search_index import rebuild_indexes

        # Opened without the index check, which would set the journal aside first.
        with (
            open_journal(path, check_indexes=False, automatic_backups=False) as journal,
            journal.engine.begin() as connection,
        ):
            rebuild_indexes(connection)  # one transaction: all of it, or nothing
        repaired = True
        problems = problems_now()
    shortfall = health.missing_bytes(path)
    if shortfall:
        problems.append(f"the file is {shortfall:,} bytes shorter than its header says")
    warning = health.risky_place_warning(path)
    data = {"journal": str(path), "healthy": not problems, "problems": problems}

    def render(_: object) -> list[str]:
        lines = []
        if problems:
            lines.append(f"“{path.name}” is damaged: SQLite's integrity check found problems.")
            lines += [f"  {problem}" for problem in problems[:20]]
            if mendable(problems) and not repaired:
                only_search = all(p.startswith("the search index") for p in problems)
                lines.append(
                    "Only its indexes are damaged; its records are whole. Run “bigjournal "
                    "check --repair”: it rebuilds the indexes and the search index from the "
                    "records, losing nothing. "
                    + (
                        "(Opening it in BigJournal rebuilds the search index too.)"
                        if only_search
                        else "(Opening it in BigJournal instead sets it aside and offers "
                        "the newest good backup.)"
                    )
                )
            else:
                lines.append(
                    "Restore the newest good backup: “bigjournal backups” lists them, "
                    "“bigjournal restore” puts one back (the damaged file is kept). Opening "
                    "it in BigJournal sets it aside and offers that backup too."
                )
        else:
            if repaired:
                lines.append("The indexes and the search index were rebuilt from the records.")
            lines.append(f"“{path.name}” is healthy (SQLite's full integrity check found nothing).")
        if warning:
            lines.append(warning)
        return lines

    emit(args.json, data, render)
    return 1 if problems else 0


# --- personal data ------------------------------------------------------------------


def _mention_lines(mentions: tuple[Mention, ...]) -> list[str]:
    return [
        f"  {m.record_kind} #{m.record_id} “{m.title}” ({m.field}): {m.excerpt}" for m in mentions
    ]


def run_forget(args: argparse.Namespace) -> int:
    with journal_from(args) as journal:
        person = find_contact(journal, args.contact)
        _confirm(
            f"Forget {person.name} (#{person.id}) and every personal detail held on them? "
            "This cannot be undone.",
            args.yes,
        )
        result = forget_contact(journal, person.id)
        removed = None
        if result.copies_holding and _remove_copies_too(args, result):
            removed = remove_held_copies(journal, result.copies_holding)

    def render(r: ForgetResult) -> list[str]:
        lines = [
            f"Forgot {r.forgotten.name} of {r.organisation}: removed from "
            f"{r.meetings_unlinked} meeting(s); {r.promises_kept_without_them} promise(s) "
            f"kept for the organisation; {r.handovers_removed} handover(s) removed."
        ]
        if r.mentions:
            lines.append("These notes still mention them; please review and edit them:")
            lines += _mention_lines(r.mentions)
        else:
            lines.append("No notes mention them by name.")
        lines += _copies_lines(r, removed)
        return lines

    if args.json:
        emit(True, {**to_jsonable(result), "copies_removed": removed}, lambda _: [])
    else:
        emit(False, result, render)
    return 0


def _remove_copies_too(args: argparse.Namespace, result: ForgetResult) -> bool:
    """--remove-copies, or asked at a terminal (never with --yes alone)."""
    if args.remove_copies:
        return True
    if args.yes or not sys.stdin.isatty():
        return False
    for line in _held_lines(result):
        print(line)
    answer = input(
        "Remove these copies too? A new backup is made first, without them; older "
        "backups to go back to are lost. [y/N] "
    )
    return answer.strip().lower() in ("y", "yes")


def _held_lines(result: ForgetResult) -> list[str]:
    count = len(result.copies_holding)
    return [
        f"{count} other cop{'y' if count == 1 else 'ies'} of the journal still "
        f"hold{'s' if count == 1 else ''} {result.forgotten.name}:",
        *(f"  {copy.description}" for copy in result.copies_holding),
    ]


def _copies_lines(result: ForgetResult, removed: RemovedCopies | None) -> list[str]:
    if not result.copies_holding:
        return ["No backup or set-aside copy holds them."]
    if removed is not None:
        done = wording.count(len(removed.removed), "copy", "copies")
        lines = [f"Removed {done} of the journal that still held them."]
        if removed.new_backup:
            lines.append(f"A new backup was made first: {removed.new_backup}")
        return lines
    return [
        *_held_lines(result),
        "They go as the backups are thinned (at most a year). To remove them now, delete "
        "those files, or forget with --remove-copies next time.",
    ]


def run_about_person(args: argparse.Namespace) -> int:
    if args.output is not None:
        output_path(args, args.output)
    with journal_from(args) as journal:
        if args.member:
            report = subject_access_export(journal, member=args.name)
        else:
            report = subject_access_export(journal, contact=args.name)
    text = json.dumps(to_jsonable(report), ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    write_atomically(args.output, text.encode("utf-8"))  # a cut-off export never looks whole
    print(
        f"Wrote everything held on {report.name} to “{args.output}” "
        f"({wording.count(len(report.meetings), 'meeting')}, "
        f"{wording.count(len(report.promises), 'promise')}, "
        f"{wording.count(len(report.mentions), 'note')} that mention them)."
    )
    return 0
