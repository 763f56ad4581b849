"""Shared builders for the ISO 18626 tests (no tests in here)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from illdesk.interop.iso18626.messages import (
    AgencyId,
    BibliographicInfo,
    BibliographicItemId,
    BillingInfo,
    Coded,
    Costs,
    DeliveryInfo,
    ElectronicAddress,
    Header,
    IsoAction,
    IsoServiceType,
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


def header(request_id: str = "B1-0001", *, at: datetime = T0,
           supplier_request_id: str | None = None) -> Header:
    return Header(LENDER, BORROWER, at, request_id, "", supplier_request_id)


def full_request(request_id: str = "B1-0001") -> Request:
    return Request(
        header=header(request_id),
        bibliographic_info=BibliographicInfo(
            title="Die Blechtrommel", author="Grass, Günter", edition="1. Aufl.",
            item_ids=(BibliographicItemId("9783423118217", Coded("ISBN")),),
        ),
        service_info=ServiceInfo(
            IsoServiceType.LOAN, request_type=RequestType.NEW,
            request_sub_types=(RequestSubType.PATRON_REQUEST,),
            need_before_date=T0 + timedelta(days=30), any_edition=YesNo.YES, note="Urgent",
        ),
        publication_info=PublicationInfo(publisher="dtv", publication_date="1993"),
        supplier_info=(SupplierInfo(1, LENDER, "Stadtbibliothek", "A 12.3"),),
        requested_delivery_info=(
            RequestedDeliveryInfo(1, PhysicalAddress("ILL office", "Hauptstr. 1", "Ulm",
                                                     "89073", country="DE")),
            RequestedDeliveryInfo(2, ElectronicAddress("Email", "ill@example.org")),
        ),
        requesting_agency_info=RequestingAgencyInfo("Borrowing library", "ILL desk"),
        patron_info=PatronInfo("P-77", "Muster", "Erika"),
        billing_info=BillingInfo("Account", Costs("EUR", Decimal("12.50")), None, "ILL office"),
    )


def supplying(status: Status, request_id: str = "B1-0001", *,
              reason: ReasonForMessage = ReasonForMessage.STATUS_CHANGE,
              answer: YesNo | None = None, note: str | None = None,
              reason_unfilled: str | None = None, due: datetime | None = None,
              item_id: str | None = None, loan_condition: str | None = None) -> SupplyingAgencyMessage:
    delivery = None
    if item_id or loan_condition:
        delivery = DeliveryInfo(T0, item_id=item_id,
                                loan_condition=Coded(loan_condition) if loan_condition else None)
    return SupplyingAgencyMessage(
        header=header(request_id, supplier_request_id="L2-9"),
        message_info=MessageInfo(reason, answer, note,
                                 Coded(reason_unfilled) if reason_unfilled else None),
        status_info=StatusInfo(status, T0, due_date=due),
        delivery_info=delivery,
    )


def requesting(action: IsoAction, request_id: str = "B1-0001",
               note: str | None = None) -> RequestingAgencyMessage:
    return RequestingAgencyMessage(header(request_id), action, note)
