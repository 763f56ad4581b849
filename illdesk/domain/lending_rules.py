"""Lending rules: why we cannot fill a request, and which shelves never lend."""

from __future__ import annotations

from collections.abc import Iterable

#: Reasons for answering "unfilled", in the words the ISO 18626 map recognises.
UNFILLED_REASONS: tuple[tuple[str, str], ...] = (
    ("not_on_shelf", "Not on the shelf"),
    ("in_use", "On loan to someone else"),
    ("not_owned", "Not held by the lender"),
    ("non_circulating", "Does not circulate"),
    ("other", "Other"),
)


def unfilled_note(code: str, note: str = "") -> str:
    """The history note for an unfilled answer; "other" needs the staff's own words."""
    words = dict(UNFILLED_REASONS).get(code)
    if words is None:
        raise ValueError(f"unknown unfilled reason {code!r}")
    if code == "other":
        if not note.strip():
            raise ValueError("Say why the request cannot be filled.")
        return f"Other: {note.strip()}"
    return f"{words}. {note.strip()}".strip() if note.strip() else words


def refuses_location(location: str, do_not_lend: Iterable[str]) -> bool:
    """True when ``location`` is one of the library's do-not-lend shelves (case-insensitive,
    and a listed name also matches locations that start with it: "Reference" covers
    "Reference Desk")."""
    here = location.strip().casefold()
    return bool(here) and any(
        here == s.strip().casefold() or here.startswith(s.strip().casefold() + " ")
        for s in do_not_lend
        if s.strip()
    )
