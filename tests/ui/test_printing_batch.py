from __future__ import annotations

import dataclasses
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from illdesk.printing import sample_data
from illdesk.printing.settings_defs import default_printing_settings
from illdesk.ui.background import BackgroundTask
from illdesk.ui.printing.batch import print_pull_slips
from illdesk.ui.printing.preview_dialog import PreviewDialog


def _finished(qtbot: QtBot, task: BackgroundTask) -> None:
    """Wait until the task's thread ended and Qt deleted it (the runner calls deleteLater)."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=60_000)


def _parent(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_200_slips_render_in_the_background_then_open_the_preview(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = _parent(qtbot)
    settings = default_printing_settings()
    previews: list[PreviewDialog] = []
    reports: list[tuple[int, int]] = []
    task = print_pull_slips(
        parent,
        sample_data.pull_slips(200),
        None,
        settings,
        store=QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat),
        on_preview=previews.append,
    )
    task.progressed.connect(lambda done, total, _t: reports.append((done, total)))
    # The GUI thread is free while the slips are drawn: progress arrives through its loop.
    qtbot.waitUntil(lambda: bool(previews), timeout=120_000)
    _finished(qtbot, task)
    preview = previews[0]
    assert preview.page_count() == 67  # 200 slips, 3 to a sheet
    assert preview.kind == "pull-slip"
    assert len(reports) == 201 and (200, 200) in reports  # one report per slip, then saving
    preview.close()


def test_cancel_stops_the_batch_and_opens_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    parent = _parent(qtbot)
    previews: list[PreviewDialog] = []
    cancelled: list[bool] = []
    task = print_pull_slips(
        parent,
        sample_data.pull_slips(200),
        None,
        default_printing_settings(),
        store=QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat),
        on_preview=previews.append,
        on_cancel=lambda: cancelled.append(True),
    )
    task.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60_000)
    _finished(qtbot, task)
    assert previews == []


def test_a_slip_that_cannot_print_is_explained(
    qtbot: QtBot, monkeypatch: MonkeyPatch, tmp_path: Path
) -> None:
    parent = _parent(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    bad = dataclasses.replace(sample_data.pull_slip(0), request_number="ILL-№7")
    task = print_pull_slips(
        parent,
        [bad],
        None,
        default_printing_settings(),
        store=QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat),
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    _finished(qtbot, task)
    assert "Code 128" in shown[0]
