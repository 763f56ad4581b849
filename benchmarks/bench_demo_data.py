"""``illdesk demo-data --requests N`` as staff run it: the whole child process (start,
schema, the rows, the search index, this morning's arrivals), its CPU time, wall time and
peak memory.  The floor, measured in the same run, is the same command with no requests
(start, schema and the demo library only)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.fixtures import sizes
from benchmarks.runner import Result


def _run(requests: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MiB of one ``demo-data`` child on a new file
    (the peak is the largest of the children so far: the floor runs first)."""
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'demo.sqlite3'}"
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1]))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "illdesk", "demo-data", "--requests", str(requests)]
            + ["--database-url", url],
            env=env,
            check=True,
            capture_output=True,
            timeout=3600,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    size = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
    name = f"demo_data_{size}"
    if only and only not in name and only not in "demo_data":
        return
    floor_wall, floor_cpu, floor_peak = _run(0)
    wall, cpu, peak = _run(n)
    yield Result(f"{name}_cpu", cpu, "s", cpu / max(floor_cpu, 1e-9))
    yield Result(f"{name}_wall", wall, "s", wall / max(floor_wall, 1e-9))
    yield Result(f"{name}_peak_memory", peak, "MiB", peak / max(floor_peak, 1e-9))
