"""Staff give the lender's record id and a note in the new borrowing request form."""

from __future__ import annotations

from illdesk.services.patrons import PatronInput
from illdesk.ui.detail_pane import DetailPane
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog


def test_record_id_and_note_are_kept_and_shown(qtbot, context) -> None:
    patron = context.patrons.save(
        PatronInput(barcode="P888889", name="Takahashi, Kenji", email="kenji@example.org")
    )
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.patron_barcode, patron.barcode)
    qtbot.keyClicks(dialog.citation.edits["title"], "Der Zauberberg")
    qtbot.keyClicks(dialog.record_id, "ocn987654321")
    qtbot.keyClicks(dialog.note_to_lender, "The 1924 first edition, please.")
    dialog.save()
    assert dialog.created is not None
    assert dialog.created.said.supplier_record_id == "ocn987654321"
    assert dialog.created.said.note_to_lender == "The 1924 first edition, please."
    pane = DetailPane(context)
    qtbot.addWidget(pane)
    pane.show_detail(dialog.created)
    shown = pane.body.text()
    assert "Lender&#x27;s record id" in shown or "Lender's record id" in shown
    assert "The 1924 first edition, please." in shown
