"""A box PDFs can be dropped on (from the file manager or a mail program)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class PdfDropArea(QFrame):
    file_dropped = Signal(str)
    """A local file was dropped here (its path); the receiver checks it is a PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_drop_area")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#pdf_drop_area { border: 2px dashed #8a94a6; border-radius: 6px; }")
        self.label = QLabel(self.tr("Drop the PDF here"), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt)
        if len(_local_files(event)) == 1:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt)
        files = _local_files(event)
        if len(files) != 1:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(files[0])
