"""Returning a borrowed book to a lender abroad prints the label and a customs form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.patrons import PatronInput
from illdesk.services.scanning import ScanMode


def test_return_to_a_lender_abroad_prints_label_and_cn22(window, qtbot, context) -> None:
    berlin = next(p for p in context.directory.partners() if p.symbol == "DE-1")
    patron = context.patrons.save(
        PatronInput(barcode="P555000", name="Weber, Lina", email="lina@example.org")
    )
    rid = context.requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Buddenbrooks", author="Mann, Thomas"),
        service_type=ServiceType.LOAN,
        staff="Luis",
    ).row.id
    context.requests.perform(rid, Action.VERIFY_CITATION, staff="Luis")
    context.requests.perform(rid, Action.START_SOURCING, staff="Luis")
    context.requests.set_rota(rid, [berlin.id], staff="Luis")
    for action in (
        Action.SEND_TO_LENDER,
        Action.LENDER_SHIPPED,
        Action.RECEIVE,
        Action.CHECK_OUT,
        Action.CHECK_IN,
    ):
        done = context.requests.perform(rid, action, staff="Luis")
    assert done.detail.row.state is State.RETURNED_BY_PATRON
    station = window.borrowing.station
    station.set_mode(ScanMode.RETURN_TO_LENDER)
    before = len(window.printer.saved)
    qtbot.keyClicks(station.box, done.detail.row.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert context.requests.detail(rid).row.state is State.RETURNED_TO_LENDER
    qtbot.waitUntil(lambda: not window.after_commit.busy())  # drawn after the commit
    printed = [p.name for p in window.printer.saved[before:]]
    assert [n.split("-B-")[0] for n in printed] == ["shipping-label", "cn22"]
