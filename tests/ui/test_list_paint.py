"""A line of the request list is painted from its row as it is now: the texts and the
group's colour Qt's delegate reads in one multiData call are made once per row, and a row
an action replaced is painted anew (its state in words, its new group's colour)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from illdesk.domain.citation import Citation
from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.services.rows import RequestRow
from illdesk.ui.table_models import GROUP_COLOURS, RequestTableModel
from tests.ui.search_box import type_and_enter

STATE = 1


def _painted(index) -> QStyleOptionViewItem:
    """The cell as the list's delegate paints it (every role in one multiData call)."""
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, index)
    return option


def _row(state: State, version: int = 1) -> RequestRow:
    return RequestRow(
        id=7,
        number="L-2026-00007",
        side=Side.LENDING,
        service_type=ServiceType.LOAN,
        state=state,
        state_label=state.value,
        title="Der Zauberberg",
        author="Mann, Thomas",
        who="Riverside College",
        partner="RIV",
        needed_by=None,
        due_date=None,
        updated_at=dt.datetime(2026, 12, 1, 9, 30),
        version=version,
    )


def test_a_replaced_row_is_painted_in_its_new_group_colour(qapp) -> None:
    model = RequestTableModel("Borrowing library")
    model.set_rows([_row(State.NEW)])
    cell = model.index(0, STATE)
    new = _painted(cell)
    assert new.backgroundBrush.color() == GROUP_COLOURS[StateGroup.NEEDS_ACTION]
    assert new.text == "new"
    assert _painted(cell).text == "new"  # painted again: the same answers
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None

    shipped = dataclasses.replace(_row(State.SHIPPED, 2), state_label="shipped")
    assert model.replace_row(shipped, lambda old, row: old.id == row.id)
    again = _painted(cell)
    assert again.text == "shipped"
    assert again.backgroundBrush.color() == GROUP_COLOURS[StateGroup.IN_TRANSIT]
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == again.backgroundBrush.color()

    model.replace_row(_row(State.COMPLETE, 3), lambda old, row: old.id == row.id)
    assert _painted(cell).backgroundBrush.style() == Qt.BrushStyle.NoBrush  # no group colour


def test_an_action_in_the_pane_repaints_its_line(window, qtbot, context) -> None:
    partner = context.directory.partners()[0]
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Quasicrystals of the Aegean"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(None)
    type_and_enter(qtbot, tab.search, "quasicrystals")
    assert [r.id for r in tab.model.rows()] == [made.row.id]
    cell = tab.model.index(0, STATE)
    before = _painted(cell).text
    assert tab.detail.detail is not None and tab.detail.detail.row.id == made.row.id

    button = tab.detail.findChild(type(tab.new_button), "action_check_holdings")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    row = tab.model.row_at(0)
    assert row.state is State.HOLDINGS_CHECKED
    after = _painted(cell)
    assert after.text == row.state_label != before
    assert after.backgroundBrush.color() == GROUP_COLOURS[StateGroup.NEEDS_ACTION]
