from __future__ import annotations

from illdesk.hardware.config import WedgeConfig
from illdesk.hardware.wedge_burst import BurstBuffer, HeldKey

CONFIG = WedgeConfig(max_gap_ms=30, min_length=4)


def _feed(buffer: BurstBuffer[int], text: str, start: float, gap: float) -> list[HeldKey[int]]:
    released: list[HeldKey[int]] = []
    for n, ch in enumerate(text):
        released += buffer.add(HeldKey(ch, start + n * gap, n))
    return released


def test_fast_burst_with_terminator_is_a_scan() -> None:
    buffer: BurstBuffer[int] = BurstBuffer(CONFIG)
    assert _feed(buffer, "30000012345678", 0, 5) == []
    text, released = buffer.terminate(14 * 5)
    assert text == "30000012345678"
    assert released == []
    assert buffer.held == []


def test_typing_is_released_key_by_key() -> None:
    buffer: BurstBuffer[int] = BurstBuffer(CONFIG)
    released = _feed(buffer, "hello", 0, 200)
    assert "".join(k.text for k in released) == "hell"
    text, rest = buffer.terminate(1000)
    assert text is None
    assert [k.text for k in rest] == ["o"]


def test_short_fast_burst_is_not_a_scan() -> None:
    buffer: BurstBuffer[int] = BurstBuffer(CONFIG)
    _feed(buffer, "abc", 0, 1)
    text, rest = buffer.terminate(3)
    assert text is None and [k.text for k in rest] == ["a", "b", "c"]


def test_slow_terminator_is_not_a_scan() -> None:
    buffer: BurstBuffer[int] = BurstBuffer(CONFIG)
    _feed(buffer, "ABCDEF", 0, 5)
    text, rest = buffer.terminate(500)
    assert text is None and len(rest) == 6


def test_release_all_keeps_order() -> None:
    buffer: BurstBuffer[int] = BurstBuffer(CONFIG)
    _feed(buffer, "xyz", 0, 1)
    assert [k.payload for k in buffer.release_all()] == [0, 1, 2]
    assert buffer.release_all() == []
