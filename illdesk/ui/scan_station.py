"""The scan station at the top of the Borrowing and Lending tabs: pick a mode once, then
every scan is the action.  Success shows green, a refusal shows red and beeps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.vocabulary import Side
from illdesk.services.rows import Performed
from illdesk.services.scanning import MODES, ScanMode, ScanOutcome, modes_for
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.services_context import DeskContext

OK_STYLE = ("background:#e3f6e8;color:#14532d;border:2px solid #2f855a;border-radius:6px;"
            "padding:8px;font-size:15pt;font-weight:600;")
BAD_STYLE = ("background:#fde2e1;color:#7f1d1d;border:2px solid #c53030;border-radius:6px;"
             "padding:8px;font-size:15pt;font-weight:700;")
IDLE_STYLE = ("background:#f4f6f8;color:#444;border:1px solid #ccd;border-radius:6px;"
              "padding:8px;font-size:12pt;")


class ScanStation(QFrame):
    performed = Signal(object)
    """A scan took an action; carries the :class:`Performed`."""

    def __init__(self, context: DeskContext, side: Side, parent: QWidget | None = None,
                 on_effects: Callable[[Performed], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{side.value}_station")
        self.context = context
        self.side = side
        self.on_effects = on_effects
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scan to:"), self))
        for number, mode in enumerate(modes_for(side)):
            button = QPushButton(f"{self.tr(MODES[mode].label)}  [F{number + 5}]", self)
            button.setCheckable(True)
            button.setObjectName(f"mode_{mode.value}")
            button.setProperty("mode", mode.value)
            button.setStyleSheet("QPushButton:checked{background:#2b6cb0;color:white;"
                                 "font-weight:600;}")
            self.modes.addButton(button)
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"F{number + 5}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda m=mode: self.set_mode(m))
            if number == 0:
                button.setChecked(True)
        self.modes.buttonClicked.connect(lambda _b: self._mode_changed())
        row.addStretch(1)
        self.box = ScanBox(self)
        self.box.setObjectName("scan_box")
        self.box.setMinimumHeight(34)
        font = self.box.font()
        font.setPointSize(font.pointSize() + 4)
        self.box.setFont(font)
        self.box.scanned.connect(self.handle_scan)
        self.result = QLabel(self)
        self.result.setObjectName("scan_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.box)
        layout.addWidget(self.result)
        self._mode_changed()

    def mode(self) -> ScanMode:
        button = self.modes.checkedButton()
        return ScanMode(button.property("mode"))

    def set_mode(self, mode: ScanMode) -> None:
        for button in self.modes.buttons():
            if button.property("mode") == mode.value:
                button.setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.box.setPlaceholderText(self.tr(MODES[self.mode()].prompt) + " …")
        self.result.setStyleSheet(IDLE_STYLE)
        self.result.setText(self.tr("Ready: {0}.").format(self.tr(MODES[self.mode()].label)))
        self.box.setFocus()

    def handle_scan(self, text: str) -> ScanOutcome | None:
        try:
            outcome = self.context.scans.scan(self.mode(), text,
                                              staff=self.context.current_staff())
        except DeskError as exc:
            self.result.setStyleSheet(BAD_STYLE)
            self.result.setText("✖ " + exc.message)
            QApplication.beep()
            self.box.selectAll()
            return None
        detail = outcome.performed.detail
        words = f"✔ {detail.row.number} — {detail.row.title}: {detail.row.state_label}"
        if detail.row.due_date is not None:
            words += self.tr(" · due {0}").format(detail.row.due_date.isoformat())
        if detail.conditions:
            words += self.tr(" · conditions: {0}").format(detail.conditions)
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(words)
        self.box.selectAll()
        if self.on_effects is not None:
            self.on_effects(outcome.performed)
        self.performed.emit(outcome.performed)
        return outcome
