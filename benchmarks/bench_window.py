"""Time to a usable main window on a large database (search-as-you-type: bench_search)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result

PROBE = Path(__file__).with_name("window_probe.py")


def _start_seconds(target: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(PROBE.parents[1])
    out = subprocess.run(
        [sys.executable, str(PROBE), target, repr(time.time())],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    name = f"window_start_{n // 1000}k"
    if not only or only in name or only in "window":
        url = demo_database_url(n)  # only when asked for: a 1M demo takes minutes
        repeat = 2 if quick else 3
        desk = min(_start_seconds(url) for _ in range(repeat))
        bare = min(_start_seconds("bare") for _ in range(repeat))
        yield Result(name, desk * 1000, "ms", desk / bare)
