"""``illdesk --quit-after-start``: the installation check that CI, the wheel and the bundle use."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from illdesk import resources
from illdesk.ui.start_probe import NOT_STARTED, StartProbe

ROOT = Path(__file__).resolve().parents[2]


def _desk_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ILLDESK_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return env


def test_the_real_entry_point_opens_paints_and_closes_with_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "illdesk", "--demo", "--quit-after-start"],
        env=_desk_env(home),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert "the window is shown and painted" in done.stderr
    database = home / ".local" / "share" / "illdesk" / "illdesk.sqlite3"
    with sqlite3.connect(database) as connection:
        (requests,) = connection.execute("select count(*) from request").fetchone()
    assert requests > 0  # --demo filled the new database before the window opened


def test_the_switch_is_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "illdesk", "--help"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "--quit-after-start" in done.stdout


def test_a_window_that_is_never_shown_ends_with_not_started(qapp: QApplication, qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    StartProbe(window, timeout_ms=200)
    assert qapp.exec() == NOT_STARTED
    assert NOT_STARTED != 0


def test_a_shown_window_without_the_icon_is_not_a_start(qapp: QApplication, qtbot) -> None:
    qapp.setWindowIcon(QIcon())
    window = QWidget()
    qtbot.addWidget(window)
    probe = StartProbe(window, timeout_ms=5000)
    window.show()
    assert qapp.exec() == NOT_STARTED
    assert not probe.reached


def test_the_icon_reaches_the_window_and_its_dialogs(qapp: QApplication, qtbot) -> None:
    icon = QIcon()
    for icon_file in resources.icon_files():
        assert icon_file.is_file(), icon_file
        icon.addFile(str(icon_file))
    qapp.setWindowIcon(icon)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = QDialog(window)
    sizes = {s.width() for s in dialog.windowIcon().availableSizes()}
    assert sizes >= set(resources.ICON_SIZES)
    probe = StartProbe(window, timeout_ms=30000)
    # the probe closes the window: in the desk that quits, here it must not leave a quit
    # event behind for the next test's event loop
    qapp.setQuitOnLastWindowClosed(False)
    try:
        window.show()
        assert qapp.exec() == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert probe.reached
    assert not window.isVisible()
