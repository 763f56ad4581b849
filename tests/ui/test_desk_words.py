"""What the desk is told, in the right colour and up to date: good news is not red, the
status bar's notice count follows the actions and the Notices list, a dialog's title is
whole, and so is a column's header."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.services.patrons import PatronInput
from illdesk.ui.printing.preview_dialog import PreviewDialog
from illdesk.ui.scan_station import BAD_STYLE, OK_STYLE
from illdesk.ui.screen_fit import TITLE_BAR_EXTRA
from tests.ui.test_printing_batch import QUEUE, _when_modal


def _scan(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _while_open(open_it, look) -> None:
    looked: list[bool] = []
    seen: list[QDialog] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, inspect)
            return
        if not seen:  # what the dialog does as it opens runs first
            seen.append(dialog)
            QTimer.singleShot(0, inspect)
            return
        try:
            look(dialog)
            looked.append(True)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    assert looked == [True]


def test_pull_slips_ready_is_good_news_not_red(window, qtbot, context) -> None:
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    _scan(qtbot, tab.station.box, "NO-SUCH-ITEM-4711")
    assert tab.station.result.styleSheet() == BAD_STYLE  # the refusal before
    partner = context.directory.partners()[1]
    made = [
        context.requests.create_lending(
            partner_id=partner.id,
            citation=Citation(title=t),
            service_type=ServiceType.LOAN,
            staff="Tom",
        )
        for t in ("Middlemarch", "Silent Spring")
    ]
    _when_modal(QMessageBox, lambda box: box.findChild(QPushButton, "later").click())
    qtbot.mouseClick(tab.slips_button, Qt.MouseButton.LeftButton)  # the demo has refusals
    qtbot.waitUntil(lambda: tab._slip_run.preview is not None, timeout=60_000)
    preview = tab._slip_run.preview
    preview.printer_box.setCurrentIndex(preview.printer_box.findData(QUEUE))
    with qtbot.waitSignal(preview.printed, timeout=60_000):  # sent from a worker thread
        qtbot.mouseClick(preview.print_now_button, Qt.MouseButton.LeftButton)
    assert all(context.requests.detail(m.row.id).row.state is State.PULL_SLIP_PRINTED for m in made)
    assert "pull slips printed." in tab.station.result.text()
    assert tab.station.result.styleSheet() == OK_STYLE
    for shown in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        shown.close()


def _count_words(context) -> str:
    waiting = context.notices.list(("queued", "to_print"))
    printing = sum(1 for n in waiting if n.status == "to_print")
    return f"Notices: {len(waiting) - printing} waiting, {printing} to print"


def test_the_notice_count_follows_actions_and_the_notices_list(window, qtbot, context) -> None:
    before = window.notice_label.text()
    shipped = next(
        r
        for r in context.requests.search(Side.BORROWING, limit=2000)
        if r.state is State.SHIPPED_BY_LENDER
    )
    card = context.requests.detail(shipped.id).patron_barcode
    p = context.patrons.find_by_barcode(card)
    context.patrons.save(  # this patron's notices are printed and handed out
        PatronInput(barcode=p.barcode, name=p.name, email=p.email, notice_channel="print"),
        patron_id=p.id,
    )
    window.tabs.setCurrentWidget(window.borrowing)
    _scan(qtbot, window.borrowing.station.box, shipped.number)  # received: patron notified
    assert context.requests.detail(shipped.id).row.state in (
        State.RECEIVED,
        State.AWAITING_PICKUP,
    )
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()
    assert window.notice_label.text().startswith(_count_words(context))
    assert window.notice_label.text() != before

    notices = next(a for a in window.findChildren(QAction) if a.text().startswith("&Notices"))

    def print_one(dialog) -> None:
        row = next(i for i, n in enumerate(dialog.model.rows()) if n.status == "to_print")
        dialog.table.selectRow(row)
        shown = window.notice_label.text()
        qtbot.mouseClick(dialog.printed_button, Qt.MouseButton.LeftButton)
        # while the list is still open, the status bar already says what it says
        assert window.notice_label.text().startswith(_count_words(context))
        assert window.notice_label.text() != shown

    _while_open(notices.trigger, print_one)


def test_the_add_staff_member_title_is_whole(window, qtbot) -> None:
    picker = window.staff_picker

    def look(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        title = dialog.fontMetrics().horizontalAdvance("Add staff member")
        assert dialog.width() >= title + TITLE_BAR_EXTRA

    def choose_add() -> None:
        picker.setCurrentIndex(picker.count() - 1)
        picker.activated.emit(picker.count() - 1)  # what choosing it in the list sends

    _while_open(choose_add, look)


def test_every_patrons_column_header_is_whole(window) -> None:
    window.tabs.setCurrentWidget(window.patrons)
    header = window.patrons.table.horizontalHeader()
    for column in range(header.count()):
        title = window.patrons.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
