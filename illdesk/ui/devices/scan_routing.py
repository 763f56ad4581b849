"""Where a scan goes: the widget the desk worker is looking at.

* Keys typed into a widget that takes text (a form's field, the search box, a file
  dialog's path) are that widget's: the keyboard wedge never holds them back or reroutes
  them, however fast they come.
* A scan from a serial scanner, or a keyboard-wedge burst typed where no text is taken
  (the list, a button, the detail pane), goes to the focused scan box if there is one,
  else to the first scan box of the dialog in front (a patron card, a tracking number),
  else to the station of the tab in front — never to a window behind a dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from illdesk.ui.devices.scan_box import ScanBox


def takes_text(widget: QWidget | None) -> bool:
    """True when typing into ``widget`` edits text there (so a burst belongs to it)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractItemView):
        return widget.state() == QAbstractItemView.State.EditingState
    return False


def focused_scan_box() -> ScanBox | None:
    focus = QApplication.focusWidget()
    return focus if isinstance(focus, ScanBox) and focus.isVisible() else None


def dialog_in_front(main: QWidget) -> QWidget | None:
    """The modal dialog (or other window of ours) the worker is looking at, if not ``main``."""
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    return front if front is not None and front is not main.window() else None


def first_scan_box(window: QWidget) -> ScanBox | None:
    """The scan box of ``window`` that a scan fills: the focused one, else the first shown."""
    boxes = [b for b in window.findChildren(ScanBox) if b.isVisible() and b.isEnabled()]
    focused = focused_scan_box()
    if focused is not None and focused in boxes:
        return focused
    return boxes[0] if boxes else None
