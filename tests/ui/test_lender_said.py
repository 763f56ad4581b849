"""What the lender said, as the desk sees it in the detail pane: the lender's due date
beside the patron's, the lender's overdue notice as a red line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from tests.services.partner_support import foreign


def _lent_request(context) -> tuple[int, str, str]:
    """A demo borrowing loan the lender has sent: its id, number, lender's symbol."""
    for row in context.requests.search(Side.BORROWING, limit=10000):
        if row.state is State.SHIPPED_BY_LENDER and row.service_type is ServiceType.LOAN:
            return row.id, row.number, row.partner
    raise AssertionError("the demo data has a request with a lender")


def import_file(window, tmp_path: Path, name: str, body: bytes) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_bytes(body)
    window.tabs.setCurrentWidget(window.lending)
    window.lending.import_message(str(path))
    assert window.lending.station.result.text().startswith("Imported "), (
        window.lending.station.result.text()
    )


def show(window, request_id: int) -> str:
    tab = window.borrowing
    window.tabs.setCurrentWidget(tab)
    tab.search.clear()
    tab.set_group(None)
    tab.refresh()
    assert tab.select_request(request_id)
    return tab.detail.body.text()


def test_detail_pane_shows_the_lenders_due_date_and_overdue(window, context, tmp_path) -> None:
    request_id, number, lender = _lent_request(context)
    us = context.settings.get_str("library.symbol")
    values = {"number": number, "lender": lender, "borrower": us, "due": "2026-03-20T23:59:00Z"}
    import_file(window, tmp_path, "loaned", foreign("loaned", **values))
    body = show(window, request_id)
    assert "Due to the lender" in body and "2026-03-20" in body
    import_file(window, tmp_path, "overdue", foreign("overdue", **values))
    body = show(window, request_id)
    assert "color:#c53030" in body
    assert "The lender says this loan is overdue" in body


def _asked_request(context) -> tuple[int, str, str]:
    """The demo request still being sourced, sent to a demo lender: id, number, symbol."""
    row = next(
        r for r in context.requests.search(Side.BORROWING, limit=10000) if r.state is State.SOURCING
    )
    partner = context.directory.partners()[0]
    context.requests.set_rota(row.id, [partner.id], staff="Dana")
    context.requests.perform(row.id, Action.SEND_TO_LENDER, staff="Dana")
    return row.id, row.number, partner.symbol


def test_the_lenders_offer_is_shown_before_staff_accept_it(
    window, context, qtbot, tmp_path
) -> None:
    request_id, number, lender = _asked_request(context)
    us = context.settings.get_str("library.symbol")
    body = foreign(
        "retry_cost", number=number, lender=lender, borrower=us, retry_after="2026-03-09T00:00:00Z"
    )
    import_file(window, tmp_path, "retry", body)
    shown = show(window, request_id)
    for words in ("Cost offered by the lender", "35.00 USD", "Ask again after", "2026-03-09"):
        assert words in shown
    assert "Library use only (LibraryUseOnly)" in shown
    accept = window.borrowing.detail.findChild(QPushButton, "action_accept_conditions")
    assert accept is not None
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert context.requests.detail(request_id).row.state is State.REQUESTED


def test_a_lenders_unfilled_is_a_red_line_in_the_pane(window, context, tmp_path) -> None:
    request_id, number, lender = _asked_request(context)
    us = context.settings.get_str("library.symbol")
    import_file(
        window, tmp_path, "unfilled", foreign("unfilled", number=number, lender=lender, borrower=us)
    )
    shown = show(window, request_id)
    assert f"{lender} could not supply it: Not on the shelf." in shown
    assert "color:#c53030" in shown
    window.borrowing.detail.grab().save(str(tmp_path / "pane.png"))
