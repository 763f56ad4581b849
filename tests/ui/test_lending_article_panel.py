"""The lending article box in the detail pane: attach our scan through the file chooser or by
drop, send it to the borrowing library through a real SMTP server, send it again; refusals
shown in words."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from illdesk.composition import build_context
from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.persistence import orm
from illdesk.services.requests import ActionInput
from illdesk.ui.copies import CopiesContext, copy_actions_widget, document_box
from illdesk.ui.copies.lending_copy_panel import LendingCopyPanel
from tests.conftest import FixedClock
from tests.services.copies_support import (
    article,
    build_copies,
    copies_settings,
    lending_copy,
    make_pdf,
    pdf_parts,
    running_smtp,
)
from tests.ui.test_copies_panel import _drop

PARTNER_MAIL = "ill@hvc.example.edu"


@pytest.fixture
def smtp():
    with running_smtp() as (mailbox, sender):
        yield mailbox, sender


def _partner(db, symbol: str, email: str, endpoint: str = "") -> int:
    with db.transaction() as session:
        partner = orm.Partner(
            name=f"Library {symbol}", symbol=symbol, email=email, iso18626_endpoint=endpoint
        )
        session.add(partner)
        session.flush()
        return partner.id


@pytest.fixture
def world(sqlite_db, smtp):
    clock = FixedClock(dt.datetime(2026, 3, 2, 10, 0))
    copies = build_copies(sqlite_db, copies_settings(), clock)
    partner_id = _partner(sqlite_db, "US-NPHVC", PARTNER_MAIL)
    context = CopiesContext(
        copies.requests,
        copies.documents,
        copies.copyright,
        copies.purchasing,
        copies.open_access,
        smtp[1],
        current_staff=lambda: "Dana",
    )
    return copies, context, partner_id, clock


def _panel(qtbot, context, rid) -> LendingCopyPanel:
    widget = copy_actions_widget(context, context.requests.detail(rid))
    assert isinstance(widget, LendingCopyPanel)
    qtbot.addWidget(widget)
    widget.open_url = lambda url: True
    return widget


def test_attach_by_file_chooser_send_and_send_again(
    qtbot, world, smtp, tmp_path, monkeypatch
) -> None:
    copies, context, partner_id, _clock = world
    mailbox, _sender = smtp
    rid = lending_copy(copies, partner_id)
    panel = _panel(qtbot, context, rid)
    assert panel.title() == "Article copy for US-NPHVC"
    assert panel.document_words.text() == "No PDF attached yet."
    assert panel.recipient_words.text() == f"To: Library US-NPHVC <{PARTNER_MAIL}>"
    assert panel.buttons["attach"].text() == "Attach scanned PDF…"
    assert "send" not in panel.buttons and panel.drop_area is not None
    pdf = make_pdf(tmp_path / "scan 0042.pdf", pages=4)
    asked: list[str] = []

    def choose(*args, **kwargs):
        asked.append(args[1])
        return str(pdf), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    assert asked == ["Attach the PDF"]
    assert panel.message.text() == "scan 0042.pdf attached."
    assert copies.requests.detail(rid).row.state is State.SCANNED

    panel = _panel(qtbot, context, rid)  # the pane rebuilds it after "changed"
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert panel.document_words.text().startswith("PDF: scan 0042.pdf · 4 pages · ")
    assert panel.document_words.text().endswith(f"SHA-256 {sha[:12]}…")
    assert panel.buttons["attach"].text() == "Replace PDF…"
    assert panel.buttons["send"].text() == "Send to US-NPHVC by e-mail"
    with qtbot.waitSignals([panel.changed, panel.email_done]):
        qtbot.mouseClick(panel.buttons["send"], Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Sent to US-NPHVC."
    [message] = mailbox.messages
    assert message["To"] == PARTNER_MAIL
    [content] = pdf_parts(message)
    assert hashlib.sha256(content).hexdigest() == sha
    assert copies.requests.detail(rid).row.state is State.COMPLETE

    panel = _panel(qtbot, context, rid)
    assert panel.drop_area is None and "attach" not in panel.buttons
    assert panel.buttons["send"].text() == "Send again"
    assert panel.sent_before.text() == (
        f"Sent on 2026-03-02 10:00 to {PARTNER_MAIL} (PDF attached)."
    )
    assert "Deleted on 2026-04-01." in panel.document_words.text()
    with qtbot.waitSignal(panel.email_done) as done:
        qtbot.mouseClick(panel.buttons["send"], Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert len(mailbox.messages) == 2
    assert copies.requests.detail(rid).history[-1].action == "resend_document"
    qtbot.waitUntil(lambda: not document_box.SENDING)


def test_drop_after_holdings_check_and_bad_file_explained(qtbot, world, tmp_path) -> None:
    copies, context, partner_id, _clock = world
    rid = lending_copy(copies, partner_id)
    copies.requests.perform(rid, Action.CHECK_HOLDINGS, staff="Dana")
    panel = _panel(qtbot, context, rid)
    fake = tmp_path / "scan.pdf"
    fake.write_text("this is a text file")
    assert not panel.attach_file(fake)
    assert panel.message.isVisibleTo(panel) and "is not a PDF" in panel.message.text()
    assert copies.requests.detail(rid).row.state is State.HOLDINGS_CHECKED
    with qtbot.waitSignal(panel.changed):
        _drop(panel.drop_area, make_pdf(tmp_path / "good.pdf"))
    assert copies.requests.detail(rid).row.state is State.SCANNED
    assert copies.documents.current(rid).filename == "good.pdf"


def test_partner_without_email_cannot_be_sent_to(qtbot, world, sqlite_db, smtp, tmp_path) -> None:
    copies, context, _partner_id, _clock = world
    iso_only = _partner(sqlite_db, "FR-NORD", "", "https://ill.nord.example.fr/iso18626")
    rid = lending_copy(copies, iso_only)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    panel = _panel(qtbot, context, rid)
    words = (
        "FR-NORD (Library FR-NORD) has no e-mail address for copies; add one in Partner libraries."
    )
    assert panel.recipient_words.text() == words
    assert not panel.buttons["send"].isEnabled()
    assert panel.buttons["send"].toolTip() == words
    assert smtp[0].messages == []


def test_smtp_failure_is_shown_and_nothing_changes(qtbot, world, tmp_path) -> None:
    copies, context, partner_id, _clock = world
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = int(s.getsockname()[1])
    context.notice_sender = SmtpSender("127.0.0.1", closed_port, sender="ill@example.org")
    rid = lending_copy(copies, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    panel = _panel(qtbot, context, rid)
    with qtbot.waitSignal(panel.email_done) as done:
        qtbot.mouseClick(panel.buttons["send"], Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert "cannot be reached" in panel.message.text()
    assert panel.buttons["send"].isEnabled()
    assert copies.requests.detail(rid).row.state is State.SCANNED
    assert copies.documents.deliveries(rid) == []


def test_no_box_for_loans_finished_or_purged_copies(qtbot, world, smtp, tmp_path) -> None:
    copies, context, partner_id, clock = world
    loan = copies.requests.create_lending(
        partner_id=partner_id,
        citation=Citation(title="A Book", year="2001"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row.id
    assert copy_actions_widget(context, copies.requests.detail(loan)) is None
    cancelled = lending_copy(copies, partner_id)
    copies.requests.perform(
        cancelled, Action.CANCEL, staff="Dana", given=ActionInput(note="Duplicate")
    )
    assert copy_actions_widget(context, copies.requests.detail(cancelled)) is None
    sent = lending_copy(copies, partner_id)
    copies.documents.attach(sent, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    copies.documents.deliver_by_email(sent, smtp[1], staff="Dana")
    assert copy_actions_widget(context, copies.requests.detail(sent)) is not None
    clock.advance(days=30)
    assert copies.documents.purge_due() == [copies.requests.detail(sent).row.number]
    assert copy_actions_widget(context, copies.requests.detail(sent)) is None


def test_detail_pane_shows_the_box_and_reloads(
    qtbot, sqlite_db, smtp, tmp_path, monkeypatch
) -> None:
    from illdesk.ui.detail_pane import DetailPane

    desk = build_context(sqlite_db)
    desk.notice_sender = smtp[1]
    desk.current_staff = lambda: "Dana"
    partner_id = _partner(sqlite_db, "US-NPHVC", PARTNER_MAIL)
    rid = desk.requests.create_lending(
        partner_id=partner_id,
        citation=article(),
        service_type=ServiceType.COPY,
        staff="Dana",
        external_id="HVC-42",
    ).row.id
    pane = DetailPane(desk)
    qtbot.addWidget(pane)
    pane.show_detail(desk.requests.detail(rid))
    panel = pane.findChild(LendingCopyPanel)
    assert panel is not None
    pdf = make_pdf(tmp_path / "scan.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(panel.buttons["attach"], Qt.MouseButton.LeftButton)
    assert pane.detail is not None and pane.detail.row.state is State.SCANNED
    qtbot.waitUntil(lambda: _live_panel(pane) is not None and "send" in _live_panel(pane).buttons)
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(_live_panel(pane).buttons["send"], Qt.MouseButton.LeftButton)
    assert pane.detail.row.state is State.COMPLETE
    assert [m["To"] for m in smtp[0].messages] == [PARTNER_MAIL]


def _live_panel(pane) -> LendingCopyPanel | None:
    panel = pane._copy_panel  # noqa: SLF001 (the box the pane shows now)
    return panel if isinstance(panel, LendingCopyPanel) else None
