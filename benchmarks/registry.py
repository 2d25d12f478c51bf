"""One registry of named benchmarks: each is the app's operation and its floor.

A benchmark is registered with :func:`benchmark`; its setup function receives the
:class:`Context` (the generated journal, a scratch folder, ``today``) and returns a
:class:`Pair` of callables. The runner times both, interleaved, and prints the ratio.

A callable normally just does the work and the runner times it. A callable that must
measure itself (a cold start in a fresh interpreter, peak memory in a subprocess)
returns :class:`Measured` instead, with one value per metric; each metric then gets
its own row and target.

Adding the GUI, printing or archive benchmarks later is one decorated function in a
new module listed in ``MODULES``::

    @benchmark("one-page summary", target=1.5, group="printing")
    def summary(context: Context) -> Pair:
        ...
        return Pair(app=lambda: build_summary(...), floor=lambda: bare_page(...))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TIME = "time"  # the metric every plain (self-timed by the runner) benchmark reports

# Modules whose import registers benchmarks, in the order their rows are printed.
MODULES = (
    "benchmarks.database",
    "benchmarks.gui",
    "benchmarks.reports",
    "benchmarks.exchange",
    "benchmarks.cli",
)


@dataclass(frozen=True)
class Measured:
    """What a self-measuring callable returns: metric name → value (ms, MB…)."""

    metrics: Mapping[str, float]


@dataclass(frozen=True)
class Pair:
    """The app's operation and its floor, with an optional check that they agree.

    ``same(app_result, floor_result)`` returns a reason they differ, or None: a floor
    that computes less than the app would make any ratio meaningless.
    """

    app: Callable[[], object]
    floor: Callable[[], object]
    same: Callable[[object, object], str | None] | None = None
    close: Callable[[], None] | None = None


@dataclass(frozen=True)
class Context:
    """What every benchmark may use; the journal is a scratch copy it may change."""

    journal_path: Path
    scratch: Path
    today: date
    scale: float
    clock: str = "wall"  # "cpu" when self-measuring callables should report CPU time


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    targets: Mapping[str, float]  # metric → the largest acceptable ratio app / floor
    setup: Callable[[Context], Pair]
    group: str = "database"
    units: Mapping[str, str] = field(default_factory=dict)  # metric → unit (default ms)


REGISTRY: dict[str, Benchmark] = {}


def benchmark(
    name: str,
    *,
    target: float | None = None,
    targets: Mapping[str, float] | None = None,
    units: Mapping[str, str] | None = None,
    group: str = "database",
) -> Callable[[Callable[[Context], Pair]], Callable[[Context], Pair]]:
    """Register ``setup`` under ``name``; its docstring's first line describes it."""
    if (target is None) == (targets is None):
        raise ValueError("give either target (for time) or targets (per metric)")

    def register(setup: Callable[[Context], Pair]) -> Callable[[Context], Pair]:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is registered twice")
        description = (setup.__doc__ or name).strip().splitlines()[0]
        REGISTRY[name] = Benchmark(
            name=name,
            description=description,
            targets=dict(targets) if targets is not None else {TIME: float(target)},  # type: ignore[arg-type]
            setup=setup,
            group=group,
            units=dict(units or {}),
        )
        return setup

    return register


def load_all() -> dict[str, Benchmark]:
    from importlib import import_module

    for module in MODULES:
        import_module(module)
    return REGISTRY
