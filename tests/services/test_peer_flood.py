"""A burst on the listener, as a consortium broker or a catch-up after an outage sends it:
20 clients at once, a few hundred messages, some of them the same request sent twice at the
same moment. Every post is answered, nothing is a 5xx, every accepted request is stored
exactly once (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from illdesk.interop.iso18626.messages import Confirmation
from illdesk.persistence import orm
from tests.services.partner_support import foreign
from tests.services.peer_support import Library, post

CLIENTS = 20
ROUNDS = 12  # 240 posts


@pytest.mark.slow
def test_twenty_clients_at_once(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    start = threading.Barrier(CLIENTS)
    answers: list[tuple[str, int, Confirmation]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        start.wait()
        for i in range(ROUNDS):
            # even rounds: clients n and n+10 send the same request at the same moment
            number = f"FL-D{n % 10}-{i}" if i % 2 == 0 else f"FL-{n}-{i}"
            try:
                status, answer = post(lender.url, foreign("request", number=number))
            except BaseException as exc:  # noqa: BLE001 - reported below
                with lock:
                    failures.append(exc)
            else:
                with lock:
                    answers.append((number, status, answer))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert len(answers) == CLIENTS * ROUNDS
    assert [a for a in answers if a[1] != 200] == []
    assert [a for a in answers if not a[2].ok] == []
    accepted = {number for number, _, _ in answers}
    # odd rounds: one request per client; even rounds: one per pair of clients
    assert len(accepted) == CLIENTS * (ROUNDS // 2) + (CLIENTS // 2) * (ROUNDS // 2)
    with lender.db.reading() as session:
        stored = Counter(
            session.scalars(select(orm.Request.external_id).where(orm.Request.side == "lending"))
        )
        numbers = session.scalar(select(func.count(func.distinct(orm.Request.number))))
    assert set(stored) == accepted
    assert max(stored.values()) == 1
    assert numbers == len(accepted)
