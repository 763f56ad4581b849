"""Where on a sheet of labels the next shipping label goes.

The sheet is drawn as a grid of its labels: the ones before the remembered next
position are grey (used), the next one is highlighted and has the focus, so at the
packing station Enter prints there.  Arrow keys or a click choose another label;
Escape or Cancel prints nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.label_sheets import SheetLayout, usable_position

CELL_LONG_SIDE = 150
"""Pixels of a label's longer side on screen; the shorter side follows the label's shape."""

_STYLE = """
QFrame#sheet { background: #ffffff; border: 1px solid #9a9a9a; }
QToolButton {
    background: #ffffff; color: #1f2933; border: 1px solid #7b8794; border-radius: 6px;
}
QToolButton:hover { border: 2px solid #2f6fb3; }
QToolButton[used="true"] {
    background: #e4e7eb; color: #8a949e; border: 1px dashed #b0b8c1;
}
QToolButton:checked {
    background: #2f6fb3; color: #ffffff; border: 2px solid #1b4a80; font-weight: bold;
}
QToolButton:focus { border: 3px solid #f0a202; }
QToolButton:checked:focus { border: 3px solid #f0a202; }
"""


class SheetPositionDialog(QDialog):
    """Asks where on ``sheet`` the label goes; ``chosen_position()`` after ``exec``."""

    def __init__(
        self,
        sheet: SheetLayout,
        next_position: int,
        parent: QWidget | None = None,
        *,
        what: str = "",
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.next_position = usable_position(sheet, next_position)
        self.setWindowTitle(self.tr("Where on the sheet?"))
        self.setStyleSheet(_STYLE)

        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            self.tr("{0}: label sheet {1}, {2} labels.").format(what, sheet.name, sheet.per_sheet)
            if what
            else self.tr("Label sheet {0}, {1} labels.").format(sheet.name, sheet.per_sheet)
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Grey labels are used already. Enter prints on the blue label; "
                "arrow keys or a click choose another."
            ),
            self,
        )
        hint.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cells: list[QToolButton] = []
        # the sheet in miniature: page, margins and label pitch to scale
        page = QFrame(self)
        page.setObjectName("sheet")
        scale = CELL_LONG_SIDE / max(sheet.label_width, sheet.label_height)
        page.setFixedSize(round(sheet.page[0] * scale), round(sheet.page[1] * scale))
        gap = 2  # labels that touch on the sheet still look separate on screen
        for position in range(1, sheet.per_sheet + 1):
            cell = QToolButton(page)
            cell.setCheckable(True)
            cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row, column = divmod(position - 1, sheet.columns)
            cell.setGeometry(
                round((sheet.left + column * sheet.pitch_x) * scale) + gap,
                round((sheet.top + row * sheet.pitch_y) * scale) + gap,
                round(sheet.label_width * scale) - 2 * gap,
                round(sheet.label_height * scale) - 2 * gap,
            )
            cell.setProperty("used", position < self.next_position)
            cell.setAccessibleName(self.tr("Label {0}").format(position))
            cell.installEventFilter(self)
            self.group.addButton(cell, position)
            self.cells.append(cell)
        self.group.idToggled.connect(self._toggled)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("Print here"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.choose(self.next_position)
        for position in range(1, sheet.per_sheet + 1):
            self._label_cell(position)

    def position(self) -> int:
        """The highlighted position (1 = top left, counted along the rows)."""
        return self.group.checkedId()

    def chosen_position(self) -> int | None:
        """The position to print at once accepted; None when cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        return self.position()

    def choose(self, position: int) -> None:
        """Highlight ``position`` and give it the focus."""
        cell = self.cells[usable_position(self.sheet, position) - 1]
        cell.setChecked(True)
        cell.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, position: int, checked: bool) -> None:
        self._label_cell(position)

    def _label_cell(self, position: int) -> None:
        cell = self.cells[position - 1]
        if cell.isChecked():
            note = self.tr("print here")
        elif position < self.next_position:
            note = self.tr("used")
        else:
            note = ""
        cell.setText(f"{position}\n{note}" if note else str(position))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.cells[self.position() - 1].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The label with the focus is the chosen one; arrow keys move along the sheet;
        a double click on a label prints there at once."""
        if event.type() not in (
            QEvent.Type.FocusIn,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
        ):
            return False  # the event first: a label may be half destroyed at its last events
        if watched not in self.cells:
            return super().eventFilter(watched, event)
        position = self.cells.index(watched) + 1
        if event.type() == QEvent.Type.FocusIn:  # whichever label has the focus is chosen
            self.cells[position - 1].setChecked(True)
        elif event.type() == QEvent.Type.MouseButtonDblClick:
            self.choose(position)
            self.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = self._arrow_steps.get(Qt.Key(event.key()))
            if step is not None:
                if 1 <= position + step <= self.sheet.per_sheet:
                    self.choose(position + step)
                return True
        return super().eventFilter(watched, event)

    @property
    def _arrow_steps(self) -> dict[Qt.Key, int]:
        """Left and right go along the rows (on to the next row), up and down by a row."""
        columns = self.sheet.columns
        return {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -columns,
            Qt.Key.Key_Down: columns,
        }

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter on a label prints on that label (elsewhere: the default button)."""
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in self.cells:
            self.choose(self.cells.index(focused) + 1)
            self.accept()
            return
        super().keyPressEvent(event)


def ask_sheet_position(
    sheet: SheetLayout, next_position: int, parent: QWidget | None = None, *, what: str = ""
) -> int | None:
    """Show the dialog modally; the chosen position, or None when staff cancel."""
    dialog = SheetPositionDialog(sheet, next_position, parent, what=what)
    try:
        dialog.exec()
        return dialog.chosen_position()
    finally:
        dialog.deleteLater()
