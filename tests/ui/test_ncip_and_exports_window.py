"""NCIP in the window (a failed call shown on the request, Retry and Dismiss; LookupUser at
intake) and File → Export, driven like a person does."""

from __future__ import annotations

import pymarc
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from illdesk.domain.vocabulary import Side, State
from illdesk.services.patrons import PatronInput
from tests.corpus_path import CORPUS
from tests.interop.conftest import free_port
from tests.interop.test_ncip_responder import NcipResponder

XSD = CORPUS / "ncip" / "ncip_v2_02.xsd"


def _ncip_on(settings, url: str) -> None:
    settings.set("ncip.enabled", True)
    settings.set("ncip.endpoint_url", url)
    settings.set("ncip.to_agency_id", "MAINILS")
    settings.set("ncip.xsd_path", str(XSD))
    settings.set("ncip.timeout_seconds", 5.0)


def _menu_action(window, name: str):
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_failed_ncip_call_is_shown_retried_and_dismissed(window, qtbot, context) -> None:
    _ncip_on(context.settings, f"http://127.0.0.1:{free_port()}/ncip")  # nobody listens
    context.library_settings.change("desk.check_out_card", "off")  # the card is tested elsewhere
    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.AWAITING_PICKUP)
    tab.select_request(target.id)
    pane = tab.detail
    qtbot.mouseClick(
        pane.actions_box.findChild(QPushButton, "action_check_out"), Qt.MouseButton.LeftButton
    )
    assert pane.detail.row.state is State.CHECKED_OUT  # the desk did not wait for the ILS
    qtbot.waitUntil(lambda: not window.after_commit.busy())  # the call queued after the commit
    context.ils.deliver_due()  # the worker's round: the ILS is down
    pane.reload()
    assert "CheckOutItem: failed 1×" in pane.body.text()
    assert "refused the connection" in pane.body.text()
    qtbot.mouseClick(
        pane.actions_box.findChild(QPushButton, "ncip_for_request"), Qt.MouseButton.LeftButton
    )
    dialog = pane.ncip_dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "CheckOutItem"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 2).text() == "waiting"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 2).text() == "dismissed"
    assert "enter it in the library system by hand" in dialog.status.text()
    dialog.close()
    qtbot.waitUntil(lambda: pane.detail.history[-1].action == "ncip_dismissed")
    assert context.ils.unsent() == []


def test_queue_window_from_the_desk_menu_checks_the_connection(window, qtbot, context) -> None:
    with NcipResponder(XSD) as responder:
        _ncip_on(context.settings, responder.url)
        _menu_action(window, "ncip_queue").trigger()
        dialog = window.ncip_dialog
        assert "Nothing is waiting" in dialog.status.text()
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.checking(), timeout=20_000)
        assert dialog.status.text() == "Our library system answers: Test ILS."
        dialog.close()


def test_lookup_user_at_intake_shows_the_ils_block(qtbot, context, monkeypatch) -> None:
    from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

    patron = context.patrons.save(
        PatronInput(barcode="blocked1", name="Block, Bo", email="bo@example.org")
    )
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    with NcipResponder(XSD) as responder:
        _ncip_on(context.settings, responder.url)
        dialog = BorrowingRequestDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.patron_barcode.setFocus()
        qtbot.waitUntil(dialog.patron_barcode.hasFocus)
        qtbot.keyClicks(dialog.patron_barcode, patron.barcode)
        title = dialog.citation.edits["title"]
        title.setFocus()  # leaving the card field looks the patron up
        qtbot.waitUntil(title.hasFocus)
        assert dialog.patron_label.text().startswith("Block, Bo")
        qtbot.waitUntil(lambda: not dialog.ils_busy(), timeout=20_000)
        assert dialog.ils_label.text() == (
            "Library system: blocked in the library system: Overdue items"
        )
        assert responder.state.services == ["LookupUser"]
        qtbot.keyClicks(title, "Middlemarch")
        before = context.requests.count(Side.BORROWING)
        dialog.save()
        assert asked and "Overdue items" in asked[0]
        assert dialog.created is None
        after = context.requests.count(Side.BORROWING)
        assert after == before


def test_export_menu_writes_marc_and_csv(window, qtbot, context, tmp_path, monkeypatch) -> None:
    context.catalogue.import_files([CORPUS / "marc" / "loc-first200.mrc"])
    chosen: list[str] = []

    def save_as(_parent, _title, default, filters):
        chosen.append(default)
        return str(tmp_path / answers.pop(0)), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    answers = ["catalogue.mrc", "borrowing.csv", "lending.xml"]
    for name in ("export_catalogue", "export_borrowing", "export_lending"):
        _menu_action(window, name).trigger()
        qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=30_000)
        window.statusBar().clearMessage()
    assert chosen == ["catalogue.mrc", "borrowing-requests.mrc", "lending-requests.mrc"]
    with open(tmp_path / "catalogue.mrc", "rb") as handle:
        records = [r for r in pymarc.MARCReader(handle) if r is not None]
    from sqlalchemy import func, select

    from illdesk.persistence import orm

    with context.requests._db.reading() as session:
        assert len(records) == session.scalar(select(func.count()).select_from(orm.CatalogueRecord))
    loom = next(r for r in records if [f.data for f in r.get_fields("001")] == ["00000074"])
    assert loom["020"]["a"] == "0836932722"
    assert loom["035"]["a"] == "(OCoLC)647986"
    text = (tmp_path / "borrowing.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("number,side,service_type,state,patron")
    assert len(text.splitlines()) == 1 + context.requests.count(Side.BORROWING)
    assert (tmp_path / "lending.xml").read_bytes().count(b"<record") > 0
