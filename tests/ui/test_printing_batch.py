"""Pull-slip rounds as the lending desk does them: F9 for new slips, "Print slips again" for
lost ones, refusals told at batch time with F12 offered, requests marked printed only once
the printer (the cups-pdf queue illdesk-pdf) took the job, every batch kept as a PDF."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Material, PolicyRule
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.paths import data_dir
from illdesk.printing import cups
from illdesk.ui.dialogs.unfilled_dialog import UnfilledDialog
from illdesk.ui.printing.preview_dialog import PreviewDialog
from tests.printing.pdf_tools import decode_barcodes
from tests.printing.test_cups import find_cups_pdf_output

QUEUE = "illdesk-pdf"


def _text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    ).stdout.decode()


def _printed(job: cups.PrintJob) -> Path:
    """The file cups-pdf wrote for the job, once CUPS finished it."""
    assert cups.wait_until_finished(job, 60)
    return find_cups_pdf_output(job)


def _kept(which: str) -> list[Path]:
    return sorted((data_dir() / "printouts").glob(f"pull-slips-{which}-*.pdf"))


def _when_modal(
    kind: type[QWidget], act: Callable[[QWidget], None], *, every: bool = False
) -> None:
    """Act in the next modal dialog of ``kind`` (it is running its own event loop), or
    with ``every`` in each one that opens from now on."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        # marked on the dialog itself: a new dialog may reuse a closed one's address
        if not isinstance(dialog, kind) or dialog.property("handled_by_test"):
            QTimer.singleShot(50, look)
            return
        dialog.setProperty("handled_by_test", True)
        act(dialog)
        if every:
            QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)


def _requests(context) -> tuple[list[int], int]:
    """Three books and a thesis for one partner; the policy lends that partner no theses."""
    partner = context.directory.partners()[1]
    books = [
        context.requests.create_lending(
            partner_id=partner.id,
            citation=Citation(title=t, author="Eliot, George"),
            service_type=ServiceType.LOAN,
            staff="Tom",
        ).row.id
        for t in ("Middlemarch", "Silent Spring", "Les Misérables")
    ]
    thesis = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Sediment transport in the Elbe estuary", author="Kruse, Anna"),
        service_type=ServiceType.LOAN,
        staff="Tom",
        material=Material.THESIS,
    ).row.id
    context.policy.save_rule(
        PolicyRule(partner_id=partner.id, material=Material.THESIS, lendable=False), staff="Tom"
    )
    return books, thesis


def _state(context, request_id: int) -> State:
    return context.requests.detail(request_id).row.state


def _click(qtbot: QtBot, dialog: QWidget, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_f9_leaves_out_what_we_do_not_lend_and_marks_printed_only_after_printing(
    window, qtbot, context, tmp_path
) -> None:
    books, thesis = _requests(context)
    told: list[str] = []

    def later(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.grab().save(str(tmp_path / "refused.png"))
        _click(qtbot, box, "later")

    _when_modal(QMessageBox, later)
    window.tabs.setCurrentWidget(window.lending)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.lending._slip_run.preview is not None, timeout=60_000)
    thesis_number = context.requests.detail(thesis).row.number
    assert thesis_number in told[0] and "do not lend theses" in told[0]
    preview = window.lending._slip_run.preview
    assert isinstance(preview, PreviewDialog)
    # The preview is open, nothing printed yet: no request has changed.
    assert {_state(context, b) for b in books} == {State.NEW}
    [kept] = _kept("new")
    text = _text(kept.read_bytes())
    numbers = [context.requests.detail(b).row.number for b in books]
    assert all(n in text for n in numbers) and thesis_number not in text

    preview.printer_box.setCurrentIndex(preview.printer_box.findData(QUEUE))
    with qtbot.waitSignal(preview.printed, timeout=60_000):  # sent from a worker thread
        qtbot.mouseClick(preview.print_now_button, Qt.MouseButton.LeftButton)
    assert preview.last_job is not None and preview.last_job.printer == QUEUE
    assert {_state(context, b) for b in books} == {State.PULL_SLIP_PRINTED}
    assert _state(context, thesis) is State.NEW  # refused: no slip, not marked
    assert "pull slips printed" in window.lending.station.result.text()
    printed = _printed(preview.last_job)
    try:
        assert set(numbers) <= {data for _kind, data in decode_barcodes(printed.read_bytes())}
    finally:
        printed.unlink()


def test_closing_the_preview_unprinted_changes_nothing(window, qtbot, context) -> None:
    books, _thesis = _requests(context)
    _when_modal(QMessageBox, lambda box: _click(qtbot, box, "later"))
    window.tabs.setCurrentWidget(window.lending)
    qtbot.mouseClick(window.lending.slips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lending._slip_run.preview is not None, timeout=60_000)
    window.lending._slip_run.preview.reject()
    assert {_state(context, b) for b in books} == {State.NEW}
    assert len(_kept("new")) == 1  # the batch is kept all the same


def test_f12_from_the_refusal_answers_the_thesis_unfilled(window, qtbot, context) -> None:
    _books, thesis = _requests(context)
    reasons: list[str] = []

    thesis_number = context.requests.detail(thesis).row.number

    def unfilled(dialog: QWidget) -> None:
        assert isinstance(dialog, UnfilledDialog)
        checked = dialog.reasons.checkedButton()
        reasons.append(str(checked.property("code")))
        which = (
            QDialogButtonBox.StandardButton.Ok
            if thesis_number in dialog.windowTitle()
            else QDialogButtonBox.StandardButton.Cancel  # another refused request: later
        )
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton
        )

    def answer(box: QWidget) -> None:
        _when_modal(UnfilledDialog, unfilled, every=True)
        qtbot.keyClick(box, Qt.Key.Key_F12)

    _when_modal(QMessageBox, answer)
    window.tabs.setCurrentWidget(window.lending)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: _state(context, thesis) is State.UNFILLED, timeout=60_000)
    assert set(reasons) == {"non_circulating"}
    window.lending._slip_run.preview.reject()


def test_print_again_is_only_for_slips_printed_and_not_pulled(
    window, qtbot, context, desk_settings
) -> None:
    books, _thesis = _requests(context)
    desk_settings.setValue("printers/pull-slip", QUEUE)  # this desk's slip printer
    _when_modal(QMessageBox, lambda box: _click(qtbot, box, "later"))
    window.tabs.setCurrentWidget(window.lending)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    # Straight to the printer, spooled in the background; then marked printed.
    qtbot.waitUntil(
        lambda: {_state(context, b) for b in books} == {State.PULL_SLIP_PRINTED}, timeout=60_000
    )
    first = window.lending._slip_run
    assert first.preview is None and first.result.job is not None
    _printed(first.result.job).unlink()
    before_again = [
        r.id
        for r in context.requests.search(Side.LENDING, limit=1000)
        if r.state is State.PULL_SLIP_PRINTED
    ]

    qtbot.mouseClick(window.lending.slips_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lending._slip_run is not first, timeout=10_000)
    again = window.lending._slip_run
    qtbot.waitUntil(lambda: again.recorded != [], timeout=60_000)
    assert sorted(again.recorded) == sorted(before_again) and set(books) <= set(again.recorded)
    [kept] = _kept("again")
    assert kept.read_bytes().startswith(b"%PDF")
    assert again.result is not None and again.result.job is not None
    _printed(again.result.job).unlink()
    # F9 now finds no new slip for these books: they are not printed a second time.
    third_books = set(books)
    _when_modal(QMessageBox, lambda box: _click(qtbot, box, "later"))
    qtbot.mouseClick(window.lending.slips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lending._slip_run is not again, timeout=10_000)
    third = window.lending._slip_run
    qtbot.waitUntil(lambda: third.result is not None, timeout=60_000)
    assert not third_books & set(third.result.printed.batch.request_ids)
    if third.result.job is not None:
        _printed(third.result.job).unlink()


def _one_slip_preview(window, qtbot, context, request_id: int) -> PreviewDialog:
    """Print pull slip in the request's detail pane: the preview opens, nothing recorded."""
    window.tabs.setCurrentWidget(window.lending)
    window.lending.show_request(context.requests.detail(request_id))
    # the widgets themselves kept: the wrappers made for this list alone would be freed,
    # and the new dialog's wrapper could take one of their ids
    before = QApplication.topLevelWidgets()
    button = window.lending.detail.findChild(QPushButton, "action_print_pull_slip")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [preview] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PreviewDialog) and all(w is not b for b in before) and w.isVisible()
    ]
    return preview


def test_one_slip_from_the_detail_pane_is_marked_printed_only_after_printing(
    window, qtbot, context
) -> None:
    books, _thesis = _requests(context)
    book = books[0]
    context.requests.perform(book, Action.CHECK_HOLDINGS, staff="Tom")
    number = context.requests.detail(book).row.number
    preview = _one_slip_preview(window, qtbot, context, book)
    assert _state(context, book) is State.HOLDINGS_CHECKED  # not before Print
    assert number in _text(preview._pdf_bytes)
    preview.printer_box.setCurrentIndex(preview.printer_box.findData(QUEUE))
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        qtbot.mouseClick(preview.print_now_button, Qt.MouseButton.LeftButton)
    assert _state(context, book) is State.PULL_SLIP_PRINTED
    assert number in window.lending.station.result.text()
    assert preview.last_job is not None
    printed = _printed(preview.last_job)
    try:
        assert ("CODE-128", number) in decode_barcodes(printed.read_bytes())
    finally:
        printed.unlink()


def test_one_slip_closed_unprinted_or_refused_changes_nothing(window, qtbot, context) -> None:
    books, thesis = _requests(context)
    context.requests.perform(books[1], Action.CHECK_HOLDINGS, staff="Tom")
    preview = _one_slip_preview(window, qtbot, context, books[1])
    preview.reject()  # Close: nothing printed
    assert _state(context, books[1]) is State.HOLDINGS_CHECKED
    told: list[str] = []
    _when_modal(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    context.requests.perform(thesis, Action.CHECK_HOLDINGS, staff="Tom")
    window.lending.show_request(context.requests.detail(thesis))
    button = window.lending.detail.findChild(QPushButton, "action_print_pull_slip")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert told and "do not lend theses" in told[0]  # the policy, before anyone fetches it
    assert _state(context, thesis) is State.HOLDINGS_CHECKED
