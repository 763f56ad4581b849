"""Progress and cancellation for long jobs, without Qt.

A job (MARC import, batch printing, demo data) takes a :class:`Progress` and
calls ``step``; the ui's background runner turns the reports into a progress
bar and sets ``cancel_requested`` when staff press Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from illdesk.domain.words import N_


class Cancelled(Exception):
    """Raised inside a job when staff pressed Cancel; the job stops cleanly."""


@dataclass
class Progress:
    on_report: Callable[[int, int, str], None] | None = None
    cancel_requested: bool = field(default=False)

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raise Cancelled if staff asked to stop."""
        if self.cancel_requested:
            raise Cancelled(N_("Cancelled by staff."))
        if self.on_report is not None:
            self.on_report(done, total, text)

    def cancel(self) -> None:
        self.cancel_requested = True


NO_PROGRESS = Progress()
