"""Start as staff wait for it: the real entry point (``python -m illdesk``, the same code
as the ``illdesk`` command) in a child process, from spawning it to its window's frame
painted with the focus in its scan box, which keeps what is scanned
(``start_real_*``), and to the desk open in it, painted, its event loop turning
(``start_real_*_open``; ``--quit-after-start`` says both on stderr), with the whole
process's peak memory at that moment.  The floor is a bare QMainWindow measured the
same way in the same run.  ``start_real_*_cpu`` is the processor time the process used to
get there, against the bare window's: on a machine shared with other work the wall clock
of two runs minutes apart differs by twice, the processor time much less.

Each desk start gets a fresh copy of the demo database, closed cleanly once as the
evening before (so the start trusts it without a new ``quick_check``), with the overdue
loans of the morning still to be marked.  The package is byte-compiled first, as an
installed one is.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result
from illdesk.persistence.database import open_database

HERE = Path(__file__).parent
MARK = "the window is shown and painted"
FRAME_MARK = "frame is painted and takes scans"


def _peak_kib(pid: int) -> int:
    """VmHWM: the most resident memory the process has had so far."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _cpu_seconds(pid: int) -> float:
    """The processor time the process has used so far (user + system): on a machine other
    work keeps busy this moves much less than the wall clock."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(command: list[str], home: Path) -> tuple[float, float, float, float, float]:
    """Seconds to the painted, turning window; seconds to the process's end; peak MiB;
    processor seconds to the painted window; seconds to the frame painted (the bare
    window has no frame of its own: its painted window)."""
    env = dict(os.environ, PYTHONPATH=str(HERE.parent), HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONFAULTHANDLER"] = "1"
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    begun = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    assert child.stderr is not None
    painted, peak, cpu, frame = float("nan"), 0, float("nan"), float("nan")
    for line in child.stderr:
        if FRAME_MARK in line:
            frame = time.perf_counter() - begun
        if MARK in line:
            painted = time.perf_counter() - begun
            peak = _peak_kib(child.pid)
            cpu = _cpu_seconds(child.pid)
            break
    rest = child.stderr.read()
    code = child.wait(timeout=600)
    ended = time.perf_counter() - begun
    if code != 0 or painted != painted:
        raise RuntimeError(f"{command[2:]} did not start (exit {code}): {rest[-2000:]}")
    return painted, ended, peak / 1024, cpu, painted if frame != frame else frame


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    label = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
    names = [f"start_real_{label}", f"start_real_{label}_peak_memory"]
    if only and not any(only in name for name in names) and only not in "start":
        return
    source = demo_database_url(n)
    repeat = 2 if quick else 3
    work = Path(tempfile.mkdtemp(prefix="illdesk-start-"))
    compileall.compile_dir(HERE.parent / "illdesk", quiet=1)
    desk: list[tuple[float, float, float, float, float]] = []
    bare: list[tuple[float, float, float, float, float]] = []
    for k in range(repeat):
        copy = work / f"start-{k}.sqlite3"
        shutil.copyfile(source.removeprefix("sqlite:///"), copy)
        home = work / f"home-{k}"
        home.mkdir()
        url = f"sqlite:///{copy}"
        open_database(url).dispose()  # yesterday's clean close
        desk.append(
            start(
                [sys.executable, "-m", "illdesk", "--database-url", url, "--quit-after-start"],
                home,
            )
        )
        bare.append(start([sys.executable, str(HERE / "bare_start.py")], home))
    shutil.rmtree(work, ignore_errors=True)
    best, floor = min(desk), min(bare)
    frame = min(d[4] for d in desk)
    yield Result(names[0], frame * 1000, "ms", frame / floor[0])
    yield Result(f"{names[0]}_open", best[0] * 1000, "ms", best[0] / floor[0])
    yield Result(f"{names[0]}_to_exit", best[1] * 1000, "ms", best[1] / floor[1])
    cpu, floor_cpu = min(d[3] for d in desk), min(b[3] for b in bare)
    yield Result(f"{names[0]}_cpu", cpu * 1000, "ms", cpu / floor_cpu)
    peak, floor_peak = max(d[2] for d in desk), max(b[2] for b in bare)
    yield Result(names[1], peak, "MiB", peak / floor_peak)
