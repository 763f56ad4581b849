"""Patron notices through a real local SMTP server (aiosmtpd), with failures kept for retry."""

from __future__ import annotations

import datetime as dt
import email
import socket
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.services.notice_templates import render
from illdesk.services.notices import NoticeService
from illdesk.services.patrons import PatronInput
from illdesk.services.requests import ActionInput
from tests.services.borrowing_support import send_to_lender


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.endswith("@bounce.example.org"):
            return "550 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield mailbox, controller.port
    controller.stop()


def received_request(requests_service, patron, partners, clock):
    rid = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Der Zauberberg", author="Mann, Thomas"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row.id
    send_to_lender(requests_service, rid, partners, staff="Dana")
    requests_service.perform(
        rid, Action.RECEIVE, staff="Dana", given=ActionInput(due_date=dt.date(2026, 4, 1))
    )
    return rid


def test_ready_for_pickup_arrives_and_moves_the_request(
    db, settings, clock, requests_service, patron, partners, smtp_server
) -> None:
    mailbox, port = smtp_server
    rid = received_request(requests_service, patron, partners, clock)
    notices = NoticeService(db, settings, clock)
    queued = notices.list()
    assert [(n.kind, n.status, n.recipient) for n in queued] == [
        ("ready_for_pickup", "queued", "hana@example.org")
    ]
    sender = SmtpSender("127.0.0.1", port, sender="ill@millbrook.example.org")
    report = notices.send_due(sender)
    assert (report.sent, report.failed) == (1, 0)
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert message["To"] == "hana@example.org"
    assert message["Subject"] == "Ready for pickup: Der Zauberberg"
    body = message.get_payload(decode=True).decode()
    assert "Dear Hana Nakamura," in body and "2026-03-29" in body and "Hudson Valley" in body
    detail = requests_service.detail(rid)
    assert detail.row.state is State.AWAITING_PICKUP
    assert "e-mailed to hana@example.org" in detail.history[-1].note
    assert notices.list() == []


def test_server_down_keeps_notice_queued_then_retries(
    db, settings, clock, requests_service, patron, partners, smtp_server
) -> None:
    mailbox, port = smtp_server
    rid = received_request(requests_service, patron, partners, clock)
    notices = NoticeService(db, settings, clock)
    down = SmtpSender("127.0.0.1", _free_port(), sender="ill@x.org", timeout=2)
    report = notices.send_due(down)
    assert (report.sent, report.failed) == (0, 1)
    [waiting] = notices.list()
    assert waiting.status == "queued" and waiting.attempts == 1
    assert "cannot be reached" in waiting.last_error
    assert waiting.next_attempt_at == clock() + dt.timedelta(minutes=5)
    up = SmtpSender("127.0.0.1", port, sender="ill@x.org")
    assert notices.send_due(up).sent == 0  # not due yet
    clock.advance(minutes=6)
    assert notices.send_due(up).sent == 1
    assert len(mailbox.messages) == 1
    assert requests_service.detail(rid).row.state is State.AWAITING_PICKUP


def test_bad_address_is_kept_with_the_reason(
    db, settings, clock, requests_service, patrons, partners, smtp_server
) -> None:
    _, port = smtp_server
    bouncing = patrons.save(
        PatronInput(barcode="P200002", name="Quinn, Rosa", email="rosa@bounce.example.org")
    )
    received_request(requests_service, bouncing, partners, clock)
    notices = NoticeService(db, settings, clock)
    notices.send_due(SmtpSender("127.0.0.1", port, sender="ill@x.org"))
    [kept] = notices.list()
    assert "refused the address" in kept.last_error and "550" in kept.last_error
    notices.retry_now(kept.id)
    assert notices.get(kept.id).next_attempt_at == clock()


def test_patron_without_email_gets_a_paper_notice(
    db, settings, clock, requests_service, patrons, partners
) -> None:
    paper = patrons.save(PatronInput(barcode="P300003", name="Varga, Sven", notice_channel="print"))
    rid = received_request(requests_service, paper, partners, clock)
    notices = NoticeService(db, settings, clock)
    [to_print] = notices.list()
    assert to_print.channel == "print" and to_print.status == "to_print"
    notices.mark_printed(to_print.id, staff="Dana")
    assert requests_service.detail(rid).row.state is State.AWAITING_PICKUP


def test_templates_are_sandboxed_and_broken_ones_explained() -> None:
    assert render("Hi {{ patron_name }}", "x", {"patron_name": "Zoë"}).subject == "Hi Zoë"
    with pytest.raises(ValidationFailed, match="cannot be used"):
        render("{{ nonsense_field }}", "", {"patron_name": "Zoë"})
    with pytest.raises(ValidationFailed):
        render("{{ ''.__class__.__mro__[1].__subclasses__() }}", "", {})


def test_overdue_loan_to_an_email_partner_gets_a_reminder(
    db, settings, clock, requests_service, partners, smtp_server
) -> None:
    import datetime as dt

    from illdesk.persistence import orm

    mailbox, port = smtp_server
    with db.transaction() as session:
        partner = session.get(orm.Partner, partners[1])
        partner.email = "fernleihe@sbb.example.de"
    rid = requests_service.create_lending(
        partner_id=partners[1],
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="D",
        external_id="SBB-4711",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(rid, Action.PULL, staff="D", given=ActionInput(item_barcode="X1"))
    requests_service.perform(
        rid, Action.SHIP, staff="D", given=ActionInput(due_date=dt.date(2026, 3, 10))
    )
    clock.advance(days=10)
    assert requests_service.mark_overdues()
    notices = NoticeService(db, settings, clock)
    [reminder] = [n for n in notices.list() if n.kind == "partner_overdue"]
    assert reminder.recipient == "fernleihe@sbb.example.de"
    assert "your request SBB-4711" in reminder.body
    notices.send_due(SmtpSender("127.0.0.1", port, sender="ill@x.org"))
    assert mailbox.messages[-1]["Subject"].startswith("Overdue interlibrary loan")


def test_the_app_sender_reads_the_mail_settings_when_it_sends(settings) -> None:
    """A desk's own mail values arrive after start; the sender must not have kept the old."""
    from illdesk.interop.smtp_sender import SettingsSmtpSender
    from tests.services.copies_support import running_smtp

    sender = SettingsSmtpSender(settings)
    with running_smtp() as (mailbox, direct):
        settings.set("mail.host", direct.host)
        settings.set("mail.port", direct.port)
        sender.send("hana@example.org", "Ready for pickup", "Your book is here.")
    assert [m["To"] for m in mailbox.messages] == ["hana@example.org"]
