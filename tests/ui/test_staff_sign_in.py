"""Staff sign-in, roles and the audit view driven as staff do: Desk → Staff and roles, the
sign-in button in the status bar, Desk → Audit log, Desk → Remove old patron data now, and
the Patrons tab's Export / Erase buttons."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from illdesk.domain.staff_roles import Role
from illdesk.persistence import orm
from illdesk.ui.staff.audit_dialog import AuditDialog
from illdesk.ui.staff.sign_in_dialog import SignInDialog
from illdesk.ui.staff.staff_dialog import AddStaffDialog, StaffDialog
from tests.ui.menu_clicks import click_menu


def _when_open(kind: type, then) -> None:
    """Run ``then(dialog)`` as soon as a modal ``kind`` is in front."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            then(dialog)
            return
        QTimer.singleShot(30, look)

    QTimer.singleShot(0, look)


def _type(qtbot, widget, words: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, words)


@pytest.fixture
def signing(context):
    access = context.access
    access.add_account("Ann Admin", Role.ADMIN, "9042")
    access.add_account("Dee Desk", Role.DESK, "1111")
    access.add_account("Sam Super", Role.SUPERVISOR, "4711")
    access.set_sign_in(True)
    return context


@pytest.fixture
def signing_window(qtbot, signing, desk_settings):
    from illdesk.ui.main_window import MainWindow

    w = MainWindow(signing, desk_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _sign_in(qtbot, window, name: str, pin: str) -> None:
    def fill(dialog: SignInDialog) -> None:
        dialog.name.setCurrentIndex(dialog.name.findData(name))
        _type(qtbot, dialog.secret, pin)
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    _when_open(SignInDialog, fill)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.access.current is not None)


def test_an_administrator_adds_staff_and_turns_sign_in_on(qtbot, window) -> None:
    assert window.staff_picker.isVisible() and not window.sign_in_button.isVisible()
    done: list[str] = []

    def add(dialog: AddStaffDialog) -> None:
        _type(qtbot, dialog.name, "Ann Admin")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.ADMIN.value))
        _type(qtbot, dialog.secret, "9042")
        _type(qtbot, dialog.again, "9042")
        qtbot.mouseClick(dialog.findChild(object, "add_staff_ok"), Qt.MouseButton.LeftButton)

    def in_staff(dialog: StaffDialog) -> None:
        _when_open(AddStaffDialog, add)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(a.name == "Ann Admin" for a in dialog.accounts))
        box = dialog.sign_in  # the box and its words, not the empty width beside them
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.waitUntil(dialog.sign_in.isChecked)
        done.append(dialog.table.item(0, 1).text())
        dialog.reject()

    _when_open(StaffDialog, in_staff)
    click_menu(qtbot, window, "Desk", "staff")
    qtbot.waitUntil(lambda: bool(done))
    assert "Administrator" in done
    assert window.context.settings.get_bool("staff.sign_in")
    assert not window.staff_picker.isVisible() and window.sign_in_button.isVisible()
    assert window.sign_in_button.text() == "Sign in…"


def test_wrong_pin_is_said_under_the_field_and_the_desk_role_is_refused(
    qtbot, signing_window
) -> None:
    window = signing_window
    said: list[str] = []

    def wrong_then_right(dialog: SignInDialog) -> None:
        dialog.name.setCurrentIndex(dialog.name.findData("Dee Desk"))
        _type(qtbot, dialog.secret, "0000")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        said.append(dialog.form._errors["secret"].text())
        _type(qtbot, dialog.secret, "1111")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    _when_open(SignInDialog, wrong_then_right)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.access.current is not None)
    assert said and "Wrong PIN or password for Dee Desk; 4 more tries" in said[0]
    assert window.sign_in_button.text() == "Dee Desk (desk) · Sign out"
    assert window.current_staff() == "Dee Desk"

    refused: list[str] = []

    def close(box: QMessageBox) -> None:
        refused.append(box.text())
        box.done(0)

    _when_open(QMessageBox, close)
    click_menu(qtbot, window, "Desk", "audit")
    qtbot.waitUntil(lambda: bool(refused))
    assert "Dee Desk may not read the audit log: that needs a supervisor" in refused[0]


def test_history_records_the_signed_in_person_and_the_audit_shows_it(
    qtbot, signing_window, demo_db, tmp_path, monkeypatch
) -> None:
    window = signing_window
    _sign_in(qtbot, window, "Sam Super", "4711")
    reports: list[str] = []

    def close(box: QMessageBox) -> None:
        reports.append(box.text())
        box.done(0)

    _when_open(QMessageBox, close)
    click_menu(qtbot, window, "Desk", "retention")
    qtbot.waitUntil(lambda: bool(reports))
    assert "Patron data removed from" in reports[0]
    with demo_db.reading() as session:
        by = set(
            session.scalars(
                select(orm.RequestEvent.staff).where(orm.RequestEvent.action == "anonymised")
            )
        )
        left = session.scalar(
            select(func.count())
            .select_from(orm.Request)
            .where(orm.Request.anonymised_at.is_not(None), orm.Request.patron_id.is_not(None))
        )
    assert by == {"Sam Super"} and left == 0

    click_menu(qtbot, window, "Desk", "audit")
    qtbot.waitUntil(lambda: isinstance(window.findChild(AuditDialog), AuditDialog))
    audit = window.findChild(AuditDialog)
    audit.person.setCurrentIndex(audit.person.findData("Sam Super"))
    _type(qtbot, audit.text, "retention")
    qtbot.keyClick(audit.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: audit.table.rowCount() > 0)
    assert {audit.table.item(r, 1).text() for r in range(audit.table.rowCount())} == {"Sam Super"}
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    qtbot.mouseClick(audit.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["When", "Who", "Action", "About", "Note"]
    assert len(rows) - 1 == audit.table.rowCount() and rows[1][1] == "Sam Super"
    audit.close()


def _patron_with(db, finished: bool) -> tuple[int, str]:
    from illdesk.services.privacy import FINISHED_STATES

    with db.reading() as session:
        for patron in session.scalars(select(orm.Patron).order_by(orm.Patron.id)):
            states = set(
                session.scalars(select(orm.Request.state).where(orm.Request.patron_id == patron.id))
            )
            if states and (states <= set(FINISHED_STATES)) == finished:
                return patron.id, patron.name
    raise AssertionError("no such patron in the demo data")


def _show_patron(qtbot, window, name: str) -> None:
    window.tabs.setCurrentWidget(window.patrons)
    _type(qtbot, window.patrons.search, name)
    qtbot.keyClick(window.patrons.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.patrons.model.rowCount() > 0)
    window.patrons.table.selectRow(0)
    qtbot.waitUntil(lambda: window.patrons.current is not None)
    assert window.patrons.current.name == name


def test_patrons_tab_exports_and_erases_a_person(
    qtbot, signing_window, demo_db, tmp_path, monkeypatch
) -> None:
    window = signing_window
    _sign_in(qtbot, window, "Sam Super", "4711")
    busy_id, busy = _patron_with(demo_db, finished=False)
    _show_patron(qtbot, window, busy)
    answers: list[str] = []

    def erase(box: QMessageBox) -> None:
        answers.append(box.text())
        [yes] = [b for b in box.buttons() if b.objectName() == "erase_patron_yes"]
        _when_open(QMessageBox, close)
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    def close(box: QMessageBox) -> None:
        if box.objectName() == "erase_patron_question":
            QTimer.singleShot(30, lambda: _when_open(QMessageBox, close))
            return
        answers.append(box.text())
        box.done(0)

    _when_open(QMessageBox, erase)
    qtbot.mouseClick(window.patrons.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert "still has open requests" in answers[1] and "Nothing was removed" in answers[1]

    done_id, done_name = _patron_with(demo_db, finished=True)
    _show_patron(qtbot, window, done_name)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path))
    )
    shown: list[str] = []

    def note(box: QMessageBox) -> None:
        shown.append(box.text())
        box.done(0)

    _when_open(QMessageBox, note)
    qtbot.mouseClick(window.patrons.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    data = json.loads((tmp_path / f"patron-{done_id}.json").read_text(encoding="utf-8"))
    assert data["patron"]["name"] == done_name
    assert (tmp_path / f"patron-{done_id}.pdf").read_bytes().startswith(b"%PDF")

    answers.clear()
    _when_open(QMessageBox, erase)
    qtbot.mouseClick(window.patrons.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert "1 patron record(s) erased" in answers[1]
    with demo_db.reading() as session:
        assert session.get(orm.Patron, done_id) is None
        assert session.get(orm.Patron, busy_id) is not None
    assert window.patrons.current is None


def test_retention_runs_with_the_background_work_and_says_what_it_did(
    qtbot, window, demo_db
) -> None:
    def anonymised() -> int:
        with demo_db.reading() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(orm.Request)
                    .where(orm.Request.anonymised_at.is_not(None))
                )
                or 0
            )

    assert anonymised() == 0
    window.start_background_work()
    qtbot.waitUntil(lambda: anonymised() > 0, timeout=20000)
    qtbot.waitUntil(
        lambda: "Patron data removed from" in window.statusBar().currentMessage(), timeout=20000
    )
    assert window.retention_timer.isActive()
    with demo_db.reading() as session:
        open_with_patron = session.scalar(
            select(func.count())
            .select_from(orm.Request)
            .where(
                orm.Request.anonymised_at.is_not(None),
                orm.Request.state.not_in(["complete", "cancelled", "unfilled", "deflected_local"]),
            )
        )
    assert open_with_patron == 0  # open requests are never touched


def test_with_sign_in_on_nobody_works_unnamed(qtbot, signing_window) -> None:
    """Cancel the sign-in and the desk stays closed: no tab, no key, no scan."""
    window = signing_window
    _when_open(SignInDialog, lambda dialog: dialog.reject())
    window.ask_sign_in()
    assert not window.tabs.isEnabled()
    assert not window.key_actions["new_borrowing"].isEnabled()
    assert window.key_actions["quit"].isEnabled()
    window.route_scan("L-2026-000001")
    assert "sign in first" in window.statusBar().currentMessage()
    _sign_in(qtbot, window, "Dee Desk", "1111")
    assert window.tabs.isEnabled() and window.key_actions["new_borrowing"].isEnabled()
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)  # sign out
    qtbot.waitUntil(lambda: window.context.access.current is None)
    assert not window.tabs.isEnabled()
