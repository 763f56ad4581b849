"""Reading and writing ISO 18626 timestamps (``xs:dateTime``), tolerant of real peers.

We always write UTC with a ``Z``.  We read the strict form silently and a few
bent forms with a note: no timezone (read as UTC), an offset without a colon
(``+0000``), a space instead of ``T``, a date alone, RFC 2822 dates, Unix
epoch seconds or milliseconds, and ``DD.MM.YYYY``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?P<sep>[Tt ])(?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?P<frac>[.,]\d+)?\s*(?P<tz>[Zz]|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$"
)
_STRICT = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)"
)
"""The form peers are supposed to send (and we write): read by ``datetime.fromisoformat``."""
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_EPOCH = re.compile(r"^\d{9,13}$")
_DIGIT = re.compile(r"\d")


class TimestampUnreadable(ValueError):
    """The text is not a date and time in any form we know."""


def write_timestamp(moment: datetime) -> str:
    """``xs:dateTime`` in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is not UTC:
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    # "YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00": milliseconds are cut, not rounded, as we write
    # them (one plain isoformat() and a slice: the cheapest way, and every message has some)
    text = moment.isoformat()
    return text[:23] + "Z" if moment.microsecond else text[:19] + "Z"


def read_timestamp(text: str) -> tuple[datetime, str | None]:
    """An aware datetime and a note saying how the text was bent (None when strict)."""
    raw = text.strip()
    if _STRICT.fullmatch(raw):
        try:
            return datetime.fromisoformat(raw), None
        except ValueError:
            raise TimestampUnreadable(f"“{raw}” is not a real date and time.") from None
    match = _ISO.match(raw)
    if match:
        return _from_iso(raw, match)
    if _DIGIT.search(raw) is None:  # no form below, e-mail dates included, lacks digits
        raise TimestampUnreadable(f"“{raw}” is not a date and time.")
    if _DATE_ONLY.match(raw):
        moment = _checked(lambda: datetime.strptime(raw, "%Y-%m-%d"), raw)
        return moment.replace(tzinfo=UTC), f"“{raw}” is a date without a time; read as 00:00 UTC"
    dotted = _DOTTED.match(raw)
    if dotted:
        day, month, year, hour, minute, second = dotted.groups()
        moment = _checked(
            lambda: datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                tzinfo=UTC,
            ),
            raw,
        )
        return moment, f"“{raw}” is in day.month.year form; read as UTC"
    if _EPOCH.match(raw):
        seconds = int(raw) / (1000 if len(raw) > 11 else 1)
        moment = datetime.fromtimestamp(seconds, UTC)
        return moment, f"“{raw}” is a Unix time; read as {write_timestamp(moment)}"
    try:
        mailed: datetime | None = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        mailed = None
    if mailed is not None:
        if mailed.tzinfo is None:
            mailed = mailed.replace(tzinfo=UTC)
        return mailed, f"“{raw}” is an e-mail style date; read as {write_timestamp(mailed)}"
    raise TimestampUnreadable(f"“{raw}” is not a date and time.")


def _from_iso(raw: str, match: re.Match[str]) -> tuple[datetime, str | None]:
    day, sep, clock, frac, tz_text = match.group("date", "sep", "time", "frac", "tz")
    bends: list[str] = []
    if sep != "T":
        bends.append("a space instead of T" if sep == " " else "a lower-case t")
    if len(clock) == 5:  # HH:MM
        clock += ":00"
        bends.append("no seconds")
    micro = 0
    if frac:
        if frac[0] == ",":
            bends.append("a decimal comma")
        micro = int((frac[1:] + "000000")[:6])
    tz: timezone
    if tz_text is None:
        tz = UTC
        bends.append("no timezone, read as UTC")
    elif tz_text == "Z":
        tz = UTC
    elif tz_text in ("z", "UTC", "GMT"):
        tz = UTC
        bends.append(f"“{tz_text}” for UTC")
    else:
        digits = tz_text[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if ":" not in tz_text:
            bends.append("an offset without a colon")
        if hours > 14 or minutes > 59:
            raise TimestampUnreadable(f"“{raw}” has an impossible timezone offset.")
        offset = hours * 60 + minutes
        tz = _offset(-offset if tz_text[0] == "-" else offset)
    try:
        moment = datetime(
            int(day[:4]),
            int(day[5:7]),
            int(day[8:10]),
            int(clock[:2]),
            int(clock[3:5]),
            int(clock[6:8]),
            micro,
            tzinfo=tz,
        )
    except (ValueError, OverflowError):
        raise TimestampUnreadable(f"“{raw}” is not a real date and time.") from None
    note = f"“{raw}” has {', '.join(bends)}" if bends else None
    return moment, note


@functools.cache
def _offset(minutes: int) -> timezone:
    """The fixed timezone ``minutes`` east of UTC (at most 2 x 15 x 60 of them exist)."""
    return UTC if minutes == 0 else timezone(timedelta(minutes=minutes))


def _checked(make: Callable[[], datetime], raw: str) -> datetime:
    try:
        return make()
    except (ValueError, OverflowError):
        raise TimestampUnreadable(f"“{raw}” is not a real date and time.") from None
