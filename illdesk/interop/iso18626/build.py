"""Dataclass -> ISO 18626 XML, in the schema's element order, validated before it leaves.

:func:`build_message` is the only way illdesk produces a message for a peer: it
writes the ``ISO18626Message`` envelope, checks a few things the XSD cannot
(empty identifiers), validates against the XSD and raises
:class:`MessageInvalid` naming the field when anything is wrong.

The message is written as UTF-8 text (element names are fixed, every value is escaped
and refused when XML cannot carry it), then parsed once and validated: what the XSD
checks are the very bytes that are sent.  That is three times cheaper than building an
lxml tree element by element - lxml parses the namespace URI anew (``xmlParseURI``)
for every namespaced ``SubElement`` - and then serialising it.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from decimal import Decimal

from lxml import etree

from illdesk.domain.errors import DeskError
from illdesk.interop.iso18626.messages import (
    NAMESPACE,
    VERSION,
    Address,
    AgencyId,
    BibliographicInfo,
    BillingInfo,
    Coded,
    Confirmation,
    Costs,
    DeliveryInfo,
    ElectronicAddress,
    Header,
    Message,
    MessageInfo,
    PatronInfo,
    PhysicalAddress,
    PublicationInfo,
    Request,
    RequestedDeliveryInfo,
    RequestingAgencyInfo,
    RequestingAgencyMessage,
    ServiceInfo,
    StatusInfo,
    SupplierInfo,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.safe_xml import thread_parser
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.timestamps import write_timestamp

NSMAP = {"ill": NAMESPACE}
_Q = "{" + NAMESPACE + "}"
_START = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    f'<ill:ISO18626Message xmlns:ill="{NAMESPACE}" ill:version="{VERSION}">'
)
_END = "</ill:ISO18626Message>"

_Out = list[str]
"""The message being written: pieces of text joined at the end."""

# Characters XML 1.0 cannot carry at all (C0 controls but tab, LF, CR; surrogates;
# U+FFFE/U+FFFF), and those that must be written as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL_TEXT = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL_ATTRIBUTE = re.compile('[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_TEXT_REFERENCES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTRIBUTE_REFERENCES = {**_TEXT_REFERENCES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;"}


class MessageInvalid(DeskError):
    """An outgoing message would not be valid ISO 18626; ``field`` names the culprit."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"The ISO 18626 message cannot be sent: {field}: {problem}")
        self.field = field
        self.problem = problem


def build_message(message: Message, schema: Iso18626Schema) -> bytes:
    """UTF-8 bytes of ``message`` in its envelope, validated against ``schema``."""
    data = _write(message)
    check_element(_parse_own(data), schema)
    return data


def check_element(root: etree._Element, schema: Iso18626Schema) -> None:
    """Raise :class:`MessageInvalid` naming the first field the XSD refuses."""
    first = schema.first_problem(root)
    if first is not None:
        raise MessageInvalid(field_name(first.path), _plain(first.message))


def build_element(message: Message) -> etree._Element:
    """The ``ISO18626Message`` element for ``message`` (not yet validated)."""
    return _parse_own(_write(message))


def field_name(xpath: str) -> str:
    """``/ill:ISO18626Message/ill:request/ill:header`` -> ``request.header``."""
    steps = [re.sub(r"^\w+:|\[\d+\]$", "", step) for step in xpath.split("/") if step]
    steps = [step for step in steps if step and step != "ISO18626Message"]
    return ".".join(steps) or "message"


def _plain(message: str) -> str:
    return re.sub(r"\{[^}]*\}", "", message)


def _write(message: Message) -> bytes:
    out: _Out = [_START]
    if isinstance(message, Request):
        _request(out, message)
    elif isinstance(message, SupplyingAgencyMessage):
        _supplying(out, message)
    elif isinstance(message, RequestingAgencyMessage):
        _requesting(out, message)
    elif isinstance(message, Confirmation):
        _confirmation(out, message)
    else:  # pragma: no cover - the Message union is closed
        raise TypeError(f"not an ISO 18626 message: {message!r}")
    out.append(_END)
    return "".join(out).encode("utf-8")


def _parse_own(data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, thread_parser())
    except etree.XMLSyntaxError as exc:  # every value is escaped: this is a bug of ours
        raise MessageInvalid("message", f"it is not well-formed XML ({exc})") from None


# -- small writers ---------------------------------------------------------------------------


def _escaped(value: str, name: str, special: re.Pattern[str], references: dict[str, str]) -> str:
    """``value`` with references for the ``special`` characters (the caller found one)."""
    bad = _NOT_XML.search(value)
    if bad is not None:
        raise MessageInvalid(
            name,
            f"it holds the character U+{ord(bad.group()):04X}, which XML cannot carry.",
        )
    return special.sub(lambda match: references[match.group()], value)


def _open(out: _Out, name: str) -> int:
    """Start element ``name``, which may stay empty; pass what this returns to :func:`_close`.
    (Elements that always hold a child are written as plain start and end tags.)"""
    out.append(f"<ill:{name}>")
    return len(out)


def _close(out: _Out, name: str, opened: int) -> None:
    if len(out) == opened:  # nothing inside: written the way lxml writes it
        out[-1] = f"<ill:{name}/>"
    else:
        out.append(f"</ill:{name}>")


def _text(out: _Out, name: str, value: str | None) -> None:
    if value is not None:
        if _SPECIAL_TEXT.search(value) is not None:
            value = _escaped(value, name, _SPECIAL_TEXT, _TEXT_REFERENCES)
        out.append(f"<ill:{name}>{value}</ill:{name}>")


def _when(out: _Out, name: str, value: datetime | None) -> None:
    if value is not None:
        out.append(f"<ill:{name}>{write_timestamp(value)}</ill:{name}>")


def _coded(out: _Out, name: str, value: Coded | str | None) -> None:
    if value is None:
        return
    if isinstance(value, Coded):
        text, scheme = value.value, value.scheme
    else:
        text, scheme = value, None
    if _SPECIAL_TEXT.search(text) is not None:
        text = _escaped(text, name, _SPECIAL_TEXT, _TEXT_REFERENCES)
    if scheme:
        if _SPECIAL_ATTRIBUTE.search(scheme) is not None:
            scheme = _escaped(scheme, name, _SPECIAL_ATTRIBUTE, _ATTRIBUTE_REFERENCES)
        out.append(f'<ill:{name} ill:scheme="{scheme}">{text}</ill:{name}>')
    else:
        out.append(f"<ill:{name}>{text}</ill:{name}>")


def _agency(out: _Out, name: str, agency: AgencyId | None, field: str) -> None:
    if agency is not None:
        id_type = agency.type
        out.append(_agency_xml(name, id_type.value, id_type.scheme, agency.value, field))


@functools.lru_cache(maxsize=256)
def _agency_xml(name: str, id_type: str, scheme: str | None, value: str, field: str) -> str:
    """``<name>`` for the agency id ``id_type`` (in ``scheme``) ``value``, kept for the next
    message: a desk writes its own agency id and its partners' in every message it sends.
    The cache is keyed by the strings, not by the AgencyId: hashing those is done in C,
    where an AgencyId and its Coded would each run a dataclass ``__hash__``."""
    if not id_type.strip() or not value.strip():
        raise MessageInvalid(field, "the agency id type and value must not be empty.")
    out: _Out = [f"<ill:{name}>"]
    _coded(out, "agencyIdType", Coded(id_type, scheme))
    _text(out, "agencyIdValue", value)
    out.append(f"</ill:{name}>")
    return "".join(out)


def _costs(out: _Out, name: str, costs: Costs | None) -> None:
    if costs is None:
        return
    out.append(f"<ill:{name}>")
    _coded(out, "currencyCode", costs.currency_code)
    _text(out, "monetaryValue", format(Decimal(costs.monetary_value), "f"))
    out.append(f"</ill:{name}>")


def _int(out: _Out, name: str, value: int | None) -> None:
    if value is not None:
        out.append(f"<ill:{name}>{int(value)}</ill:{name}>")


def _header(out: _Out, header: Header) -> None:
    out.append("<ill:header>")
    if header.supplying_agency_id is None:
        raise MessageInvalid("header.supplying_agency_id", "the supplying agency is missing.")
    _agency(out, "supplyingAgencyId", header.supplying_agency_id, "header.supplying_agency_id")
    _agency(out, "requestingAgencyId", header.requesting_agency_id, "header.requesting_agency_id")
    _text(out, "multipleItemRequestId", header.multiple_item_request_id or "")
    _when(out, "timestamp", header.timestamp)
    if not header.requesting_agency_request_id.strip():
        raise MessageInvalid("header.requesting_agency_request_id", "it must not be empty.")
    _text(out, "requestingAgencyRequestId", header.requesting_agency_request_id)
    _text(out, "supplyingAgencyRequestId", header.supplying_agency_request_id)
    out.append("</ill:header>")


def _address(out: _Out, address: Address | None) -> None:
    if address is None:
        return
    out.append("<ill:address>")
    if isinstance(address, ElectronicAddress):
        out.append("<ill:electronicAddress>")
        _coded(out, "electronicAddressType", address.address_type)
        _text(out, "electronicAddressData", address.data)
        out.append("</ill:electronicAddress>")
    else:
        _physical(out, address)
    out.append("</ill:address>")


def _physical(out: _Out, address: PhysicalAddress) -> None:
    opened = _open(out, "physicalAddress")
    _text(out, "line1", address.line1)
    _text(out, "line2", address.line2)
    _text(out, "locality", address.locality)
    _text(out, "postalCode", address.postal_code)
    _coded(out, "region", address.region)
    _coded(out, "country", address.country)
    _close(out, "physicalAddress", opened)


# -- messages --------------------------------------------------------------------------------


def _request(out: _Out, message: Request) -> None:
    out.append("<ill:request>")
    _header(out, message.header)
    _bibliographic(out, message.bibliographic_info)
    _publication(out, message.publication_info)
    _service(out, message.service_info)
    for supplier in message.supplier_info:
        _supplier(out, supplier)
    for delivery in message.requested_delivery_info:
        _requested_delivery(out, delivery)
    _requesting_info(out, message.requesting_agency_info)
    _patron(out, message.patron_info)
    _billing(out, message.billing_info)
    out.append("</ill:request>")


def _bibliographic(out: _Out, info: BibliographicInfo) -> None:
    opened = _open(out, "bibliographicInfo")
    for name, value in (
        ("supplierUniqueRecordId", info.supplier_unique_record_id),
        ("title", info.title),
        ("author", info.author),
        ("subtitle", info.subtitle),
        ("seriesTitle", info.series_title),
        ("edition", info.edition),
        ("titleOfComponent", info.title_of_component),
        ("authorOfComponent", info.author_of_component),
        ("volume", info.volume),
        ("issue", info.issue),
        ("pagesRequested", info.pages_requested),
        ("estimatedNoPages", info.estimated_no_pages),
    ):
        _text(out, name, value)
    for item_id in info.item_ids:
        item = _open(out, "bibliographicItemId")
        _text(out, "bibliographicItemIdentifier", item_id.identifier)
        _coded(out, "bibliographicItemIdentifierCode", item_id.code)
        _close(out, "bibliographicItemId", item)
    _text(out, "sponsor", info.sponsor)
    _text(out, "informationSource", info.information_source)
    for record_id in info.record_ids:
        record = _open(out, "bibliographicRecordId")
        _coded(out, "bibliographicRecordIdentifierCode", record_id.code)
        _text(out, "bibliographicRecordIdentifier", record_id.identifier)
        _close(out, "bibliographicRecordId", record)
    _close(out, "bibliographicInfo", opened)


def _publication(out: _Out, info: PublicationInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "publicationInfo")
    _text(out, "publisher", info.publisher)
    _coded(out, "publicationType", info.publication_type)
    _text(out, "publicationDate", info.publication_date)
    _text(out, "placeOfPublication", info.place_of_publication)
    _close(out, "publicationInfo", opened)


def _service(out: _Out, info: ServiceInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "serviceInfo")
    _text(out, "requestType", info.request_type)
    if len(info.request_sub_types) > 3:
        raise MessageInvalid("service_info.request_sub_types", "at most three are allowed.")
    for sub_type in info.request_sub_types:
        _text(out, "requestSubType", sub_type)
    _text(out, "requestingAgencyPreviousRequestId", info.requesting_agency_previous_request_id)
    _text(out, "serviceType", info.service_type)
    _coded(out, "serviceLevel", info.service_level)
    _coded(out, "preferredFormat", info.preferred_format)
    _when(out, "needBeforeDate", info.need_before_date)
    _coded(out, "copyrightCompliance", info.copyright_compliance)
    _text(out, "anyEdition", info.any_edition)
    _text(out, "note", info.note)
    _close(out, "serviceInfo", opened)


def _supplier(out: _Out, info: SupplierInfo) -> None:
    opened = _open(out, "supplierInfo")
    _int(out, "sortOrder", info.sort_order)
    _agency(out, "supplierCode", info.supplier_code, "supplier_info.supplier_code")
    _text(out, "supplierDescription", info.supplier_description)
    _text(out, "callNumber", info.call_number)
    _text(out, "availabilityNote", info.availability_note)
    _close(out, "supplierInfo", opened)


def _requested_delivery(out: _Out, info: RequestedDeliveryInfo) -> None:
    opened = _open(out, "requestedDeliveryInfo")
    _int(out, "sortOrder", info.sort_order)
    _address(out, info.address)
    _close(out, "requestedDeliveryInfo", opened)


def _requesting_info(out: _Out, info: RequestingAgencyInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "requestingAgencyInfo")
    _text(out, "name", info.name)
    _text(out, "contactName", info.contact_name)
    for address in info.addresses:
        _address(out, address)
    _close(out, "requestingAgencyInfo", opened)


def _patron(out: _Out, info: PatronInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "patronInfo")
    _text(out, "patronId", info.patron_id)
    _text(out, "surname", info.surname)
    _text(out, "givenName", info.given_name)
    _coded(out, "patronType", info.patron_type)
    _text(out, "sendToPatron", info.send_to_patron)
    _close(out, "patronInfo", opened)


def _billing(out: _Out, info: BillingInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "billingInfo")
    _coded(out, "paymentMethod", info.payment_method)
    _costs(out, "maximumCosts", info.maximum_costs)
    _coded(out, "billingMethod", info.billing_method)
    _text(out, "billingName", info.billing_name)
    _close(out, "billingInfo", opened)


def _supplying(out: _Out, message: SupplyingAgencyMessage) -> None:
    out.append("<ill:supplyingAgencyMessage>")
    _header(out, message.header)
    _message_info(out, message.message_info)
    if message.status_info is None:
        raise MessageInvalid("status_info", "a supplying agency message needs a status.")
    _status_info(out, message.status_info)
    _delivery(out, message.delivery_info)
    out.append("</ill:supplyingAgencyMessage>")


def _message_info(out: _Out, info: MessageInfo) -> None:
    out.append("<ill:messageInfo>")
    _text(out, "reasonForMessage", info.reason_for_message)
    _text(out, "answerYesNo", info.answer_yes_no)
    _text(out, "note", info.note)
    _coded(out, "reasonUnfilled", info.reason_unfilled)
    _coded(out, "reasonRetry", info.reason_retry)
    _costs(out, "offeredCosts", info.offered_costs)
    _when(out, "retryAfter", info.retry_after)
    _when(out, "retryBefore", info.retry_before)
    out.append("</ill:messageInfo>")


def _status_info(out: _Out, info: StatusInfo) -> None:
    out.append("<ill:statusInfo>")
    _text(out, "status", info.status)
    _when(out, "expectedDeliveryDate", info.expected_delivery_date)
    _when(out, "dueDate", info.due_date)
    _when(out, "lastChange", info.last_change)
    out.append("</ill:statusInfo>")


def _delivery(out: _Out, info: DeliveryInfo | None) -> None:
    if info is None:
        return
    opened = _open(out, "deliveryInfo")
    _when(out, "dateSent", info.date_sent)
    _text(out, "itemId", info.item_id)
    _coded(out, "sentVia", info.sent_via)
    if info.sent_to_patron is not None:
        _text(out, "sentToPatron", "true" if info.sent_to_patron else "false")
    _coded(out, "loanCondition", info.loan_condition)
    _coded(out, "deliveredFormat", info.delivered_format)
    _costs(out, "deliveryCosts", info.delivery_costs)
    _close(out, "deliveryInfo", opened)


def _requesting(out: _Out, message: RequestingAgencyMessage) -> None:
    out.append("<ill:requestingAgencyMessage>")
    _header(out, message.header)
    _text(out, "action", message.action)
    _text(out, "note", message.note)
    out.append("</ill:requestingAgencyMessage>")


def _confirmation(out: _Out, message: Confirmation) -> None:
    kind = message.kind.value
    out.append(f"<ill:{kind}>")
    header = message.header
    out.append("<ill:confirmationHeader>")
    _agency(out, "supplyingAgencyId", header.supplying_agency_id, "header.supplying_agency_id")
    _agency(out, "requestingAgencyId", header.requesting_agency_id, "header.requesting_agency_id")
    _when(out, "timestamp", header.timestamp)
    _text(out, "requestingAgencyRequestId", header.requesting_agency_request_id)
    _text(out, "multipleItemRequestId", header.multiple_item_request_id)
    _when(out, "timestampReceived", header.timestamp_received)
    _text(out, "messageStatus", header.message_status)
    out.append("</ill:confirmationHeader>")
    if message.reason_for_message is not None:
        _text(out, "reasonForMessage", message.reason_for_message)
    if message.action is not None:
        _text(out, "action", message.action)
    if message.error_data is not None:
        out.append("<ill:errorData>")
        _text(out, "errorType", message.error_data.error_type)
        _text(out, "errorValue", message.error_data.error_value)
        out.append("</ill:errorData>")
    out.append(f"</ill:{kind}>")
