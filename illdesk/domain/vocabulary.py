"""The request vocabulary of DESIGN.md: sides, service types, states and actions.

Values are the stored strings; never rename one without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    BORROWING = "borrowing"
    LENDING = "lending"


class ServiceType(StrEnum):
    LOAN = "loan"
    COPY = "copy"


class Delivery(StrEnum):
    PHYSICAL = "physical"
    ELECTRONIC = "electronic"


class State(StrEnum):
    # shared
    NEW = "new"
    COMPLETE = "complete"
    CANCELLED = "cancelled"
    UNFILLED = "unfilled"
    CONDITIONAL = "conditional"
    # borrowing
    CITATION_VERIFIED = "citation_verified"
    DEFLECTED_LOCAL = "deflected_local"
    AWAITING_COPYRIGHT = "awaiting_copyright_clearance"
    SOURCING = "sourcing"
    REQUESTED = "requested"
    SHIPPED_BY_LENDER = "shipped_by_lender"
    RECEIVED = "received"
    AWAITING_PICKUP = "awaiting_pickup"
    CHECKED_OUT = "checked_out"
    RENEWAL_REQUESTED = "renewal_requested"
    OVERDUE = "overdue"
    RECALLED = "recalled"
    LOST = "lost"
    RETURNED_BY_PATRON = "returned_by_patron"
    RETURNED_TO_LENDER = "returned_to_lender"
    PURCHASE_ORDERED = "purchase_ordered"
    TO_CATALOGUING = "to_cataloguing"
    DELIVERED = "delivered"
    # lending
    HOLDINGS_CHECKED = "holdings_checked"
    PULL_SLIP_PRINTED = "pull_slip_printed"
    PULLED = "pulled"
    SHIPPED = "shipped"
    ON_LOAN = "on_loan"
    RETURNED = "returned"
    SCANNED = "scanned"
    SENT = "sent"


class Action(StrEnum):
    # borrowing intake
    VERIFY_CITATION = "verify_citation"
    DEFLECT_LOCAL = "deflect_local"
    HOLD_FOR_COPYRIGHT = "hold_for_copyright"
    CLEAR_COPYRIGHT = "clear_copyright"
    START_SOURCING = "start_sourcing"
    MARK_OPEN_ACCESS = "mark_open_access"
    ORDER_PURCHASE = "order_purchase"
    # sourcing and lender answers
    SEND_TO_LENDER = "send_to_lender"
    LENDER_UNFILLED = "lender_unfilled"
    LENDER_CONDITIONAL = "lender_conditional"
    ACCEPT_CONDITIONS = "accept_conditions"
    DECLINE_CONDITIONS = "decline_conditions"
    LENDER_SHIPPED = "lender_shipped"
    # desk
    RECEIVE = "receive"
    NOTIFY_PATRON = "notify_patron"
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    RETURN_TO_LENDER = "return_to_lender"
    LENDER_CHECKED_IN = "lender_checked_in"
    DELIVER = "deliver"
    SEND_TO_CATALOGUING = "send_to_cataloguing"
    COMPLETE = "complete"
    # loan side branches
    REQUEST_RENEWAL = "request_renewal"
    RENEWAL_GRANTED = "renewal_granted"
    RENEWAL_REFUSED = "renewal_refused"
    MARK_OVERDUE = "mark_overdue"
    RECALL = "recall"
    MARK_LOST = "mark_lost"
    CANCEL = "cancel"
    # lending
    CHECK_HOLDINGS = "check_holdings"
    PRINT_PULL_SLIP = "print_pull_slip"
    PULL = "pull"
    ANSWER_UNFILLED = "answer_unfilled"
    ANSWER_CONDITIONAL = "answer_conditional"
    BORROWER_ACCEPTS = "borrower_accepts"
    SHIP = "ship"
    BORROWER_RECEIVED = "borrower_received"
    BORROWER_SHIPPED_RETURN = "borrower_shipped_return"
    RECEIVE_RETURN = "receive_return"
    GRANT_RENEWAL = "grant_renewal"
    REFUSE_RENEWAL = "refuse_renewal"
    MARK_SCANNED = "mark_scanned"
    SEND_COPY = "send_copy"
