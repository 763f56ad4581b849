"""Shared builders for the ISO 18626 tests (no tests in here)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from illdesk.domain.errors import IllegalTransition
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import RequestFacts, workflow_for
from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import (
    AgencyId,
    BibliographicInfo,
    BibliographicItemId,
    BillingInfo,
    Coded,
    Confirmation,
    Costs,
    DeliveryInfo,
    ElectronicAddress,
    ErrorType,
    Header,
    IsoAction,
    IsoServiceType,
    Message,
    MessageInfo,
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
from illdesk.interop.iso18626.schema import Iso18626Schema, load_schema
from illdesk.interop.iso18626.status_map import (
    Incoming,
    IncomingError,
    error_confirmation,
    error_for_illegal,
    incoming,
    ok_confirmation,
    our_service_type,
)
from illdesk.interop.iso18626.transport.outbox import OutboxEngine, RetryPolicy
from illdesk.interop.iso18626.transport.outbox_items import InMemoryOutboxStore
from illdesk.interop.iso18626.transport.server import (
    AccessPolicy,
    Iso18626Server,
    Peer,
)
from tests.corpus_path import CORPUS

XSD = CORPUS / "iso18626" / "ISO-18626-v1_2.xsd"
SAMPLES = CORPUS / "iso18626" / "modrs-samples"
BORROWER = AgencyId.of("ISIL", "DE-B1")
LENDER = AgencyId.of("ISIL", "DE-L2")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def corpus_schema() -> Iso18626Schema:
    schema = load_schema(XSD)
    assert schema.available, schema.describe()
    return schema


def header(
    request_id: str = "B1-0001", *, at: datetime = T0, supplier_request_id: str | None = None
) -> Header:
    return Header(LENDER, BORROWER, at, request_id, "", supplier_request_id)


def full_request(request_id: str = "B1-0001") -> Request:
    return Request(
        header=header(request_id),
        bibliographic_info=BibliographicInfo(
            title="Die Blechtrommel",
            author="Grass, Günter",
            edition="1. Aufl.",
            item_ids=(BibliographicItemId("9783423118217", Coded("ISBN")),),
        ),
        service_info=ServiceInfo(
            IsoServiceType.LOAN,
            request_type=RequestType.NEW,
            request_sub_types=(RequestSubType.PATRON_REQUEST,),
            need_before_date=T0 + timedelta(days=30),
            any_edition=YesNo.YES,
            note="Urgent",
        ),
        publication_info=PublicationInfo(publisher="dtv", publication_date="1993"),
        supplier_info=(SupplierInfo(1, LENDER, "Stadtbibliothek", "A 12.3"),),
        requested_delivery_info=(
            RequestedDeliveryInfo(
                1, PhysicalAddress("ILL office", "Hauptstr. 1", "Ulm", "89073", country="DE")
            ),
            RequestedDeliveryInfo(2, ElectronicAddress("Email", "ill@example.org")),
        ),
        requesting_agency_info=RequestingAgencyInfo("Borrowing library", "ILL desk"),
        patron_info=PatronInfo("P-77", "Muster", "Erika"),
        billing_info=BillingInfo("Account", Costs("EUR", Decimal("12.50")), None, "ILL office"),
    )


def supplying(
    status: Status,
    request_id: str = "B1-0001",
    *,
    reason: ReasonForMessage = ReasonForMessage.STATUS_CHANGE,
    answer: YesNo | None = None,
    note: str | None = None,
    reason_unfilled: str | None = None,
    due: datetime | None = None,
    item_id: str | None = None,
    loan_condition: str | None = None,
) -> SupplyingAgencyMessage:
    delivery = None
    if item_id or loan_condition:
        delivery = DeliveryInfo(
            T0, item_id=item_id, loan_condition=Coded(loan_condition) if loan_condition else None
        )
    return SupplyingAgencyMessage(
        header=header(request_id, supplier_request_id="L2-9"),
        message_info=MessageInfo(
            reason, answer, note, Coded(reason_unfilled) if reason_unfilled else None
        ),
        status_info=StatusInfo(status, T0, due_date=due),
        delivery_info=delivery,
    )


def requesting(
    action: IsoAction, request_id: str = "B1-0001", note: str | None = None
) -> RequestingAgencyMessage:
    return RequestingAgencyMessage(header(request_id), action, note)


# -- a tiny in-memory library: listener + outbox + status map, no database ------------------


FACTS = RequestFacts(has_lender=True, item_tied=True, renewals_left=1, past_due=True)


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class TinyRequest:
    side: Side
    service_type: ServiceType
    state: State
    history: list[tuple[State, Action, State]] = field(default_factory=list)


class TinyLibrary:
    """One library: requests in a dict, an ISO 18626 listener, an outbox to its partner."""

    def __init__(
        self,
        agency: AgencyId,
        schema: Iso18626Schema,
        clock: FakeClock,
        secrets: dict[str, str],
        *,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.agency = agency
        self.schema = schema
        self.clock = clock
        self.requests: dict[str, TinyRequest] = {}
        self.received: list[tuple[Message, list[str], Peer]] = []
        self.lock = threading.Lock()
        self.server = Iso18626Server(self.handle, schema, AccessPolicy(secrets), clock=clock)
        self.outbox = InMemoryOutboxStore()
        self.engine = OutboxEngine(
            self.outbox,
            schema,
            secret_for=secrets.get,
            clock=clock,
            policy=policy
            or RetryPolicy(max_attempts=4, base_seconds=10, cap_seconds=25, timeout_seconds=5),
        )

    # stands in for services.peer_incoming.IncomingHandler
    def handle(self, message: Message, notes: list[str], peer: Peer) -> Confirmation:
        with self.lock:
            self.received.append((message, notes, peer))
            if isinstance(message, Request):
                key = message.header.requesting_agency_request_id
                service = our_service_type(
                    message.service_info.service_type if message.service_info else None
                )
                self.requests.setdefault(key, TinyRequest(Side.LENDING, service, State.NEW))
                return ok_confirmation(message, now=self.clock())
            assert not isinstance(message, Confirmation)
            request = self.requests.get(message.header.requesting_agency_request_id)
            if request is None:
                return error_confirmation(
                    ErrorType.UNRECOGNISED_DATA_VALUE,
                    f"No request {message.header.requesting_agency_request_id} here.",
                    about=message,
                    now=self.clock(),
                )
            decision = incoming(message, request.side, request.service_type, request.state)
            if isinstance(decision, IncomingError):
                return error_confirmation(
                    decision.error_type, decision.text, about=message, now=self.clock()
                )
            assert isinstance(decision, Incoming)
            if decision.action is not None:
                try:
                    self.apply(message.header.requesting_agency_request_id, decision.action)
                except IllegalTransition as exc:
                    return error_for_illegal(message, exc.message, now=self.clock())
            return ok_confirmation(message, now=self.clock())

    def apply(self, key: str, action: Action) -> State:
        request = self.requests[key]
        row = workflow_for(request.side, request.service_type).decide(request.state, action, FACTS)
        request.history.append((request.state, action, row.target))
        request.state = row.target
        return row.target

    def send(self, partner: TinyLibrary, message: Message, key: str) -> None:
        body = build_message(message, self.schema)
        self.outbox.enqueue(
            partner=partner.agency.key,
            endpoint=partner.server.url,
            body=body,
            kind=message.kind,
            request_ref=key,
            now=self.clock(),
        )
