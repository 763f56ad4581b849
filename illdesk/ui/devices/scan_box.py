"""Scan boxes: line edits that take typed or scanned barcodes.

A :class:`ScanBox` is the station's scan field, and every field of a form that expects a
barcode (a patron card, an item barcode, a tracking number) is one too.  The window sends
a scan from a serial scanner to the focused scan box, and the keyboard wedge never holds
back keys typed into one.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from illdesk.domain.barcodes import BarcodeRules, Scan, read_scan

#: Dynamic property that marks a widget as a scan box (the keyboard wedge leaves it alone).
SCAN_BOX_PROPERTY = "illdeskScanBox"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_scan_box(widget: QObject | None) -> bool:
    return widget is not None and widget.property(SCAN_BOX_PROPERTY) is True


class ScanBox(QLineEdit):
    """Emits ``scanned(text)`` (normalised) and ``scan_read(Scan)`` on Enter or Tab.

    After a scan the text stays selected so staff see what was read, and the next key
    typed replaces it, wherever the cursor was put meanwhile: a scan never appends to
    the last one.  With ``advance=True`` (a card field in a form) Enter moves on to the
    next field instead of pressing the form's default button.
    """

    scanned = Signal(str)
    scan_read = Signal(object)
    empty_enter = Signal()
    """Enter on the empty box (check-out without the card, where the desk allows it)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        rules: BarcodeRules | None = None,
        *,
        advance: bool = False,
    ) -> None:
        super().__init__(parent)
        self._rules = rules or BarcodeRules()
        self._advance = advance
        self._replace_next = False
        self.setProperty(SCAN_BOX_PROPERTY, True)
        self.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.setClearButtonEnabled(True)
        clear = self.findChild(QAction, "_q_qlineeditclearaction")  # Qt's own, unnamed
        if clear is not None:  # the button it shows over a filled box: named for readers
            clear.setText(self.tr("Empty the field"))
        self.setAccessibleName(self.tr("Scan box"))
        self.returnPressed.connect(self._submit)

    def _get_advance(self) -> bool:
        return self._advance

    def _set_advance(self, on: bool) -> None:
        self._advance = on

    advance = Property(bool, _get_advance, _set_advance)
    """Enter moves on to the next field: a Qt property, so a Designer form (``forms/*.ui``)
    sets it on a promoted scan box (dynamic property ``advance``)."""

    @property
    def rules(self) -> BarcodeRules:
        return self._rules

    def set_rules(self, rules: BarcodeRules) -> None:
        self._rules = rules

    def make_station_size(self) -> None:
        """Taller and in a larger type, as at a scan station (read at arm's length)."""
        self.setMinimumHeight(34)
        font = self.font()
        font.setPointSize(font.pointSize() + 4)
        self.setFont(font)

    def accept_scan(self, raw: str) -> None:
        """A scan from a device (serial scanner): as if it were typed here, then Enter."""
        self.setText(raw.strip())
        self._replace_next = False
        enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(self, enter)

    def take(self, raw: str) -> Scan | None:
        """Read ``raw`` as a scan and announce it; None when it held no data."""
        scan = read_scan(raw, self._rules)
        if not scan.text:
            return None
        self.setText(scan.text)
        self.selectAll()
        self._replace_next = True
        self.scanned.emit(scan.text)
        self.scan_read.emit(scan)
        return scan

    def replace_on_next_key(self) -> None:
        """The text shown is done with: the next key typed starts a new scan."""
        self._replace_next = bool(self.text())

    def reset(self) -> None:
        """Empty and ready for the next scan (after a mode change)."""
        self.clear()
        self._replace_next = False

    def _submit(self) -> None:
        if not self.text().strip():
            self.empty_enter.emit()
            return
        self.take(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        if self._replace_next and len(text) == 1 and text.isprintable():
            self.clear()  # the last scan is done with: this key starts the next one
        self._replace_next = False
        super().keyPressEvent(event)
        if self._advance and event.key() in _ENTER:
            event.accept()  # a card field: Enter goes to the next field, not to "Save"
            self.focusNextChild()

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
