"""The scan box of a station: a line edit that takes typed or scanned barcodes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from illdesk.domain.barcodes import BarcodeRules, Scan, read_scan

#: Dynamic property that marks a widget as a scan box (the keyboard wedge leaves it alone).
SCAN_BOX_PROPERTY = "illdeskScanBox"


def is_scan_box(widget: QObject | None) -> bool:
    return widget is not None and widget.property(SCAN_BOX_PROPERTY) is True


class ScanBox(QLineEdit):
    """Emits ``scanned(text)`` (normalised) and ``scan_read(Scan)`` on Enter or Tab.

    Scans arriving from elsewhere (the keyboard wedge, a serial scanner) are
    handed in with :meth:`accept_scan`.  After a scan the text stays selected,
    so staff see what was read and the next scan replaces it.
    """

    scanned = Signal(str)
    scan_read = Signal(object)

    def __init__(self, parent: QWidget | None = None, rules: BarcodeRules | None = None) -> None:
        super().__init__(parent)
        self._rules = rules or BarcodeRules()
        self.setProperty(SCAN_BOX_PROPERTY, True)
        self.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Scan box"))
        self.returnPressed.connect(self._submit)

    @property
    def rules(self) -> BarcodeRules:
        return self._rules

    def set_rules(self, rules: BarcodeRules) -> None:
        self._rules = rules

    def accept_scan(self, raw: str) -> Scan | None:
        """Take a scan from a device; returns the Scan, or None when it held no data."""
        scan = read_scan(raw, self._rules)
        if not scan.text:
            return None
        self.setText(scan.text)
        self.selectAll()
        self.scanned.emit(scan.text)
        self.scan_read.emit(scan)
        return scan

    def _submit(self) -> None:
        self.accept_scan(self.text())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.text().strip()
            and not self.hasSelectedText()
        ):
            self._submit()  # a scanner with a Tab suffix: the scan stays in the box
            return True
        return super().event(event)
