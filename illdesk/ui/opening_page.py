"""The Borrowing tab's place while the library opens.

The window's frame is painted before the database is opened and the desk's services are
made (that is done off the GUI thread).  Meanwhile this page holds the Borrowing tab's
place with a scan box that has the focus: a scanner that types at once loses nothing.
Each scan ended with Enter is kept, in order, and the text still being typed stays; the
window hands both to the Borrowing station once it is built (:meth:`take_scans`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from illdesk.ui.devices.scan_box import ScanBox


class OpeningPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opening_page")
        self.kept: list[str] = []
        self.title = QLabel(self.tr("Opening the library…"), self)
        self.title.setObjectName("opening_title")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        self.title.setFont(font)
        self.box = ScanBox(self)
        self.box.setObjectName("opening_scan_box")
        self.box.make_station_size()  # the Borrowing station's box, in its place
        self.box.scanned.connect(self._keep)
        self.note = QLabel(self)
        self.note.setObjectName("opening_note")
        self.note.setWordWrap(True)
        self._say_kept()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _keep(self, text: str) -> None:
        self.kept.append(text)
        self.box.clear()
        self._say_kept()

    def _say_kept(self) -> None:
        if not self.kept:
            self.note.setText(
                self.tr(
                    "You can scan now: each scan goes to the Borrowing station once it is open."
                )
            )
        elif len(self.kept) == 1:
            self.note.setText(
                self.tr("1 scan kept: it goes to the Borrowing station once it is open.")
            )
        else:
            self.note.setText(
                self.tr("{0} scans kept: they go to the Borrowing station once it is open.").format(
                    len(self.kept)
                )
            )

    def take_scans(self) -> tuple[list[str], str]:
        """The scans ended with Enter, in order, and the text typed since (not ended yet);
        the page keeps none of them after this."""
        kept, typing = self.kept, self.box.text()
        self.kept = []
        self.box.clear()
        return kept, typing

    def has_scan_focus(self) -> bool:
        return self.box.hasFocus()

    def ready(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
