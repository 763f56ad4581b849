"""A search the chip hides says so ("1 more in Complete"), a request number finds its
request in any state, and the highlighted row and the detail pane name one request."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.citation import Citation
from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.services.requests import HINT_CAP, ActionInput
from tests.ui.search_box import type_and_enter


def _complete_lending(context):
    return next(
        r
        for r in context.requests.search(Side.LENDING, group=StateGroup.COMPLETE)
        if r.state is State.COMPLETE
    )


def test_a_request_number_is_found_whatever_the_chip(window, qtbot, context) -> None:
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.NEEDS_ACTION)
    done = _complete_lending(context)
    type_and_enter(qtbot, tab.search, done.number)
    assert [r.number for r in tab.model.rows()] == [done.number]
    assert tab.count_label.text() == "1 shown"
    # the only request found is highlighted and shown
    assert tab.detail.detail is not None and tab.detail.detail.row.id == done.id
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [0]


def test_a_search_the_chip_hides_says_where_it_is(window, qtbot, context) -> None:
    partner = context.directory.partners()[0]
    rid = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Zygomorphic flora of Crete"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    ).row.id
    context.requests.perform(
        rid, Action.CANCEL, staff="Tom", given=ActionInput(note="They found it nearer.")
    )
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.NEEDS_ACTION)
    type_and_enter(qtbot, tab.search, "zygomorphic")
    assert tab.count_label.text() == "0 shown"
    assert "1 more in Complete" in tab.filter_hint.text()
    qtbot.mouseClick(
        tab.filter_hint, Qt.MouseButton.LeftButton, pos=tab.filter_hint.rect().center()
    )
    assert tab.current_group() is StateGroup.COMPLETE
    assert [r.id for r in tab.model.rows()] == [rid]
    assert tab.filter_hint.text() == ""  # at once: it spoke of another chip
    qtbot.waitUntil(lambda: not tab.hints.busy())
    assert tab.filter_hint.text() == ""  # and Complete hides nothing of it


def test_the_pane_never_shows_a_request_other_than_the_highlighted_row(
    window, qtbot, context
) -> None:
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(None)
    first = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    chosen = tab.model.row_at(0)
    assert tab.detail.detail.row.id == chosen.id
    type_and_enter(qtbot, tab.search, "no such request anywhere")
    assert tab.model.rowCount() == 0
    assert tab.detail.detail is None  # not the request the list no longer shows

    # a request shown from outside the list (a scan looked it up): nothing else stays lit
    tab.search.clear()
    tab.set_group(StateGroup.NEEDS_ACTION)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert tab.table.selectionModel().selectedRows()
    done = _complete_lending(context)
    tab.show_request(context.requests.detail(done.id))
    assert tab.detail.detail.row.id == done.id
    assert tab.table.selectionModel().selectedRows() == []


def test_a_word_many_hidden_requests_hold_is_counted_only_up_to_the_cap(
    window, qtbot, context
) -> None:
    """Typing never counts every match: past the cap the hint says "More than 100"."""
    tab = window.borrowing
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.NEEDS_ACTION)
    complete = context.requests.search(Side.BORROWING, "e", StateGroup.COMPLETE, limit=10_000)
    assert len(complete) > HINT_CAP  # the demo holds more than the hint counts
    type_and_enter(qtbot, tab.search, "e")
    assert f"More than {HINT_CAP} in Complete" in tab.filter_hint.text()
    assert tab.model.rowCount() > 0  # and the chip's own matches are listed
