"""Search as you type in a request tab: the list sorts itself when a header is clicked
(and keeps that order as more rows come in), a letter that finds the same requests leaves
the list as it is, and each keystroke shows the rows and the chip's hint of one reading."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QPoint, Qt

from illdesk.domain.citation import Citation
from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import ServiceType, Side
from illdesk.ui.request_tab import PAGE_ROWS

TITLE, UPDATED = 3, 9


def _typed(qtbot, tab, text: str) -> None:
    """Keys into the search box, then the typing pause that searches."""
    tab.search.setFocus()
    tab.search.selectAll()
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: tab.search.text() == text and not tab._search_timer.isActive())
    qtbot.waitUntil(lambda: not tab.hints.busy())  # the chip's hint, counted on the worker


def _click_header(qtbot, tab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _shown(tab) -> list[str]:
    """The numbers in the order the list shows them (through its proxy)."""
    return [tab.model.index(i, 0).data() for i in range(tab.model.rowCount())]


def _titles(tab) -> list[str]:
    return [tab.model.index(i, TITLE).data() for i in range(tab.model.rowCount())]


def test_a_header_click_sorts_the_list_and_keeps_the_chosen_request(qtbot, window, context) -> None:
    tab = window.borrowing
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    newest_first = [r.number for r in context.requests.search(Side.BORROWING, limit=PAGE_ROWS)]
    assert _shown(tab) == newest_first
    tab.table.selectRow(5)
    chosen = tab.detail.detail.row.number
    _click_header(qtbot, tab, TITLE)
    titles = _titles(tab)
    assert titles == sorted(titles) or titles == sorted(titles, reverse=True)
    assert sorted(_shown(tab)) == sorted(newest_first)
    selected = tab.table.selectionModel().selectedRows()
    assert [tab.model.index(i.row(), 0).data() for i in selected] == [chosen]
    _click_header(qtbot, tab, TITLE)
    again = _titles(tab)
    assert again == sorted(again, reverse=titles == sorted(titles))
    _click_header(qtbot, tab, UPDATED)
    if tab.table.horizontalHeader().sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        _click_header(qtbot, tab, UPDATED)
    assert _shown(tab) == newest_first
    assert tab.detail.detail.row.number == chosen


def test_rows_fetched_while_sorted_take_their_places(qtbot, window, context) -> None:
    tab = window.borrowing
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    _click_header(qtbot, tab, TITLE)
    if tab.table.horizontalHeader().sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        _click_header(qtbot, tab, TITLE)
    total = len(context.requests.search(Side.BORROWING, limit=10_000))
    assert total > PAGE_ROWS and tab.model.rowCount() == PAGE_ROWS
    tab.table.setFocus()
    while tab.model.canFetchMore():
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
    assert tab.model.rowCount() == total
    titles = _titles(tab)
    assert titles == sorted(titles)
    # a new search keeps the order staff chose
    _typed(qtbot, tab, "a")
    titles = _titles(tab)
    assert titles and titles == sorted(titles)


def test_a_letter_that_finds_the_same_requests_leaves_the_list_as_it_is(
    qtbot, window, context
) -> None:
    patron = next(
        p for p in context.patrons.search("") if not p.card_expired and not p.blocked_reason
    )
    made = context.requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Quodlibetarian marginalia"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    tab = window.borrowing
    tab.set_group(StateGroup.NEEDS_ACTION)
    _typed(qtbot, tab, "quodlibetaria")
    assert _shown(tab) == [made.row.number]
    assert tab.detail.detail is not None and tab.detail.detail.row.id == made.row.id
    resets: list[bool] = []
    tab.model.modelAboutToBeReset.connect(lambda: resets.append(True))
    qtbot.keyClicks(tab.search, "n")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    assert tab.search.text() == "quodlibetarian"
    assert _shown(tab) == [made.row.number] and resets == []
    assert tab.detail.detail.row.id == made.row.id
    assert tab.count_label.text() == "1 shown"
    # a letter that finds another list does show it
    qtbot.keyClicks(tab.search, "q")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    assert _shown(tab) == [] and resets == [True]
    assert tab.detail.detail is None


def test_a_keystroke_shows_its_rows_before_the_hint_is_counted(
    qtbot, window, context, monkeypatch
) -> None:
    """The list of a keystroke is read and drawn at once; what the chip hides ("N more in
    …") is counted on a worker thread meanwhile and shown when it comes, the same answer
    as asking for it on its own.  A count of an older text is never shown over a newer."""
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.NEEDS_ACTION)
    counting = threading.Event()
    let_go = threading.Event()
    hidden_by_group = context.requests.hidden_by_group

    def slow_count(side, text, group):
        if text == "man":
            counting.set()
            let_go.wait(10)
        return hidden_by_group(side, text, group)

    monkeypatch.setattr(context.requests, "hidden_by_group", slow_count)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "man")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive() and counting.is_set())
    rows = context.requests.search_page(Side.LENDING, "man", StateGroup.NEEDS_ACTION, limit=100)
    assert [r.number for r in tab.model.rows()] == [r.number for r in rows]  # shown already
    assert tab.hints.busy() and tab.filter_hint.text() == ""
    qtbot.keyClicks(tab.search, "n")  # "mann" typed while "man" is still being counted
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    let_go.set()
    qtbot.waitUntil(lambda: not tab.hints.busy())
    hidden = hidden_by_group(Side.LENDING, "mann", StateGroup.NEEDS_ACTION)
    assert hidden, "the demo has finished requests by Mann"
    assert tab.filter_hint.text() == tab._hint(hidden)  # the newer text's count only


def test_letter_by_letter_the_hint_changes_and_nothing_else_moves(qtbot, window) -> None:
    """The count and the chip's hint have a line of their own under the chips: once the
    hint is there, letter after letter changes its counts while the list, the chips and
    the window keep their places and sizes, and the hint is shown whole."""
    tab = window.borrowing
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.NEEDS_ACTION)
    _typed(qtbot, tab, "m")
    assert tab.filter_hint.text()
    chips = tab.findChild(QObject, "chip_complete")
    placed = (window.size(), tab.table.geometry(), chips.geometry(), tab.status.geometry())
    hints = {tab.filter_hint.text()}
    for letter in "ann":
        qtbot.keyClicks(tab.search, letter)
        qtbot.waitUntil(lambda: not tab._search_timer.isActive())
        hints.add(tab.filter_hint.text())
        assert (window.size(), tab.table.geometry(), chips.geometry(), tab.status.geometry()) == (
            placed
        )
        assert tab.filter_hint.width() >= tab.filter_hint.sizeHint().width()  # not cut off
        assert tab.status.geometry().top() > chips.geometry().bottom()  # under the chips
    assert len(hints) > 1, "the counts changed as the letters came"
