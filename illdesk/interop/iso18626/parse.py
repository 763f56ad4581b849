"""ISO 18626 bytes -> message dataclass plus the list of ways the peer bent the schema.

Strict first: the document is validated against the XSD.  Then one reader
extracts the message and, where real peers bend the schema, reads what they
meant and writes a note saying so: timestamps without a timezone or in other
formats, elements out of order, unknown elements, no namespace or a plain
``version``/``scheme`` attribute, empty optional values, a missing envelope.
A message that cannot be understood (not XML, a DOCTYPE, no request id, an
unknown status or action) raises :class:`MessageRejected` with the ISO 18626
error type to answer with and the reason in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Literal, NoReturn, TypeVar

from lxml import etree

from illdesk.domain.errors import DeskError
from illdesk.interop.iso18626.layout import ORDER
from illdesk.interop.iso18626.messages import (
    NAMESPACE,
    VERSION,
    Address,
    AgencyId,
    BibliographicInfo,
    BibliographicItemId,
    BibliographicRecordId,
    BillingInfo,
    Coded,
    Confirmation,
    ConfirmationHeader,
    Costs,
    DeliveryInfo,
    Echo,
    ElectronicAddress,
    ErrorData,
    ErrorType,
    Header,
    IsoAction,
    IsoServiceType,
    Message,
    MessageInfo,
    MessageKind,
    MessageStatus,
    PatronInfo,
    PhysicalAddress,
    PublicationInfo,
    ReasonForMessage,
    Request,
    RequestedDeliveryInfo,
    RequestingAgencyInfo,
    RequestingAgencyMessage,
    RequestSubType,
    RequestType,
    ServiceInfo,
    Status,
    StatusInfo,
    SupplierInfo,
    SupplyingAgencyMessage,
    YesNo,
)
from illdesk.interop.iso18626.safe_xml import DEFAULT_MAX_BYTES, UnsafeXml, parse_untrusted
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.timestamps import TimestampUnreadable, read_timestamp

E = TypeVar("E", bound=StrEnum)
_Q = "{" + NAMESPACE + "}"
_Q_SCHEME = _Q + "scheme"
_Q_ENVELOPE = _Q + "ISO18626Message"
_BODY_TAGS = frozenset(_Q + name for name in ORDER["ISO18626Message"])
_Q_ID_TYPE = _Q + "agencyIdType"
_Q_ID_VALUE = _Q + "agencyIdValue"
_REPEATABLE = frozenset(
    {
        "supplierInfo",
        "requestedDeliveryInfo",
        "bibliographicItemId",
        "bibliographicRecordId",
        "requestSubType",
        "address",
    }
)
_STATUS_OPTIONAL_FOR = frozenset(
    {
        ReasonForMessage.CANCEL_RESPONSE,
        ReasonForMessage.RENEW_RESPONSE,
        ReasonForMessage.NOTIFICATION,
    }
)

_POSITIONS = {
    parent: {name: i for i, name in enumerate(children)} for parent, children in ORDER.items()
}
_NAMES = {_Q + name: name for name in {*ORDER, *(n for names in ORDER.values() for n in names)}}
"""Clark name -> local name of every ISO 18626 element the reader knows."""
_CHILDREN = {
    parent: {_Q + name: (name, i) for i, name in enumerate(children)}
    for parent, children in ORDER.items()
}
"""Parent -> Clark name of each child the schema allows there -> (local name, position)."""
_NONE_KNOWN: dict[str, tuple[str, int]] = {}

_KINDS = {kind.value: kind for kind in MessageKind}

Verdict = Literal["valid", "tolerated"]


class MessageRejected(DeskError):
    """The message cannot be understood; answer with ``error_type`` and ``reason``."""

    def __init__(
        self,
        error_type: ErrorType,
        reason: str,
        echo: Echo | None = None,
        *,
        too_large: bool = False,
    ) -> None:
        super().__init__(reason)
        self.error_type = error_type
        self.reason = reason
        self.echo = echo or Echo()
        self.too_large = too_large


@dataclass(frozen=True)
class Parsed:
    message: Message
    notes: tuple[str, ...]
    schema_valid: bool | None
    """True/False from the XSD; None when the XSD is unavailable."""

    @property
    def verdict(self) -> Verdict:
        return "valid" if self.schema_valid and not self.notes else "tolerated"


def parse_message(
    data: bytes,
    schema: Iso18626Schema,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    received_at: datetime | None = None,
) -> tuple[Message, list[str]]:
    """``(message, bent notes)``; raises :class:`MessageRejected`."""
    parsed = read_message(data, schema, max_bytes=max_bytes, received_at=received_at)
    return parsed.message, list(parsed.notes)


def read_message(
    data: bytes,
    schema: Iso18626Schema,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    received_at: datetime | None = None,
) -> Parsed:
    """The message, the bent notes and whether the XSD accepted it as sent."""
    try:
        root = parse_untrusted(data, max_bytes=max_bytes)
    except UnsafeXml as exc:
        raise MessageRejected(
            ErrorType.BADLY_FORMED_MESSAGE, exc.message, too_large=exc.too_large
        ) from None
    return read_element(root, schema, received_at=received_at)


def read_element(
    root: etree._Element, schema: Iso18626Schema, *, received_at: datetime | None = None
) -> Parsed:
    schema_valid: bool | None = None
    first_problem = ""
    if schema.available:
        problem = schema.first_problem(root)
        schema_valid = problem is None
        first_problem = str(problem) if problem is not None else ""
    reader = _Reader(received_at or datetime.now(UTC))
    message = reader.message(root)
    notes = list(reader.notes)
    if schema_valid is None:
        notes.append("not checked against the ISO 18626 XSD (validation unavailable)")
    elif not schema_valid and not notes:
        notes.append(f"the XSD refuses it ({first_problem}); read anyway")
    return Parsed(message, tuple(notes), schema_valid)


def _local(element: etree._Element) -> str:
    tag: str = element.tag
    name = _NAMES.get(tag)
    return name if name is not None else tag.rpartition("}")[2]


class _Reader:
    def __init__(self, received_at: datetime) -> None:
        self.received_at = received_at
        self.notes: list[str] = []
        self.kind: MessageKind | None = None
        # What the header said so far, for the Echo of a rejection (made only then).
        self.head: tuple[AgencyId | None, AgencyId | None, str | None, str | None] = (
            None,
            None,
            None,
            None,
        )
        self.head_time: datetime | None = None

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def reject(self, error_type: ErrorType, reason: str) -> NoReturn:
        raise MessageRejected(error_type, reason, Echo(self.kind, *self.head, self.head_time))

    # -- envelope ------------------------------------------------------------------------
    def message(self, root: etree._Element) -> Message:
        only = root[0] if len(root) == 1 else None
        if root.tag == _Q_ENVELOPE and only is not None and only.tag in _BODY_TAGS:
            # The usual envelope, one ISO 18626 message and nothing else: nothing to note
            # but the version.
            self._version(root)
            return self.body(only)
        name = _local(root)
        if name == "ISO18626Message":
            envelope = _Node(self, root, "")
            self._version(root)
            bodies = [b for n in ORDER["ISO18626Message"] for b in envelope.elements_named(n)]
            if len(bodies) != 1:
                self.reject(
                    ErrorType.BADLY_FORMED_MESSAGE,
                    "The ISO18626Message envelope must hold exactly one message; "
                    f"it holds {len(bodies)}.",
                )
            body = bodies[0]
        elif name in ORDER["ISO18626Message"]:
            self.note(f"<{name}> is not wrapped in <ISO18626Message>")
            self._namespace(root)
            body = root
        else:
            self.reject(ErrorType.BADLY_FORMED_MESSAGE, f"<{name}> is not an ISO 18626 message.")
        return self.body(body)

    def body(self, body: etree._Element) -> Message:
        kind = _KINDS[_local(body)]
        self.kind = kind
        node = _Node(self, body, kind.value)
        if kind is MessageKind.REQUEST:
            return self.request(node)
        if kind is MessageKind.SUPPLYING_AGENCY_MESSAGE:
            return self.supplying(node)
        if kind is MessageKind.REQUESTING_AGENCY_MESSAGE:
            return self.requesting(node)
        return self.confirmation(node, kind)

    def _version(self, root: etree._Element) -> None:
        version = root.get(_Q + "version")
        if version is None and root.get("version") is not None:
            version = root.get("version")
            self.note("the version attribute has no namespace prefix")
        if version is None:
            self.note("the envelope has no version attribute")
        elif version.strip() != VERSION:
            self.note(f"it says version “{version}”; read as {VERSION}")

    def _namespace(self, element: etree._Element) -> None:
        tag: str = element.tag
        if tag.startswith(_Q):
            return
        namespace = tag[1:].partition("}")[0] if tag.startswith("{") else None
        if namespace is None:
            self.note("elements have no namespace; read as ISO 18626")
        elif namespace != NAMESPACE:
            self.note(f"elements are in namespace {namespace}; read as ISO 18626")

    # -- header --------------------------------------------------------------------------
    def header(self, parent: _Node) -> Header:
        node = parent.child("header")
        if node is None:
            self.reject(ErrorType.BADLY_FORMED_MESSAGE, f"The {parent.name} has no header.")
        supplying = node.agency("supplyingAgencyId")
        requesting = node.agency("requestingAgencyId")
        request_id = node.text("requestingAgencyRequestId")
        multiple = node.text("multipleItemRequestId")
        self.head = (supplying, requesting, request_id, multiple)
        if not node.elements_named("multipleItemRequestId"):
            self.note("the header has no multipleItemRequestId")
        if requesting is None:
            self.reject(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                "The header names no requesting agency (requestingAgencyId), "
                "so nobody could be answered.",
            )
        if supplying is None:
            self.note("the header names no supplying agency")
        if not request_id:
            self.reject(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                "The header has no requestingAgencyRequestId, so the message "
                "cannot be matched to a request.",
            )
        timestamp = node.timestamp("timestamp", instead="the time of receipt is used")
        if timestamp is None:
            timestamp = self.received_at
        self.head_time = timestamp
        return Header(
            supplying_agency_id=supplying,
            requesting_agency_id=requesting,
            timestamp=timestamp,
            requesting_agency_request_id=request_id,
            multiple_item_request_id=multiple or "",
            supplying_agency_request_id=node.text("supplyingAgencyRequestId"),
        )

    # -- request -------------------------------------------------------------------------
    def request(self, node: _Node) -> Request:
        header = self.header(node)
        bib = node.child("bibliographicInfo")
        if bib is None:
            self.reject(ErrorType.BADLY_FORMED_MESSAGE, "The request has no bibliographicInfo.")
        return Request(
            header=header,
            bibliographic_info=self.bibliographic(bib),
            service_info=self.service(node.child("serviceInfo")),
            publication_info=self.publication(node.child("publicationInfo")),
            supplier_info=tuple(self.supplier(n) for n in node.children("supplierInfo")),
            requested_delivery_info=tuple(
                RequestedDeliveryInfo(n.integer("sortOrder"), self.address(n.child("address")))
                for n in node.children("requestedDeliveryInfo")
            ),
            requesting_agency_info=self.requesting_info(node.child("requestingAgencyInfo")),
            patron_info=self.patron(node.child("patronInfo")),
            billing_info=self.billing(node.child("billingInfo")),
        )

    def bibliographic(self, node: _Node) -> BibliographicInfo:
        item_ids = []
        for item in node.children("bibliographicItemId"):
            identifier = item.text("bibliographicItemIdentifier")
            code = item.coded("bibliographicItemIdentifierCode")
            if identifier and code:
                item_ids.append(BibliographicItemId(identifier, code))
            else:
                self.note("a bibliographicItemId without identifier or code was ignored")
        record_ids = []
        for record in node.children("bibliographicRecordId"):
            code = record.coded("bibliographicRecordIdentifierCode")
            identifier = record.text("bibliographicRecordIdentifier")
            if identifier and code:
                record_ids.append(BibliographicRecordId(code, identifier))
            else:
                self.note("a bibliographicRecordId without identifier or code was ignored")
        return BibliographicInfo(
            supplier_unique_record_id=node.text("supplierUniqueRecordId"),
            title=node.text("title"),
            author=node.text("author"),
            subtitle=node.text("subtitle"),
            series_title=node.text("seriesTitle"),
            edition=node.text("edition"),
            title_of_component=node.text("titleOfComponent"),
            author_of_component=node.text("authorOfComponent"),
            volume=node.text("volume"),
            issue=node.text("issue"),
            pages_requested=node.text("pagesRequested"),
            estimated_no_pages=node.text("estimatedNoPages"),
            item_ids=tuple(item_ids),
            sponsor=node.text("sponsor"),
            information_source=node.text("informationSource"),
            record_ids=tuple(record_ids),
        )

    def publication(self, node: _Node | None) -> PublicationInfo | None:
        if node is None:
            return None
        publication_type = node.coded("publicationType")
        return PublicationInfo(
            publisher=node.text("publisher"),
            publication_type=publication_type.value if publication_type else None,
            publication_date=node.text("publicationDate"),
            place_of_publication=node.text("placeOfPublication"),
        )

    def service(self, node: _Node | None) -> ServiceInfo | None:
        if node is None:
            return None
        service_type = node.enum("serviceType", IsoServiceType)
        if service_type is None:
            self.note("serviceInfo has no serviceType; the service type is left open")
            return None
        sub_types = tuple(
            value
            for n in node.elements_named("requestSubType")
            if (value := node.enum_text(n, "requestSubType", RequestSubType)) is not None
        )
        return ServiceInfo(
            service_type=service_type,
            request_type=node.enum("requestType", RequestType),
            request_sub_types=sub_types,
            requesting_agency_previous_request_id=node.text("requestingAgencyPreviousRequestId"),
            service_level=_value(node.coded("serviceLevel")),
            preferred_format=_value(node.coded("preferredFormat")),
            need_before_date=node.timestamp("needBeforeDate"),
            copyright_compliance=_value(node.coded("copyrightCompliance")),
            any_edition=node.enum("anyEdition", YesNo),
            note=node.text("note"),
        )

    def supplier(self, node: _Node) -> SupplierInfo:
        return SupplierInfo(
            sort_order=node.integer("sortOrder"),
            supplier_code=node.agency("supplierCode"),
            supplier_description=node.text("supplierDescription"),
            call_number=node.text("callNumber"),
            availability_note=node.text("availabilityNote"),
        )

    def address(self, node: _Node | None) -> Address | None:
        if node is None:
            return None
        electronic = node.child("electronicAddress")
        if electronic is not None:
            return ElectronicAddress(
                _value(electronic.coded("electronicAddressType")) or "",
                electronic.text("electronicAddressData") or "",
            )
        physical = node.child("physicalAddress")
        return self.physical(physical) if physical is not None else None

    def physical(self, node: _Node) -> PhysicalAddress:
        return PhysicalAddress(
            line1=node.text("line1"),
            line2=node.text("line2"),
            locality=node.text("locality"),
            postal_code=node.text("postalCode"),
            region=_value(node.coded("region")),
            country=_value(node.coded("country")),
        )

    def requesting_info(self, node: _Node | None) -> RequestingAgencyInfo | None:
        if node is None:
            return None
        addresses = tuple(a for n in node.children("address") if (a := self.address(n)) is not None)
        return RequestingAgencyInfo(node.text("name"), node.text("contactName"), addresses)

    def patron(self, node: _Node | None) -> PatronInfo | None:
        if node is None:
            return None
        return PatronInfo(
            patron_id=node.text("patronId"),
            surname=node.text("surname"),
            given_name=node.text("givenName"),
            patron_type=_value(node.coded("patronType")),
            send_to_patron=node.enum("sendToPatron", YesNo),
        )

    def billing(self, node: _Node | None) -> BillingInfo | None:
        if node is None:
            return None
        return BillingInfo(
            payment_method=_value(node.coded("paymentMethod")),
            maximum_costs=node.costs("maximumCosts"),
            billing_method=_value(node.coded("billingMethod")),
            billing_name=node.text("billingName"),
        )

    # -- supplying agency message --------------------------------------------------------
    def supplying(self, node: _Node) -> SupplyingAgencyMessage:
        header = self.header(node)
        info_node = node.child("messageInfo")
        if info_node is None:
            self.reject(
                ErrorType.BADLY_FORMED_MESSAGE, "The supplying agency message has no messageInfo."
            )
        reason = info_node.enum(
            "reasonForMessage",
            ReasonForMessage,
            required=True,
            error_type=ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE,
        )
        assert reason is not None
        info = MessageInfo(
            reason_for_message=reason,
            answer_yes_no=info_node.enum("answerYesNo", YesNo),
            note=info_node.text("note"),
            reason_unfilled=info_node.coded("reasonUnfilled"),
            reason_retry=info_node.coded("reasonRetry"),
            offered_costs=info_node.costs("offeredCosts"),
            retry_after=info_node.timestamp("retryAfter"),
            retry_before=info_node.timestamp("retryBefore"),
        )
        status_info = self.status_info(node.child("statusInfo"), reason, header.timestamp)
        return SupplyingAgencyMessage(
            header=header,
            message_info=info,
            status_info=status_info,
            delivery_info=self.delivery(node.child("deliveryInfo"), header.timestamp),
        )

    def status_info(
        self, node: _Node | None, reason: ReasonForMessage, fallback: datetime
    ) -> StatusInfo | None:
        if node is None or not node.elements_named("status"):
            if reason in _STATUS_OPTIONAL_FOR:
                self.note(f"a {reason.value} without a status; the status is left unchanged")
                return None
            self.reject(
                ErrorType.BADLY_FORMED_MESSAGE,
                f"A {reason.value} message must carry statusInfo/status.",
            )
        status = node.enum("status", Status, required=True)
        assert status is not None
        last_change = node.timestamp("lastChange", instead="the header timestamp is used")
        if last_change is None:
            last_change = fallback
        return StatusInfo(
            status=status,
            last_change=last_change,
            expected_delivery_date=node.timestamp("expectedDeliveryDate"),
            due_date=node.timestamp("dueDate"),
        )

    def delivery(self, node: _Node | None, fallback: datetime) -> DeliveryInfo | None:
        if node is None:
            return None
        item_id = node.text("itemId")
        loan_condition = node.coded("loanCondition")
        sent_via = _value(node.coded("sentVia"))
        delivery_costs = node.costs("deliveryCosts")
        has_content = bool(item_id or loan_condition or sent_via or delivery_costs)
        date_sent = node.timestamp(
            "dateSent", instead="the header timestamp is used" if has_content else None
        )
        if date_sent is None:
            if not has_content:
                self.note("an empty deliveryInfo was ignored")
                return None
            date_sent = fallback
        return DeliveryInfo(
            date_sent=date_sent,
            item_id=item_id,
            sent_via=sent_via,
            sent_to_patron=node.boolean("sentToPatron"),
            loan_condition=loan_condition,
            delivered_format=_value(node.coded("deliveredFormat")),
            delivery_costs=delivery_costs,
        )

    # -- requesting agency message -------------------------------------------------------
    def requesting(self, node: _Node) -> RequestingAgencyMessage:
        header = self.header(node)
        action = node.enum(
            "action", IsoAction, required=True, error_type=ErrorType.UNSUPPORTED_ACTION_TYPE
        )
        assert action is not None
        return RequestingAgencyMessage(header, action, node.text("note"))

    # -- confirmations -------------------------------------------------------------------
    def confirmation(self, node: _Node, kind: MessageKind) -> Confirmation:
        head = node.child("confirmationHeader")
        if head is None:
            self.reject(ErrorType.BADLY_FORMED_MESSAGE, f"The {kind.value} has no header.")
        status = head.enum("messageStatus", MessageStatus, required=True)
        assert status is not None
        timestamp = head.timestamp("timestamp", instead="the time of receipt is used")
        if timestamp is None:
            timestamp = self.received_at
        received = head.timestamp("timestampReceived", instead="the confirmation time is used")
        if received is None:
            received = timestamp
        error_data = None
        error_node = node.child("errorData")
        if error_node is not None:
            error_type = error_node.enum("errorType", ErrorType, required=True)
            assert error_type is not None
            error_data = ErrorData(error_type, error_node.text("errorValue"))
        kinds = MessageKind
        confirms = {
            kinds.REQUEST_CONFIRMATION: kinds.REQUEST,
            kinds.SUPPLYING_AGENCY_MESSAGE_CONFIRMATION: kinds.SUPPLYING_AGENCY_MESSAGE,
            kinds.REQUESTING_AGENCY_MESSAGE_CONFIRMATION: kinds.REQUESTING_AGENCY_MESSAGE,
        }[kind]
        return Confirmation(
            confirms=confirms,
            header=ConfirmationHeader(
                timestamp=timestamp,
                timestamp_received=received,
                message_status=status,
                supplying_agency_id=head.agency("supplyingAgencyId"),
                requesting_agency_id=head.agency("requestingAgencyId"),
                requesting_agency_request_id=head.text("requestingAgencyRequestId"),
                multiple_item_request_id=head.text("multipleItemRequestId"),
            ),
            error_data=error_data,
            reason_for_message=(
                node.enum("reasonForMessage", ReasonForMessage)
                if kind is MessageKind.SUPPLYING_AGENCY_MESSAGE_CONFIRMATION
                else None
            ),
            action=(
                node.enum("action", IsoAction)
                if kind is MessageKind.REQUESTING_AGENCY_MESSAGE_CONFIRMATION
                else None
            ),
        )


def _value(coded: Coded | None) -> str | None:
    return coded.value if coded else None


def _coded(reader: _Reader, element: etree._Element) -> Coded | None:
    """A code and its optional scheme (a ``type_schemeValuePair``); None when empty."""
    text = (element.text or "").strip()
    if not text:
        return None
    if not element.values():  # no attributes, the usual case
        return Coded(text, None)
    scheme = element.get(_Q_SCHEME)
    if scheme is None and element.get("scheme") is not None:
        scheme = element.get("scheme")
        reader.note("a scheme attribute has no namespace prefix")
    return Coded(text, scheme or None)


class _Node:
    """One element and its children by local name; notes order, unknowns and namespaces.

    Built for every element the reader looks into, so it is written for speed: tags are
    looked up in a table of the ISO 18626 Clark names, and the namespace of a child is
    only looked at again when one of the children was not in the ISO namespace.
    """

    __slots__ = ("reader", "element", "_path", "_parent", "name", "_by_name", "_all_iso")

    def __init__(
        self,
        reader: _Reader,
        element: etree._Element,
        path: str | None,
        parent: _Node | None = None,
    ) -> None:
        self.reader = reader
        self.element = element
        self._path = path
        self._parent = parent
        tag: str = element.tag
        name = _NAMES.get(tag)
        if name is None:
            name = tag.rpartition("}")[2]
            reader._namespace(element)
        self.name = name
        by_name: dict[str, list[etree._Element]] = {}
        all_iso = True
        known = _CHILDREN.get(name, _NONE_KNOWN)
        last = -1
        out_of_order = False
        for child in element:
            child_tag = child.tag
            slot = known.get(child_tag)
            if slot is not None:  # the usual case: a child the schema has here
                child_name, position = slot
                same = by_name.get(child_name)
                if same is None:
                    by_name[child_name] = [child]
                else:
                    same.append(child)
            else:
                if child_tag.__class__ is not str:  # a comment or processing instruction
                    continue
                child_name = _NAMES.get(child_tag) or child_tag.rpartition("}")[2]
                if not child_tag.startswith(_Q):
                    all_iso = False
                by_name.setdefault(child_name, []).append(child)
                order = _POSITIONS.get(name)
                if order is None:
                    continue
                found = order.get(child_name)
                if found is None:
                    reader.note(f"unknown element <{child_name}> in <{name}> was ignored")
                    continue
                position = found
            if position < last:
                out_of_order = True
            elif position > last:
                last = position
        if out_of_order:
            reader.note(f"elements in <{name}> are out of order")
        self._by_name = by_name
        self._all_iso = all_iso

    @property
    def elements(self) -> list[etree._Element]:
        """The child elements (no comments or processing instructions), in document order."""
        return [c for c in self.element if isinstance(c.tag, str)]

    @property
    def path(self) -> str:
        """Where this element is, like ``request.header.timestamp`` (worked out only for a
        note or a rejection: the parent's path and this element's name)."""
        path = self._path
        if path is None:
            assert self._parent is not None
            path = self._path = self._parent._where(self.name)
        return path

    def _where(self, name: str) -> str:
        path = self.path
        return f"{path}.{name}" if path else name

    def elements_named(self, name: str) -> list[etree._Element]:
        return self._by_name.get(name, [])

    def child(self, name: str) -> _Node | None:
        found = self._by_name.get(name)
        if found is None:
            return None
        if len(found) > 1 and name not in _REPEATABLE:
            self.reader.note(
                f"<{name}> appears {len(found)} times in <{self.name}>; the first is used"
            )
        return _Node(self.reader, found[0], None, self)

    def children(self, name: str) -> list[_Node]:
        return [_Node(self.reader, e, None, self) for e in self.elements_named(name)]

    def raw(self, name: str) -> etree._Element | None:
        found = self._by_name.get(name)
        if found is None:
            return None
        if len(found) > 1 and name not in _REPEATABLE:
            self.reader.note(
                f"<{name}> appears {len(found)} times in <{self.name}>; the first is used"
            )
        if not self._all_iso:
            self.reader._namespace(found[0])
        return found[0]

    def text(self, name: str) -> str | None:
        found = self._by_name.get(name)
        if found is None:
            return None
        # One child in the ISO namespace, the usual case, needs no notes; raw() writes them.
        element = found[0] if len(found) == 1 and self._all_iso else self.raw(name)
        assert element is not None
        text = element.text
        if text is None:
            return None
        return text.strip() or None

    def coded(self, name: str) -> Coded | None:
        found = self._by_name.get(name)
        if found is None:
            return None
        element = found[0] if len(found) == 1 and self._all_iso else self.raw(name)
        assert element is not None
        return _coded(self.reader, element)

    def agency(self, name: str) -> AgencyId | None:
        found = self._by_name.get(name)
        if found is None:
            return None
        element = found[0]
        # The usual shape - once, in the ISO namespace, holding its type and value in that
        # order and nothing else - is read without a _Node of its own (it would find nothing
        # to note); any other shape is read the careful way.
        if len(found) == 1 and self._all_iso and len(element) == 2:
            first, second = element
            if first.tag == _Q_ID_TYPE and second.tag == _Q_ID_VALUE:
                id_type = _coded(self.reader, first)
                text = second.text
                value = (text.strip() or None) if text is not None else None
                return self._agency(name, id_type, value)
        node = self.child(name)
        assert node is not None
        return self._agency(name, node.coded("agencyIdType"), node.text("agencyIdValue"))

    def _agency(self, name: str, id_type: Coded | None, value: str | None) -> AgencyId | None:
        if not value:
            self.reader.note(f"<{name}> has no agencyIdValue")
            return None
        if id_type is None:
            self.reader.note(f"<{name}> has no agencyIdType")
            id_type = Coded("")
        return AgencyId(id_type, value)

    def _empty(self, name: str) -> None:
        self.reader.note(f"an empty <{name}> in <{self.name}> was ignored")

    def timestamp(self, name: str, *, instead: str | None = None) -> datetime | None:
        """The time in ``name``; ``instead`` says what replaces a missing or unreadable one."""
        element = self.raw(name)
        if element is None:
            if instead:
                self.reader.note(f"{self._where(name)} is missing; {instead}")
            return None
        text = (element.text or "").strip()
        if not text:
            if instead:
                self.reader.note(f"{self._where(name)} is empty; {instead}")
            else:
                self._empty(name)
            return None
        try:
            moment, bend = read_timestamp(text)
        except TimestampUnreadable as exc:
            suffix = f" {instead[0].upper()}{instead[1:]}." if instead else " It was ignored."
            self.reader.note(f"{self._where(name)}: {exc.args[0]}{suffix}")
            return None
        if bend:
            self.reader.note(f"{self._where(name)}: {bend}")
        return moment

    def enum_text(
        self,
        element: etree._Element,
        name: str,
        kind: type[E],
        *,
        required: bool = False,
        error_type: ErrorType = ErrorType.UNRECOGNISED_DATA_VALUE,
    ) -> E | None:
        text = (element.text or "").strip()
        if not text:
            if required:
                self.reader.reject(ErrorType.BADLY_FORMED_MESSAGE, f"{self._where(name)} is empty.")
            self._empty(name)
            return None
        exact = kind._value2member_map_.get(text)
        if exact is not None:
            return exact  # type: ignore[return-value]
        folded = {member.value.lower(): member for member in kind}
        member = folded.get(text.lower().replace(" ", "").replace("_", ""))
        if member is not None:
            self.reader.note(f"{self._where(name)}: “{text}” read as “{member.value}”")
            return member
        if required:
            allowed = ", ".join(m.value for m in kind)
            self.reader.reject(
                error_type, f"{self._where(name)}: “{text}” is not one of {allowed}."
            )
        self.reader.note(f"{self._where(name)}: unknown value “{text}” was ignored")
        return None

    def enum(
        self,
        name: str,
        kind: type[E],
        *,
        required: bool = False,
        error_type: ErrorType = ErrorType.UNRECOGNISED_DATA_VALUE,
    ) -> E | None:
        element = self.raw(name)
        if element is None:
            if required:
                self.reader.reject(
                    ErrorType.BADLY_FORMED_MESSAGE, f"{self._where(name)} is missing."
                )
            return None
        return self.enum_text(element, name, kind, required=required, error_type=error_type)

    def _typed(self, name: str, convert: Callable[[str], object], what: str) -> object | None:
        element = self.raw(name)
        if element is None:
            return None
        text = (element.text or "").strip()
        if not text:
            self._empty(name)
            return None
        try:
            return convert(text)
        except (ValueError, InvalidOperation, KeyError):
            self.reader.note(f"{self._where(name)}: “{text}” is not {what}; it was ignored")
            return None

    def integer(self, name: str) -> int | None:
        value = self._typed(name, int, "a whole number")
        return value if isinstance(value, int) else None

    def boolean(self, name: str) -> bool | None:
        words = {"true": True, "1": True, "false": False, "0": False}
        bent = {"y": True, "yes": True, "n": False, "no": False}

        def convert(text: str) -> bool:
            lowered = text.lower()
            if text in words:
                return words[text]
            if lowered in words or lowered in bent:
                self.reader.note(f"{self._where(name)}: “{text}” read as a yes/no value")
                return {**words, **bent}[lowered]
            raise ValueError(text)

        value = self._typed(name, convert, "true or false")
        return value if isinstance(value, bool) else None

    def costs(self, name: str) -> Costs | None:
        node = self.child(name)
        if node is None:
            return None
        currency = node.coded("currencyCode")
        amount = node._typed("monetaryValue", Decimal, "an amount")
        if currency is None or not isinstance(amount, Decimal):
            if node.elements:
                self.reader.note(f"<{name}> without currency or amount was ignored")
            else:
                self._empty(name)
            return None
        return Costs(currency.value, amount)
