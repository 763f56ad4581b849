"""SRU 1.1/1.2 searchRetrieve over HTTP: CQL in, MARCXML records out as citations + holdings.

Network trouble never hangs the caller longer than ``timeout`` seconds and always ends in a
:class:`SruError` subclass whose message says what happened in words.  Run searches off
the GUI thread (the ui's BackgroundTask); nothing here blocks on anything but the socket.
"""

from __future__ import annotations

import errno
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode

from lxml import etree

from illdesk.domain.citation import isbn_compact, normalise_issn
from illdesk.domain.errors import DeskError
from illdesk.interop.marc.holdings import HoldingsMapping, catalogue_record
from illdesk.interop.marc.reader import record_from_marcxml, safe_xml_parser
from illdesk.interop.marc.records import CatalogueRecord
from illdesk.interop.sru.targets import Target

MAX_RESPONSE_BYTES = 20 * 1024 * 1024
USER_AGENT = "illdesk/0.1 (interlibrary loan desk)"


class SruError(DeskError):
    """A catalogue search failed; the message says why in words."""


class TargetUnreachable(SruError):
    """Nothing answers at the target's address (refused, unknown host, no network)."""


class TargetTimeout(SruError):
    """The target accepted the connection but did not answer in time."""


class TargetBadResponse(SruError):
    """The target answered with something that is not an SRU response."""


class SruDiagnostic(SruError):
    """The target understood the request and refused it (SRU diagnostic)."""

    def __init__(self, message: str, uri: str = "", details: str = "") -> None:
        super().__init__(message)
        self.uri = uri
        self.details = details


# SRU diagnostics (info:srw/diagnostic/1/N) in words for the desk.
_DIAGNOSTICS = {
    "1": "the catalogue had an internal error",
    "4": "the catalogue does not support this operation",
    "6": "a search setting has a value the catalogue does not accept",
    "7": "a required search setting is missing",
    "10": "the catalogue cannot read the search (query syntax error)",
    "16": "the catalogue cannot search in this index",
    "19": "the catalogue does not support this relation",
    "22": "the catalogue does not accept this combination of searches",
    "27": "the search has no words to look for",
    "61": "the first record asked for is beyond the end of the results",
    "66": "the catalogue cannot send records in the asked-for format",
    "235": "the database does not exist on this catalogue",
}


@dataclass(frozen=True)
class SearchResult:
    target: Target
    query: str
    total: int
    records: tuple[CatalogueRecord, ...]
    skipped: tuple[str, ...] = ()  # records in the response we could not read, with reasons


def _cql_term(value: str) -> str:
    cleaned = " ".join(value.split())
    escaped = cleaned.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("*", "\\*").replace("?", "\\?").replace("^", "\\^")
    return f'"{escaped}"'


def build_cql(
    title: str = "", author: str = "", isbn: str = "", issn: str = "", any_words: str = ""
) -> str:
    """CQL for the given fields, joined with ``and``; raises SruError when all are empty.

    ISBNs are searched in both the 10- and 13-digit forms where both exist (catalogues
    store whichever was printed); ISSNs in the hyphenated form.
    """
    clauses: list[str] = []
    if title.strip():
        clauses.append(f"dc.title all {_cql_term(title)}")
    if author.strip():
        clauses.append(f"dc.creator all {_cql_term(author)}")
    if isbn.strip():
        compact = isbn_compact(isbn)
        if not compact:
            raise SruError(f"“{isbn}” is not a valid ISBN, so it cannot be searched.")
        forms = [compact]
        try:
            from stdnum import isbn as stdnum_isbn

            other = (
                stdnum_isbn.to_isbn10(compact)
                if len(compact) == 13
                else stdnum_isbn.to_isbn13(compact)
            )
            if other and other != compact:
                forms.append(str(other).replace("-", ""))
        except Exception:  # a 979 ISBN has no 10-digit form
            pass
        joined = " or ".join(f"bath.isbn={_cql_term(f)}" for f in forms)
        clauses.append(f"({joined})" if len(forms) > 1 else joined)
    if issn.strip():
        normal = normalise_issn(issn)
        if not normal:
            raise SruError(f"“{issn}” is not a valid ISSN, so it cannot be searched.")
        clauses.append(f"bath.issn={_cql_term(normal)}")
    if any_words.strip():
        clauses.append(f"cql.anywhere all {_cql_term(any_words)}")
    if not clauses:
        raise SruError("Type a title, author, ISBN or ISSN to search for.")
    return " and ".join(clauses)


def search_url(target: Target, cql: str, maximum_records: int = 20, start_record: int = 1) -> str:
    params = {
        "version": target.version,
        "operation": "searchRetrieve",
        "query": cql,
        "startRecord": str(start_record),
        "maximumRecords": str(maximum_records),
        "recordSchema": target.record_schema,
        "recordPacking": "xml",
    }
    separator = "&" if "?" in target.search_url else "?"
    return f"{target.search_url}{separator}{urlencode(params)}"


def fetch(url: str, timeout: float, target_name: str) -> bytes:
    """GET ``url``; every failure becomes an SruError in words."""
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/xml, application/xml"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        # SRU servers may send diagnostics with an error status; keep the body to read them.
        body = exc.read(MAX_RESPONSE_BYTES + 1) if exc.fp is not None else b""
        exc.close()
        if not body.lstrip().startswith(b"<"):
            raise TargetBadResponse(
                f"{target_name} answered with HTTP error {exc.code} ({exc.reason})."
            ) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise TargetTimeout(
                f"{target_name} did not answer within {timeout:g} seconds; it may be down or "
                "slow. Try again later or search another catalogue."
            ) from exc
        if isinstance(reason, ConnectionRefusedError) or (
            isinstance(reason, OSError) and reason.errno == errno.ECONNREFUSED
        ):
            raise TargetUnreachable(
                f"{target_name} refused the connection: the catalogue server is not running "
                "at that address."
            ) from exc
        if isinstance(reason, socket.gaierror):
            raise TargetUnreachable(
                f"The address of {target_name} cannot be found (no network, or the name is wrong)."
            ) from exc
        raise TargetUnreachable(f"{target_name} cannot be reached ({reason}).") from exc
    except TimeoutError as exc:
        raise TargetTimeout(
            f"{target_name} did not answer within {timeout:g} seconds; it may be down or "
            "slow. Try again later or search another catalogue."
        ) from exc
    except (ConnectionError, OSError) as exc:
        raise TargetUnreachable(f"The connection to {target_name} broke off ({exc}).") from exc
    if len(body) > MAX_RESPONSE_BYTES:
        raise TargetBadResponse(f"{target_name} sent more than 20 MB; ask for fewer records.")
    return body


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def _text(element: etree._Element, name: str) -> str:
    for child in element.iter():
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def diagnostic_error(diagnostic: etree._Element, target_name: str) -> SruDiagnostic:
    uri = _text(diagnostic, "uri")
    details = _text(diagnostic, "details")
    message = _text(diagnostic, "message")
    number = uri.rsplit("/", 1)[-1] if uri.startswith("info:srw/diagnostic/1/") else ""
    words = _DIAGNOSTICS.get(number) or message or "the catalogue refused the search"
    extra = f" ({message}{': ' + details if details else ''})" if message else ""
    return SruDiagnostic(f"{target_name}: {words}{extra}.", uri, details)


def parse_response(body: bytes, target: Target, query: str = "") -> SearchResult:
    """A searchRetrieveResponse -> records; raises SruDiagnostic / TargetBadResponse."""
    try:
        root = etree.fromstring(body, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise TargetBadResponse(
            f"{target.name} did not send valid XML ({exc.msg}); is the address an SRU server?"
        ) from exc
    if _local(root.tag) not in ("searchRetrieveResponse", "explainResponse"):
        raise TargetBadResponse(
            f"{target.name} sent “{_local(root.tag)}” instead of an SRU search response."
        )
    records_el = [e for e in root if _local(e.tag) == "records"]
    diagnostics = _children(root, "diagnostic")
    fatal = [
        d for d in diagnostics if not any(_local(p.tag) == "record" for p in d.iterancestors())
    ]
    if fatal and not records_el:
        raise diagnostic_error(fatal[0], target.name)
    total_text = _text(root, "numberOfRecords")
    try:
        total = int(total_text) if total_text else 0
    except ValueError:
        total = 0
    mapping = HoldingsMapping.for_tag(target.holdings_tag)
    found: list[CatalogueRecord] = []
    skipped: list[str] = []
    for records in records_el:
        for position, record in enumerate(
            (r for r in records if _local(r.tag) == "record"), start=1
        ):
            data = next((c for c in record if _local(c.tag) == "recordData"), None)
            if data is None:
                skipped.append(f"Record {position} has no data.")
                continue
            marc = next((e for e in data.iter() if _local(e.tag) == "record"), None)
            if marc is None and (data.text or "").strip().startswith("<"):
                try:  # recordPacking=string: the record is escaped text
                    marc = etree.fromstring(data.text.strip().encode("utf-8"), safe_xml_parser())
                except etree.XMLSyntaxError:
                    marc = None
            if marc is None:
                problem = next((d for d in data.iter() if _local(d.tag) == "diagnostic"), None)
                if problem is not None:
                    skipped.append(f"Record {position}: {diagnostic_error(problem, target.name)}")
                else:
                    skipped.append(
                        f"Record {position} is not MARCXML (schema {target.record_schema})."
                    )
                continue
            try:
                found.append(catalogue_record(record_from_marcxml(marc), mapping))
            except Exception as exc:
                skipped.append(f"Record {position} could not be read ({exc}).")
    return SearchResult(target, query, total, tuple(found), tuple(skipped))


def search(
    target: Target,
    cql: str,
    maximum_records: int = 20,
    timeout: float = 10.0,
    start_record: int = 1,
) -> SearchResult:
    """Run one searchRetrieve; raises SruError subclasses in words."""
    if target.protocol != "sru":
        raise SruError(f"{target.name} is a Z39.50 target; search it with the Z39.50 client.")
    if not 0 <= maximum_records <= 500:
        raise SruError("Ask for between 0 and 500 records at a time.")
    body = fetch(search_url(target, cql, maximum_records, start_record), timeout, target.name)
    return parse_response(body, target, cql)
