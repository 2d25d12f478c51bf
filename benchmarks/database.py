"""The database half of issue 9: opening, the main screens' queries and search.

Each benchmark pairs the app's use case (``bigjournal.journal…``) with a floor in
``benchmarks.floors`` that returns the same rows from raw ``sqlite3``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import floors
from benchmarks.registry import Context, Measured, Pair, benchmark

ROOT = Path(__file__).resolve().parent.parent
TYPED = ("li", "lig", "ligh", "light", "lighti", "lighting", "lighting ca", "lighting canal")


def _open(context: Context) -> Any:
    from bigjournal.store import open_journal

    return open_journal(context.journal_path)


def _differs(what: str, app: Sequence[object], floor: Sequence[object]) -> str | None:
    if list(app) == list(floor):
        return None
    return f"{what}: the app has {len(app)} rows, the floor {len(floor)} (or in another order)"


def _first_difference(*checks: str | None) -> str | None:
    return next((c for c in checks if c), None)


def _pair(context: Context, app: Callable[[Any], object], floor: Callable[[Any], object],
          same: Callable[[Any, Any], str | None]) -> Pair:  # fmt: skip
    journal = _open(context)
    db = floors.connect(str(context.journal_path))

    def close() -> None:
        journal.close()
        db.close()

    return Pair(app=lambda: app(journal), floor=lambda: floor(db), same=same, close=close)


# --- opening -----------------------------------------------------------------------

#: The peak memory of this process alone, in MB: the kernel's high-water mark of its
#: own pages (``VmHWM``), which starts afresh at exec. ``ru_maxrss`` does not: a child
#: keeps the runner's peak from before its exec, so both sides once read 64.9 MB.
PEAK_MEMORY = """
def peak_memory_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not Linux: the best there is
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

OPEN_SCRIPT = (
    PEAK_MEMORY
    + """
import json, sys, time
from bigjournal.store import open_journal
started = time.perf_counter()
journal = open_journal(sys.argv[1], automatic_backups=False)  # as the app opens it
opened = time.perf_counter()
journal.close()
print(json.dumps({"time": (opened - started) * 1000, "peak memory": peak_memory_mb()}))
"""
)

#: The cheapest honest opening: connect, the app's pragmas, and the one question about
#: the file every opening asks (its schema's revision).
OPEN_FLOOR_SCRIPT = (
    PEAK_MEMORY
    + """
import json, sqlite3, sys, time
started = time.perf_counter()
db = sqlite3.connect(sys.argv[1], isolation_level=None)
for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
               "secure_delete = ON", "busy_timeout = 5000"):
    db.execute(f"PRAGMA {pragma}")
revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
opened = time.perf_counter()
db.close()
print(json.dumps({"time": (opened - started) * 1000, "peak memory": peak_memory_mb()}))
"""
)


def _open_in_fresh_process(path: Path, script: str = OPEN_SCRIPT) -> Measured:
    """Time and peak memory of opening ``path`` in a new interpreter (as the app starts).

    Without the automatic backup: the desktop app makes it in a worker after the window
    is up (a copy of the whole file, ~2 s for the full journal; docs/performance.md).
    """
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return Measured(json.loads(result.stdout))


@benchmark(
    "open the journal",
    targets={"time": 1.3, "peak memory": 1.3},
    units={"time": "ms", "peak memory": "MB"},
)
def open_large(context: Context) -> Pair:
    """Opening the large journal, against connecting to it with the app's pragmas and
    reading its schema's revision through ``sqlite3``, each in a fresh interpreter."""
    from bigjournal.store import open_journal

    # A volunteer opens the journal this program closed cleanly last time, so the copy
    # is opened and closed once first, as the app does: the runs then measure that
    # opening. The first opening of a file copied in (or changed by another program, or
    # after a crash) also runs SQLite's full check; docs/performance.md reports it.
    with open_journal(context.journal_path, automatic_backups=False):
        pass
    return Pair(
        app=lambda: _open_in_fresh_process(context.journal_path),
        floor=lambda: _open_in_fresh_process(context.journal_path, OPEN_FLOOR_SCRIPT),
    )


# --- Today's agenda -----------------------------------------------------------------


@benchmark("today's agenda", target=2.0)
def agenda(context: Context) -> Pair:
    """Today's agenda: due promises, lapsed rhythms, leavers, plans, risks."""
    return _agenda_pair(context, None)


@benchmark("today's agenda, 100 per section (as Today shows it)", target=1.5)
def agenda_as_shown(context: Context) -> Pair:
    """Today's agenda with ``limit=100``: each side's first 100 due promises and the
    counts; the floor reads the same (LIMIT and a count) with raw sqlite3."""
    return _agenda_pair(context, 100)


def _agenda_pair(context: Context, limit: int | None) -> Pair:
    from bigjournal.journal.agenda import today_agenda

    def counted(app: Any, floor: dict[str, list[Any]]) -> str | None:
        if limit is None:
            return None
        totals = dict(floor["due_counts"])
        return _differs(
            "due counts",
            [app.theirs_due_total, app.ours_due_total],
            [totals.get("theirs", 0), totals.get("ours", 0)],
        )

    def same(app: Any, floor: dict[str, list[Any]]) -> str | None:
        due = [p.id for p in (*app.theirs_due, *app.ours_due)]
        return _first_difference(
            _differs("due promises", sorted(due), sorted(r[0] for r in floor["due"])),
            _differs(
                "gone quiet",
                [q.organisation.id for q in app.gone_quiet],
                [r[0] for r in floor["gone_quiet"]],
            ),
            _differs(
                "left without handover",
                sorted(c.id for c in app.left_without_handover),
                sorted(r[0] for r in floor["left_without_handover"]),
            ),
            _differs(
                "pending handovers",
                sorted(h.id for h in app.pending_handovers),
                sorted(r[0] for r in floor["pending_handovers"]),
            ),
            _differs("planned", [m.id for m in app.planned], [r[0] for r in floor["planned"]]),
            _differs(
                "single points",
                [s.organisation.id for s in app.single_points],
                [r[0][0] for r in floor["single_points"]],
            ),
            _differs(
                "terms ending",
                [(t.contact.id, t.open_promises) for t in app.terms_ending],
                [(r[0], r[8]) for r in floor["terms_ending"]],
            ),
            counted(app, floor),
        )

    return _pair(
        context,
        lambda journal: today_agenda(journal, today=context.today, limit=limit),
        lambda db: floors.agenda(db, context.today, limit),
        same,
    )


# --- an organisation's page ---------------------------------------------------------


def busiest_organisation(path: Path) -> int:
    """The top-level organisation whose whole tree holds the most promises."""
    db = floors.connect(str(path))
    try:
        parents = dict(db.execute("SELECT id, parent_id FROM organisations").fetchall())
        counts = dict(
            db.execute("SELECT organisation_id, count(*) FROM promises GROUP BY 1").fetchall()
        )
    finally:
        db.close()

    def top(organisation_id: int) -> int:
        while parents.get(organisation_id) is not None:
            organisation_id = parents[organisation_id]
        return organisation_id

    totals: dict[int, int] = {}
    for organisation_id, count in counts.items():
        totals[top(organisation_id)] = totals.get(top(organisation_id), 0) + count
    return max(totals, key=lambda k: (totals[k], -k))


@benchmark("organisation page", target=2.0)
def organisation_page(context: Context) -> Pair:
    """The busiest organisation's page with its departments, track record and timeline."""
    from bigjournal.journal.organisations import organisation_detail

    organisation_id = busiest_organisation(context.journal_path)

    def same(app: Any, floor: dict[str, Any]) -> str | None:
        by_side = {row[0]: tuple(int(n or 0) for n in row[1:]) for row in floor["track_records"]}
        floor_track = tuple(by_side.get(side, (0,) * 6) for side in ("theirs", "ours"))
        app_track = tuple(
            (t.kept_on_time, t.kept_late, t.broken, t.overdue, t.open_not_due, t.released)
            for t in (app.track_records.theirs, app.track_records.ours)
        )
        return _first_difference(
            _differs("promises", [p.id for p in app.promises], [r[0] for r in floor["promises"]]),
            _differs("contacts", [c.id for c in app.contacts], [r[0] for r in floor["contacts"]]),
            _differs("meetings", [m.id for m in app.meetings], [r[0] for r in floor["meetings"]]),
            _differs(
                "handovers",
                sorted(h.id for h in app.handovers),
                sorted(r[0] for r in floor["handovers"]),
            ),
            _differs("meeting count", [app.meeting_count], [floor["meeting_count"]]),
            _differs("track record", [app_track], [floor_track]),
            _differs(
                "last contact",
                [app.last_contact_on.isoformat() if app.last_contact_on else None],
                [floor["last_contact_on"]],
            ),
        )

    return _pair(
        context,
        lambda journal: organisation_detail(journal, organisation_id, today=context.today),
        lambda db: floors.organisation_page(db, organisation_id, context.today),
        same,
    )


# --- the promise register -----------------------------------------------------------


def _same_ids(what: str) -> Callable[[Any, Any], str | None]:
    return lambda app, floor: _differs(what, [r.id for r in app], [r[0] for r in floor])


@benchmark("overdue promises", target=2.0)
def overdue_promises(context: Context) -> Pair:
    """The promise register filtered to overdue, soonest due first."""
    from bigjournal.journal.promises import list_promises

    return _pair(
        context,
        lambda journal: list_promises(journal, overdue_only=True, today=context.today),
        lambda db: floors.overdue_promises(db, context.today),
        _same_ids("overdue promises"),
    )


@benchmark("an organisation's overdue promises", target=2.0)
def organisation_overdue_promises(context: Context) -> Pair:
    """One organisation's overdue promises (the query ANALYZE rescues)."""
    from bigjournal.journal.promises import list_promises

    organisation_id = busiest_organisation(context.journal_path)
    return _pair(
        context,
        lambda journal: list_promises(
            journal, overdue_only=True, organisation=organisation_id, today=context.today
        ),
        lambda db: floors.overdue_promises(db, context.today, organisation_id),
        _same_ids("overdue promises"),
    )


# --- lists ----------------------------------------------------------------------------


@benchmark("meeting list, first page", target=2.0)
def meeting_page(context: Context) -> Pair:
    """The first 100 meetings, newest first (the lazy list's first fetch)."""
    from bigjournal.journal.meetings import list_meetings

    return _pair(
        context,
        lambda journal: list_meetings(journal, limit=100),
        lambda db: floors.meeting_page(db, 100),
        _same_ids("meetings"),
    )


@benchmark("organisation list", target=2.0)
def organisation_list(context: Context) -> Pair:
    """Every organisation by name, with purposes, holders and last contact."""
    from bigjournal.journal.organisations import list_organisations

    return _pair(
        context,
        list_organisations,
        floors.organisation_list,
        _same_ids("organisations"),
    )


@benchmark("contact list, first page", target=2.0)
def contact_page(context: Context) -> Pair:
    """The first 200 contacts in the language's order (the lazy list's first fetch)."""
    from bigjournal.journal.browse import contacts_page

    return _pair(
        context,
        lambda journal: contacts_page(journal, limit=200),
        lambda db: floors.contact_page(db, 200),
        _same_ids("contacts"),
    )


@benchmark("meeting list by title, first page", target=2.0)
def meeting_page_by_title(context: Context) -> Pair:
    """The first 100 meetings sorted by title (a heading clicked): an index, no sort."""
    from bigjournal.journal.browse import meetings_page
    from bigjournal.journal.list_order import ListOrder

    return _pair(
        context,
        lambda journal: meetings_page(journal, limit=100, order=ListOrder("title")),
        lambda db: floors.meeting_page_by_title(db, 100),
        _same_ids("meetings"),
    )


# --- search as you type ---------------------------------------------------------------


def _fts(typed: str) -> str:
    words = typed.split()
    return " ".join(f'"{w}"' for w in words) + "*"


@benchmark("search as you type", target=2.0)
def search_as_you_type(context: Context) -> Pair:
    """Searching names and notes after each key of “lighting canal” (FTS5)."""
    from bigjournal.journal.search import search

    def same(app: Any, floor: Any) -> str | None:
        return _first_difference(
            *(
                _differs(
                    f"hits for {typed!r}",
                    [hit.id * 8 + _KIND_CODES[hit.kind] for hit in hits],
                    [row[0] for row in rows],
                )
                for typed, hits, rows in zip(TYPED, app, floor, strict=True)
            )
        )

    return _pair(
        context,
        lambda journal: [search(journal, typed) for typed in TYPED],
        lambda db: [floors.search(db, _fts(typed)) for typed in TYPED],
        same,
    )


_KIND_CODES = {"organisation": 1, "contact": 2, "member": 3, "meeting": 4, "promise": 5}
