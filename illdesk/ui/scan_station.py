"""The scan station at the top of the Borrowing and Lending tabs: pick a mode once, then
every scan is the action.  Success shows green, a refusal shows red and beeps."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.citation import shortened
from illdesk.domain.errors import DeskError, NotLendable
from illdesk.domain.vocabulary import Action, Side, State
from illdesk.services.requests import ActionInput
from illdesk.services.rows import Performed, RequestDetail, ScannedRequest
from illdesk.services.scanning import (
    CARD_OPTIONAL,
    MODES,
    ScanMode,
    ScanOutcome,
    WrongPatron,
    modes_for,
)
from illdesk.ui import i18n
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.dialogs.note_dialog import add_note
from illdesk.ui.dialogs.ship_dialog import ShipDialog
from illdesk.ui.dialogs.unfilled_dialog import UnfilledDialog
from illdesk.ui.flow_layout import FlowLayout
from illdesk.ui.keymap import MODE_KEYS
from illdesk.ui.services_context import DeskContext

# The banner's colours; its text size follows the system font (see _banner_font), and
# it never speaks by colour alone: an icon and a word ("Done:", "Refused:") go with it.
# tests/ui/test_accessibility.py checks each text colour against its background (≥ 4.5:1).
OK_COLOURS = ("#14532d", "#e3f6e8")
BAD_COLOURS = ("#7f1d1d", "#fde2e1")
IDLE_COLOURS = ("#444444", "#f4f6f8")
OK_STYLE = (
    f"background:{OK_COLOURS[1]};color:{OK_COLOURS[0]};border:2px solid #2f855a;"
    "border-radius:6px;padding:8px;font-weight:600;"
)
BAD_STYLE = (
    f"background:{BAD_COLOURS[1]};color:{BAD_COLOURS[0]};border:2px solid #c53030;"
    "border-radius:6px;padding:8px;font-weight:700;"
)
IDLE_STYLE = (
    f"background:{IDLE_COLOURS[1]};color:{IDLE_COLOURS[0]};border:1px solid #ccd;"
    "border-radius:6px;padding:8px;"
)
MODE_BUTTON_COLOURS = ("#ffffff", "#2b6cb0")


BANNER_ICON_COLOURS = {"done": "#2f855a", "refused": "#c53030", "waiting": "#4a5568"}


def _banner_icon(kind: str, size: int) -> QPixmap:
    """A round mark drawn for the banner: a tick (done), a cross (refused), a dot (waiting)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BANNER_ICON_COLOURS[kind]))
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(QColor("#ffffff"), max(2.0, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    a, b = size * 0.3, size * 0.7
    if kind == "done":
        painter.drawPolyline([QPointF(a, size * 0.52), QPointF(size * 0.45, b), QPointF(b, a)])
    elif kind == "refused":
        painter.drawLine(QPointF(a, a), QPointF(b, b))
        painter.drawLine(QPointF(a, b), QPointF(b, a))
    else:
        painter.drawPoint(QPointF(size / 2, size / 2))
    painter.end()
    return pixmap


def _banner_font(widget: QWidget, larger: float) -> QFont:
    """The system font, ``larger`` times its size: the banner scales with it."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * larger)
    font.setBold(True)
    return font


def _fit_bold(button: QPushButton) -> None:
    """Wide enough for its text in bold (the checked mode is bold): never clipped."""
    bold = QFont(button.font())
    bold.setBold(True)
    width = QFontMetrics(bold).horizontalAdvance(button.text())
    button.setMinimumWidth(width + 28)


class ScanStation(QFrame):
    performed = Signal(object)
    """A scan took an action; carries the :class:`Performed`."""
    looked_up = Signal(object)
    """A scan found a request and waits for more: its :class:`RequestDetail` (the item
    before the patron's card), or its :class:`ScannedRequest` (a pull slip)."""
    shipped = Signal(object)
    """The packing station shipped a parcel: its :class:`Shipped` (label, customs form);
    ``performed`` follows."""

    def __init__(self, context: DeskContext, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{side.value}_station")
        self.context = context
        self.side = side
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scan to:"), self), 0, Qt.AlignmentFlag.AlignTop)
        # the mode buttons wrap onto a second line in a narrow window, never clipped
        buttons = QWidget(self)
        flow = FlowLayout(buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buttons, 1)
        for number, mode in enumerate(modes_for(side)):
            button = QPushButton(
                self.tr("{0}  [{1}]").format(i18n.words(MODES[mode].label), MODE_KEYS[number]), self
            )
            button.setCheckable(True)
            button.setObjectName(f"mode_{mode.value}")
            button.setProperty("mode", mode.value)
            button.setStyleSheet(
                f"QPushButton:checked{{background:{MODE_BUTTON_COLOURS[1]};"
                f"color:{MODE_BUTTON_COLOURS[0]};font-weight:600;}}"
            )
            button.setAccessibleName(i18n.words(MODES[mode].label))
            _fit_bold(button)
            self.modes.addButton(button)
            flow.addWidget(button)
            if number == 0:
                button.setChecked(True)
        self.modes.buttonClicked.connect(lambda _b: self._mode_changed())
        self.pending: RequestDetail | ScannedRequest | None = None
        """A pull slip waiting for its copy, or a check-out waiting for the patron's card."""
        self.last: RequestDetail | ScannedRequest | None = None
        self.suggested_reason = ""
        """The unfilled reason F12 preselects: "non_circulating" after a not-lendable scan."""
        if side is Side.LENDING:
            self.unfilled_button = QPushButton(self.tr("Unfilled…  [F12]"), self)
            self.unfilled_button.setObjectName("unfilled")
            self.unfilled_button.clicked.connect(self.answer_unfilled)
            row.addWidget(self.unfilled_button, 0, Qt.AlignmentFlag.AlignTop)
        self.box = ScanBox(self)
        self.box.setObjectName("scan_box")
        self.box.make_station_size()
        self.box.scanned.connect(self.handle_scan)
        self.box.empty_enter.connect(self._enter_on_empty_box)
        self.box.setAccessibleName(self.tr("Scan box"))
        self.result = QLabel(self)
        self.result.setObjectName("scan_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setFont(_banner_font(self, 1.25))
        self.result.setAccessibleName(self.tr("Scan result"))
        # the banner's meaning without its colour: an icon and a word before the text
        self.result_icon = QLabel(self)
        self.result_icon.setObjectName("scan_result_icon")
        self.result_kind = QLabel(self)
        self.result_kind.setObjectName("scan_result_kind")
        self.result_kind.setFont(_banner_font(self, 1.25))
        size = self.result_kind.fontMetrics().height() + 4
        self._banner_icons = {kind: _banner_icon(kind, size) for kind in BANNER_ICON_COLOURS}
        banner = QHBoxLayout()
        banner.addWidget(self.result_icon)
        banner.addWidget(self.result_kind)
        banner.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.box)
        layout.addLayout(banner)
        self._mode_changed()

    def mode(self) -> ScanMode:
        button = self.modes.checkedButton()
        return ScanMode(button.property("mode"))

    def set_mode(self, mode: ScanMode) -> None:
        for button in self.modes.buttons():
            if button.property("mode") == mode.value:
                button.setChecked(True)
        self._mode_changed()

    def set_mode_number(self, number: int) -> bool:
        """The ``number``-th mode (0 = F5); False when this station has no such mode."""
        modes = modes_for(self.side)
        if number >= len(modes):
            return False
        self.set_mode(modes[number])
        return True

    def _show_mode_prompt(self) -> None:
        """The scan box says what the mode's next scan is."""
        self.box.setPlaceholderText(self.tr("{0} …").format(i18n.words(MODES[self.mode()].prompt)))

    def ready(self) -> None:
        """Focus in the scan box, its text selected: the next scan replaces it."""
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()
        self.box.replace_on_next_key()

    def _mode_changed(self) -> None:
        self.pending = None
        self.box.reset()
        self._show_mode_prompt()
        self.result.setStyleSheet(IDLE_STYLE)
        self._banner("waiting")
        self.result.setText(self.tr("Ready: {0}.").format(i18n.words(MODES[self.mode()].label)))
        self.ready()

    def handle_scan(self, text: str) -> ScanOutcome | None:
        if self.mode() is ScanMode.SHIP:
            return self._ship(text)
        pending = self.pending
        try:
            outcome = self.context.scans.scan(
                self.mode(),
                text,
                staff=self.context.current_staff(),
                for_request=pending.row.id if pending is not None else None,
            )
        except WrongPatron as exc:  # the item still waits for the right card
            self.show_refusal(i18n.words(exc))
            return None
        except DeskError as exc:
            self.pending = None
            self.show_refusal(i18n.words(exc))
            self.suggested_reason = "non_circulating" if isinstance(exc, NotLendable) else ""
            return None
        self.suggested_reason = ""
        if outcome.waiting_for_card is not None:
            self.pending = self.last = outcome.waiting_for_card
            self._ask_for_card(outcome.waiting_for_card)
            self.looked_up.emit(self.pending)
            return outcome
        if outcome.waiting_for_item is not None:
            self.pending = self.last = outcome.waiting_for_item
            self.result.setStyleSheet(IDLE_STYLE)
            self._banner("waiting")
            self.result.setText(
                self.tr(
                    "{0} — {1}: now scan the copy you took from the shelf "
                    "(or F12 if it is not there)."
                ).format(self.pending.row.number, shortened(self.pending.row.title))
            )
            self.box.selectAll()
            self.looked_up.emit(self.pending)
            return outcome
        if self.pending is not None:
            self._show_mode_prompt()
        self.pending = None
        assert outcome.performed is not None
        self.show_done(outcome.performed)
        return outcome

    def _ship(self, text: str) -> None:
        """Packing station: the scan finds the request, the form asks weight and tracking."""
        try:
            detail = self.context.scans.locate(ScanMode.SHIP, text)
        except DeskError as exc:
            self.show_refusal(i18n.words(exc))
            return None
        dialog = ShipDialog(self.context, detail.row.id, detail.row.version, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.shipped is None:
            self.result.setStyleSheet(IDLE_STYLE)
            self._banner("waiting")
            self.result.setText(self.tr("Not shipped: {0}.").format(detail.row.number))
            self.ready()
            return None
        self.shipped.emit(dialog.shipped)
        self.show_done(dialog.shipped.performed)
        self.ready()
        return None

    def await_card(self, detail: RequestDetail) -> None:
        """Check-out chosen on the detail pane: the next scan is the patron's card."""
        self.set_mode(ScanMode.CHECK_OUT)
        self.pending = self.last = detail
        self._ask_for_card(detail)
        self.ready()

    def _ask_for_card(self, detail: RequestDetail) -> None:
        optional = self.context.scans.card_policy() == CARD_OPTIONAL
        self.result.setStyleSheet(IDLE_STYLE)
        self._banner("waiting")
        self.result.setText(
            (
                self.tr(
                    "{0} — {1}: now scan the card of {2} (or Enter to hand it over without it)."
                )
                if optional
                else self.tr("{0} — {1}: now scan the card of {2}.")
            ).format(detail.row.number, shortened(detail.row.title), detail.patron_name)
        )
        self.box.reset()
        self.box.setPlaceholderText(
            self.tr("Scan the patron's card (Enter: without it)")
            if optional
            else self.tr("Scan the patron's card")
        )

    def _enter_on_empty_box(self) -> None:
        """Enter on the empty box while a check-out waits for its card: hand it over."""
        pending = self.pending
        if pending is None or self.mode() is not ScanMode.CHECK_OUT:
            return
        try:
            performed = self.context.scans.check_out_without_card(
                pending.row.id, staff=self.context.current_staff()
            )
        except DeskError as exc:
            self.show_refusal(i18n.words(exc))
            return
        self.pending = None
        self._show_mode_prompt()
        self.show_done(performed)

    def show_news(self, message: str) -> None:
        """Words about something that went well besides a scan (slips ready, a file
        imported): green like a done scan, never in the red of the last refusal."""
        self.result.setStyleSheet(OK_STYLE)
        self._banner("done")
        self.result.setText(message)

    def _banner(self, kind: str) -> None:
        """The icon and the word that say what the banner's colour says."""
        words = {"done": self.tr("Done:"), "refused": self.tr("Refused:"), "waiting": ""}
        word = words[kind]
        self.result_icon.setPixmap(self._banner_icons[kind])
        self.result_icon.setAccessibleName(word or self.tr("Ready"))
        self.result_kind.setText(word)
        self.result_kind.setVisible(bool(word))
        self.result.setAccessibleDescription(word)

    def show_refusal(self, message: str) -> None:
        self.result.setStyleSheet(BAD_STYLE)
        self._banner("refused")
        self.result.setText("✖ " + message)
        QApplication.beep()
        self.box.selectAll()

    def show_done(self, performed: Performed) -> None:
        detail = performed.detail
        self.last = detail
        words = "✔ " + self.tr("{0} — {1}: {2}").format(
            detail.row.number, shortened(detail.row.title), i18n.words(detail.row.state_label)
        )
        if detail.row.due_date is not None:
            words += self.tr(" · due {0}").format(i18n.date_text(detail.row.due_date))
        if detail.conditions:
            words += self.tr(" · conditions: {0}").format(detail.conditions)
        if self.side is Side.LENDING and detail.row.state is State.COMPLETE:
            words += self.tr(" · F11: note its condition")
        self.result.setStyleSheet(OK_STYLE)
        self._banner("done")
        self.result.setText(words)
        self.box.selectAll()
        self.performed.emit(performed)

    def note_condition(self) -> None:
        """The condition of the item just scanned back in (optional; F11)."""
        if self.last is None:
            self.show_refusal(self.tr("Scan the returned item first, then F11."))
            return
        noted = add_note(
            self,
            self.context,
            self.last.row,
            question=self.tr(
                "Condition of {0} on return (e.g. “water damage to the cover”):"
            ).format(shortened(self.last.row.title)),
            prefix=self.tr("Condition on return: "),
        )
        if noted is not None:
            self.last = noted
            self.result.setText(self.tr("✔ {0}: condition noted.").format(noted.row.number))
        self.ready()

    def answer_unfilled(self) -> None:
        """Unfilled for the request just scanned (or the slip waiting for its copy)."""
        target = self.pending or self.last
        if target is None:
            self.show_refusal(self.tr("Scan the pull slip of the request first, then F12."))
            return
        dialog = UnfilledDialog(target.row, self, suggested=self.suggested_reason)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.note is None:
            self.ready()
            return
        try:
            performed = self.context.requests.perform(
                target.row.id,
                Action.ANSWER_UNFILLED,
                staff=self.context.current_staff(),
                given=ActionInput(note=dialog.note),
            )
        except DeskError as exc:
            self.show_refusal(i18n.words(exc))
            return
        self.pending = None
        self.show_done(performed)
        self.ready()
