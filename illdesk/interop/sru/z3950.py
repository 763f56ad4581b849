"""Z39.50 search through YAZ's ``yaz-client`` when it is installed (no Python Z39.50 stack).

yaz-client is driven through its stdin; the records it retrieves are written in ISO 2709
to a temporary file (``set_marcdump``) and read back with the MARC reader, so the result
is the same kind of :class:`SearchResult` as an SRU search.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from illdesk.domain.citation import isbn_compact, normalise_issn
from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.marc.reader import read_iso2709
from illdesk.interop.marc.records import CatalogueRecord, Skipped
from illdesk.interop.sru.client import (
    SearchResult,
    SruError,
    TargetTimeout,
    TargetUnreachable,
)
from illdesk.interop.sru.targets import Target

# bib-1 use attributes
_USE = {"title": 4, "author": 1003, "isbn": 7, "issn": 8, "any": 1016}


class Z3950Unavailable(SruError):
    """yaz-client is not installed on this computer."""


def yaz_client_path() -> str | None:
    return shutil.which("yaz-client")


def available() -> bool:
    return yaz_client_path() is not None


def _pqf_term(value: str) -> str:
    cleaned = " ".join(value.replace("\\", " ").replace('"', " ").split())
    return f'"{cleaned}"'


def build_pqf(title: str = "", author: str = "", isbn: str = "", issn: str = "") -> str:
    """A PQF query (bib-1 attributes, word lists) for the given fields, ANDed together."""
    clauses: list[str] = []
    if title.strip():
        clauses.append(f"@attr 1={_USE['title']} @attr 4=6 {_pqf_term(title)}")
    if author.strip():
        clauses.append(f"@attr 1={_USE['author']} @attr 4=6 {_pqf_term(author)}")
    if isbn.strip():
        compact = isbn_compact(isbn)
        if not compact:
            raise SruError(f"“{isbn}” is not a valid ISBN, so it cannot be searched.")
        clauses.append(f"@attr 1={_USE['isbn']} {_pqf_term(compact)}")
    if issn.strip():
        normal = normalise_issn(issn)
        if not normal:
            raise SruError(f"“{issn}” is not a valid ISSN, so it cannot be searched.")
        clauses.append(f"@attr 1={_USE['issn']} {_pqf_term(normal)}")
    if not clauses:
        raise SruError("Type a title, author, ISBN or ISSN to search for.")
    query = clauses[-1]
    for clause in reversed(clauses[:-1]):
        query = f"@and {clause} {query}"
    return query


def search(
    target: Target, pqf: str, maximum_records: int = 10, timeout: float = 10.0
) -> SearchResult:
    """Search a Z39.50 target; raises Z3950Unavailable when yaz-client is missing."""
    client = yaz_client_path()
    if client is None:
        raise Z3950Unavailable(
            "Z39.50 search needs the YAZ tools (yaz-client), which are not installed on this "
            "computer. Use an SRU address for this catalogue, or install YAZ."
        )
    if "\n" in pqf or "\r" in pqf:
        raise SruError("A search must be one line.")
    with tempfile.TemporaryDirectory(prefix="illdesk-z3950-") as work:
        dump = Path(work) / "records.mrc"
        commands = [
            f"open tcp:{target.z3950_address}",
            f"set_marcdump {dump}",
            "format usmarc",
            f"find {pqf}",
        ]
        commands += [f"show {n}+1" for n in range(1, maximum_records + 1)]
        commands.append("quit")
        try:
            run = subprocess.run(
                [client],
                input="\n".join(commands) + "\n",
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
                encoding="utf-8",
                errors="replace",
            )
        except subprocess.TimeoutExpired as exc:
            raise TargetTimeout(
                f"{target.name} did not answer within {timeout:g} seconds (Z39.50)."
            ) from exc
        output = run.stdout + run.stderr
        if "Connecting...error" in output or "Connection rejected" in output:
            raise TargetUnreachable(
                f"{target.name} cannot be reached by Z39.50 at {target.z3950_address}."
            )
        hits = re.search(r"Number of hits: (\d+)", output)
        if hits is None:
            problem = re.search(r"Diagnostic message\(s\) from database:\s*\n\s*(.+)", output)
            reason = problem.group(1).strip() if problem else "no search result came back"
            raise SruError(f"{target.name} refused the Z39.50 search: {reason}.")
        data = dump.read_bytes() if dump.exists() else b""
    mapping = HoldingsMapping.for_tag(target.holdings_tag)
    records: list[CatalogueRecord] = []
    skipped: list[str] = []
    if data:
        for result in read_iso2709(data, mapping):
            if isinstance(result, Skipped):
                skipped.append(f"Record {result.index}: {result.reason}.")
            else:
                records.append(result)
    return SearchResult(target, pqf, int(hits.group(1)), tuple(records), tuple(skipped))
