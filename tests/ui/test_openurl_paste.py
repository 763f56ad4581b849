"""Pasting real resolver OpenURLs into the new-request form, the way staff do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog
from tests.interop.test_openurl import PRIMO_BOOK


def _paste(qtbot, dialog, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    field = dialog.citation.openurl
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_pasted_primo_openurl_fills_clean_book_fields(qtbot, context) -> None:
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(qtbot, dialog, PRIMO_BOOK)
    edits = dialog.citation.edits
    assert edits["title"].text() == "Viking empires"
    assert edits["year"].text() == "2005"
    assert edits["publisher"].text() == "Cambridge University Press"
    assert edits["author"].text() == ""
    assert edits["journal"].text() == ""
    assert dialog.citation.service_type().value == "loan"


def test_pasted_malformed_url_is_explained_not_a_crash(qtbot, context) -> None:
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(qtbot, dialog, "https://[resolver.example.edu/openurl")
    assert "malformed" in dialog.citation.error_text("openurl")
