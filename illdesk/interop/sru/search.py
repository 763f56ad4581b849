"""One entry point for the search window: SRU or Z39.50, chosen by the target's address."""

from __future__ import annotations

from illdesk.domain.citation import Citation, isbn_compact, normalise_issn
from illdesk.interop.sru import client, z3950
from illdesk.interop.sru.client import SearchResult
from illdesk.interop.sru.targets import Target


def search_catalogue(
    target: Target,
    *,
    title: str = "",
    author: str = "",
    isbn: str = "",
    issn: str = "",
    maximum_records: int = 20,
    timeout: float = 10.0,
) -> SearchResult:
    """Search one target by fields; raises SruError subclasses (in words) on any failure.

    Blocks for at most about ``timeout`` seconds: run it in a BackgroundTask, one per target.
    """
    if target.protocol == "z3950":
        pqf = z3950.build_pqf(title=title, author=author, isbn=isbn, issn=issn)
        return z3950.search(target, pqf, maximum_records, timeout)
    cql = client.build_cql(title=title, author=author, isbn=isbn, issn=issn)
    return client.search(target, cql, maximum_records, timeout)


def _oclc_digits(text: str) -> str:
    number = text.split(")", 1)[-1]
    return "".join(ch for ch in number if ch.isdigit())


def find_work(
    target: Target,
    citation: Citation,
    *,
    maximum_records: int = 10,
    timeout: float = 10.0,
) -> SearchResult:
    """Search ``target`` for the work of ``citation``: by ISBN, ISSN or OCLC number first,
    then by title and author when no number finds anything.

    A number the target cannot search (an index it does not have, an ISBN it rejects) just
    moves on to the next way; a target that is down raises at once (SruError subclasses).
    """
    tries: list[dict[str, str]] = []
    compact = isbn_compact(citation.isbn)
    if compact:
        tries.append({"isbn": compact})
        other = _other_isbn_form(compact)
        if other and target.protocol == "z3950":  # SRU's CQL already asks for both forms
            tries.append({"isbn": other})
    if normalise_issn(citation.issn):
        tries.append({"issn": citation.issn})
    oclc = _oclc_digits(citation.oclc_number).lstrip("0")
    if oclc:
        tries.append({"oclc": oclc})
    title = citation.title or citation.journal
    if title.strip():
        tries.append({"title": title, "author": _surname(citation.author)})
    if not tries:
        raise client.SruError("The request has no ISBN, ISSN, OCLC number or title to search for.")
    last: SearchResult | None = None
    for fields in tries:
        try:
            if "oclc" in fields:
                result = _search_oclc(target, fields["oclc"], maximum_records, timeout)
            else:
                result = search_catalogue(
                    target, maximum_records=maximum_records, timeout=timeout, **fields
                )
        except (client.TargetUnreachable, client.TargetTimeout, client.TargetBadResponse):
            raise
        except client.SruError as exc:
            if len(tries) == 1:
                raise
            last = SearchResult(target, str(exc), 0, ())
            continue
        if result.records:
            return result
        last = result
    assert last is not None
    return last


def _other_isbn_form(compact: str) -> str:
    """The ISBN-13 of an ISBN-10 and back ("" for a 979 ISBN, which has no ISBN-10)."""
    from stdnum import isbn as stdnum_isbn

    try:
        if len(compact) == 13:
            return str(stdnum_isbn.to_isbn10(compact)).replace("-", "")
        return str(stdnum_isbn.to_isbn13(compact)).replace("-", "")
    except Exception:
        return ""


def _surname(author: str) -> str:
    """The author's first word ("Stringer, Arthur J." -> "Stringer"): catalogues differ in
    the rest, and ``all`` of every word would miss the record over an initial."""
    words = author.replace(",", " ").split()
    return words[0] if words else ""


def _search_oclc(target: Target, digits: str, maximum_records: int, timeout: float) -> SearchResult:
    if target.protocol == "z3950":
        return z3950.search(target, f'@attr 1=1211 "{digits}"', maximum_records, timeout)
    cql = f'rec.identifier="(OCoLC){digits}" or bath.standardIdentifier="{digits}"'
    return client.search(target, cql, maximum_records, timeout)
