"""Request numbers under concurrency: twenty desks (threads) taking numbers at once never
get the same one, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.requests import RequestService

THREADS = 20
EACH = 5


def test_twenty_desks_at_once_get_distinct_numbers(db, settings, clock, partners) -> None:
    service = RequestService(db, settings, clock)
    start = threading.Barrier(THREADS)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def desk(n: int) -> None:
        start.wait()
        for i in range(EACH):
            try:
                made = service.create_lending(
                    partner_id=partners[0],
                    citation=Citation(title=f"Book {n}-{i}"),
                    service_type=ServiceType.LOAN,
                    staff=f"desk {n}",
                )
            except BaseException as exc:  # noqa: BLE001 - every failure is reported below
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    numbers.append(made.row.number)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(numbers) == len(set(numbers)) == THREADS * EACH
    year = clock().year
    assert sorted(numbers) == [f"L-{year}-{k:06d}" for k in range(1, THREADS * EACH + 1)]
