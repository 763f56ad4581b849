"""Check-out asks for the patron's card and refuses another patron's, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.vocabulary import Side, State
from illdesk.services.scanning import CARD_OPTIONAL, CARD_REQUIRED


def _waiting_for_pickup(context):
    return next(
        r
        for r in context.requests.search(Side.BORROWING, limit=2000)
        if r.state is State.AWAITING_PICKUP and context.requests.detail(r.id).patron_barcode
    )


def _someone_else(context, card: str):
    return next(p for p in context.patrons.search("") if p.barcode != card)


def test_item_then_the_right_card_checks_it_out(desk, hands, context):
    target = _waiting_for_pickup(context)
    detail = context.requests.detail(target.id)
    station = desk.borrowing.station
    hands.press(Qt.Key.Key_F6)
    hands.scan(target.number)
    assert "now scan the card of " + detail.patron_name in station.result.text()
    assert context.requests.detail(target.id).row.state is State.AWAITING_PICKUP
    assert station.box.text() == ""  # ready for the card

    other = _someone_else(context, detail.patron_barcode)
    hands.scan(other.barcode)
    words = station.result.text()
    assert words.startswith("✖") and other.name in words and detail.patron_name in words
    assert "Nothing was changed" in words
    assert context.requests.detail(target.id).row.state is State.AWAITING_PICKUP

    hands.scan(detail.patron_barcode)
    assert context.requests.detail(target.id).row.state is State.CHECKED_OUT
    assert station.result.text().startswith("✔ " + target.number)


def test_enter_without_a_card_is_refused_where_the_card_is_required(desk, hands, context):
    assert context.scans.card_policy() == CARD_REQUIRED  # the default
    target = _waiting_for_pickup(context)
    hands.press(Qt.Key.Key_F6)
    hands.scan(target.number)
    hands.press(Qt.Key.Key_Return)
    assert "only against the patron's card" in desk.borrowing.station.result.text()
    assert context.requests.detail(target.id).row.state is State.AWAITING_PICKUP


def test_enter_hands_it_over_where_the_desk_allows_it(desk, hands, context):
    context.library_settings.change("desk.check_out_card", CARD_OPTIONAL)
    target = _waiting_for_pickup(context)
    hands.press(Qt.Key.Key_F6)
    hands.scan(target.number)
    assert "Enter to hand it over without it" in desk.borrowing.station.result.text()
    hands.press(Qt.Key.Key_Return)
    detail = context.requests.detail(target.id)
    assert detail.row.state is State.CHECKED_OUT
    assert "without a card scan" in detail.history[-1].note


def test_a_card_first_is_refused_in_words(desk, hands, context):
    hands.press(Qt.Key.Key_F6)
    hands.scan(context.patrons.search("")[0].barcode)
    assert "Scan the item first, then the patron's card" in desk.borrowing.station.result.text()
