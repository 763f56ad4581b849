"""Find lenders from the borrowing request's detail pane (button and key), against two
real Zebra catalogues: hits arrive, a stopped catalogue says so, ticked hits become the rota."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.persistence import orm
from illdesk.services.patrons import PatronInput
from tests.services.zebra_lenders import Catalogues, two_catalogues

LOOM = Citation(title="The loom of destiny", author="Stringer, Arthur", isbn="978-0-8369-3272-0")


@pytest.fixture
def catalogues(tmp_path: Path) -> Iterator[Catalogues]:
    yield from two_catalogues(tmp_path)


@pytest.fixture
def loom_request(context, catalogues: Catalogues):
    with context.requests._db.transaction() as session:
        session.add(
            orm.Partner(
                name="Hudson Valley College",
                symbol="US-NPHVC-X",
                country="US",
                charge=5,
                catalogue_url=catalogues.hudson_url,
                catalogue_database="Default",
            )
        )
        if session.query(orm.Partner).filter_by(symbol="DE-1").first() is None:
            session.add(orm.Partner(name="Staatsbibliothek zu Berlin", symbol="DE-1", country="DE"))
    context.settings.set(
        "catalogue.sru_targets", f"Union | {catalogues.union_url} | Default | marcxml | 952"
    )
    patron = context.patrons.save(
        PatronInput(barcode="P777001", name="Nakamura, Hana", email="hana@example.org")
    )
    return context.requests.create_borrowing(
        patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="Dana"
    )


def _open(window, qtbot, request, *, by_key: bool):
    tab = window.borrowing
    window.tabs.setCurrentWidget(tab)
    tab.set_group(None)
    tab.select_request(request.row.id)
    pane = tab.detail
    if by_key:
        tab.table.setFocus()
        qtbot.keyClick(
            tab.table,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    else:
        button = pane.actions_box.findChild(QPushButton, "find_lenders")
        assert button is not None and "Ctrl+Shift+F" in button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = pane.find_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=60_000)
    return pane, dialog


def _rows(dialog) -> list[tuple[str, ...]]:
    return [
        tuple(dialog.hits.item(r, c).text() for c in range(dialog.hits.columnCount()))
        for r in range(dialog.hits.rowCount())
    ]


def test_button_finds_hits_and_ticked_become_the_rota(window, qtbot, loom_request) -> None:
    pane, dialog = _open(window, qtbot, loom_request, by_key=False)
    rows = _rows(dialog)
    assert (
        "US-NPHVC-X — Hudson Valley College",
        "Hudson Valley College (US-NPHVC-X)",
        "The loom of destiny · Stringer, Arthur · 1899",
        "PR9199.3.S8 L6",
        "",
        "100% same ISBN",
        "00000074",
    ) in rows
    assert any(r[0] == "DE-1 — Staatsbibliothek zu Berlin" and r[4] == "not for loan" for r in rows)
    assert any(r[0] == "XX-NOPE (not in our directory)" for r in rows)
    texts = [dialog.sources.item(i).text() for i in range(dialog.sources.count())]
    assert all("found" in t for t in texts), texts
    assert not dialog.use_button.isEnabled()
    # tick Hudson Valley and Berlin with the keyboard (Space on the row's first cell)
    for wanted in ("US-NPHVC-X", "DE-1"):
        row = next(i for i, r in enumerate(rows) if r[0].startswith(wanted + " "))
        dialog.hits.setFocus()
        dialog.hits.setCurrentCell(row, 0)
        qtbot.keyClick(dialog.hits, Qt.Key.Key_Space)
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.find_dialog is None)
    rota = pane.detail.rota
    assert {(e.symbol, e.record_id, e.status) for e in rota} == {
        ("US-NPHVC-X", "00000074", "waiting"),
        ("DE-1", "00000074", "waiting"),
    }
    assert "record 00000074" in pane.body.text()


def test_key_opens_it_and_a_stopped_catalogue_says_so(
    window, qtbot, loom_request, catalogues
) -> None:
    catalogues.stop_union()
    _pane, dialog = _open(window, qtbot, loom_request, by_key=True)
    texts = {dialog.sources.item(i).text() for i in range(dialog.sources.count())}
    assert any(
        t.startswith("Union: not answering") and "refused the connection" in t for t in texts
    )
    assert any(
        t.startswith("Hudson Valley College (US-NPHVC-X): found — holdings: 1") for t in texts
    )
    assert [r[0] for r in _rows(dialog)] == ["US-NPHVC-X — Hudson Valley College"]
    dialog.reject()


def test_cancel_stops_waiting_for_a_silent_catalogue(window, qtbot, loom_request, context) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # takes the connection, never answers
        port = silent.getsockname()[1]
        union = context.settings.get_str("catalogue.sru_targets")
        context.settings.set(
            "catalogue.sru_targets", f"{union}\nSilent | http://127.0.0.1:{port} | Default"
        )
        context.settings.set("catalogue.search_timeout_seconds", 8.0)
        tab = window.borrowing
        tab.set_group(None)
        tab.select_request(loom_request.row.id)
        qtbot.mouseClick(
            tab.detail.actions_box.findChild(QPushButton, "find_lenders"),
            Qt.MouseButton.LeftButton,
        )
        dialog = tab.detail.find_dialog
        qtbot.waitUntil(lambda: dialog.hits.rowCount() >= 3, timeout=30_000)  # two answered
        assert dialog.searching() and dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.searching(), timeout=30_000)
        assert dialog.hint.text() == "Search cancelled."
        texts = [dialog.sources.item(i).text() for i in range(dialog.sources.count())]
        assert "Silent: no answer" in texts
        assert dialog.hits.rowCount() == 3  # what had answered stays
        dialog.reject()
