"""The start dashboard: today's work (to pull, to ship, to receive, overdue, notices) in a
thin bar under the menus, counted off the GUI thread after the window is up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QToolButton, QWidget

from illdesk.domain.report_table import Dashboard
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask

if TYPE_CHECKING:
    from illdesk.services.reports import ReportService

REFRESH_MS = 5 * 60 * 1000


class TodayPanel(QToolBar):
    """The bar; with ``reports`` None (the window's frame, before the library is open)
    it shows its place and counts nothing until :meth:`attach`."""

    def __init__(self, reports: ReportService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_panel")
        self.setWindowTitle(self.tr("Today's work"))
        self.setMovable(False)
        self.service = reports
        self.task: BackgroundTask | None = None
        self.dashboard: Dashboard | None = None
        # one row widget in the bar (not one bar action per label)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("<b>Today:</b>"), row))
        self.counts: dict[str, QLabel] = {}
        for key in ("to_pull", "to_ship", "to_receive", "overdue", "notices"):
            label = QLabel("…", row)
            label.setObjectName(f"today_{key}")
            label.setContentsMargins(10, 0, 10, 0)
            self.counts[key] = label
            layout.addWidget(label)
        self.refresh_button = QToolButton(row)
        self.refresh_button.setObjectName("today_refresh")
        self.refresh_button.setText(self.tr("Count again"))
        self.refresh_button.clicked.connect(self.refresh)
        layout.addWidget(self.refresh_button)
        layout.addStretch(1)
        self.refresh_button.setEnabled(reports is not None)
        self.row = row
        self.addWidget(row)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def attach(self, reports: ReportService) -> None:
        """The library is open: its counts from now on (:meth:`start` counts them)."""
        self.service = reports
        self.refresh_button.setEnabled(True)

    def start(self) -> None:
        """Count now (in the background) and every few minutes."""
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        service = self.service
        if service is None or (self.task is not None and self.task.is_running()):
            return
        task = BackgroundTask(lambda _p: service.dashboard(), self)
        task.succeeded.connect(self.show_dashboard)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def show_dashboard(self, board: Dashboard) -> None:
        self.dashboard = board
        words = {
            "to_pull": self.tr("{0} to pull"),
            "to_ship": self.tr("{0} to ship"),
            "to_receive": self.tr("{0} to receive"),
            "overdue": self.tr("{0} overdue"),
            "notices": self.tr("{0} notices waiting"),
        }
        for key, label in self.counts.items():
            value = int(getattr(board, key))
            label.setText(words[key].format(value))
            alert = key == "overdue" and value
            label.setStyleSheet("color:#b00020;font-weight:600;" if alert else "")

    def _failed(self, exc: Exception) -> None:
        for label in self.counts.values():
            label.setText("?")
        self.counts["to_pull"].setToolTip(
            self.tr("Today's work could not be counted: {0}").format(i18n.words(exc))
        )
