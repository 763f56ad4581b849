"""One entry point for the search window: SRU or Z39.50, chosen by the target's address."""

from __future__ import annotations

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
