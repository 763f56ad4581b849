"""The notice queue window and the status-bar count, with a real local SMTP server."""

from __future__ import annotations

import socket

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink

from illdesk.domain.vocabulary import Action, Side, State
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.ui.notices_view import NoticesDialog


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_port():
    controller = Controller(Sink(), hostname="127.0.0.1", port=_port())
    controller.start()
    yield controller.port
    controller.stop()


def _receive_one(context):
    target = next(
        r
        for r in context.requests.search(Side.BORROWING, limit=1000)
        if r.state is State.SHIPPED_BY_LENDER
    )
    context.requests.perform(target.id, Action.RECEIVE, staff="Dana")
    return target


def test_queue_shows_and_sends(qtbot, context, smtp_port, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    target = _receive_one(context)
    context.notice_sender = SmtpSender("127.0.0.1", smtp_port, sender="ill@x.org")
    dialog = NoticesDialog(context)
    qtbot.addWidget(dialog)
    numbers = [n.request_number for n in dialog.model.rows()]
    assert target.number in numbers
    row = numbers.index(target.number)
    dialog.table.selectRow(row)
    assert "Ready for pickup" in dialog.preview.toPlainText()
    dialog.send_now()
    qtbot.waitUntil(
        lambda: target.number not in [n.request_number for n in dialog.model.rows()], timeout=20000
    )
    assert context.requests.detail(target.id).row.state in (State.AWAITING_PICKUP, State.RECEIVED)


def test_status_bar_counts_failures(window, qtbot, context) -> None:
    _receive_one(context)
    context.notice_sender = SmtpSender("127.0.0.1", _port(), sender="ill@x.org", timeout=2)
    window.send_notices_in_background()
    qtbot.waitUntil(lambda: "failing" in window.notice_label.text(), timeout=20000)
