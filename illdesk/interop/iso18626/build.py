"""Dataclass -> ISO 18626 XML, in the schema's element order, validated before it leaves.

:func:`build_message` is the only way illdesk produces a message for a peer: it
writes the ``ISO18626Message`` envelope, checks a few things the XSD cannot
(empty identifiers), validates against the XSD and raises
:class:`MessageInvalid` naming the field when anything is wrong.
"""

from __future__ import annotations

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
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.timestamps import write_timestamp

NSMAP = {"ill": NAMESPACE}
_Q = "{" + NAMESPACE + "}"


class MessageInvalid(DeskError):
    """An outgoing message would not be valid ISO 18626; ``field`` names the culprit."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"The ISO 18626 message cannot be sent: {field}: {problem}")
        self.field = field
        self.problem = problem


def build_message(message: Message, schema: Iso18626Schema) -> bytes:
    """UTF-8 bytes of ``message`` in its envelope, validated against ``schema``."""
    root = build_element(message)
    check_element(root, schema)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def check_element(root: etree._Element, schema: Iso18626Schema) -> None:
    """Raise :class:`MessageInvalid` naming the first field the XSD refuses."""
    first = schema.first_problem(root)
    if first is not None:
        raise MessageInvalid(field_name(first.path), _plain(first.message))


def build_element(message: Message) -> etree._Element:
    """The ``ISO18626Message`` element for ``message`` (not yet validated)."""
    root = etree.Element(_Q + "ISO18626Message", nsmap=NSMAP)
    root.set(_Q + "version", VERSION)
    if isinstance(message, Request):
        _request(root, message)
    elif isinstance(message, SupplyingAgencyMessage):
        _supplying(root, message)
    elif isinstance(message, RequestingAgencyMessage):
        _requesting(root, message)
    elif isinstance(message, Confirmation):
        _confirmation(root, message)
    else:  # pragma: no cover - the Message union is closed
        raise TypeError(f"not an ISO 18626 message: {message!r}")
    return root


def field_name(xpath: str) -> str:
    """``/ill:ISO18626Message/ill:request/ill:header`` -> ``request.header``."""
    steps = [re.sub(r"^\w+:|\[\d+\]$", "", step) for step in xpath.split("/") if step]
    steps = [step for step in steps if step and step != "ISO18626Message"]
    return ".".join(steps) or "message"


def _plain(message: str) -> str:
    return re.sub(r"\{[^}]*\}", "", message)


# -- small writers ---------------------------------------------------------------------------


def _el(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, _Q + name)


def _text(parent: etree._Element, name: str, value: str | None) -> None:
    if value is not None:
        _el(parent, name).text = value


def _when(parent: etree._Element, name: str, value: datetime | None) -> None:
    if value is not None:
        _el(parent, name).text = write_timestamp(value)


def _coded(parent: etree._Element, name: str, value: Coded | str | None) -> None:
    if value is None:
        return
    coded = value if isinstance(value, Coded) else Coded(value)
    element = _el(parent, name)
    element.text = coded.value
    if coded.scheme:
        element.set(_Q + "scheme", coded.scheme)


def _agency(parent: etree._Element, name: str, agency: AgencyId | None, field: str) -> None:
    if agency is None:
        return
    if not agency.type.value.strip() or not agency.value.strip():
        raise MessageInvalid(field, "the agency id type and value must not be empty.")
    element = _el(parent, name)
    _coded(element, "agencyIdType", agency.type)
    _text(element, "agencyIdValue", agency.value)


def _costs(parent: etree._Element, name: str, costs: Costs | None) -> None:
    if costs is None:
        return
    element = _el(parent, name)
    _coded(element, "currencyCode", costs.currency_code)
    _text(element, "monetaryValue", format(Decimal(costs.monetary_value), "f"))


def _int(parent: etree._Element, name: str, value: int | None) -> None:
    if value is not None:
        _el(parent, name).text = str(int(value))


def _header(parent: etree._Element, header: Header) -> None:
    element = _el(parent, "header")
    if header.supplying_agency_id is None:
        raise MessageInvalid("header.supplying_agency_id", "the supplying agency is missing.")
    _agency(element, "supplyingAgencyId", header.supplying_agency_id, "header.supplying_agency_id")
    _agency(
        element, "requestingAgencyId", header.requesting_agency_id, "header.requesting_agency_id"
    )
    _text(element, "multipleItemRequestId", header.multiple_item_request_id or "")
    _when(element, "timestamp", header.timestamp)
    if not header.requesting_agency_request_id.strip():
        raise MessageInvalid("header.requesting_agency_request_id", "it must not be empty.")
    _text(element, "requestingAgencyRequestId", header.requesting_agency_request_id)
    _text(element, "supplyingAgencyRequestId", header.supplying_agency_request_id)


def _address(parent: etree._Element, address: Address | None) -> None:
    if address is None:
        return
    element = _el(parent, "address")
    if isinstance(address, ElectronicAddress):
        electronic = _el(element, "electronicAddress")
        _coded(electronic, "electronicAddressType", address.address_type)
        _text(electronic, "electronicAddressData", address.data)
    else:
        _physical(element, address)


def _physical(parent: etree._Element, address: PhysicalAddress) -> None:
    physical = _el(parent, "physicalAddress")
    _text(physical, "line1", address.line1)
    _text(physical, "line2", address.line2)
    _text(physical, "locality", address.locality)
    _text(physical, "postalCode", address.postal_code)
    _coded(physical, "region", address.region)
    _coded(physical, "country", address.country)


# -- messages --------------------------------------------------------------------------------


def _request(root: etree._Element, message: Request) -> None:
    element = _el(root, "request")
    _header(element, message.header)
    _bibliographic(element, message.bibliographic_info)
    _publication(element, message.publication_info)
    _service(element, message.service_info)
    for supplier in message.supplier_info:
        _supplier(element, supplier)
    for delivery in message.requested_delivery_info:
        _requested_delivery(element, delivery)
    _requesting_info(element, message.requesting_agency_info)
    _patron(element, message.patron_info)
    _billing(element, message.billing_info)


def _bibliographic(parent: etree._Element, info: BibliographicInfo) -> None:
    element = _el(parent, "bibliographicInfo")
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
        _text(element, name, value)
    for item_id in info.item_ids:
        item = _el(element, "bibliographicItemId")
        _text(item, "bibliographicItemIdentifier", item_id.identifier)
        _coded(item, "bibliographicItemIdentifierCode", item_id.code)
    _text(element, "sponsor", info.sponsor)
    _text(element, "informationSource", info.information_source)
    for record_id in info.record_ids:
        record = _el(element, "bibliographicRecordId")
        _coded(record, "bibliographicRecordIdentifierCode", record_id.code)
        _text(record, "bibliographicRecordIdentifier", record_id.identifier)


def _publication(parent: etree._Element, info: PublicationInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "publicationInfo")
    _text(element, "publisher", info.publisher)
    _coded(element, "publicationType", info.publication_type)
    _text(element, "publicationDate", info.publication_date)
    _text(element, "placeOfPublication", info.place_of_publication)


def _service(parent: etree._Element, info: ServiceInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "serviceInfo")
    _text(element, "requestType", info.request_type.value if info.request_type else None)
    if len(info.request_sub_types) > 3:
        raise MessageInvalid("service_info.request_sub_types", "at most three are allowed.")
    for sub_type in info.request_sub_types:
        _text(element, "requestSubType", sub_type.value)
    _text(element, "requestingAgencyPreviousRequestId", info.requesting_agency_previous_request_id)
    _text(element, "serviceType", info.service_type.value)
    _coded(element, "serviceLevel", info.service_level)
    _coded(element, "preferredFormat", info.preferred_format)
    _when(element, "needBeforeDate", info.need_before_date)
    _coded(element, "copyrightCompliance", info.copyright_compliance)
    _text(element, "anyEdition", info.any_edition.value if info.any_edition else None)
    _text(element, "note", info.note)


def _supplier(parent: etree._Element, info: SupplierInfo) -> None:
    element = _el(parent, "supplierInfo")
    _int(element, "sortOrder", info.sort_order)
    _agency(element, "supplierCode", info.supplier_code, "supplier_info.supplier_code")
    _text(element, "supplierDescription", info.supplier_description)
    _text(element, "callNumber", info.call_number)
    _text(element, "availabilityNote", info.availability_note)


def _requested_delivery(parent: etree._Element, info: RequestedDeliveryInfo) -> None:
    element = _el(parent, "requestedDeliveryInfo")
    _int(element, "sortOrder", info.sort_order)
    _address(element, info.address)


def _requesting_info(parent: etree._Element, info: RequestingAgencyInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "requestingAgencyInfo")
    _text(element, "name", info.name)
    _text(element, "contactName", info.contact_name)
    for address in info.addresses:
        _address(element, address)


def _patron(parent: etree._Element, info: PatronInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "patronInfo")
    _text(element, "patronId", info.patron_id)
    _text(element, "surname", info.surname)
    _text(element, "givenName", info.given_name)
    _coded(element, "patronType", info.patron_type)
    _text(element, "sendToPatron", info.send_to_patron.value if info.send_to_patron else None)


def _billing(parent: etree._Element, info: BillingInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "billingInfo")
    _coded(element, "paymentMethod", info.payment_method)
    _costs(element, "maximumCosts", info.maximum_costs)
    _coded(element, "billingMethod", info.billing_method)
    _text(element, "billingName", info.billing_name)


def _supplying(root: etree._Element, message: SupplyingAgencyMessage) -> None:
    element = _el(root, "supplyingAgencyMessage")
    _header(element, message.header)
    _message_info(element, message.message_info)
    if message.status_info is None:
        raise MessageInvalid("status_info", "a supplying agency message needs a status.")
    _status_info(element, message.status_info)
    _delivery(element, message.delivery_info)


def _message_info(parent: etree._Element, info: MessageInfo) -> None:
    element = _el(parent, "messageInfo")
    _text(element, "reasonForMessage", info.reason_for_message.value)
    _text(element, "answerYesNo", info.answer_yes_no.value if info.answer_yes_no else None)
    _text(element, "note", info.note)
    _coded(element, "reasonUnfilled", info.reason_unfilled)
    _coded(element, "reasonRetry", info.reason_retry)
    _costs(element, "offeredCosts", info.offered_costs)
    _when(element, "retryAfter", info.retry_after)
    _when(element, "retryBefore", info.retry_before)


def _status_info(parent: etree._Element, info: StatusInfo) -> None:
    element = _el(parent, "statusInfo")
    _text(element, "status", info.status.value)
    _when(element, "expectedDeliveryDate", info.expected_delivery_date)
    _when(element, "dueDate", info.due_date)
    _when(element, "lastChange", info.last_change)


def _delivery(parent: etree._Element, info: DeliveryInfo | None) -> None:
    if info is None:
        return
    element = _el(parent, "deliveryInfo")
    _when(element, "dateSent", info.date_sent)
    _text(element, "itemId", info.item_id)
    _coded(element, "sentVia", info.sent_via)
    if info.sent_to_patron is not None:
        _text(element, "sentToPatron", "true" if info.sent_to_patron else "false")
    _coded(element, "loanCondition", info.loan_condition)
    _coded(element, "deliveredFormat", info.delivered_format)
    _costs(element, "deliveryCosts", info.delivery_costs)


def _requesting(root: etree._Element, message: RequestingAgencyMessage) -> None:
    element = _el(root, "requestingAgencyMessage")
    _header(element, message.header)
    _text(element, "action", message.action.value)
    _text(element, "note", message.note)


def _confirmation(root: etree._Element, message: Confirmation) -> None:
    element = _el(root, message.kind.value)
    header = message.header
    head = _el(element, "confirmationHeader")
    _agency(head, "supplyingAgencyId", header.supplying_agency_id, "header.supplying_agency_id")
    _agency(head, "requestingAgencyId", header.requesting_agency_id, "header.requesting_agency_id")
    _when(head, "timestamp", header.timestamp)
    _text(head, "requestingAgencyRequestId", header.requesting_agency_request_id)
    _text(head, "multipleItemRequestId", header.multiple_item_request_id)
    _when(head, "timestampReceived", header.timestamp_received)
    _text(head, "messageStatus", header.message_status.value)
    if message.reason_for_message is not None:
        _text(element, "reasonForMessage", message.reason_for_message.value)
    if message.action is not None:
        _text(element, "action", message.action.value)
    if message.error_data is not None:
        error = _el(element, "errorData")
        _text(error, "errorType", message.error_data.error_type.value)
        _text(error, "errorValue", message.error_data.error_value)
