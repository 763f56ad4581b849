"""File → Export: requests and our catalogue as MARC 21, MARCXML or CSV, through a file
dialog; the export runs off the GUI thread and its outcome shows in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from illdesk.domain.vocabulary import Side
from illdesk.services.exports import ExportService, Format
from illdesk.ui import i18n
from illdesk.ui.background import run_with_progress

_SUFFIX: dict[str, Format] = {".mrc": "marc", ".xml": "marcxml", ".csv": "csv"}


def export_slots(window: QMainWindow, exports: ExportService) -> dict[str, Callable[[], object]]:
    """File → Export's rows (``export_borrowing``, ``export_lending``, ``export_catalogue``;
    placed by ui.menus): each asks for a file and writes it off the GUI thread."""
    return {
        "export_borrowing": partial(
            export, window, exports, Side.BORROWING, window.tr("Borrowing requests")
        ),
        "export_lending": partial(
            export, window, exports, Side.LENDING, window.tr("Lending requests")
        ),
        "export_catalogue": partial(export, window, exports, None, window.tr("Our catalogue")),
    }


def export(window: QMainWindow, exports: ExportService, side: Side | None, title: str) -> None:
    filters = ";;".join(
        (
            window.tr("MARC 21 (*.mrc)"),
            window.tr("MARCXML (*.xml)"),
            window.tr("CSV for spreadsheets (*.csv)"),
        )
    )
    default = "catalogue" if side is None else f"{side.value}-requests"
    path, chosen = QFileDialog.getSaveFileName(
        window, window.tr("Export {0}").format(title), f"{default}.mrc", filters
    )
    if not path:
        return
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX:  # no extension typed: take the chosen filter's
        suffix = next((s for s in _SUFFIX if s in chosen), ".mrc")
        path += suffix
    fmt = _SUFFIX[suffix]

    def job(_progress: object) -> int:
        if side is None:
            return exports.export_catalogue(path, fmt)
        return exports.export_requests(side, path, fmt)

    def done(count: object) -> None:
        window.statusBar().showMessage(
            window.tr("Exported {0} records to {1}.").format(count, path), 15000
        )

    def failed(error: Exception) -> None:
        words = i18n.words(error)
        QMessageBox.warning(window, window.tr("Export not written"), words)

    window.export_task = run_with_progress(  # type: ignore[attr-defined]
        window, window.tr("Exporting…"), job, done, failed
    )
