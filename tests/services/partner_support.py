"""Messages other ISO 18626 implementations send, filled in and checked against the XSD,
and a borrower/lender pair on SQLite or PostgreSQL to post them to (no tests in here)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from string import Template

import pytest
from lxml import etree

from illdesk.domain.vocabulary import Action
from illdesk.persistence.database import Database, open_database
from tests.conftest import FixedClock
from tests.databases import migrated_postgres_url, migrated_sqlite_url
from tests.services.peer_support import (
    BORROWER,
    LENDER,
    XSD,
    Library,
    assert_no_peer_threads,
    new_borrowing,
    open_library,
    wait_until_sent,
)

MESSAGES = Path(__file__).parents[1] / "interop" / "partner_messages"
STAMP = "2026-03-02T09:00:00Z"
AGENCY_ADDRESSES = """      <address>
        <physicalAddress>
          <line1>Springfield University Library</line1>
          <line2>1 University Avenue</line2>
          <locality>Springfield</locality>
          <postalCode>62701</postalCode>
          <region>IL</region>
          <country>US</country>
        </physicalAddress>
      </address>
      <address>
        <electronicAddress>
          <electronicAddressType>Email</electronicAddressType>
          <electronicAddressData>ill@springfield.example.edu</electronicAddressData>
        </electronicAddress>
      </address>
      <address>
        <electronicAddress>
          <electronicAddressType></electronicAddressType>
          <electronicAddressData>https://ill.springfield.example.edu/iso18626</electronicAddressData>
        </electronicAddress>
      </address>"""
_SCHEMA = etree.XMLSchema(etree.parse(str(XSD)))


def foreign(name: str, **values: str) -> bytes:
    """The partner message ``name`` with its ``$placeholders`` filled; schema-valid."""
    defaults = {
        "lender": LENDER,
        "borrower": BORROWER,
        "timestamp": STAMP,
        "their_id": "L-2026-000001",
        "item": "39015000123456",
        "supplier": LENDER,
        "requester": BORROWER,
        "title": "Layered of the Rungs",
        "record": "rec-0001",
        "request_type": "New",
        "patron": "P-77001",
        "agency_addresses": AGENCY_ADDRESSES,
    }
    text = Template((MESSAGES / f"{name}.xml").read_text(encoding="utf-8"))
    body = text.substitute({**defaults, **values}).encode("utf-8")
    document = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    _SCHEMA.assertValid(document)
    return body


def assert_valid(body: bytes) -> None:
    """``body`` (a message we emit) is valid against the ISO 18626 v1.2 XSD."""
    _SCHEMA.assertValid(etree.fromstring(body, etree.XMLParser(resolve_entities=False)))


def open_pair(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> tuple[Library, Library, list[Database]]:
    """Borrower and lender both on SQLite files, or both on the PostgreSQL test cluster."""
    if request.param == "postgresql":
        dbs = [open_database(migrated_postgres_url(request, n)) for n in ("borrower", "lender")]
    else:
        dbs = [
            open_database(migrated_sqlite_url(request, tmp_path / f"{n}.sqlite3"))
            for n in ("b", "l")
        ]
    borrower = open_library(dbs[0], BORROWER, LENDER, clock)
    lender = open_library(dbs[1], LENDER, BORROWER, FixedClock(clock.now))
    return borrower, lender, dbs


@contextmanager
def running_pair(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> Iterator[tuple[Library, Library]]:
    borrower, lender, dbs = open_pair(request, tmp_path, clock)
    try:
        lender.add_partner(BORROWER, borrower.url)
        yield borrower, lender
    finally:
        borrower.runtime.stop()
        lender.runtime.stop()
        for db in dbs:
            db.dispose()
    assert_no_peer_threads()


def requested(borrower: Library, lender: Library) -> tuple[int, str]:
    """A borrowing request sent to the lender: its id and number."""
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender.url))
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    return ours, borrower.requests.detail(ours).row.number
