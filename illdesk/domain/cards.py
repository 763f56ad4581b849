"""Library cards: when one has expired and how far a renewal takes it."""

from __future__ import annotations

import datetime as dt

CARD_RENEWAL_DAYS = 365
"""A renewed card runs this many days."""


def card_expired(expires_on: dt.date | None, today: dt.date) -> bool:
    return expires_on is not None and expires_on < today


def renewed_expiry(today: dt.date, expires_on: dt.date | None) -> dt.date:
    """One year from today, or from the old expiry when that is still ahead (renewing
    early loses nothing)."""
    start = expires_on if expires_on is not None and expires_on > today else today
    return start + dt.timedelta(days=CARD_RENEWAL_DAYS)
