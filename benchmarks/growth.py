"""How cost grows with the journal: each operation at several sizes, and its exponent.

    python -m benchmarks.growth [--scales 0.05 0.25 1] [--runs N] [--only NAME]

Issue 19: what a screen shows must not cost what the whole journal costs. Each chosen
benchmark runs (app and floor, interleaved, as ``benchmarks.run`` does) on the
generated journal at every scale — 0.05, 0.25 and 1 hold about 10,000, 50,000 and
200,000 meetings — and the app's median is fitted to ``time ∝ meetings ** k`` by least
squares on the logarithms. ``k`` near 0 is a cost that does not grow (a first page, a
limited agenda), 1 is linear (an export), and above 1 something reads more per record
as the journal grows. A row is "sub-linear" below 0.9, "linear" up to 1.1; the
screens are expected to be sub-linear, whole-journal lists, exports and imports not.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import generate, run
from benchmarks.indexes import PROPOSED_INDEXES
from benchmarks.registry import TIME, load_all

#: The operations whose cost must not follow the journal's size (what a screen shows).
SCREENS = (
    "today's agenda, 100 per section (as Today shows it)",
    "meeting list, first page",
    "contact list, first page",
    "organisation page",
    "an organisation's overdue promises",
    "search as you type",
)
DEFAULT_SCALES = (0.05, 0.25, 1.0)


@dataclass(frozen=True)
class Growth:
    operation: str
    meetings: tuple[int, ...]
    app_ms: tuple[float, ...]
    floor_ms: tuple[float, ...]
    exponent: float

    @property
    def verdict(self) -> str:
        if self.exponent < 0.9:
            return "sub-linear"
        if self.exponent <= 1.1:
            return "**linear**"
        return "**worse than linear**"


def fitted_exponent(sizes: Sequence[float], costs: Sequence[float]) -> float:
    """The least-squares slope of log(cost) on log(size): cost ∝ size ** slope."""
    if len(sizes) != len(costs) or len(sizes) < 2:
        raise ValueError("an exponent needs a cost at two sizes or more")
    xs = [math.log(size) for size in sizes]
    ys = [math.log(max(cost, 1e-9)) for cost in costs]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        raise ValueError("the sizes must differ")
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def meetings_in(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM interactions").fetchone()[0])
    finally:
        connection.close()


def measure_growth(
    names: Sequence[str],
    scales: Sequence[float],
    *,
    runs: int,
    seed: int = 1,
    clock: str = "cpu",
    cache_dir: Path = generate.CACHE_DIR,
) -> list[Growth]:
    registry = load_all()
    run.clock = run.CLOCKS[clock]
    per_operation: dict[str, list[tuple[int, float, float]]] = {name: [] for name in names}
    for scale in scales:
        source = generate.cached_journal(scale, seed, cache_dir=cache_dir)
        meetings = meetings_in(source)
        with run.prepared(source, scale=scale, clock=clock, indexes=PROPOSED_INDEXES) as context:
            for name in names:
                print(f"… {name} at scale {scale:g} ({meetings:,} meetings)", file=sys.stderr)
                for result in run.measure(registry[name], context, runs):
                    if result.metric == TIME:
                        per_operation[name].append(
                            (meetings, result.app_median, result.floor_median)
                        )
    growths = []
    for name, points in per_operation.items():
        sizes = tuple(point[0] for point in points)
        apps = tuple(point[1] for point in points)
        growths.append(
            Growth(
                operation=name,
                meetings=sizes,
                app_ms=apps,
                floor_ms=tuple(point[2] for point in points),
                exponent=fitted_exponent(sizes, apps),
            )
        )
    return growths


def render(growths: Sequence[Growth]) -> str:
    if not growths:
        return "(nothing measured)"
    sizes = growths[0].meetings
    head = " | ".join(f"{size:,} meetings" for size in sizes)
    lines = [
        f"| operation | {head} | exponent | |",
        "| --- |" + " ---: |" * len(sizes) + " ---: | --- |",
    ]
    for growth in growths:
        cells = " | ".join(f"{app:,.1f} ms" for app in growth.app_ms)
        lines.append(f"| {growth.operation} | {cells} | {growth.exponent:.2f} | {growth.verdict} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth", description=__doc__)
    parser.add_argument("--scales", type=float, nargs="+", default=list(DEFAULT_SCALES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clock", choices=sorted(run.CLOCKS), default="cpu")
    parser.add_argument("--only", action="append", default=[], help="a benchmark's name (repeat)")
    args = parser.parse_args(argv)
    registry = load_all()
    names = args.only or list(SCREENS)
    unknown = [name for name in names if name not in registry]
    if unknown:
        parser.error(
            f"no benchmark called {', '.join(unknown)}; see python -m benchmarks.run --list"
        )
    if len(set(args.scales)) < 2:
        parser.error("give two scales or more (--scales 0.05 0.25 1)")
    growths = measure_growth(
        names, sorted(args.scales), runs=args.runs, seed=args.seed, clock=args.clock
    )
    print(render(growths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
