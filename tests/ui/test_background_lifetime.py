"""A background job outlives nothing: deleting the window that started it cancels the job,
waits for its thread, and no result reaches the deleted window (and Qt never aborts with
"QThread: Destroyed while thread is still running")."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from illdesk.domain.progress import Cancelled, Progress
from illdesk.ui import background
from illdesk.ui.background import BackgroundTask, run_with_progress

REPO = Path(__file__).resolve().parents[2]


def _run_alone(script: Path, source: str) -> subprocess.CompletedProcess[str]:
    """``source`` run as a program of its own (offscreen, this checkout's illdesk): a
    crash or a Qt abort there is a failed test, not a dead test run."""
    script.write_text(textwrap.dedent(source), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


class Owner(QWidget):
    """A window whose callbacks record whether they ran on a live widget."""

    def __init__(self, calls: list[tuple[str, bool]]) -> None:
        super().__init__()
        self.calls = calls

    def on_success(self, result: object) -> None:
        self.calls.append(("succeeded", shiboken6.isValid(self)))
        self.setWindowTitle(str(result))


class LoopingJob:
    """Steps every few milliseconds until cancelled; remembers what it saw."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.saw_cancel = threading.Event()
        self.steps = 0

    def __call__(self, progress: Progress) -> str:
        while True:
            try:
                progress.step(self.steps, 0, "working")
            except Cancelled:
                self.saw_cancel.set()
                raise
            self.steps += 1
            self.running.set()
            time.sleep(0.005)


def _start_on_owner(
    qtbot: QtBot, job: Callable[[Progress], object]
) -> tuple[Owner, list[tuple[str, bool]]]:
    """Start ``job`` behind a progress dialog on a shown Owner; callbacks touch the widget."""
    calls: list[tuple[str, bool]] = []
    owner = Owner(calls)
    owner.show()

    def failed(exc: Exception) -> None:
        calls.append(("failed", shiboken6.isValid(owner)))
        owner.setWindowTitle(str(exc))

    def cancelled() -> None:
        calls.append(("cancelled", shiboken6.isValid(owner)))
        owner.setWindowTitle("cancelled")

    task = run_with_progress(owner, "Working", job, owner.on_success, failed, cancelled)
    task.progressed.connect(
        lambda _d, _t, text: (
            calls.append(("progressed", shiboken6.isValid(owner))) or owner.setToolTip(text)
        )
    )
    return owner, calls


def _no_thread_left(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not background._RUNNING, timeout=10_000)


def _delete_later(owner: QWidget, qtbot: QtBot) -> None:
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=10_000)


def _delete_now(owner: QWidget, qtbot: QtBot) -> None:
    shiboken6.delete(owner)


def _close_with_delete_on_close(owner: QWidget, qtbot: QtBot) -> None:
    owner.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert owner.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=10_000)


@pytest.mark.parametrize(
    "delete",
    [_delete_later, _delete_now, _close_with_delete_on_close],
    ids=["deleteLater", "shiboken6.delete", "WA_DeleteOnClose"],
)
def test_deleting_the_owner_cancels_the_job_and_drops_its_signals(
    qtbot: QtBot, delete: Callable[[QWidget, QtBot], None]
) -> None:
    job = LoopingJob()
    owner, calls = _start_on_owner(qtbot, job)
    assert job.running.wait(10)
    qtbot.waitUntil(lambda: any(name == "progressed" for name, _ in calls), timeout=10_000)
    delete(owner, qtbot)
    assert not shiboken6.isValid(owner)
    # the GUI thread waited for the job: it has already seen the cancel and stopped
    assert job.saw_cancel.is_set()
    calls_at_deletion = len(calls)
    _no_thread_left(qtbot)
    qtbot.wait(50)  # let any queued signal that could still arrive be delivered
    assert len(calls) == calls_at_deletion, calls[calls_at_deletion:]
    assert all(alive for _name, alive in calls)
    assert "cancelled" not in {name for name, _ in calls}


def test_deleting_the_task_itself_cancels_and_waits(qtbot: QtBot) -> None:
    holder = QObject()
    job = LoopingJob()
    task = BackgroundTask(job, holder)
    results: list[object] = []
    task.succeeded.connect(results.append)
    task.cancelled.connect(lambda: results.append("cancelled"))
    task.start()
    assert job.running.wait(10)
    shiboken6.delete(task)
    assert job.saw_cancel.is_set()
    _no_thread_left(qtbot)
    qtbot.wait(50)
    assert results == []
    assert shiboken6.isValid(holder)


def test_a_job_that_ignores_cancel_is_logged_and_left_to_end(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(background, "ABANDON_WAIT_MS", 50)
    release = threading.Event()
    started = threading.Event()

    def stubborn(_progress: Progress) -> str:
        started.set()
        release.wait(30)  # blocking work that never looks at the progress
        return "late result"

    owner, calls = _start_on_owner(qtbot, stubborn)
    assert started.wait(10)
    with caplog.at_level(logging.WARNING, logger="illdesk.ui.background"):
        shiboken6.delete(owner)
    assert "did not stop within 50 ms" in caplog.text
    assert background._RUNNING, "the thread is kept until the job ends"
    release.set()
    _no_thread_left(qtbot)
    qtbot.wait(50)
    assert calls == []  # the late result goes nowhere


def test_a_job_that_ends_normally_reports_and_cleans_up(qtbot: QtBot) -> None:
    def count(progress: Progress) -> int:
        for n in range(5):
            progress.step(n + 1, 5, f"item {n + 1}")
        return 42

    owner, calls = _start_on_owner(qtbot, count)
    qtbot.addWidget(owner)
    qtbot.waitUntil(lambda: ("succeeded", True) in calls, timeout=10_000)
    assert owner.windowTitle() == "42"
    assert owner.toolTip() == "item 5"
    assert [name for name, _ in calls].count("progressed") == 5
    _no_thread_left(qtbot)


def test_cancel_while_the_owner_lives_still_reports_cancelled(qtbot: QtBot) -> None:
    job = LoopingJob()
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[str] = []
    task = run_with_progress(
        owner,
        "Working",
        job,
        lambda _r: seen.append("succeeded"),
        lambda _e: seen.append("failed"),
        lambda: seen.append("cancelled"),
    )
    assert job.running.wait(10)
    task.cancel()
    qtbot.waitUntil(lambda: seen == ["cancelled"], timeout=10_000)
    assert job.saw_cancel.is_set()
    _no_thread_left(qtbot)


def test_the_process_exits_cleanly_when_windows_and_tasks_die_mid_job(tmp_path: Path) -> None:
    """In a separate process, so that a Qt abort is a failed test and not a dead test run:
    the owner is deleted mid-job, and a parentless task is still running at exit."""
    done = _run_alone(
        tmp_path / "lifetime.py",
        """
        import time
        import shiboken6
        from PySide6.QtWidgets import QApplication, QWidget
        from illdesk.ui.background import BackgroundTask, run_with_progress

        def job(progress):
            n = 0
            while True:
                progress.step(n, 0, "")
                n += 1
                time.sleep(0.005)

        app = QApplication([])
        owner = QWidget()
        task = run_with_progress(owner, "t", job, print, print)
        loose = BackgroundTask(job)
        loose.start()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.005)
        shiboken6.delete(owner)
        app.processEvents()
        print("owner deleted", loose.is_running(), flush=True)
    """,
    )
    assert "Destroyed while thread" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "owner deleted True"


def test_releasing_the_last_task_of_a_dialog_nobody_holds_deletes_both(tmp_path: Path) -> None:
    """A parentless dialog kept alive only by its task's callbacks (its caller has let go)
    goes when the task is released, and the task with it, without a crash: dropping the
    last callback used to delete the dialog, and the task, inside Qt's disconnect on the
    task. In a separate process, so that a segfault is a failed test and not a dead run."""
    done = _run_alone(
        tmp_path / "release.py",
        """
        from PySide6.QtWidgets import QApplication, QDialog, QLabel
        from illdesk.ui.background import BackgroundTask

        app = QApplication([])
        gone = []

        class Dialog(QDialog):
            def __init__(self):
                super().__init__()
                self.label = QLabel(self)
                self.ended = False
                task = BackgroundTask(lambda _p: "answer", self)

                def answered(value):
                    self.label.setText(value)

                def ended():
                    self.ended = True
                    task.release()

                task.succeeded.connect(answered)
                task.finished.connect(ended)
                task.destroyed.connect(lambda *_: gone.append("task"))
                self.destroyed.connect(lambda *_: gone.append("dialog"))
                task.start()

        for _ in range(5):
            dialog = Dialog()
            dialog.show()
            while not dialog.ended:
                app.processEvents()
            assert dialog.label.text() == "answer"
            del dialog  # the release is still queued: only the callbacks hold the dialog
            for _ in range(5):
                app.processEvents()
        print(sorted(gone), flush=True)
    """,
    )
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert done.stdout.strip() == str(["dialog"] * 5 + ["task"] * 5)
