"""A card's expiry and renewal; a long title shortened for a one-line message."""

from __future__ import annotations

import datetime as dt

from illdesk.domain.cards import card_expired, renewed_expiry
from illdesk.domain.citation import shortened


def test_expired_is_before_today_and_never_without_a_date() -> None:
    today = dt.date(2026, 3, 2)
    assert card_expired(dt.date(2026, 3, 1), today)
    assert not card_expired(today, today)
    assert not card_expired(None, today)


def test_a_renewal_runs_a_year_from_today_or_from_a_later_expiry() -> None:
    today = dt.date(2026, 3, 2)
    assert renewed_expiry(today, None) == dt.date(2027, 3, 2)
    assert renewed_expiry(today, dt.date(2026, 5, 1)) == dt.date(2027, 5, 1)


def test_shortened_cuts_at_a_word_and_says_so() -> None:
    assert shortened("Middlemarch") == "Middlemarch"
    assert shortened("  Silent   Spring ") == "Silent Spring"
    long = "Proceedings of the International Symposium on the History, " * 20
    short = shortened(long, 60)
    assert len(short) <= 60 and short.endswith("…")
    assert short == "Proceedings of the International Symposium on the History…"
    assert shortened("x" * 200, 10) == "x" * 9 + "…"  # one long word: cut inside it
