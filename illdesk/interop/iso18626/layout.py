"""The element order of ISO 18626 v1.2 (from the standard's XSD sequences).

The builder writes children in this order; the tolerant parser compares what
it received against it to report elements out of order or unknown.
"""

from __future__ import annotations

AGENCY_ID = ("agencyIdType", "agencyIdValue")
COSTS = ("currencyCode", "monetaryValue")

ORDER: dict[str, tuple[str, ...]] = {
    "ISO18626Message": (
        "request", "requestConfirmation", "supplyingAgencyMessage",
        "supplyingAgencyMessageConfirmation", "requestingAgencyMessage",
        "requestingAgencyMessageConfirmation",
    ),
    "request": (
        "header", "bibliographicInfo", "publicationInfo", "serviceInfo", "supplierInfo",
        "requestedDeliveryInfo", "requestingAgencyInfo", "patronInfo", "billingInfo",
    ),
    "requestConfirmation": ("confirmationHeader", "errorData"),
    "supplyingAgencyMessage": (
        "header", "messageInfo", "statusInfo", "deliveryInfo", "returnInfo",
    ),
    "supplyingAgencyMessageConfirmation": ("confirmationHeader", "reasonForMessage", "errorData"),
    "requestingAgencyMessage": ("header", "action", "note"),
    "requestingAgencyMessageConfirmation": ("confirmationHeader", "action", "errorData"),
    "header": (
        "supplyingAgencyId", "requestingAgencyId", "multipleItemRequestId", "timestamp",
        "requestingAgencyRequestId", "supplyingAgencyRequestId", "requestingAgencyAuthentication",
    ),
    "confirmationHeader": (
        "supplyingAgencyId", "requestingAgencyId", "timestamp", "requestingAgencyRequestId",
        "multipleItemRequestId", "timestampReceived", "messageStatus",
    ),
    "supplyingAgencyId": AGENCY_ID,
    "requestingAgencyId": AGENCY_ID,
    "supplierCode": AGENCY_ID,
    "returnAgencyId": AGENCY_ID,
    "requestingAgencyAuthentication": ("accountId", "securityCode"),
    "bibliographicInfo": (
        "supplierUniqueRecordId", "title", "author", "subtitle", "seriesTitle", "edition",
        "titleOfComponent", "authorOfComponent", "volume", "issue", "pagesRequested",
        "estimatedNoPages", "bibliographicItemId", "sponsor", "informationSource",
        "bibliographicRecordId",
    ),
    "bibliographicItemId": ("bibliographicItemIdentifier", "bibliographicItemIdentifierCode"),
    "bibliographicRecordId": ("bibliographicRecordIdentifierCode", "bibliographicRecordIdentifier"),
    "publicationInfo": ("publisher", "publicationType", "publicationDate", "placeOfPublication"),
    "serviceInfo": (
        "requestType", "requestSubType", "requestingAgencyPreviousRequestId", "serviceType",
        "serviceLevel", "preferredFormat", "needBeforeDate", "copyrightCompliance", "anyEdition",
        "startDate", "endDate", "note",
    ),
    "supplierInfo": (
        "sortOrder", "supplierCode", "supplierDescription", "bibliographicRecordId",
        "callNumber", "summaryHoldings", "availabilityNote",
    ),
    "requestedDeliveryInfo": ("sortOrder", "address"),
    "requestingAgencyInfo": ("name", "contactName", "address"),
    "patronInfo": ("patronId", "surname", "givenName", "patronType", "sendToPatron", "address"),
    "billingInfo": ("paymentMethod", "maximumCosts", "billingMethod", "billingName", "address"),
    "maximumCosts": COSTS,
    "offeredCosts": COSTS,
    "deliveryCosts": COSTS,
    "address": ("electronicAddress", "physicalAddress"),
    "electronicAddress": ("electronicAddressType", "electronicAddressData"),
    "physicalAddress": ("line1", "line2", "locality", "postalCode", "region", "country"),
    "messageInfo": (
        "reasonForMessage", "answerYesNo", "note", "reasonUnfilled", "reasonRetry",
        "offeredCosts", "retryAfter", "retryBefore",
    ),
    "statusInfo": ("status", "expectedDeliveryDate", "dueDate", "lastChange"),
    "deliveryInfo": (
        "dateSent", "itemId", "sentVia", "sentToPatron", "loanCondition", "deliveredFormat",
        "deliveryCosts",
    ),
    "returnInfo": ("returnAgencyId", "name", "physicalAddress"),
    "errorData": ("errorType", "errorValue"),
}
