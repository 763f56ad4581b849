"""How sure the desk is that a catalogue record is what a request asks for.

Pure functions: a standard number in common is certain (ISBN-10 and ISBN-13 compared as
13 digits), the same title and author is likely, the same title alone is possible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from illdesk.domain.citation import Citation, isbn13_compact, match_key, normalise_issn
from illdesk.domain.words import N_


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.split(")", 1)[-1]).lstrip("0")


def match_confidence(
    wanted: Citation,
    found: Citation,
    found_isbns: Iterable[str] = (),
    found_issns: Iterable[str] = (),
) -> tuple[float, str]:
    """(confidence 0..1, how in words) of ``found`` being the work ``wanted`` describes."""
    wanted_isbn = isbn13_compact(wanted.isbn)
    if wanted_isbn:
        theirs = {isbn13_compact(i) for i in (found.isbn, *found_isbns)} - {""}
        if wanted_isbn in theirs:
            return 1.0, N_("same ISBN")
    wanted_issn = normalise_issn(wanted.issn)
    if wanted_issn:
        theirs = {normalise_issn(i) for i in (found.issn, *found_issns)} - {""}
        if wanted_issn in theirs:
            return 1.0, N_("same ISSN")
    if wanted.oclc_number.strip() and _digits(wanted.oclc_number) == _digits(found.oclc_number):
        return 1.0, N_("same OCLC number")
    title = wanted.title or wanted.journal
    if not title:
        return 0.0, N_("nothing to compare")
    if wanted.author and match_key(title, wanted.author) == match_key(found.title, found.author):
        return 0.8, N_("same title and author")
    wanted_key = match_key(title, "").rstrip("|")
    found_key = match_key(found.title, "").rstrip("|")
    if wanted_key and found_key and (found_key.startswith(wanted_key) or wanted_key == found_key):
        return 0.5, N_("same title")
    wanted_words = set(wanted_key.split())
    shared = wanted_words & set(found_key.split())
    if wanted_words and len(shared) / len(wanted_words) >= 0.6:
        return 0.3, N_("similar title")
    return 0.1, N_("found by the search only")
