"""The copy panel in a request's detail pane: attach by drop and by path, e-mail through a
real SMTP server, rule-of-five hold and clearance, open access, buying instead."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import ActionInput
from illdesk.ui.copies import CopiesContext, copy_actions_widget
from illdesk.ui.copies.clearance_dialog import ClearanceDialog
from illdesk.ui.copies.purchase_dialog import PurchaseDialog
from tests.conftest import FixedClock
from tests.services.copies_support import (
    build_copies,
    copies_settings,
    make_pdf,
    new_copy,
    requested_copy,
    running_smtp,
)


@pytest.fixture
def smtp():
    with running_smtp() as (mailbox, sender):
        yield mailbox, sender


@pytest.fixture
def world(sqlite_db, smtp):
    clock = FixedClock(dt.datetime(2026, 3, 2, 10, 0))
    copies = build_copies(sqlite_db, copies_settings(), clock)
    patron = PatronService(sqlite_db).save(
        PatronInput(
            barcode="P1001",
            name="Nakamura, Hana",
            email="hana@example.org",
            category="faculty",
            request_limit=50,
        )
    )
    with sqlite_db.transaction() as session:
        partner = orm.Partner(name="Hudson Valley College", symbol="US-NPHVC")
        session.add(partner)
        session.flush()
        partner_id = partner.id
    context = CopiesContext(
        copies.requests,
        copies.documents,
        copies.copyright,
        copies.purchasing,
        copies.open_access,
        smtp[1],
        current_staff=lambda: "Dana",
    )
    return copies, context, patron, partner_id, clock


def _panel(qtbot, context, rid):
    widget = copy_actions_widget(context, context.requests.detail(rid))
    assert widget is not None
    qtbot.addWidget(widget)
    widget.open_url = lambda url: True
    return widget


def _drop(widget, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def test_drop_a_pdf_then_email_it(qtbot, world, smtp, tmp_path) -> None:
    copies, context, patron, partner_id, _clock = world
    mailbox, _sender = smtp
    rid = requested_copy(copies, patron.id, partner_id)
    panel = _panel(qtbot, context, rid)
    assert "No PDF attached yet." in panel.document_words.text()
    assert panel.copyright_words.text() == "Request 1 of 5 for this journal in 2026."
    assert panel.compliance is None  # chosen before sourcing
    pdf = make_pdf(tmp_path / "article.pdf")
    with qtbot.waitSignal(panel.changed):
        _drop(panel.drop_area, pdf)
    assert copies.requests.detail(rid).row.state is State.RECEIVED
    panel = _panel(qtbot, context, rid)  # the pane rebuilds it after "changed"
    assert "article.pdf, 2 pages" in panel.document_words.text()
    with qtbot.waitSignals([panel.changed, panel.email_done]):
        qtbot.mouseClick(panel.buttons["email"], Qt.MouseButton.LeftButton)
    [message] = mailbox.messages
    [part] = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert (
        hashlib.sha256(part.get_payload(decode=True)).digest()
        == hashlib.sha256(pdf.read_bytes()).digest()
    )
    panel = _panel(qtbot, context, rid)
    assert panel.buttons["email"].text() == "E-mail again"
    assert "Deleted on 2026-04-01." in panel.document_words.text()


def test_bad_file_is_explained_in_the_panel(qtbot, world, tmp_path) -> None:
    copies, context, patron, partner_id, _clock = world
    rid = requested_copy(copies, patron.id, partner_id)
    panel = _panel(qtbot, context, rid)
    text_file = tmp_path / "notes.pdf"
    text_file.write_text("not really a pdf")
    assert not panel.attach_file(text_file)
    assert panel.message.isVisibleTo(panel) and "is not a PDF" in panel.message.text()
    assert copies.requests.detail(rid).row.state is State.REQUESTED


def test_missing_file_is_explained_and_nothing_changes(qtbot, world, smtp, tmp_path) -> None:
    copies, context, patron, partner_id, _clock = world
    rid = requested_copy(copies, patron.id, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    panel = _panel(qtbot, context, rid)
    copies.documents.current(rid).path.unlink()
    with qtbot.waitSignal(panel.email_done) as done:
        qtbot.mouseClick(panel.buttons["email"], Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert "missing from disk" in panel.message.text()
    assert panel.buttons["email"].isEnabled()
    assert copies.requests.detail(rid).row.state is State.RECEIVED
    assert smtp[0].messages == []


def test_rule_of_five_hold_and_royalty(qtbot, world) -> None:
    copies, context, patron, _partner, clock = world
    for _ in range(5):
        new_copy(copies, patron.id)
        clock.advance(minutes=5)
    rid = new_copy(copies, patron.id)
    panel = _panel(qtbot, context, rid)
    assert panel.copyright_words.text().startswith("Request 6 for this journal in 2026")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.buttons["hold"], Qt.MouseButton.LeftButton)
    assert copies.requests.detail(rid).row.state is State.AWAITING_COPYRIGHT
    panel = _panel(qtbot, context, rid)
    assert "clearance" in panel.buttons

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClearanceDialog)
        dialog.amount.setText("abc")
        dialog.paid_to.setText("")
        dialog.save()  # refused in words, dialog stays open
        assert dialog.form.error_text("amount") and dialog.form.error_text("paid_to")
        dialog.amount.setText("35")
        dialog.paid_to.setText("Copyright Clearance Center")
        dialog.save()

    QTimer.singleShot(0, fill_and_accept)
    with qtbot.waitSignal(panel.changed):
        panel.open_clearance()
    detail = copies.requests.detail(rid)
    assert detail.row.state is State.CITATION_VERIFIED
    assert Action.START_SOURCING in {a.action for a in detail.actions}


def test_override_in_the_dialog(qtbot, world) -> None:
    copies, context, patron, _partner, clock = world
    for _ in range(6):
        rid = new_copy(copies, patron.id)
        clock.advance(minutes=5)
    copies.copyright.hold_if_needed(rid, staff="Dana")
    dialog = ClearanceDialog(context, rid)
    qtbot.addWidget(dialog)
    dialog.override.setChecked(True)
    dialog.save()
    assert dialog.form.error_text("reason") == "An override needs a reason."
    dialog.reason.setText("Back issue not held; publisher out of business")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert copies.requests.detail(rid).row.state is State.CITATION_VERIFIED


def test_compliance_choice_from_the_panel(qtbot, world) -> None:
    copies, context, patron, _partner, _clock = world
    rid = new_copy(copies, patron.id)
    panel = _panel(qtbot, context, rid)
    assert panel.compliance.toolTip() == "Suggested: CCG"
    panel.compliance.setCurrentIndex(panel.compliance.findData("CCL"))
    assert panel.save_compliance()
    assert copies.copyright.status(rid).compliance == "CCL"


def test_open_access_lookups_and_found(qtbot, world, smtp) -> None:
    copies, context, patron, _partner, _clock = world
    rid = new_copy(copies, patron.id)
    panel = _panel(qtbot, context, rid)
    qtbot.mouseClick(panel.buttons["lookup_0"], Qt.MouseButton.LeftButton)
    assert panel.opened == ["https://doi.org/10.1108%2FJD-01-2024-0001"]
    panel.oa_link.setText("ftp://nope")
    assert not panel.mark_open_access()
    assert "web address" in panel.message.text()
    panel.oa_link.setText("https://eprints.example.org/4711/")
    assert panel.mark_open_access()
    assert copies.requests.detail(rid).row.state is State.COMPLETE
    assert copy_actions_widget(context, copies.requests.detail(rid)) is None


def test_purchase_dialog_shows_suggestion_budget_and_orders(qtbot, world) -> None:
    copies, context, patron, _partner, _clock = world
    copies.purchasing.set_budget(2025, Decimal("1000"))
    rid = copies.requests.create_borrowing(
        patron_id=patron.id,
        service_type=ServiceType.LOAN,
        staff="Dana",
        citation=Citation(title="Small Library Futures", year="2025"),
    ).row.id
    copies.requests.perform(rid, Action.VERIFY_CITATION, staff="Dana")
    panel = _panel(qtbot, context, rid)
    assert panel.title() == "Purchase on demand" and "buy" in panel.buttons
    dialog = PurchaseDialog(context, rid, context.requests.detail(rid).row.version)
    qtbot.addWidget(dialog)
    assert dialog.suggestion.text().startswith("Suggest: borrow. Published 2025")
    assert dialog.budget.text() == "Spent 0.00 USD in 2025/26 of 1000.00; 1000.00 left."
    dialog.price.setText("39.90")
    qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
    assert dialog.suggestion.text().startswith("Suggest: buy.")
    assert dialog.cost.text() == "39.90"
    dialog.supplier.setCurrentText("")
    dialog.save()
    assert dialog.form.error_text("supplier") == "Choose the supplier."
    dialog.supplier.setCurrentText("Publisher site")
    dialog.findChild(QLineEdit, "order_number").setText("PO-9")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert copies.requests.detail(rid).row.state is State.PURCHASE_ORDERED
    assert copies.purchasing.budget(2025).left == Decimal("960.10")


def test_nothing_for_lending_or_finished_loans(qtbot, world) -> None:
    copies, context, patron, _partner, _clock = world
    rid = copies.requests.create_borrowing(
        patron_id=patron.id,
        service_type=ServiceType.LOAN,
        staff="Dana",
        citation=Citation(title="Old Book", year="1990"),
    ).row.id
    copies.requests.perform(
        rid, Action.CANCEL, staff="Dana", given=ActionInput(note="No longer needed")
    )
    assert copy_actions_widget(context, copies.requests.detail(rid)) is None


def test_purge_timer_runs_the_purge(qtbot, world, smtp, tmp_path) -> None:
    from illdesk.ui.copies.purge_timer import PurgeTimer

    copies, context, patron, partner_id, clock = world
    rid = requested_copy(copies, patron.id, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    copies.documents.deliver_by_email(rid, smtp[1], staff="Dana")
    timer = PurgeTimer(copies.documents)
    with qtbot.waitSignal(timer.purged) as caught:
        clock.advance(days=30)
        timer.start()
    assert caught.args == [[copies.requests.detail(rid).row.number]]
    assert timer.timer.isActive()
    timer.timer.stop()
    assert not copies.documents.current(rid).available


def test_sending_survives_the_panel_going_away(qtbot, world, smtp, tmp_path) -> None:
    from illdesk.ui.copies import copy_panel

    copies, context, patron, partner_id, _clock = world
    rid = requested_copy(copies, patron.id, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    panel = copy_actions_widget(context, copies.requests.detail(rid))
    assert panel is not None
    panel.deliver_email()
    assert not panel.buttons["email"].isEnabled()
    panel.deleteLater()  # staff moved on to another request
    qtbot.waitUntil(lambda: not copy_panel._RUNNING)
    assert len(smtp[0].messages) == 1
    assert copies.requests.detail(rid).row.state is State.DELIVERED


def test_delete_a_delivered_pdf_now(qtbot, world, smtp, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    copies, context, patron, partner_id, _clock = world
    rid = requested_copy(copies, patron.id, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    panel = _panel(qtbot, context, rid)
    assert "delete_now" not in panel.buttons  # not delivered yet: replace it instead
    copies.documents.deliver_by_email(rid, smtp[1], staff="Dana")
    stored = copies.documents.current(rid).path
    panel = _panel(qtbot, context, rid)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    qtbot.mouseClick(panel.buttons["delete_now"], Qt.MouseButton.LeftButton)
    assert stored.exists() and copies.documents.current(rid).available  # answered No
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.buttons["delete_now"], Qt.MouseButton.LeftButton)
    doc = copies.documents.current(rid)
    assert not doc.available and not stored.exists()
    history = copies.requests.detail(rid).history[-1]
    assert (history.action, history.note) == (
        "purge_document",
        "a.pdf deleted. Deleted by Dana before its purge date.",
    )
    assert "was deleted" in panel.message.text()
    with pytest.raises(Exception, match="no stored PDF"):
        copies.documents.delete_now(rid, staff="Dana")
