"""What the real start imports before its desk is shown: not the libraries and dialogs a
desk worker reaches only later (printing's reportlab, Alembic for a schema that is
current, the report exports, the partner directory's dialog, the first-run assistant, and
lxml with the ISO 18626 and NCIP wire layers: the listener and the outbox start once the
desk is shown, the NCIP client with the first call to the library system; pyserial and the
RFID pad's client, imported on a worker once the desk is shown, before its devices open)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = (
    "reportlab",
    "alembic",
    "jinja2",
    "openpyxl",
    "illdesk.ui.partners.partners_dialog",
    "illdesk.ui.setup_wizard",
    "lxml",
    "illdesk.interop.iso18626.build",
    "illdesk.interop.iso18626.parse",
    "illdesk.interop.iso18626.schema",
    "illdesk.interop.iso18626.transport.outbox",
    "illdesk.interop.iso18626.transport.server",
    "illdesk.interop.ncip.client",
    "http.server",
    "urllib.request",
    "illdesk.ui.devices.bridge",
    "illdesk.hardware.rfid",
    "serial",
)
SAY_MODULES = """
import sys
from illdesk import app

after_paint = app.DeskStart._after_desk_paint

def painted(start):  # the desk is built and painted; what runs beside it starts now
    print("MODULES", *sorted(sys.modules), file=sys.stderr, flush=True)
    after_paint(start)

app.DeskStart._after_desk_paint = painted
sys.argv = ["illdesk", *sys.argv[1:]]
from illdesk.cli import main
sys.exit(main())
"""


def _start(home: Path, *args: str, command: list[str]) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ILLDESK_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, *command, *args, "--quit-after-start"],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def test_the_desk_opens_without_the_modules_staff_reach_later(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # the demo library, made with its schema and requests, as the README's first command
    _start(home, "--demo", command=["-m", "illdesk"])
    said = _start(home, command=["-c", SAY_MODULES])
    (line,) = [line for line in said.splitlines() if line.startswith("MODULES ")]
    imported = set(line.split()[1:])
    assert "illdesk.ui.request_tab" in imported  # the desk itself was open by then
    early = sorted(
        name
        for name in imported
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_AT_START)
    )
    assert early == []
