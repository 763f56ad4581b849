"""The outbox dialog on a real database: a message to a partner that is down shows as queued
with the reason; the partner comes back; "Retry now" sends it at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from illdesk.domain.vocabulary import Action
from illdesk.interop.iso18626.transport.outbox_items import OutboxState
from illdesk.interop.iso18626.transport.server import Iso18626Server
from illdesk.persistence import orm
from illdesk.services.outbox_view import OutboxViewService
from illdesk.ui.peer.outbox_dialog import OutboxDialog
from tests.conftest import FixedClock
from tests.services.peer_support import LENDER, Library, new_borrowing, two_libraries


@pytest.fixture
def pair(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Library, Library]]:
    with two_libraries(tmp_path, clock) as libraries:
        yield libraries


def _cell(dialog: OutboxDialog, row: int, title: str) -> str:
    model = dialog.model
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return str(model.data(model.index(row, column)))
    raise KeyError(title)


def test_retry_now_sends_a_message_that_waited_for_a_partner(
    qtbot, pair: tuple[Library, Library], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    borrower, lender = pair
    server = lender.runtime.server
    assert server is not None
    host, port = server.address
    lender_url = lender.url
    server.stop()
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender_url))
    borrower.do(ours, Action.SEND_TO_LENDER)  # the worker tries at once and fails
    service = OutboxViewService(borrower.db, wake=borrower.runtime.wake)
    qtbot.waitUntil(lambda: service.rows()[0].attempts == 1, timeout=10000)

    dialog = OutboxDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert _cell(dialog, 0, "State") == "Queued"
    assert _cell(dialog, 0, "Message") == "Request New"
    assert _cell(dialog, 0, "Partner") == f"Library {LENDER} (ISIL:{LENDER})"
    assert "no answer from" in _cell(dialog, 0, "Reason")
    assert _cell(dialog, 0, "Next attempt") != ""
    assert "1 queued, 0 failed, 0 sent" in dialog.summary.text()
    assert not dialog.retry_button.isEnabled()
    dialog.grab().save(str(tmp_path / "outbox-queued.png"))

    back = Iso18626Server(
        lender.runtime.handler, server.schema, server.access, host=host, port=port
    )
    back.start()
    try:
        dialog.table.selectRow(0)
        assert dialog.retry_button.isEnabled()
        dialog.retry_button.click()
        assert dialog.status.text() == "Queued for sending now."
        qtbot.waitUntil(
            lambda: (
                dialog.model.rowCount() == 1 and dialog.model.row_at(0).state is OutboxState.SENT
            ),
            timeout=10000,
        )
    finally:
        back.stop()
    assert _cell(dialog, 0, "State") == "Sent"
    assert _cell(dialog, 0, "Reason") == ""
    assert "0 queued, 0 failed, 1 sent" in dialog.summary.text()
    assert not dialog.retry_button.isEnabled()
    assert len(lender.lending_requests()) == 1
    dialog.grab().save(str(tmp_path / "outbox-sent.png"))

    dialog.show_sent.setChecked(False)
    assert dialog.model.rowCount() == 0


def test_a_failed_message_is_shown_in_red_with_its_reason(
    qtbot, sqlite_db, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.transaction() as session:
        partner = orm.Partner(
            name="Hudson Valley College",
            symbol="US-NPHVC",
            iso18626_endpoint="http://127.0.0.1:9/iso18626",
        )
        session.add(partner)
        session.flush()
        session.add(
            orm.OutboxMessage(
                partner_id=partner.id,
                partner_agency="ISIL:US-NPHVC",
                endpoint="http://x/",
                body=b"<ill:status>Loaned</ill:status>",
                kind="supplyingAgencyMessage",
                request_ref="L-2026-000007",
                attempts=8,
                state="failed",
                last_error="the partner refused it (UnrecognisedDataValue: no such request)",
            )
        )
    dialog = OutboxDialog(OutboxViewService(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert _cell(dialog, 0, "State") == "Failed"
    assert _cell(dialog, 0, "Message") == "Status Loaned"
    background = dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == "#fde2e1"
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled()
    dialog.retry_button.click()  # no worker here: it is queued and waits for one
    assert _cell(dialog, 0, "State") == "Queued"
    assert _cell(dialog, 0, "Attempts") == "0"
    dialog.close()
