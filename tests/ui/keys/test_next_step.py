"""The common next step is always in the same place: first, highlighted, taken by Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from illdesk.domain.vocabulary import Action, Side, State
from illdesk.domain.workflow import next_step
from tests.ui.keys.hands import CTRL


def _buttons(pane) -> list[QPushButton]:
    layout = pane.actions_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w for w in widgets if isinstance(w, QPushButton)]


def test_next_step_is_first_and_enter_takes_it_step_after_step(desk, hands, qtbot, context):
    target = next(
        r for r in context.requests.search(Side.BORROWING, limit=2000) if r.state is State.RECEIVED
    )
    tab = desk.borrowing
    tab.set_group(None)
    hands.press(Qt.Key.Key_F, CTRL)
    hands.type(target.number)
    hands.press(Qt.Key.Key_Return)
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.table.visualRect(tab.model.index(0, 0)).center(),
    )
    qtbot.waitUntil(lambda: tab.detail.detail is not None and tab.detail.detail.row.id == target.id)
    seen = []
    for _ in range(3):  # Received → Awaiting pickup → Checked out → …
        detail = tab.detail.detail
        wanted = next_step(c.action for c in detail.actions)
        assert wanted is not None
        first = _buttons(tab.detail)[0]
        assert first is tab.detail.next_button
        assert first.objectName() == f"action_{wanted.value}"
        assert "[Enter]" in first.text()
        seen.append(wanted)
        state = detail.row.state
        tab.table.setFocus()
        hands.press(Qt.Key.Key_Return)
        if wanted is Action.CHECK_OUT:  # the station now asks for the patron's card
            station = tab.station
            assert station.pending is not None and station.pending.row.id == target.id
            hands.scan(detail.patron_barcode)
            assert context.requests.detail(target.id).row.state is State.CHECKED_OUT
            break
        qtbot.waitUntil(lambda state=state: context.requests.detail(target.id).row.state != state)
        qtbot.waitUntil(lambda state=state: tab.detail.detail.row.state != state)
    assert seen[:2] == [Action.NOTIFY_PATRON, Action.CHECK_OUT]


def test_other_buttons_keep_their_order(desk, context) -> None:
    pane = desk.borrowing.detail
    orders = []
    seen_states = set()
    for r in context.requests.search(Side.BORROWING, limit=2000):
        if r.state in seen_states:
            continue
        seen_states.add(r.state)
        pane.show_detail(context.requests.detail(r.id))
        orders.append([b.objectName() for b in _buttons(pane)[1:]])
    assert len(orders) >= 4
    for a in orders:
        for b in orders:
            common = [n for n in a if n in b]
            assert common == [n for n in b if n in a]  # the same relative order everywhere
    assert all("add_note" in names for names in orders)
