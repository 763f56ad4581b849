"""The round trip as the borrowing desk works it: the window of one illdesk library (its
own database, its ISO 18626 listener on 127.0.0.1) borrowing from a second illdesk. Staff
read the lender's conditions and cost in the detail pane and accept them with its button
(or decline with the keyboard); the lender's due date, its charge and its overdue notice
appear in the pane as the lender's messages arrive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from illdesk.composition import build_context
from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.peer_runtime import PeerRuntime, start_peer_runtime
from illdesk.persistence import orm
from illdesk.persistence.database import Database, open_database
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import ActionInput
from illdesk.ui.dialogs.action_dialog import ActionDialog
from illdesk.ui.main_window import MainWindow
from illdesk.ui.services_context import DeskContext
from tests.conftest import FixedClock
from tests.databases import migrated_postgres_url, migrated_sqlite_url
from tests.services.peer_support import (
    PAIR_SECRET,
    XSD,
    Library,
    assert_no_peer_threads,
    new_borrowing,
    open_library,
    wait_until_sent,
)

US, THEM = "DE-A1", "DE-B2"


@pytest.fixture
def lender_clock() -> FixedClock:
    return FixedClock(dt.datetime.now().replace(microsecond=0))


@dataclass
class Desk:
    """Our side: the window's context and database, with its outbox as a Library has one."""

    context: DeskContext
    db: Database
    runtime: PeerRuntime
    window: MainWindow
    lender_id: int
    """Our record of the other library."""
    us_at_lender: int
    """The other library's record of us (when it borrows from us)."""

    def outbox(self) -> list[orm.OutboxMessage]:
        with self.db.reading() as session:
            rows = list(session.scalars(select(orm.OutboxMessage)))
            session.expunge_all()
            return rows


@pytest.fixture
def pair(
    db: Database,
    tmp_path: Path,
    lender_clock: FixedClock,
    request: pytest.FixtureRequest,
    qtbot,
    desk_settings,
) -> Iterator[tuple[Desk, Library]]:
    """The window's context on ``db`` (SQLite or PostgreSQL), listening; the lender on a
    database of the same kind."""
    if db.is_sqlite:
        lender_db = open_database(migrated_sqlite_url(request, tmp_path / "lender.sqlite3"))
    else:
        lender_db = open_database(migrated_postgres_url(request, "window_lender"))
    # our desk keeps the real time; the lender's clock is moved on to make a loan overdue
    lender = open_library(
        lender_db, THEM, US, lender_clock, utc_clock=lambda: lender_clock.now.astimezone(dt.UTC)
    )
    context = build_context(db)
    for key, value in {
        "library.symbol": US,
        "library.name": f"Library {US}",
        "library.country": "US",
        "interop.iso18626.agency_id_value": US,
        "interop.iso18626.shared_secrets": f"ISIL:{THEM}={PAIR_SECRET}",
        "interop.iso18626_xsd": str(XSD),
    }.items():
        context.settings.set(key, value)
    runtime = start_peer_runtime(
        db,
        context.settings,
        context.requests,
        listen=True,
        host="127.0.0.1",
        port=0,
        poll_seconds=30.0,
        strict=True,
    )
    try:
        assert runtime.listening_url is not None
        partner_at_lender = lender.add_partner(US, runtime.listening_url)
        with db.transaction() as session:
            partner = orm.Partner(
                name=f"Library {THEM}",
                symbol=THEM,
                country="DE",
                currency="EUR",
                iso18626_endpoint=lender.url,
            )
            session.add(partner)
            session.flush()
            lender_id = partner.id
        window = MainWindow(context, desk_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        yield Desk(context, db, runtime, window, lender_id, partner_at_lender), lender
    finally:
        runtime.stop()
        lender.runtime.stop()
        lender_db.dispose()
    assert_no_peer_threads()


def _asked(desk: Desk, lender: Library, barcode: str) -> tuple[int, int]:
    """A borrowing loan our desk sends to the lender with the pane's button: our id and
    the lender's."""
    requests = desk.context.requests
    patron = PatronService(desk.db).save(
        PatronInput(barcode=barcode, name="Nakamura, Hana", email="hana@example.org")
    )
    rid = requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title=f"Die Blechtrommel {barcode}", author="Grass, Günter"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row.id
    requests.perform(rid, Action.VERIFY_CITATION, staff="Dana")
    requests.perform(rid, Action.START_SOURCING, staff="Dana")
    requests.set_rota(rid, [desk.lender_id], staff="Dana")
    _show(desk, rid)
    send = _button(desk, "action_send_to_lender")
    send.click()
    wait_until_sent(desk, lender)
    number = requests.detail(rid).row.number
    [theirs] = [r.id for r in lender.lending_requests() if r.external_id == number]
    return rid, theirs


def _show(desk: Desk, request_id: int) -> str:
    tab = desk.window.borrowing
    desk.window.tabs.setCurrentWidget(tab)
    tab.search.clear()
    tab.set_group(None)
    tab.refresh()
    assert tab.select_request(request_id)
    return tab.detail.body.text()


def _button(desk: Desk, name: str) -> QPushButton:
    button = desk.window.borrowing.detail.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _conditions(lender: Library, theirs: int) -> None:
    lender.do(theirs, Action.CHECK_HOLDINGS)
    lender.do(
        theirs,
        Action.ANSWER_CONDITIONAL,
        ActionInput(note="Library use only.", amount=Decimal("12.50")),
    )


def _answer_dialog(qtbot, text: str = "") -> None:
    """Type ``text`` into the action dialog when it opens, and confirm it with Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionDialog):
            QTimer.singleShot(10, answer)
            return
        if text:
            dialog.note.clear()
            qtbot.keyClicks(dialog.note, text)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_staff_accept_the_lenders_offer_in_the_pane_and_see_its_dates_and_overdue(
    pair: tuple[Desk, Library], lender_clock: FixedClock, qtbot, tmp_path: Path
) -> None:
    desk, lender = pair
    requests = desk.context.requests
    rid, theirs = _asked(desk, lender, "P200001")
    _conditions(lender, theirs)
    wait_until_sent(desk, lender)

    shown = _show(desk, rid)
    for words in ("Cost offered by the lender", "12.50 USD", "Library use only."):
        assert words in shown, shown
    qtbot.mouseClick(_button(desk, "action_accept_conditions"), Qt.MouseButton.LeftButton)
    assert requests.detail(rid).row.state is State.REQUESTED
    wait_until_sent(desk, lender)
    assert lender.state(theirs) is State.HOLDINGS_CHECKED

    lender.do(theirs, Action.PULL, ActionInput(item_barcode="B2-7001"))
    lender.do(theirs, Action.SHIP)
    wait_until_sent(desk, lender)
    lender_due = lender.requests.detail(theirs).row.due_date
    assert lender_due is not None
    _show(desk, rid)
    _answer_dialog(qtbot)  # receive: the lender's date is on record, nothing to type
    _button(desk, "action_receive").click()
    received = requests.detail(rid)
    assert received.row.state is State.RECEIVED
    buffer = dt.timedelta(days=desk.context.settings.get_int("borrowing.due_buffer_days"))
    assert received.row.due_date == lender_due - buffer
    shown = _show(desk, rid)
    assert "Due to the lender" in shown and lender_due.isoformat() in shown
    assert "Due (patron)" in shown and (lender_due - buffer).isoformat() in shown
    assert "Charged by the lender" in shown
    assert f"12.50 USD: Delivery cost charged by {THEM} (ISO 18626)" in shown
    # our Received reaches the lender before it recalls (as at a real lender, whose staff
    # act on a loan they see on loan): else its recall races our message
    wait_until_sent(desk, lender)
    qtbot.waitUntil(lambda: lender.state(theirs) is State.ON_LOAN, timeout=15_000)

    recall_by = lender_clock.now.date() + dt.timedelta(days=7)
    lender.do(theirs, Action.RECALL, ActionInput(due_date=recall_by))
    wait_until_sent(desk, lender)
    lender_clock.now += dt.timedelta(days=9)
    lender.do(theirs, Action.MARK_OVERDUE)
    wait_until_sent(desk, lender)
    shown = _show(desk, rid)
    assert recall_by.isoformat() in shown
    assert "The lender says this loan is overdue" in shown and "color:#c53030" in shown
    desk.window.borrowing.detail.grab().save(str(tmp_path / "overdue.png"))


def test_staff_decline_the_conditions_with_the_keyboard(pair: tuple[Desk, Library], qtbot) -> None:
    desk, lender = pair
    rid, theirs = _asked(desk, lender, "P200002")
    _conditions(lender, theirs)
    wait_until_sent(desk, lender)
    _show(desk, rid)
    decline = _button(desk, "action_decline_conditions")
    decline.setFocus()
    _answer_dialog(qtbot, "Too dear for us.")
    qtbot.keyClick(decline, Qt.Key.Key_Space)
    detail = desk.context.requests.detail(rid)
    assert detail.row.state is State.UNFILLED
    assert detail.history[-1].note.startswith("Too dear for us.")
    wait_until_sent(desk, lender)
    assert lender.state(theirs) is State.CANCELLED


def test_our_lending_desk_answers_with_a_condition_and_a_cost_in_the_pane(
    pair: tuple[Desk, Library], qtbot
) -> None:
    """The other way round: the other illdesk borrows from us; our staff answer with
    conditions and a cost through the pane's dialog, and the borrower gets both."""
    desk, other = pair
    theirs = new_borrowing(other, desk.us_at_lender)
    assert other.do(theirs, Action.SEND_TO_LENDER) is State.REQUESTED
    wait_until_sent(desk, other)
    number = other.requests.detail(theirs).row.number
    [ours] = [
        r.id
        for r in desk.context.requests.search(Side.LENDING, limit=100)
        if r.title == "Die Blechtrommel"
    ]
    tab = desk.window.lending
    desk.window.tabs.setCurrentWidget(tab)
    tab.search.clear()
    tab.set_group(None)
    tab.refresh()
    assert tab.select_request(ours)
    tab.detail.findChild(QPushButton, "action_check_holdings").click()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.note.clear()
        qtbot.keyClicks(dialog.note, "Library use only.")
        assert dialog.amount is not None
        qtbot.keyClicks(dialog.amount, "12,50")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    button = tab.detail.findChild(QPushButton, "action_answer_conditional")
    assert button is not None
    button.click()
    detail = desk.context.requests.detail(ours)
    assert detail.row.state is State.CONDITIONAL
    assert (detail.said.offer_cost, detail.said.offer_currency) == (Decimal("12.50"), "EUR")
    tab.refresh()
    assert tab.select_request(ours)
    shown = tab.detail.body.text()
    assert "Cost we offered" in shown and "12.50 EUR" in shown
    wait_until_sent(desk, other)
    asked = other.requests.detail(theirs)
    assert asked.row.state is State.CONDITIONAL
    assert (asked.said.offer_cost, asked.said.offer_currency) == (Decimal("12.50"), "EUR")
    assert "Library use only." in asked.conditions
    assert number == asked.row.number
