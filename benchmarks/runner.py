"""Discovers ``benchmarks/bench_*.py`` and prints one line per benchmark.

Each module defines ``run(quick: bool) -> Iterable[Result]``.  A result's
ratio compares the measured value to a baseline measured in the same run
(never to a number written down earlier), so the figure means the same on
any machine.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import fixtures


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    ratio: float

    def line(self) -> str:
        return f"{self.name} {self.value:.4g} {self.unit} ratio={self.ratio:.3g}"


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes (wall clock, perf_counter)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cpu_timed(fn: Callable[[], object]) -> float:
    """CPU seconds this process spends in one call of ``fn`` (``time.process_time``): for
    single-threaded work on data in memory, its wall time on an idle machine, without
    the time other processes on a shared machine took from it."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    return min(timed(fn) for _ in range(repeat))


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def _modules(only: str | None) -> list[str]:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if only:
        names = [n for n in names if only in n]
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--only", help="run only benchmarks whose module or name contains this")
    parser.add_argument(
        "--size",
        choices=sorted(fixtures.SIZES, key=fixtures.SIZES.__getitem__),
        help="demo requests in the database the benchmarks run on (default 100k, 10k quick)",
    )
    args = parser.parse_args(argv)
    if args.size:
        fixtures.chosen_size = fixtures.SIZES[args.size]
    failed = 0
    for name in _modules(None):
        module = importlib.import_module(f"benchmarks.{name}")
        results: Iterable[Result] = module.run(args.quick, args.only)
        try:
            for result in results:
                print(result.line(), flush=True)
        except Exception as exc:  # one broken benchmark must not hide the others
            failed += 1
            print(f"{name} FAILED {exc!r}", file=sys.stderr, flush=True)
    return 1 if failed else 0
