"""Shipping labels on Avery-style sheets: the desk asks where on the sheet (Enter keeps the
remembered next position), prints the label in that cell and remembers the next free one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from illdesk.domain.citation import Citation
from illdesk.domain.label_sheets import LAYOUTS, SheetLayout, position_after, usable_position
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.services.requests import ActionInput
from illdesk.services.shipping import ShipInput, Shipped
from illdesk.ui.print_dispatch import NEXT_POSITION, PrintDispatcher
from illdesk.ui.printing.sheet_position import SheetPositionDialog, ask_sheet_position
from tests.printing.pdf_tools import decoded_texts, flat, page_count, pdf_text

L7165 = LAYOUTS["avery-L7165"]  # 2 x 4 on A4


# -- the arithmetic ---------------------------------------------------------------------------


def test_next_position_advances_and_wraps_to_a_new_sheet() -> None:
    assert position_after(L7165, 1) == 2
    assert position_after(L7165, 7) == 8
    assert position_after(L7165, 8) == 1
    assert position_after(L7165, 6, printed=3) == 1
    assert position_after(L7165, 6, printed=4) == 2
    assert position_after(LAYOUTS["avery-L7169"], 4) == 1


def test_a_remembered_position_off_the_sheet_means_a_new_sheet() -> None:
    small = LAYOUTS["avery-L7169"]  # 4 labels: a 7 remembered from an 8-label sheet
    assert usable_position(small, 7) == 1
    assert usable_position(small, 0) == 1
    assert usable_position(small, -3) == 1
    assert usable_position(small, 4) == 4
    assert position_after(small, 7) == 2


# -- the dialog, for real ---------------------------------------------------------------------


def _dialog(qtbot: QtBot, sheet: SheetLayout, remembered: int) -> SheetPositionDialog:
    dialog = SheetPositionDialog(sheet, remembered, what="L-2026-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_the_remembered_position_is_preselected_and_focused_and_used_ones_are_grey(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot, L7165, 3)
    assert dialog.position() == 3
    assert dialog.focusWidget() is dialog.cells[2]
    assert [cell.property("used") for cell in dialog.cells] == [True, True] + [False] * 6
    assert dialog.cells[0].text() == "1\nused"
    assert dialog.cells[2].text() == "3\nprint here"
    assert dialog.cells[3].text() == "4"
    assert dialog.print_button.isDefault()
    # laid out like the sheet: two columns, four rows, counted along the rows
    assert dialog.cells[1].y() == dialog.cells[0].y() < dialog.cells[2].y()
    assert dialog.cells[1].x() > dialog.cells[0].x() == dialog.cells[2].x()


def test_enter_alone_accepts_the_remembered_position(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, L7165, 5)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_position() == 5


def test_arrow_keys_move_the_choice_then_enter_prints_there(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, L7165, 3)

    def press(key: Qt.Key) -> int:
        qtbot.keyClick(dialog.focusWidget(), key)
        assert dialog.focusWidget() is dialog.cells[dialog.position() - 1]
        return dialog.position()

    assert press(Qt.Key.Key_Right) == 4
    assert press(Qt.Key.Key_Right) == 5  # on along the rows
    assert press(Qt.Key.Key_Down) == 7
    assert press(Qt.Key.Key_Down) == 7  # the last row: nowhere further down
    assert press(Qt.Key.Key_Up) == 5
    assert press(Qt.Key.Key_Left) == 4
    assert dialog.cells[3].text() == "4\nprint here"
    assert dialog.cells[2].text() == "3"
    assert dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Enter)
    assert dialog.chosen_position() == 4


def test_tab_leaves_the_sheet_and_enter_still_prints_on_the_blue_label(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, L7165, 3)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() not in dialog.cells
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.chosen_position() == 4


def test_clicking_another_label_chooses_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, L7165, 3)
    qtbot.mouseClick(dialog.cells[6], Qt.MouseButton.LeftButton)
    assert dialog.position() == 7
    assert dialog.isVisible()  # a click only chooses; Print here (or Enter) prints
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_position() == 7


def test_a_used_label_can_be_chosen_for_a_fresh_sheet(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, L7165, 6)
    qtbot.mouseDClick(dialog.cells[0], Qt.MouseButton.LeftButton)
    assert dialog.chosen_position() == 1


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_returns_none(qtbot: QtBot, how: str) -> None:
    dialog = _dialog(qtbot, L7165, 2)
    if how == "button":
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_position() is None


def test_ask_runs_the_dialog_modally_and_enter_is_enough(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def press_enter() -> None:
        dialog = parent.findChild(SheetPositionDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, press_enter)
            return
        seen.append(dialog.windowTitle())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_sheet_position(LAYOUTS["avery-5164"], 4, parent) == 4
    assert seen == ["Where on the sheet?"]


def test_a_position_off_the_sheet_starts_a_new_sheet(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, LAYOUTS["avery-L7169"], 7)
    assert dialog.position() == 1
    assert not any(cell.property("used") for cell in dialog.cells)


# -- the dispatcher: a real shipment on an Avery sheet -------------------------------------------


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _shipment(context) -> Shipped:
    """A lending loan pulled and shipped through the real services."""
    home = context.settings.get_str("library.country")
    partners = context.directory.partners()
    partner = next((p for p in partners if p.country == home), partners[0])
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Middlemarch", author="Eliot, George"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(
        made.row.id, Action.PULL, staff="Tom", given=ActionInput(item_barcode="31234000007777")
    )
    defaults = context.shipping.defaults(made.row.id)
    return context.shipping.ship(
        made.row.id,
        ShipInput(
            carrier=defaults.carrier,
            weight_kg=Decimal("0.8"),
            tracking_number="RR123456785US",
            declared_value=Decimal("30"),
            description="Library book",
        ),
        staff="Tom",
    )


class Picker:
    """Stands in for staff at the dialog: notes what it preselected, then picks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.preselected: list[int] = []
        self.used: list[list[bool]] = []
        self.next_choice: int | None = 0  # 0: keep the preselected one (Enter)
        monkeypatch.setattr(SheetPositionDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: SheetPositionDialog) -> int:
        self.preselected.append(dialog.position())
        self.used.append([bool(cell.property("used")) for cell in dialog.cells])
        if self.next_choice is None:
            dialog.reject()
        else:
            if self.next_choice:
                dialog.choose(self.next_choice)
            dialog.accept()
        return int(dialog.result())


def _text_in_cell(pdf: bytes, sheet: SheetLayout, position: int) -> str:
    x, y = sheet.origin(position)
    top = sheet.page[1] - y - sheet.label_height
    return flat(pdf_text(pdf, area=(x, top, sheet.label_width, sheet.label_height)))


def _stored(store: QSettings) -> int:
    return int(store.value(f"settings/{NEXT_POSITION}"))


def test_a_label_prints_at_the_chosen_position_and_the_next_is_remembered(
    qtbot: QtBot,
    context,
    parent: QWidget,
    desk_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context.settings.set("printing.label_layout", "avery-L7165")
    context.settings.set(NEXT_POSITION, 6)
    picker = Picker(monkeypatch)
    shipped = _shipment(context)
    number = shipped.performed.detail.row.number
    dispatcher = PrintDispatcher(context, parent, desk_settings)

    dispatcher.shipped(shipped)  # Enter on the remembered position 6
    label = dispatcher.saved[0].read_bytes()
    assert picker.preselected == [6]
    assert picker.used == [[True] * 5 + [False] * 3]
    assert page_count(label) == 1
    assert number in _text_in_cell(label, L7165, 6)
    assert "RR123456785US" in _text_in_cell(label, L7165, 6)
    assert all(_text_in_cell(label, L7165, p) == "" for p in (1, 2, 3, 4, 5, 7, 8))
    assert {number, "RR123456785US"} <= set(decoded_texts(label))
    assert context.settings.get_int(NEXT_POSITION) == 7
    assert _stored(desk_settings) == 7

    picker.next_choice = 8  # staff skip a damaged label
    dispatcher.print_label(shipped.label, number)
    assert number in _text_in_cell(dispatcher.saved[-1].read_bytes(), L7165, 8)
    assert picker.preselected[-1] == 7
    assert context.settings.get_int(NEXT_POSITION) == 1  # the sheet is used up
    assert _stored(desk_settings) == 1

    picker.next_choice = 0
    dispatcher.print_label(shipped.label, number)
    assert picker.preselected[-1] == 1 and picker.used[-1] == [False] * 8
    assert number in _text_in_cell(dispatcher.saved[-1].read_bytes(), L7165, 1)
    assert _stored(desk_settings) == 2
    for preview in dispatcher.previews:
        preview.close()


def test_cancel_prints_nothing_keeps_the_position_and_says_so(
    qtbot: QtBot,
    context,
    parent: QWidget,
    desk_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context.settings.set("printing.label_layout", "avery-5164")
    context.settings.set(NEXT_POSITION, 3)
    picker = Picker(monkeypatch)
    picker.next_choice = None
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    shipped = _shipment(context)
    number = shipped.performed.detail.row.number
    dispatcher = PrintDispatcher(context, parent, desk_settings)
    dispatcher.print_label(shipped.label, number)
    assert dispatcher.saved == [] and dispatcher.previews == []
    assert context.settings.get_int(NEXT_POSITION) == 3
    assert not desk_settings.contains(f"settings/{NEXT_POSITION}")
    [kept] = dispatcher.unprinted
    assert number in told[0] and str(kept) in told[0] and "recorded" in told[0]
    assert number in flat(pdf_text(kept.read_bytes()))


def test_thermal_labels_ask_nothing(
    qtbot: QtBot,
    context,
    parent: QWidget,
    desk_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picker = Picker(monkeypatch)
    assert context.settings.get_str("printing.label_layout") == "thermal-4x6"
    shipped = _shipment(context)
    dispatcher = PrintDispatcher(context, parent, desk_settings)
    dispatcher.shipped(shipped)
    assert picker.preselected == []
    label = dispatcher.saved[0].read_bytes()
    assert shipped.performed.detail.row.number in flat(pdf_text(label))
    assert context.settings.get_int(NEXT_POSITION) == 1
    assert not desk_settings.contains(f"settings/{NEXT_POSITION}")
    for preview in dispatcher.previews:
        preview.close()
