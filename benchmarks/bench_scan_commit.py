"""Scan-to-committed latency of the receive and check-in stations on a large database, as a
ratio to the same write (state, version, history row) done with raw SQLAlchemy Core.

The scans go through the desk's own station and services (benchmarks/desk_scans.py), from
the scan reaching the station to its transaction committed; the floor is the UPDATE of the
request row and the INSERT of its history row on the same engine (same file, same pragmas,
same commit)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from sqlalchemy import insert, update

from benchmarks.desk_scans import DeskScans
from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result, median, percentile
from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, Side
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.directory import DirectoryService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.scanning import ScanMode


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    names = [f"scan_receive_commit_{n // 1000}k", f"scan_checkin_commit_{n // 1000}k"]
    if only and only not in __name__ and not any(only in name for name in names):
        return
    if only and only in __name__:
        only = None  # the module named: all of its lines
    db = open_database(demo_database_url(n))
    desk = DeskScans(db)
    requests = desk.context.requests
    station = desk.stations[Side.BORROWING]
    patron = PatronService(db).save(
        PatronInput(
            barcode=f"P9{time.time_ns() % 10**8:08d}",
            name="Benchmark, Patron",
            email="bench@example.org",
            request_limit=10_000,
        )
    )
    partner_id = DirectoryService(db).partners()[0].id
    count = 30 if quick else 100
    numbers = []
    for i in range(count):
        made = requests.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title=f"Benchmark book {i}"),
            service_type=ServiceType.LOAN,
            staff="bench",
            allow_duplicate=True,
        )
        rid = made.row.id
        requests.perform(rid, Action.VERIFY_CITATION, staff="bench")
        requests.perform(rid, Action.START_SOURCING, staff="bench")
        requests.set_rota(rid, [partner_id], staff="bench")
        requests.perform(rid, Action.SEND_TO_LENDER, staff="bench")
        requests.perform(rid, Action.LENDER_SHIPPED, staff="bench")
        numbers.append((rid, made.row.number))
    receive, checkin = [], []
    for rid, number in numbers:
        station.set_mode(ScanMode.RECEIVE)
        receive.append(desk.timed(lambda number=number: desk.scan(Side.BORROWING, number)))
        desk.settle()
        requests.perform(rid, Action.CHECK_OUT, staff="bench")
        station.set_mode(ScanMode.CHECK_IN)
        checkin.append(desk.timed(lambda number=number: desk.scan(Side.BORROWING, number)))
    desk.close()
    base = []
    for rid, _number in numbers:
        start = time.perf_counter()
        with db.engine.begin() as connection:
            connection.execute(
                update(orm.Request)
                .where(orm.Request.id == rid)
                .values(state="returned_to_lender", version=orm.Request.version + 1)
            )
            connection.execute(
                insert(orm.RequestEvent).values(
                    request_id=rid,
                    staff="bench",
                    action="return_to_lender",
                    from_state="returned_by_patron",
                    to_state="returned_to_lender",
                    note="",
                )
            )
        base.append(time.perf_counter() - start)
    db.dispose()
    for name, samples in zip(names, (receive, checkin), strict=True):
        if only and only not in name:
            continue
        yield Result(f"{name}_median", median(samples) * 1000, "ms", median(samples) / median(base))
        yield Result(
            f"{name}_p95",
            percentile(samples, 95) * 1000,
            "ms",
            percentile(samples, 95) / percentile(base, 95),
        )
