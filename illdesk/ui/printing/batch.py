"""Batch pull slips drawn off the GUI thread (progress bar, Cancel), then shown in the preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from illdesk.domain.printed import LibraryLetterhead, PullSlip
from illdesk.domain.progress import Progress
from illdesk.domain.settings import Settings
from illdesk.printing.documents import render_pull_slips
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
from illdesk.ui.printing.preview_dialog import PreviewDialog


def print_pull_slips(
    parent: QWidget,
    slips: Sequence[PullSlip],
    letterhead: LibraryLetterhead | None,
    settings: Settings,
    *,
    store: QSettings | None = None,
    on_preview: Callable[[PreviewDialog], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Render ``slips`` in the background; when done, open the preview to print them.

    The window stays responsive; Cancel in the progress dialog stops the rendering.
    ``on_preview`` receives the opened preview (the caller may keep it or ignore it).
    """
    frozen = tuple(slips)

    def job(progress: Progress) -> bytes:
        return render_pull_slips(frozen, letterhead, settings, progress)

    def done(pdf: object) -> None:
        assert isinstance(pdf, bytes)
        dialog = PreviewDialog(
            pdf,
            "pull-slip",
            parent,
            store=store,
            title=parent.tr("Pull slips (%n)", "", len(frozen)),
        )
        dialog.setModal(False)
        dialog.show()
        if on_preview is not None:
            on_preview(dialog)

    def failed(error: Exception) -> None:
        text = i18n.words(error)
        QMessageBox.warning(
            parent,
            parent.tr("Pull slips not printed"),
            parent.tr("The pull slips could not be prepared: %1").replace("%1", text),
        )

    return run_with_progress(
        parent, parent.tr("Preparing pull slips…"), job, done, failed, on_cancel
    )
