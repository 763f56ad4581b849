"""An expired card shows when the patron is looked up or listed, and "Renew card" renews it
there, before any form is filled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from illdesk.services.patrons import PatronInput
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog


def _expired(context, barcode: str = "P424242"):
    return context.patrons.save(
        PatronInput(
            barcode=barcode,
            name="Okafor, Pia",
            email="pia@example.org",
            expires_on=dt.date.today() - dt.timedelta(days=3),
        )
    )


def test_patrons_list_shows_the_expired_card_and_renews_it(window, qtbot, context) -> None:
    patron = _expired(context)
    window.tabs.setCurrentWidget(window.patrons)
    tab = window.patrons
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, patron.barcode)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    expires = tab.proxy.index(0, tab.model.EXPIRES)
    assert expires.data() == f"{patron.expires_on.isoformat()} expired"
    assert expires.data(Qt.ItemDataRole.BackgroundRole) is not None
    # as a list paints the cell, through the tab's proxy and on the model itself (Qt's
    # delegate asks every role of a cell in one multiData call)
    for cell in (expires, tab.model.index(0, tab.model.EXPIRES)):
        painted = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(painted, cell)
        assert painted.text == f"{patron.expires_on.isoformat()} expired"
    rect = tab.table.visualRect(tab.proxy.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Card expired on" in tab.info.text()
    assert tab.renew_button.isEnabled()

    qtbot.mouseClick(tab.renew_button, Qt.MouseButton.LeftButton)

    renewed = context.patrons.get(patron.id)
    assert not renewed.card_expired
    assert renewed.expires_on == dt.date.today() + dt.timedelta(days=365)
    assert "Card expired" not in tab.info.text()
    assert tab.proxy.index(0, tab.model.EXPIRES).data() == renewed.expires_on.isoformat()


def test_looking_the_patron_up_in_a_new_request_shows_it_and_renews(qtbot, context) -> None:
    patron = _expired(context, "P434343")
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.patron_barcode.setFocus()
    qtbot.keyClicks(dialog.patron_barcode, patron.barcode)
    qtbot.keyClick(dialog.patron_barcode, Qt.Key.Key_Return)  # the card scan's Enter
    assert f"CARD EXPIRED on {patron.expires_on.isoformat()}" in dialog.patron_label.text()
    assert dialog.renew_card.isVisible()

    qtbot.mouseClick(dialog.renew_card, Qt.MouseButton.LeftButton)

    assert "EXPIRED" not in dialog.patron_label.text()
    assert not dialog.renew_card.isVisible()
    assert not context.patrons.get(patron.id).card_expired
    dialog.citation.edits["title"].setText("Middlemarch")
    dialog.save()
    assert dialog.created is not None  # no refusal at Save any more


def test_renewing_early_keeps_the_time_left() -> None:
    from illdesk.domain.cards import renewed_expiry

    today = dt.date(2026, 3, 2)
    assert renewed_expiry(today, dt.date(2026, 2, 1)) == dt.date(2027, 3, 2)
    assert renewed_expiry(today, dt.date(2026, 4, 1)) == dt.date(2027, 4, 1)
