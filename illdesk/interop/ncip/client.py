"""NCIP 2.02 client: the ILS creates, lends, takes back and deletes the borrowed item.

The desk's steps map to NCIP services:

* item received from the lender -> ``AcceptItem`` (temporary item + hold for the patron)
* patron collects it -> ``CheckOutItem``; patron returns it -> ``CheckInItem``
* item goes back to the lender -> ``DeleteItem`` (temporary item removed)
* patron look-up at the desk -> ``LookupUser``

Every message is validated against the NCIP 2.02 XSD before it is sent; a message that
does not validate is never sent (:class:`NcipInvalidMessage`).  Responses are read by
element name and their ``Problem`` elements become :class:`NcipRefused` in words.
"""

from __future__ import annotations

import errno
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from illdesk.interop.ncip.messages import (
    BibliographicRef,
    CheckInResult,
    CheckOutResult,
    Exchange,
    NcipBadResponse,
    NcipEndpoint,
    NcipError,
    NcipInvalidMessage,
    NcipProblem,
    NcipRefused,
    NcipTimeout,
    NcipUnreachable,
    TemporaryItem,
    UserInfo,
)

NCIP_NS = "http://www.niso.org/2008/ncip"
NCIP_VERSION = "http://www.niso.org/schemas/ncip/v2_02/ncip_v2_02.xsd"
MAX_RESPONSE_BYTES = 5 * 1024 * 1024
_N = f"{{{NCIP_NS}}}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


@lru_cache(maxsize=4)
def load_schema(xsd_path: str) -> etree.XMLSchema:
    """The NCIP schema (cached per path); raises NcipError in words when it cannot load."""
    try:
        return etree.XMLSchema(etree.parse(xsd_path, _parser()))
    except OSError as exc:
        raise NcipError(f"The NCIP schema file {xsd_path} cannot be read ({exc}).") from exc
    except (etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
        raise NcipError(f"The NCIP schema file {xsd_path} is not a usable XSD ({exc}).") from exc


def validation_errors(document: etree._Element | bytes, xsd_path: str | Path) -> list[str]:
    """Schema errors as "line N: message" (empty list = valid)."""
    schema = load_schema(str(xsd_path))
    if isinstance(document, bytes):
        try:
            document = etree.fromstring(document, _parser())
        except etree.XMLSyntaxError as exc:
            return [f"line {exc.lineno}: {exc.msg}"]
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" if e.line else e.message for e in schema.error_log]


# ---- building ---------------------------------------------------------------------------


def _sub(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, _N + name)
    if text is not None:
        element.text = text
    return element


def _message(service: str, endpoint: NcipEndpoint) -> tuple[etree._Element, etree._Element]:
    root = etree.Element(_N + "NCIPMessage", nsmap={None: NCIP_NS, "ncip": NCIP_NS})
    root.set(_N + "version", NCIP_VERSION)
    body = _sub(root, service)
    header = _sub(body, "InitiationHeader")
    _sub(_sub(header, "FromAgencyId"), "AgencyId", endpoint.from_agency)
    _sub(_sub(header, "ToAgencyId"), "AgencyId", endpoint.to_agency)
    return root, body


def _id(parent: etree._Element, kind: str, value: str, agency: str) -> None:
    element = _sub(parent, f"{kind}Id")
    if agency:
        _sub(element, "AgencyId", agency)
    _sub(element, f"{kind}IdentifierValue", value)


def _when(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="seconds")


def _require(value: str, what: str) -> str:
    text = value.strip()
    if not text:
        raise NcipInvalidMessage(f"The {what} is empty; the ILS needs it.")
    return text


def build_accept_item(endpoint: NcipEndpoint, item: TemporaryItem) -> etree._Element:
    root, body = _message("AcceptItem", endpoint)
    _id(body, "Request", _require(item.request_id, "ILL request number"), endpoint.from_agency)
    _sub(body, "RequestedActionType", item.requested_action)
    _id(body, "User", _require(item.user_id, "patron id"), endpoint.agency_for_ids)
    _id(body, "Item", _require(item.item_barcode, "item barcode"), endpoint.agency_for_ids)
    if item.date_for_return is not None:
        _sub(body, "DateForReturn", _when(item.date_for_return))
    optional = _sub(body, "ItemOptionalFields")
    bib = _sub(optional, "BibliographicDescription")
    if item.author.strip():
        _sub(bib, "Author", item.author.strip())
    if item.isbn.strip():
        bib_id = _sub(bib, "BibliographicItemId")
        _sub(bib_id, "BibliographicItemIdentifier", item.isbn.strip())
        _sub(bib_id, "BibliographicItemIdentifierCode", "ISBN")
    _sub(bib, "Title", _require(item.title, "title"))
    if item.call_number.strip():
        _sub(_sub(optional, "ItemDescription"), "CallNumber", item.call_number.strip())
    if item.pickup_location.strip():
        _sub(body, "PickupLocation", item.pickup_location.strip())
    return root


def build_check_out_item(
    endpoint: NcipEndpoint, user_id: str, item_id: str, desired_due: datetime | None = None
) -> etree._Element:
    root, body = _message("CheckOutItem", endpoint)
    _id(body, "User", _require(user_id, "patron id"), endpoint.agency_for_ids)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    if desired_due is not None:
        _sub(body, "DesiredDateDue", _when(desired_due))
    return root


def build_check_in_item(endpoint: NcipEndpoint, item_id: str) -> etree._Element:
    root, body = _message("CheckInItem", endpoint)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    return root


def build_lookup_user(endpoint: NcipEndpoint, user_id: str) -> etree._Element:
    root, body = _message("LookupUser", endpoint)
    _id(body, "User", _require(user_id, "patron id"), endpoint.agency_for_ids)
    for element_type in (
        "Name Information",
        "User Address Information",
        "User Privilege",
        "Block Or Trap",
    ):
        _sub(body, "UserElementType", element_type)
    return root


def build_delete_item(endpoint: NcipEndpoint, item_id: str) -> etree._Element:
    root, body = _message("DeleteItem", endpoint)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    return root


# ---- the ILL messages (Koha's NCIP server) --------------------------------------------


def _bibliographic_id(parent: etree._Element, bib: BibliographicRef) -> None:
    """ISBN/ISSN as a BibliographicItemId, else our record id as a BibliographicRecordId."""
    element = _sub(parent, "BibliographicId")
    if bib.isbn.strip() or bib.issn.strip():
        item_id = _sub(element, "BibliographicItemId")
        _sub(item_id, "BibliographicItemIdentifier", (bib.isbn or bib.issn).strip())
        _sub(item_id, "BibliographicItemIdentifierCode", "ISBN" if bib.isbn.strip() else "ISSN")
    else:
        record = _sub(element, "BibliographicRecordId")
        _sub(record, "BibliographicRecordIdentifier", _require(bib.request_id, "request number"))
        _sub(record, "BibliographicRecordIdentifierCode", "Accession Number")


def _item_optional(parent: etree._Element, bib: BibliographicRef) -> None:
    optional = _sub(parent, "ItemOptionalFields")
    description = _sub(optional, "BibliographicDescription")
    if bib.author.strip():
        _sub(description, "Author", bib.author.strip())
    _sub(description, "Title", _require(bib.title, "title"))


def _shipping(parent: etree._Element, address: str) -> None:
    shipping = _sub(parent, "ShippingInformation")
    physical = _sub(shipping, "PhysicalAddress")
    unstructured = _sub(physical, "UnstructuredAddress")
    _sub(unstructured, "UnstructuredAddressType", "Newline-Delimited Text")
    _sub(unstructured, "UnstructuredAddressData", _require(address, "shipping address"))
    _sub(physical, "PhysicalAddressType", "Postal Address")


def build_lookup_agency(endpoint: NcipEndpoint) -> etree._Element:
    root, body = _message("LookupAgency", endpoint)
    _sub(body, "AgencyId", _require(endpoint.to_agency, "ILS agency id"))
    _sub(body, "AgencyElementType", "Organization Name Information")
    return root


def build_item_requested(
    endpoint: NcipEndpoint, user_id: str, bib: BibliographicRef
) -> etree._Element:
    """Our patron asked for a title we are borrowing (the ILS opens its ILL request)."""
    root, body = _message("ItemRequested", endpoint)
    _id(body, "User", _require(user_id, "patron id"), endpoint.agency_for_ids)
    _bibliographic_id(body, bib)
    _id(body, "Request", _require(bib.request_id, "ILL request number"), endpoint.from_agency)
    _sub(body, "RequestType", "Loan")
    _sub(body, "RequestScopeType", "Bibliographic Item")
    if bib.pickup_location.strip():
        _sub(body, "PickupLocation", bib.pickup_location.strip())
    _item_optional(body, bib)
    return root


def build_request_item(
    endpoint: NcipEndpoint, user_id: str, item_id: str, bib: BibliographicRef
) -> etree._Element:
    """Hold one of our copies for the borrowing library's account (lending)."""
    root, body = _message("RequestItem", endpoint)
    _id(body, "User", _require(user_id, "borrowing library's account"), endpoint.agency_for_ids)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    _id(body, "Request", _require(bib.request_id, "ILL request number"), endpoint.from_agency)
    _sub(body, "RequestType", "Hold")
    _sub(body, "RequestScopeType", "Item")
    return root


def build_item_shipped(
    endpoint: NcipEndpoint,
    request_id: str,
    item_id: str,
    when: datetime,
    address: str,
    user_id: str = "",
) -> etree._Element:
    root, body = _message("ItemShipped", endpoint)
    _id(body, "Request", _require(request_id, "ILL request number"), endpoint.from_agency)
    if item_id.strip():
        _id(body, "Item", item_id.strip(), endpoint.agency_for_ids)
    if user_id.strip():
        _id(body, "User", user_id.strip(), endpoint.agency_for_ids)
    _sub(body, "DateShipped", _when(when))
    _shipping(body, address)
    return root


def build_item_received(
    endpoint: NcipEndpoint, item_id: str, request_id: str, when: datetime, user_id: str = ""
) -> etree._Element:
    root, body = _message("ItemReceived", endpoint)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    if user_id.strip():
        _id(body, "User", user_id.strip(), endpoint.agency_for_ids)
    _id(body, "Request", _require(request_id, "ILL request number"), endpoint.from_agency)
    _sub(body, "DateReceived", _when(when))
    return root


def build_renew_item(
    endpoint: NcipEndpoint, user_id: str, item_id: str, desired_due: datetime | None = None
) -> etree._Element:
    root, body = _message("RenewItem", endpoint)
    _id(body, "User", _require(user_id, "patron id"), endpoint.agency_for_ids)
    _id(body, "Item", _require(item_id, "item barcode"), endpoint.agency_for_ids)
    if desired_due is not None:
        _sub(body, "DesiredDateDue", _when(desired_due))
    return root


def build_cancel_request_item(
    endpoint: NcipEndpoint, user_id: str, request_id: str, request_type: str = "Loan"
) -> etree._Element:
    root, body = _message("CancelRequestItem", endpoint)
    _id(body, "User", _require(user_id, "patron id"), endpoint.agency_for_ids)
    _id(body, "Request", _require(request_id, "ILL request number"), endpoint.from_agency)
    _sub(body, "RequestType", request_type)
    return root


# ---- reading ----------------------------------------------------------------------------


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _find(element: etree._Element, *path: str) -> etree._Element | None:
    current: etree._Element | None = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    return current


def _text(element: etree._Element | None, *path: str) -> str:
    found = _find(element, *path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def problems_in(body: etree._Element) -> list[NcipProblem]:
    return [
        NcipProblem(
            _text(p, "ProblemType"),
            _text(p, "ProblemDetail"),
            _text(p, "ProblemElement"),
            _text(p, "ProblemValue"),
        )
        for p in body
        if _local(p.tag) == "Problem"
    ]


def parse_response(data: bytes, service: str) -> etree._Element:
    """The ``<serviceResponse>`` element; raises NcipRefused / NcipBadResponse in words."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise NcipBadResponse(f"The ILS did not answer {service} with XML ({exc.msg}).") from exc
    if _local(root.tag) != "NCIPMessage":
        raise NcipBadResponse(
            f"The ILS answered {service} with “{_local(root.tag)}”, not an NCIP message."
        )
    body = next((c for c in root if _local(c.tag) == f"{service}Response"), None)
    if body is None:
        # Some servers answer with a bare Problem element when the message is unreadable.
        problem = next((c for c in root.iter() if _local(c.tag) == "Problem"), None)
        if problem is not None and problem.getparent() is not None:
            found = problems_in(problem.getparent())
            raise NcipRefused(_refusal(service, found), found)
        got = ", ".join(_local(c.tag) for c in root) or "nothing"
        raise NcipBadResponse(f"The ILS answered {service} with {got}.")
    found = problems_in(body)
    if found:
        raise NcipRefused(_refusal(service, found), found)
    return body


_SERVICE_WORDS = {
    "AcceptItem": "creating the temporary item",
    "CheckOutItem": "the check-out",
    "CheckInItem": "the check-in",
    "LookupUser": "the patron look-up",
    "DeleteItem": "deleting the temporary item",
    "LookupAgency": "the agency look-up",
    "ItemRequested": "opening the ILL request",
    "RequestItem": "the hold on our copy",
    "ItemShipped": "recording the shipment",
    "ItemReceived": "recording the arrival",
    "RenewItem": "the renewal",
    "CancelRequestItem": "cancelling the request",
}


def _refusal(service: str, problems: list[NcipProblem]) -> str:
    what = _SERVICE_WORDS.get(service, service)
    return f"The library system refused {what}: " + "; ".join(p.words() for p in problems) + "."


def _parse_datetime(text: str) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


# ---- sending ----------------------------------------------------------------------------

Transport = Callable[[str, bytes, float], bytes]


def http_post(url: str, data: bytes, timeout: float) -> bytes:
    """POST an NCIP message; network failures become NcipError subclasses in words."""
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/xml; charset=utf-8", "User-Agent": "illdesk/0.1"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        body = exc.read(MAX_RESPONSE_BYTES + 1) if exc.fp is not None else b""
        exc.close()
        if b"NCIPMessage" not in body:
            raise NcipBadResponse(
                f"The ILS answered with HTTP error {exc.code} ({exc.reason})."
            ) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise NcipTimeout(f"The ILS did not answer within {timeout:g} seconds.") from exc
        if isinstance(reason, OSError) and reason.errno == errno.ECONNREFUSED:
            raise NcipUnreachable(
                f"The ILS refused the connection at {url}: its NCIP service is not running there."
            ) from exc
        raise NcipUnreachable(f"The ILS cannot be reached at {url} ({reason}).") from exc
    except TimeoutError as exc:
        raise NcipTimeout(f"The ILS did not answer within {timeout:g} seconds.") from exc
    except OSError as exc:
        raise NcipUnreachable(f"The connection to the ILS broke off ({exc}).") from exc
    if len(body) > MAX_RESPONSE_BYTES:
        raise NcipBadResponse("The ILS sent an answer larger than 5 MB.")
    return body


class NcipClient:
    """One ILS endpoint.  Each method is one NCIP exchange; errors are NcipError subclasses."""

    def __init__(
        self, endpoint: NcipEndpoint, xsd_path: str | Path, transport: Transport = http_post
    ) -> None:
        self.endpoint = endpoint
        self.xsd_path = str(xsd_path)
        self.transport = transport
        self.exchanges: list[Exchange] = []
        load_schema(self.xsd_path)  # fail early, in words, if the XSD is missing

    def _send(self, document: etree._Element, service: str) -> etree._Element:
        errors = validation_errors(document, self.xsd_path)
        data = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
        if errors:
            raise NcipInvalidMessage(
                f"The {service} message does not match the NCIP 2.02 schema and was not sent: "
                f"{errors[0]}"
            )
        exchange = Exchange(service, data)
        self.exchanges.append(exchange)
        exchange.received = self.transport(self.endpoint.url, data, self.endpoint.timeout)
        try:
            return parse_response(exchange.received, service)
        except NcipRefused as exc:
            exchange.problems = exc.problems
            raise

    def accept_item(self, item: TemporaryItem) -> str:
        """Create the temporary item and the hold; returns the ILS's item id."""
        body = self._send(build_accept_item(self.endpoint, item), "AcceptItem")
        return _text(body, "ItemId", "ItemIdentifierValue") or item.item_barcode

    def check_out_item(
        self, user_id: str, item_id: str, desired_due: datetime | None = None
    ) -> CheckOutResult:
        body = self._send(
            build_check_out_item(self.endpoint, user_id, item_id, desired_due), "CheckOutItem"
        )
        return CheckOutResult(
            item_id=_text(body, "ItemId", "ItemIdentifierValue") or item_id,
            user_id=_text(body, "UserId", "UserIdentifierValue") or user_id,
            date_due=_parse_datetime(_text(body, "DateDue")),
        )

    def check_in_item(self, item_id: str) -> CheckInResult:
        body = self._send(build_check_in_item(self.endpoint, item_id), "CheckInItem")
        return CheckInResult(
            item_id=_text(body, "ItemId", "ItemIdentifierValue") or item_id,
            user_id=_text(body, "UserId", "UserIdentifierValue"),
        )

    def delete_item(self, item_id: str) -> str:
        body = self._send(build_delete_item(self.endpoint, item_id), "DeleteItem")
        return _text(body, "ItemId", "ItemIdentifierValue") or item_id

    def lookup_agency(self) -> str:
        """The ILS's name for itself (a connection check); raises NcipError in words."""
        body = self._send(build_lookup_agency(self.endpoint), "LookupAgency")
        names = [
            _text(child, "OrganizationName")
            for child in body
            if _local(child.tag) == "OrganizationNameInformation"
        ]
        return next((n for n in names if n), _text(body, "AgencyId") or self.endpoint.to_agency)

    def item_requested(self, user_id: str, bib: BibliographicRef) -> None:
        self._send(build_item_requested(self.endpoint, user_id, bib), "ItemRequested")

    def request_item(self, user_id: str, item_id: str, bib: BibliographicRef) -> None:
        self._send(build_request_item(self.endpoint, user_id, item_id, bib), "RequestItem")

    def item_shipped(
        self, request_id: str, item_id: str, when: datetime, address: str, user_id: str = ""
    ) -> None:
        self._send(
            build_item_shipped(self.endpoint, request_id, item_id, when, address, user_id),
            "ItemShipped",
        )

    def item_received(
        self, item_id: str, request_id: str, when: datetime, user_id: str = ""
    ) -> None:
        self._send(
            build_item_received(self.endpoint, item_id, request_id, when, user_id), "ItemReceived"
        )

    def renew_item(
        self, user_id: str, item_id: str, desired_due: datetime | None = None
    ) -> datetime | None:
        body = self._send(
            build_renew_item(self.endpoint, user_id, item_id, desired_due), "RenewItem"
        )
        return _parse_datetime(_text(body, "DateDue"))

    def cancel_request_item(self, user_id: str, request_id: str) -> None:
        self._send(
            build_cancel_request_item(self.endpoint, user_id, request_id), "CancelRequestItem"
        )

    def lookup_user(self, user_id: str) -> UserInfo:
        body = self._send(build_lookup_user(self.endpoint, user_id), "LookupUser")
        optional = _find(body, "UserOptionalFields")
        name = ""
        email = ""
        privileges: list[str] = []
        blocks: list[str] = []
        valid_to: list[datetime] = []
        if optional is not None:
            personal = _find(optional, "NameInformation", "PersonalNameInformation")
            if personal is not None:
                structured = _find(personal, "StructuredPersonalUserName")
                if structured is not None:
                    name = " ".join(
                        p
                        for p in (_text(structured, "GivenName"), _text(structured, "Surname"))
                        if p
                    )
                name = name or _text(personal, "UnstructuredPersonalUserName")
            for child in optional:
                kind = _local(child.tag)
                if kind == "UserAddressInformation":
                    address = _find(child, "ElectronicAddress")
                    if (
                        address is not None
                        and "mail" in _text(address, "ElectronicAddressType").lower()
                    ):
                        email = email or _text(address, "ElectronicAddressData")
                elif kind == "UserPrivilege":
                    status = _text(child, "UserPrivilegeStatus", "UserPrivilegeStatusType")
                    label = _text(child, "AgencyUserPrivilegeType")
                    privileges.append(f"{label}: {status}" if status else label)
                    until = _parse_datetime(_text(child, "ValidToDate"))
                    if until is not None:
                        valid_to.append(until)
                elif kind == "BlockOrTrap":
                    blocks.append(_text(child, "BlockOrTrapType"))
        return UserInfo(
            user_id=_text(body, "UserId", "UserIdentifierValue") or user_id,
            name=name,
            email=email,
            privileges=tuple(privileges),
            blocks=tuple(blocks),
            valid_to=min(valid_to) if valid_to else None,
        )
