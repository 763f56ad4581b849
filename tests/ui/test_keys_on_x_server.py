"""The key-event tests of tests/ui/keys again, on a real X server (Xvfb, the xcb platform).

The offscreen platform hands keys and focus to widgets without a display server; a desk
has one. This runs the same tests in a child process under ``xvfb-run`` (installed by
``installer/setup.sh test``) and fails with their output when any of them fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_key_event_tests_pass_on_a_real_x_server() -> None:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: run installer/setup.sh test"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", ILLDESK_EXPECT_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 1600x1000x24",
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "-o",
            "timeout_method=thread",
            "--timeout",
            "120",
            "tests/ui/keys",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    summary = re.search(r"(\d+) passed", result.stdout)
    assert summary and int(summary.group(1)) >= 20, output
    assert "failed" not in result.stdout.splitlines()[-1], output
