"""The garbage collector paused while the program starts (illdesk/collector_pause.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from illdesk.collector_pause import CollectorPaused


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_paused_the_collector_runs_no_collection_until_resumed() -> None:
    gc.enable()
    paused = CollectorPaused()
    assert not gc.isenabled()
    before = gc.get_stats()[0]["collections"]
    for _ in range(20_000):  # far past the youngest generation's threshold (700)
        _Cycle()
    assert gc.get_stats()[0]["collections"] == before
    assert paused.paused


def test_resumed_the_garbage_is_collected_the_rest_frozen_and_the_collector_on() -> None:
    gc.enable()
    paused = CollectorPaused()
    kept = [object() for _ in range(10)]
    garbage = [weakref.ref(_Cycle()) for _ in range(100)]  # kept alive by their cycles only
    assert all(ref() is not None for ref in garbage)
    paused.resume()
    assert gc.isenabled() and not paused.paused
    assert gc.get_freeze_count() > len(kept)  # what the start made is left out of collections
    assert all(ref() is None for ref in garbage)  # collected before the freeze, not frozen
    paused.resume()  # a second time does nothing
    paused.end()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    paused = CollectorPaused()
    paused.end()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
