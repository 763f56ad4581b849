"""Runs the stored-PDF purge when the desk starts and then every few hours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from illdesk.domain.errors import DeskError
from illdesk.services.documents import DocumentService
from illdesk.ui import i18n

log = logging.getLogger(__name__)


class PurgeTimer(QObject):
    purged = Signal(list)
    """Request numbers whose PDFs were purged in one run."""

    def __init__(
        self, documents: DocumentService, hours: float = 6.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.documents = documents
        self.timer = QTimer(self)
        self.timer.setInterval(int(hours * 3600 * 1000))
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        """Purge once now (after the event loop starts), then on the interval."""
        QTimer.singleShot(0, self.run_now)
        self.timer.start()

    def run_now(self) -> list[str]:
        try:
            numbers = self.documents.purge_due()
        except DeskError as exc:  # the database is away: try again next time
            log.warning("document purge skipped: %s", i18n.words(exc))
            return []
        if numbers:
            self.purged.emit(numbers)
        return numbers
