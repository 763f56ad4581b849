"""ISO 18626 v1.2 messages as frozen dataclasses (the subset illdesk reads and writes).

Names follow the standard's element names in snake case.  Enumerations hold the
exact ISO strings as values, so ``Status.LOANED.value == "Loaned"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

NAMESPACE = "http://illtransactions.org/2013/iso18626"
VERSION = "1.2"


class MessageKind(StrEnum):
    """The six message types; the value is the element name."""

    REQUEST = "request"
    REQUEST_CONFIRMATION = "requestConfirmation"
    SUPPLYING_AGENCY_MESSAGE = "supplyingAgencyMessage"
    SUPPLYING_AGENCY_MESSAGE_CONFIRMATION = "supplyingAgencyMessageConfirmation"
    REQUESTING_AGENCY_MESSAGE = "requestingAgencyMessage"
    REQUESTING_AGENCY_MESSAGE_CONFIRMATION = "requestingAgencyMessageConfirmation"

    @property
    def confirmation(self) -> MessageKind:
        """The confirmation that answers this message (a confirmation answers itself)."""
        return _CONFIRMS.get(self, self)

    @property
    def is_confirmation(self) -> bool:
        return self.value.endswith("Confirmation")


_CONFIRMS = {
    MessageKind.REQUEST: MessageKind.REQUEST_CONFIRMATION,
    MessageKind.SUPPLYING_AGENCY_MESSAGE: MessageKind.SUPPLYING_AGENCY_MESSAGE_CONFIRMATION,
    MessageKind.REQUESTING_AGENCY_MESSAGE: MessageKind.REQUESTING_AGENCY_MESSAGE_CONFIRMATION,
}


class Status(StrEnum):
    REQUEST_RECEIVED = "RequestReceived"
    EXPECT_TO_SUPPLY = "ExpectToSupply"
    WILL_SUPPLY = "WillSupply"
    LOANED = "Loaned"
    OVERDUE = "Overdue"
    RECALLED = "Recalled"
    RETRY_POSSIBLE = "RetryPossible"
    UNFILLED = "Unfilled"
    COPY_COMPLETED = "CopyCompleted"
    LOAN_COMPLETED = "LoanCompleted"
    COMPLETED_WITHOUT_RETURN = "CompletedWithoutReturn"
    CANCELLED = "Cancelled"


class ReasonForMessage(StrEnum):
    REQUEST_RESPONSE = "RequestResponse"
    STATUS_REQUEST_RESPONSE = "StatusRequestResponse"
    RENEW_RESPONSE = "RenewResponse"
    CANCEL_RESPONSE = "CancelResponse"
    STATUS_CHANGE = "StatusChange"
    NOTIFICATION = "Notification"


class IsoAction(StrEnum):
    """The requesting agency's actions (element ``action``)."""

    STATUS_REQUEST = "StatusRequest"
    RECEIVED = "Received"
    CANCEL = "Cancel"
    RENEW = "Renew"
    SHIPPED_RETURN = "ShippedReturn"
    SHIPPED_FORWARD = "ShippedForward"
    NOTIFICATION = "Notification"


class IsoServiceType(StrEnum):
    COPY = "Copy"
    LOAN = "Loan"
    COPY_OR_LOAN = "CopyOrLoan"


class RequestType(StrEnum):
    NEW = "New"
    RETRY = "Retry"
    REMINDER = "Reminder"


class RequestSubType(StrEnum):
    BOOKING_REQUEST = "BookingRequest"
    MULTIPLE_ITEM_REQUEST = "MultipleItemRequest"
    PATRON_REQUEST = "PatronRequest"
    TRANSFER_REQUEST = "TransferRequest"
    SUPPLYING_LIBRARYS_CHOICE = "SupplyingLibrarysChoice"


class ErrorType(StrEnum):
    UNSUPPORTED_ACTION_TYPE = "UnsupportedActionType"
    UNSUPPORTED_REASON_FOR_MESSAGE_TYPE = "UnsupportedReasonForMessageType"
    UNRECOGNISED_DATA_ELEMENT = "UnrecognisedDataElement"
    UNRECOGNISED_DATA_VALUE = "UnrecognisedDataValue"
    BADLY_FORMED_MESSAGE = "BadlyFormedMessage"


class MessageStatus(StrEnum):
    OK = "OK"
    ERROR = "ERROR"


class YesNo(StrEnum):
    YES = "Y"
    NO = "N"


@dataclass(frozen=True)
class Coded:
    """A ``type_schemeValuePair``: a code with an optional scheme URI."""

    value: str
    scheme: str | None = None


@dataclass(frozen=True)
class AgencyId:
    type: Coded
    value: str

    @classmethod
    def of(cls, id_type: str, value: str) -> AgencyId:
        return cls(Coded(id_type), value)

    @property
    def key(self) -> str:
        """``TYPE:VALUE``, e.g. ``ISIL:DE-1``; how settings and partners name an agency."""
        return f"{self.type.value}:{self.value}"

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Costs:
    currency_code: str
    monetary_value: Decimal


@dataclass(frozen=True)
class Header:
    supplying_agency_id: AgencyId | None
    """Required by the schema; ``None`` only when a tolerated peer request left it out."""
    requesting_agency_id: AgencyId
    timestamp: datetime
    requesting_agency_request_id: str
    multiple_item_request_id: str = ""
    supplying_agency_request_id: str | None = None


@dataclass(frozen=True)
class BibliographicItemId:
    identifier: str
    code: Coded


@dataclass(frozen=True)
class BibliographicRecordId:
    code: Coded
    identifier: str


@dataclass(frozen=True)
class BibliographicInfo:
    supplier_unique_record_id: str | None = None
    title: str | None = None
    author: str | None = None
    subtitle: str | None = None
    series_title: str | None = None
    edition: str | None = None
    title_of_component: str | None = None
    author_of_component: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages_requested: str | None = None
    estimated_no_pages: str | None = None
    item_ids: tuple[BibliographicItemId, ...] = ()
    sponsor: str | None = None
    information_source: str | None = None
    record_ids: tuple[BibliographicRecordId, ...] = ()


@dataclass(frozen=True)
class PublicationInfo:
    publisher: str | None = None
    publication_type: str | None = None
    publication_date: str | None = None
    place_of_publication: str | None = None


@dataclass(frozen=True)
class ServiceInfo:
    service_type: IsoServiceType
    request_type: RequestType | None = None
    request_sub_types: tuple[RequestSubType, ...] = ()
    requesting_agency_previous_request_id: str | None = None
    service_level: str | None = None
    preferred_format: str | None = None
    need_before_date: datetime | None = None
    copyright_compliance: str | None = None
    any_edition: YesNo | None = None
    note: str | None = None


@dataclass(frozen=True)
class SupplierInfo:
    sort_order: int | None = None
    supplier_code: AgencyId | None = None
    supplier_description: str | None = None
    call_number: str | None = None
    availability_note: str | None = None


@dataclass(frozen=True)
class PhysicalAddress:
    line1: str | None = None
    line2: str | None = None
    locality: str | None = None
    postal_code: str | None = None
    region: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class ElectronicAddress:
    address_type: str
    data: str


Address = PhysicalAddress | ElectronicAddress


@dataclass(frozen=True)
class RequestedDeliveryInfo:
    sort_order: int | None = None
    address: Address | None = None


@dataclass(frozen=True)
class RequestingAgencyInfo:
    name: str | None = None
    contact_name: str | None = None
    addresses: tuple[Address, ...] = ()


@dataclass(frozen=True)
class PatronInfo:
    patron_id: str | None = None
    surname: str | None = None
    given_name: str | None = None
    patron_type: str | None = None
    send_to_patron: YesNo | None = None


@dataclass(frozen=True)
class BillingInfo:
    payment_method: str | None = None
    maximum_costs: Costs | None = None
    billing_method: str | None = None
    billing_name: str | None = None


@dataclass(frozen=True)
class Request:
    header: Header
    bibliographic_info: BibliographicInfo
    service_info: ServiceInfo | None = None
    publication_info: PublicationInfo | None = None
    supplier_info: tuple[SupplierInfo, ...] = ()
    requested_delivery_info: tuple[RequestedDeliveryInfo, ...] = ()
    requesting_agency_info: RequestingAgencyInfo | None = None
    patron_info: PatronInfo | None = None
    billing_info: BillingInfo | None = None

    kind = MessageKind.REQUEST


@dataclass(frozen=True)
class MessageInfo:
    reason_for_message: ReasonForMessage
    answer_yes_no: YesNo | None = None
    note: str | None = None
    reason_unfilled: Coded | None = None
    reason_retry: Coded | None = None
    offered_costs: Costs | None = None
    retry_after: datetime | None = None
    retry_before: datetime | None = None


@dataclass(frozen=True)
class StatusInfo:
    status: Status
    last_change: datetime
    expected_delivery_date: datetime | None = None
    due_date: datetime | None = None


@dataclass(frozen=True)
class DeliveryInfo:
    date_sent: datetime
    item_id: str | None = None
    sent_via: str | None = None
    sent_to_patron: bool | None = None
    loan_condition: Coded | None = None
    delivered_format: str | None = None
    delivery_costs: Costs | None = None
    """What the lender charges for this delivery (the borrower records it as a charge)."""


@dataclass(frozen=True)
class SupplyingAgencyMessage:
    header: Header
    message_info: MessageInfo
    status_info: StatusInfo | None
    """Required by the schema; ``None`` only when a tolerated peer message left it out."""
    delivery_info: DeliveryInfo | None = None

    kind = MessageKind.SUPPLYING_AGENCY_MESSAGE

    @property
    def status(self) -> Status | None:
        return self.status_info.status if self.status_info else None


@dataclass(frozen=True)
class RequestingAgencyMessage:
    header: Header
    action: IsoAction
    note: str | None = None

    kind = MessageKind.REQUESTING_AGENCY_MESSAGE


@dataclass(frozen=True)
class ErrorData:
    error_type: ErrorType
    error_value: str | None = None


@dataclass(frozen=True)
class ConfirmationHeader:
    timestamp: datetime
    timestamp_received: datetime
    message_status: MessageStatus
    supplying_agency_id: AgencyId | None = None
    requesting_agency_id: AgencyId | None = None
    requesting_agency_request_id: str | None = None
    multiple_item_request_id: str | None = None


@dataclass(frozen=True)
class Confirmation:
    """Any of the three confirmations; ``confirms`` says which message it answers."""

    confirms: MessageKind
    header: ConfirmationHeader
    error_data: ErrorData | None = None
    reason_for_message: ReasonForMessage | None = None
    """Only in a supplyingAgencyMessageConfirmation."""
    action: IsoAction | None = None
    """Only in a requestingAgencyMessageConfirmation."""

    @property
    def kind(self) -> MessageKind:
        return self.confirms.confirmation

    @property
    def ok(self) -> bool:
        return self.header.message_status is MessageStatus.OK


@dataclass(frozen=True)
class Echo:
    """What could be read of the header of a rejected message, to address the answer (the
    reader makes it; the status map answers with it)."""

    kind: MessageKind | None = None
    supplying_agency_id: AgencyId | None = None
    requesting_agency_id: AgencyId | None = None
    requesting_agency_request_id: str | None = None
    multiple_item_request_id: str | None = None
    timestamp: datetime | None = None


Message = Request | SupplyingAgencyMessage | RequestingAgencyMessage | Confirmation
