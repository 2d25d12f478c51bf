"""Run the benchmarks: for every operation, the app's median, its floor's, and the ratio.

    python -m benchmarks.run [--scale S] [--runs N] [--only NAME]

App and floor runs are interleaved (and alternate which goes first) so that a busy
machine slows both alike; the ratio shown is the median of the per-pair ratios. The
generated journal is cached under ``benchmarks/.cache``; each run works on a copy.
A missed target is printed plainly but does not fail the command: CI checks that the
benchmarks still run, people read the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import generate
from benchmarks.indexes import PROPOSED_INDEXES, create_indexes
from benchmarks.registry import TIME, Benchmark, Context, Measured, load_all

MIN_RUNS = 10


@dataclass(frozen=True)
class Result:
    operation: str
    metric: str
    unit: str
    app_median: float
    floor_median: float
    ratio: float  # the median of the per-run ratios app / floor
    target: float
    runs: int
    mismatch: str | None = None

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target and self.mismatch is None

    @property
    def label(self) -> str:
        return self.operation if self.metric == TIME else f"{self.operation} ({self.metric})"


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = CLOCKS["wall"]


def _sample(call: object) -> tuple[object, dict[str, float]]:
    gc.collect()
    started = clock()
    value = call()  # type: ignore[operator]
    elapsed = (clock() - started) * 1000
    if isinstance(value, Measured):
        return value, dict(value.metrics)
    return value, {TIME: elapsed}


def measure(bench: Benchmark, context: Context, runs: int) -> list[Result]:
    pair = bench.setup(context)
    try:
        app_value, _ = _sample(pair.app)  # warm-up (and the results to compare)
        floor_value, _ = _sample(pair.floor)
        mismatch = pair.same(app_value, floor_value) if pair.same else None
        app_runs: list[dict[str, float]] = []
        floor_runs: list[dict[str, float]] = []
        for run in range(runs):
            order = ((pair.app, app_runs), (pair.floor, floor_runs))
            for call, into in order if run % 2 == 0 else reversed(order):
                into.append(_sample(call)[1])
    finally:
        if pair.close:
            pair.close()
    results = []
    for metric, target in bench.targets.items():
        app = [r[metric] for r in app_runs]
        floor = [r[metric] for r in floor_runs]
        ratios = [a / f if f > 0 else float("inf") for a, f in zip(app, floor, strict=True)]
        results.append(
            Result(
                operation=bench.name,
                metric=metric,
                unit=bench.units.get(metric, "ms"),
                app_median=statistics.median(app),
                floor_median=statistics.median(floor),
                ratio=statistics.median(ratios),
                target=target,
                runs=runs,
                mismatch=mismatch,
            )
        )
    return results


def render(results: Sequence[Result]) -> str:
    header = ("operation", "app", "floor", "ratio", "target", "")
    rows = [
        (
            r.label,
            f"{r.app_median:,.1f} {r.unit}",
            f"{r.floor_median:,.1f} {r.unit}",
            f"{r.ratio:.2f}×",
            f"≤ {r.target:g}×",
            "pass" if r.passed else ("DIFFERENT RESULT" if r.mismatch else "MISSED"),
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = []
    for index, row in enumerate((header, *rows)):
        cells = [
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    for r in results:
        if r.mismatch:
            lines.append(f"! {r.label}: app and floor disagree — {r.mismatch}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 is the full journal")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help="runs of each, at least 10")
    parser.add_argument("--only", action="append", default=[], help="a benchmark's name (repeat)")
    parser.add_argument("--journal", type=Path, help="use this journal instead of a generated one")
    parser.add_argument(
        "--without-proposed-indexes",
        action="store_true",
        help="measure the schema as the migrations leave it, without benchmarks/indexes.py",
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall time (what a volunteer waits), or this process's CPU time: steadier on a "
        "shared, busy machine (the same on an idle one, as these operations do not wait)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)

    global clock
    clock = CLOCKS[args.clock]
    registry = load_all()
    if args.list:
        for bench in registry.values():
            print(f"{bench.name:40} {bench.group:10} {bench.description}")
        return 0
    unknown = [name for name in args.only if name not in registry]
    if unknown:
        parser.error(f"no benchmark called {', '.join(unknown)}; see --list")
    chosen = [b for b in registry.values() if not args.only or b.name in args.only]
    if args.runs < MIN_RUNS:
        print(f"note: {args.runs} runs (fewer than {MIN_RUNS}) — a smoke test, not a measurement")

    source = args.journal or generate.cached_journal(args.scale, args.seed)
    indexes = [] if args.without_proposed_indexes else PROPOSED_INDEXES
    with prepared(source, scale=args.scale, clock=args.clock, indexes=indexes) as context:
        print(
            f"journal: {source.name} (scale {args.scale:g}, seed {args.seed}); "
            f"{args.runs} interleaved runs each, {args.clock} clock; proposed indexes: "
            f"{', '.join(name for name, _ in indexes) or 'none'}"
        )
        results: list[Result] = []
        try:
            for bench in chosen:
                print(f"… {bench.name}", file=sys.stderr, flush=True)
                results.extend(measure(bench, context, args.runs))
        finally:
            _report(results, args.json)
    return 0


@contextlib.contextmanager
def prepared(
    source: Path, *, scale: float, clock: str, indexes: Sequence[tuple[str, str]]
) -> Iterator[Context]:
    """A scratch copy of ``source`` to measure on, the user's folders pointed there."""
    # A detached backup a command started may still be writing there at the end: the
    # results are printed first, and the folder is removed as far as it can be.
    with tempfile.TemporaryDirectory(
        prefix="bigjournal-bench-", ignore_cleanup_errors=True
    ) as folder:
        scratch = Path(folder)
        # Automatic backups, preferences and recent journals go to the scratch folder
        # (and so do those of every fresh interpreter started from here), never into
        # the user's own folders: a backup of the full journal is 300 MB.
        saved_environment = dict(os.environ)
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(scratch / "user" / variable.lower())
        try:
            journal_path = generate.copy_journal(source, scratch)
            create_indexes(journal_path, indexes)
            yield Context(
                journal_path=journal_path,
                scratch=scratch,
                today=generate.TODAY,
                scale=scale,
                clock=clock,
            )
        finally:
            os.environ.clear()
            os.environ.update(saved_environment)


def _report(results: list[Result], json_path: Path | None) -> None:
    """The table, the verdict and the JSON file: also for the rows measured before a
    failure (a measurement run can take many minutes)."""
    print(render(results))
    missed = [r for r in results if not r.passed]
    print(
        f"{len(results) - len(missed)} of {len(results)} within target"
        + (f"; missed: {', '.join(r.label for r in missed)}" if missed else ""),
        flush=True,
    )
    if json_path:
        json_path.write_text(json.dumps([asdict(r) for r in results], indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
