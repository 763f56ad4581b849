"""Pull by scan at the Lending station on a large database: the slip scan, then the copy
scan that checks the shelf and the lending policy, ties the copy and commits, as a ratio to
the same write (state, version, item, history row) done with raw SQLAlchemy Core."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import insert, update

from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result, median, percentile
from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Material
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.catalogue import CatalogueService
from illdesk.services.directory import DirectoryService
from illdesk.services.requests import RequestService
from illdesk.services.scanning import ScanMode, ScanService
from illdesk.settings_registry import default_settings


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    name = f"scan_pull_commit_{n // 1000}k"
    if only and only not in name:
        return
    db = open_database(demo_database_url(n))
    # as at the desk (ui/after_commit.py): what follows a commit (the notice's text, the
    # ILS calls queued) runs on one worker thread, after the scan is committed
    follow_ups = ThreadPoolExecutor(max_workers=1)
    db.after_commit = follow_ups.submit
    settings = default_settings()
    requests = RequestService(db, settings)
    scans = ScanService(db, requests, catalogue=CatalogueService(db, settings), settings=settings)
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
    for rid, number, barcode in waiting:
        start = time.perf_counter()
        scans.scan(ScanMode.PULL, number, staff="bench")
        scans.scan(ScanMode.PULL, barcode, staff="bench", for_request=rid)
        pulls.append(time.perf_counter() - start)
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
    follow_ups.shutdown(wait=True)
    db.dispose()
    yield Result(f"{name}_median", median(pulls) * 1000, "ms", median(pulls) / median(base))
    yield Result(
        f"{name}_p95",
        percentile(pulls, 95) * 1000,
        "ms",
        percentile(pulls, 95) / percentile(base, 95),
    )
