from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from illdesk.hardware.rfid.protocol import (
    Command,
    FrameDecoder,
    Status,
    frame,
    parse_response,
    request,
    response,
)


def test_request_frame_layout() -> None:
    data = request(Command.INVENTORY, 7)
    assert data[0] == 0x7E
    assert data[1:3] == b"\x00\x02"
    assert data[3:5] == bytes([Command.INVENTORY, 7])
    assert FrameDecoder().feed(data) == [bytes([1, 7])]


def test_response_parses() -> None:
    body = FrameDecoder().feed(response(Command.PING, 9, Status.OK, b"pad"))[0]
    reply = parse_response(body)
    assert reply is not None
    assert (reply.command, reply.seq, reply.status, reply.payload) == (0, 9, 0, b"pad")
    assert parse_response(bytes([1, 2])) is None


def test_decoder_resynchronises_after_noise_and_bad_crc() -> None:
    good = frame(b"\x01\x02hello")
    bad = bytearray(frame(b"\x01\x03broken"))
    bad[-1] ^= 0xFF
    decoder = FrameDecoder()
    bodies = decoder.feed(b"\x00\xff~~" + bytes(bad) + good)
    assert bodies == [b"\x01\x02hello"]
    assert decoder.rejected >= 2


def test_decoder_waits_for_partial_frames() -> None:
    data = frame(b"\x02\x05" + bytes(range(40)))
    decoder = FrameDecoder()
    assert decoder.feed(data[:10]) == []
    assert decoder.feed(data[10:]) == [b"\x02\x05" + bytes(range(40))]


@given(st.lists(st.binary(max_size=60), max_size=8), st.binary(max_size=30))
def test_frames_survive_noise_between_them(bodies: list[bytes], noise: bytes) -> None:
    stream = b"".join(frame(b) + noise.replace(b"\x7e", b"") for b in bodies)
    assert FrameDecoder().feed(stream) == bodies
