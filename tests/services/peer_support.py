"""Two illdesk libraries on their own databases, talking ISO 18626 (no tests in here)."""

from __future__ import annotations

import datetime as dt
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from illdesk.domain.citation import Citation
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.interop.iso18626.messages import Confirmation
from illdesk.interop.iso18626.parse import read_message
from illdesk.interop.iso18626.schema import Iso18626Schema, load_schema
from illdesk.peer_runtime import PeerRuntime, start_peer_runtime
from illdesk.persistence import orm
from illdesk.persistence.database import Database, open_database
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.peer_messaging import Iso18626Peer, PeerAwareRequestService, utc_now
from illdesk.services.ports import FactSource
from illdesk.services.requests import ActionInput
from illdesk.settings_registry import default_settings
from tests.corpus_path import CORPUS

XSD = CORPUS / "iso18626" / "ISO-18626-v1_2.xsd"
PAIR_SECRET = "agreed-between-the-two"
BORROWER = "DE-B1"
LENDER = "DE-L2"
ITEM = "31234000099"
STAFF = "Dana"
FixedClockLike = Callable[[], dt.datetime]


def corpus_schema() -> Iso18626Schema:
    schema = load_schema(XSD)
    assert schema.available, schema.describe()
    return schema


def library_settings(symbol: str, partner_symbol: str, **extra: object) -> Settings:
    return default_settings(
        **extra,
        **{
            "interop__iso18626__agency_id_value": symbol,
            "library__symbol": symbol,
            "library__name": f"Library {symbol}",
            "library__country": "US",  # a desk set up at first run knows its country
            "interop__iso18626__shared_secrets": f"ISIL:{partner_symbol}={PAIR_SECRET}",
            "interop__iso18626_xsd": str(XSD),
        },
    )


@dataclass
class Library:
    symbol: str
    db: Database
    settings: Settings
    requests: PeerAwareRequestService
    runtime: PeerRuntime

    @property
    def url(self) -> str:
        url = self.runtime.listening_url
        assert url is not None
        return url

    def add_partner(self, symbol: str, endpoint: str) -> int:
        with self.db.transaction() as session:
            partner = orm.Partner(
                name=f"Library {symbol}",
                symbol=symbol,
                country="DE",
                iso18626_endpoint=endpoint,
                default_loan_days=28,
            )
            session.add(partner)
            session.flush()
            return partner.id

    def do(self, request_id: int, action: Action, given: ActionInput | None = None) -> State:
        done = self.requests.perform(request_id, action, staff=STAFF, given=given)
        return State(done.detail.row.state)

    def state(self, request_id: int) -> State:
        with self.db.reading() as session:
            request = session.get(orm.Request, request_id)
            assert request is not None
            return State(request.state)

    def counts(self) -> dict[str, int]:
        tables = (orm.Request, orm.RequestEvent, orm.Partner, orm.OutboxMessage)
        with self.db.reading() as session:
            return {
                t.__tablename__: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in tables
            }

    def outbox(self) -> list[orm.OutboxMessage]:
        with self.db.reading() as session:
            rows = list(session.scalars(select(orm.OutboxMessage).order_by(orm.OutboxMessage.id)))
            session.expunge_all()
            return rows

    def lending_requests(self) -> list[orm.Request]:
        with self.db.reading() as session:
            rows = list(
                session.scalars(
                    select(orm.Request)
                    .where(orm.Request.side == "lending")
                    .order_by(orm.Request.id)
                )
            )
            session.expunge_all()
            return rows


def open_library(
    db: Database,
    symbol: str,
    partner_symbol: str,
    clock: Callable[[], dt.datetime],
    *,
    utc_clock: Callable[[], dt.datetime] = utc_now,
    fact_sources: Sequence[FactSource] = (),
    **extra_settings: object,
) -> Library:
    settings = library_settings(symbol, partner_symbol, **extra_settings)
    peer = Iso18626Peer(settings, corpus_schema(), clock=utc_clock)
    requests = PeerAwareRequestService(db, settings, clock, peer=peer, fact_sources=fact_sources)
    runtime = start_peer_runtime(
        db,
        settings,
        requests,
        listen=True,
        host="127.0.0.1",
        port=0,
        clock=clock,
        utc_clock=utc_clock,
        poll_seconds=30.0,
        strict=True,
    )
    return Library(symbol, db, settings, requests, runtime)


def wait_until_sent(*libraries: Library, timeout: float = 15.0) -> None:
    """Wait for every library's outbox to be empty of queued messages (the worker sends)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = [row for library in libraries for row in library.outbox()]
        if rows and all(row.state == "sent" for row in rows):
            return
        failed = [row for row in rows if row.state == "failed"]
        assert not failed, [(row.id, row.last_error) for row in failed]
        if time.monotonic() > deadline:
            raise AssertionError([(r.id, r.state, r.attempts, r.last_error) for r in rows])
        time.sleep(0.02)


def new_borrowing(library: Library, *lender_ids: int) -> int:
    patron = PatronService(library.db).save(
        PatronInput(barcode="P100001", name="Nakamura, Hana", email="hana@example.org")
    )
    detail = library.requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(
            title="Die Blechtrommel",
            author="Grass, Günter",
            isbn="9783423118217",
            publisher="dtv",
            year="1993",
        ),
        service_type=ServiceType.LOAN,
        staff=STAFF,
    )
    request_id = detail.row.id
    for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
        library.requests.perform(request_id, action, staff=STAFF)
    library.requests.set_rota(request_id, list(lender_ids), staff=STAFF)
    return request_id


def post(url: str, body: bytes, *, secret: str | None = PAIR_SECRET) -> tuple[int, Confirmation]:
    headers = {"Content-Type": "application/xml"}
    if secret:
        headers["Authorization"] = f"Bearer {secret}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=10) as response:
            status, answer = int(response.status), response.read()
    except urllib.error.HTTPError as error:
        status, answer = error.code, error.read()
        error.close()
    message = read_message(answer, corpus_schema()).message
    assert isinstance(message, Confirmation)
    return status, message


@contextmanager
def two_libraries(
    tmp_path: Path, clock: FixedClockLike, *, utc_clock: FixedClockLike = utc_now
) -> Iterator[tuple[Library, Library]]:
    """A borrower and a lender on two SQLite files, listening on 127.0.0.1, partners of
    each other; stopped and closed afterwards."""
    borrower_db = open_database(f"sqlite:///{tmp_path / 'borrower.sqlite3'}")
    lender_db = open_database(f"sqlite:///{tmp_path / 'lender.sqlite3'}")
    borrower = open_library(borrower_db, BORROWER, LENDER, clock, utc_clock=utc_clock)
    lender = open_library(lender_db, LENDER, BORROWER, clock, utc_clock=utc_clock)
    try:
        lender.add_partner(BORROWER, borrower.url)
        yield borrower, lender
    finally:
        borrower.runtime.stop()
        lender.runtime.stop()
        borrower_db.dispose()
        lender_db.dispose()
    assert_no_peer_threads()


def assert_no_peer_threads() -> None:
    """Every listener and outbox worker a test started has ended."""
    left = [t.name for t in threading.enumerate() if t.name.startswith("iso18626-")]
    assert left == [], left
