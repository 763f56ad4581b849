"""Buying a wanted book offers book suppliers, an article article suppliers, and both the
library's own vendors, which staff add from the dialog (or edit in Settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.patrons import PatronInput
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.purchase_dialog import PurchaseDialog


def _request(context, service_type: ServiceType, barcode: str) -> int:
    patron = context.patrons.save(
        PatronInput(barcode=barcode, name="Nakamura, Hana", email="hana@example.org")
    )
    citation = (
        Citation(title="Small Library Futures", year="2025")
        if service_type is ServiceType.LOAN
        else Citation(article_title="Interlending", journal="ILL Review", year="2024")
    )
    return context.requests.create_borrowing(
        patron_id=patron.id, citation=citation, service_type=service_type, staff="Dana"
    ).row.id


def _dialog(qtbot, context, rid: int) -> PurchaseDialog:
    dialog = PurchaseDialog(CopiesContext.from_desk(context), rid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _items(dialog: PurchaseDialog) -> list[str]:
    return [dialog.supplier.itemText(i) for i in range(dialog.supplier.count())]


def test_a_book_is_bought_from_book_suppliers_and_our_own_vendors(qtbot, context) -> None:
    book = _request(context, ServiceType.LOAN, "P5151")
    article = _request(context, ServiceType.COPY, "P5152")
    dialog = _dialog(qtbot, context, book)
    assert "GOBI Library Solutions" in _items(dialog)
    assert "GET IT NOW" not in _items(dialog) and "Reprints Desk" not in _items(dialog)

    line = dialog.supplier.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "  Millbrook   Books ")
    qtbot.mouseClick(dialog.keep_vendor, Qt.MouseButton.LeftButton)
    assert dialog.supplier.currentText() == "Millbrook Books"
    assert context.settings.get_str("purchase.own_vendors") == "Millbrook Books"

    again = _dialog(qtbot, context, article)
    assert "GET IT NOW" in _items(again) and "GOBI Library Solutions" not in _items(again)
    assert _items(again)[-1] == "Millbrook Books"  # our own vendor, for articles too

    line = again.supplier.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Books, Maps and more")
    qtbot.mouseClick(again.keep_vendor, Qt.MouseButton.LeftButton)
    assert again.form.error_text("supplier") == "A vendor's name cannot contain a comma."
    assert context.settings.get_str("purchase.own_vendors") == "Millbrook Books"
