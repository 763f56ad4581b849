"""Texts the desk reads whole: a very long title is kept in the record and shortened in
one-line messages, the Buy-or-borrow explanation is never cut, and a complaint leaves its
field once the field is fixed (at any scaling: this folder runs again at 150 %)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.patrons import PatronInput
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog
from illdesk.ui.printing.preview_dialog import PreviewDialog

WORDS = (
    "Proceedings of the International Symposium on the History, Theory and Practice of "
    "Interlibrary Lending, Document Supply and Resource Sharing in Small and Medium-Sized "
    "Public, Academic and Special Libraries of Europe, the Americas, Asia and Oceania, "
    "Including Contributed Papers, Panel Discussions, Workshop Reports and Posters, "
)
LONG = (WORDS * 3)[:737].strip()


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_a_737_character_title_stays_whole_in_the_record_not_in_the_station(
    window, qtbot, context
) -> None:
    partner = context.directory.partners()[1]
    rid = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title=LONG),
        service_type=ServiceType.LOAN,
        staff="Tom",
    ).row.id
    context.requests.record_pull_slips([rid], staff="Tom")
    number = context.requests.detail(rid).row.number
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    top = tab.table.mapTo(window, QPoint(0, 0)).y()
    line = tab.station.result.fontMetrics().lineSpacing()
    _type(qtbot, tab.station.box, number)
    qtbot.keyClick(tab.station.box, Qt.Key.Key_Return)  # the pull slip scanned
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()
    said = tab.station.result.text()
    assert said.startswith(f"{number} — Proceedings of the International") and "…" in said
    assert LONG not in said
    assert tab.table.mapTo(window, QPoint(0, 0)).y() - top < 3 * line  # the list stays put
    detail = context.requests.detail(rid)
    assert detail.citation.title == LONG  # the record keeps it whole
    assert tab.detail.detail is not None and tab.detail.detail.row.id == rid
    assert LONG.split(",")[0] in tab.detail.heading.text()


def _patron(context):
    return context.patrons.save(
        PatronInput(barcode="P616161", name="Moreau, Zoë", email="zoe@example.org")
    )


def test_the_buy_or_borrow_explanation_is_never_cut(qtbot, context) -> None:
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.price, "24.95")
    label = dialog.suggestion
    assert label.text().startswith("Suggest:")
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.contentsRect().width(), 10_000),
        Qt.TextFlag.TextWordWrap,
        label.text(),
    )
    assert label.contentsRect().height() >= needed.height()


def test_a_complaint_leaves_its_field_once_it_is_fixed(qtbot, context) -> None:
    patron = _patron(context)
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.patron_barcode, patron.barcode)
    _type(qtbot, dialog.max_cost, "lots")
    dialog.save()
    assert "amount" in dialog.who.error_text("max_cost")
    dialog.max_cost.selectAll()
    _type(qtbot, dialog.max_cost, "12.50")
    assert dialog.who.error_text("max_cost") == ""  # gone as soon as it is fixed
    dialog.save()
    assert dialog.citation.error_text("title")
    _type(qtbot, dialog.citation.edits["author"], "Eliot, George")
    assert dialog.citation.error_text("title")  # another field changed: it stands
    _type(qtbot, dialog.citation.edits["title"], "Middlemarch")
    assert dialog.citation.error_text("title") == ""


def test_the_chosen_mode_button_shows_its_whole_name(window, qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    for tab in (window.borrowing, window.lending):
        window.tabs.setCurrentWidget(tab)
        for button in tab.station.modes.buttons():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert button.isChecked()
            bold = QFont(button.font())
            bold.setBold(True)
            text = QFontMetrics(bold).horizontalAdvance(button.text())
            assert button.width() >= text + 16, button.text()  # "Return to lender  [F8]"
            corner = button.mapTo(window, QPoint(button.width(), button.height()))
            assert window.rect().contains(corner), button.text()  # not off the window
