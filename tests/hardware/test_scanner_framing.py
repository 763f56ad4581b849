from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from illdesk.hardware.scanner.framing import FrameSplitter


def test_frames_split_on_any_terminator() -> None:
    splitter = FrameSplitter()
    result = splitter.feed(b"111\r\n222\r333\n444\t\x02555\x03")
    assert result.frames == ["111", "222", "333", "444", "555"]
    assert result.garbage == []


def test_frames_arrive_in_pieces() -> None:
    splitter = FrameSplitter(b"\r")
    assert splitter.feed(b"3000").frames == []
    assert splitter.pending == b"3000"
    assert splitter.feed(b"0012345678\r30").frames == ["30000012345678"]
    assert splitter.pending == b"30"


def test_leading_noise_is_dropped_and_reported() -> None:
    result = FrameSplitter().feed(b"\xff\xfe\x80ABC123\r\n")
    assert result.frames == ["ABC123"]
    assert result.garbage == [b"\xff\xfe\x80"]


def test_noise_inside_a_frame_spoils_it() -> None:
    result = FrameSplitter().feed(b"300\xff00012345678\rNEXT\r")
    assert result.frames == ["NEXT"]
    assert result.garbage == [b"300\xff00012345678"]


def test_overlong_frame_is_garbage() -> None:
    result = FrameSplitter(max_frame=10).feed(b"A" * 30 + b"\rOK\r")
    assert result.frames == ["OK"]
    assert result.garbage


def test_discard_partial() -> None:
    splitter = FrameSplitter()
    splitter.feed(b"3000")
    assert splitter.discard_partial() == b"3000"
    assert splitter.feed(b"42\r").frames == ["42"]


@given(
    st.lists(st.text(alphabet="0123456789ABCDEFXYZ-", min_size=1, max_size=20), max_size=30),
    st.lists(st.integers(1, 50), min_size=1, max_size=10),
)
def test_any_chunking_gives_the_same_frames(codes: list[str], cuts: list[int]) -> None:
    stream = b"".join(c.encode() + b"\r\n" for c in codes)
    splitter = FrameSplitter()
    frames: list[str] = []
    position, index = 0, 0
    while position < len(stream):
        size = cuts[index % len(cuts)]
        frames.extend(splitter.feed(stream[position : position + size]).frames)
        position += size
        index += 1
    assert frames == codes
