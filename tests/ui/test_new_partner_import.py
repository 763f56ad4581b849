"""A first request from an unknown library, imported as a file: staff are told on screen
what arrived about the new partner and what is missing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from illdesk.domain.vocabulary import Side
from tests.services.partner_support import foreign


def test_import_tells_what_arrived_and_what_is_missing(
    window, context, tmp_path, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No),
    )
    us = context.settings.get_str("library.symbol")
    path = tmp_path / "first-request.xml"
    path.write_bytes(
        foreign("request", number="SPU-9", supplier=us, requester="US-SPU", agency_addresses="")
    )
    window.tabs.setCurrentWidget(window.lending)
    window.lending.import_message(str(path))
    assert window.lending.station.result.text().startswith("Imported SPU-9")
    [text] = asked
    assert "US-SPU was not in the partner directory" in text
    assert "Arrived: name, street address, city, postal code, country, e-mail." in text
    assert "Missing: ISO 18626 endpoint." in text
    [row] = [r for r in context.requests.search(Side.LENDING, "SPU-9") if r.partner == "US-SPU"]
    detail = context.requests.detail(row.id)
    window.lending.select_request(row.id)
    shown = window.lending.detail.body.text()
    assert "Deliver to" in shown and "Interlibrary Loan, Main Library" in shown
    assert detail.said.partner_patron_id == "P-77001"
