"""Pull by scan at the Lending station on a large database: the slip scan, then the copy
scan that checks the shelf and the lending policy, ties the copy and commits, as a ratio to
the same write (state, version, item, history row) done with raw SQLAlchemy Core.

The scans go through the desk's own station and services (benchmarks/desk_scans.py): the
slip scan to the service's answer (the request read to be shown), plus the copy scan to its
transaction committed; what the station paints after either is not counted."""

from __future__ import annotations

import time
from collections.abc import Iterator

from sqlalchemy import insert, update

from benchmarks.desk_scans import DeskScans
from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result, median, percentile
from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Material
from illdesk.domain.vocabulary import Action, ServiceType, Side
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.directory import DirectoryService
from illdesk.services.scanning import ScanMode


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    name = f"scan_pull_commit_{n // 1000}k"
    if only and only not in name and only not in __name__:
        return
    db = open_database(demo_database_url(n))
    desk = DeskScans(db)
    requests = desk.context.requests
    desk.stations[Side.LENDING].set_mode(ScanMode.PULL)
    partner_id = DirectoryService(db).partners()[-1].id
    count = 30 if quick else 100
    stamp = time.time_ns() % 10**6
    waiting = []
    for i in range(count):
        made = requests.create_lending(
            partner_id=partner_id,
            citation=Citation(title=f"Pull benchmark {stamp} {i}"),
            service_type=ServiceType.LOAN,
            staff="bench",
            material=Material.AUDIOVISUAL if i % 3 == 0 else Material.BOOK,
        )
        requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="bench")
        waiting.append((made.row.id, made.row.number, f"39{stamp:06d}{i:05d}"))
    pulls = []
    for _rid, number, barcode in waiting:
        slip = desk.timed(lambda number=number: desk.scan(Side.LENDING, number))
        pulls.append(slip + desk.scan(Side.LENDING, barcode))
    desk.close()
    base = []
    for rid, _number, barcode in waiting:
        start = time.perf_counter()
        with db.engine.begin() as connection:
            connection.execute(
                update(orm.Request)
                .where(orm.Request.id == rid)
                .values(state="shipped", version=orm.Request.version + 1)
            )
            connection.execute(
                insert(orm.RequestItem).values(request_id=rid, barcode=barcode + "b", part_label="")
            )
            connection.execute(
                insert(orm.RequestEvent).values(
                    request_id=rid,
                    staff="bench",
                    action="ship",
                    from_state="pulled",
                    to_state="shipped",
                    note="",
                )
            )
        base.append(time.perf_counter() - start)
    db.dispose()
    yield Result(f"{name}_median", median(pulls) * 1000, "ms", median(pulls) / median(base))
    yield Result(
        f"{name}_p95",
        percentile(pulls, 95) * 1000,
        "ms",
        percentile(pulls, 95) / percentile(base, 95),
    )
