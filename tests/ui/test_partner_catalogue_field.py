"""The partner directory form keeps each partner's catalogue for Find lenders."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.ui.partners.partners_dialog import PartnersDialog


def _choose(page, symbol: str) -> None:
    for i in range(page.list.count()):
        if page.list.item(i).text().endswith(f"({symbol})"):
            page.list.setCurrentRow(i)
            return
    raise AssertionError(symbol)


def test_catalogue_address_is_checked_and_saved(qtbot, context) -> None:
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    page = dialog.partners
    _choose(page, "DE-1")
    form = page.form
    url = form.edits["catalogue_url"]
    url.setFocus()
    qtbot.keyClicks(url, "opac.sbb.example.de")
    page.save()
    assert "starts with http:// or https:// (SRU) or z3950://" in form.who.error_text(
        "catalogue_url"
    )
    assert context.directory.partner(form.partner_id).catalogue_url == ""
    url.clear()
    qtbot.keyClicks(url, "z3950://opac.sbb.example.de:210")
    form.edits["catalogue_database"].setText("sbb main")
    page.save()
    assert "one word" in form.who.error_text("catalogue_database")
    form.edits["catalogue_database"].clear()
    qtbot.keyClicks(form.edits["catalogue_database"], "SBB1")
    qtbot.keyClick(form.edits["catalogue_database"], Qt.Key.Key_Tab)
    page.save()
    saved = context.directory.partner(form.partner_id)
    assert (saved.catalogue_url, saved.catalogue_database) == (
        "z3950://opac.sbb.example.de:210",
        "SBB1",
    )
    sources = {s.partner_symbol: s for s in context.find_lenders.sources()}
    assert sources["DE-1"].target.z3950_address == "opac.sbb.example.de:210/SBB1"
