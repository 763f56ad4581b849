"""PySide6 6.12.0 drops references to None and True; the guard keeps the process alive."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from illdesk.ui.devices.refcount_guard import immortalize_singletons
from illdesk.ui.devices.scan_box import ScanBox


def test_guard_is_active_and_idempotent() -> None:
    assert immortalize_singletons() is False  # already done when the package was imported
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39


def test_many_scans_do_not_crash_the_interpreter(qtbot: QtBot) -> None:
    box = ScanBox()
    qtbot.addWidget(box)
    seen: list[str] = []
    box.scanned.connect(seen.append)
    for n in range(20_000):  # each scan calls void Qt methods and emits twice
        box.accept_scan(f"3{n:013d}")
    assert len(seen) == 20_000
    assert seen[-1] == "30000000019999"
