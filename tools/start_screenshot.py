"""A screenshot of the desk at the start goal: what staff see when 4× a bare window's start
has passed.

Run it on a real X server, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/start_screenshot.py \
        --database-url sqlite:////tmp/demo-1M.sqlite3 --out resources/screenshots/start_1M.png

It times a bare QMainWindow (``benchmarks/bare_start.py``) to its first paint on the same
display, then starts the real entry point (``python -m illdesk``) on the given database,
grabs the whole screen from a separate process when 4× the bare time has passed, and says
whether the desk was painted by then (a black or empty screen is not).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "the window is shown and painted"
GOAL = 4.0

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
shot = app.primaryScreen().grabWindow(0)
shot.save(sys.argv[1])
image = shot.toImage().scaled(160, 100)
colours = {image.pixel(x, y) for x in range(160) for y in range(100)}
print(len(colours))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(home), QT_QPA_PLATFORM="xcb")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    return env


def bare_seconds(home: Path) -> float:
    """Best of three: a bare QMainWindow from spawn to its first paint."""
    best = float("inf")
    for _ in range(3):
        begun = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "bare_start.py")],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            env=_env(home),
        )
        assert child.stderr is not None
        for line in child.stderr:
            if MARK in line:
                best = min(best, time.perf_counter() - begun)
                break
        child.wait(timeout=60)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--at", type=float, help="seconds after spawn (default: 4x bare)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("run this under an X server (xvfb-run)", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="illdesk-shot-"))
    floor = bare_seconds(home)
    at = args.at if args.at is not None else GOAL * floor
    begun = time.perf_counter()
    desk = subprocess.Popen(
        [sys.executable, "-m", "illdesk", "--database-url", args.database_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(home),
    )
    try:
        time.sleep(max(0.0, at - (time.perf_counter() - begun)))
        taken = time.perf_counter() - begun
        grab = subprocess.run(
            [sys.executable, "-c", GRAB, str(args.out)],
            capture_output=True,
            text=True,
            env=_env(home),
            timeout=60,
            check=True,
        )
        colours = int(grab.stdout.split()[-1])
    finally:
        desk.terminate()
        desk.wait(timeout=30)
    print(
        f"bare window painted in {floor * 1000:.0f} ms; screenshot at {taken * 1000:.0f} ms "
        f"({taken / floor:.2f}x); {colours} colours on screen; saved {args.out}"
    )
    return 0 if colours > 8 else 1


if __name__ == "__main__":
    sys.exit(main())
