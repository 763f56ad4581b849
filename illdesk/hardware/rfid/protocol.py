"""The serial protocol spoken between illdesk and an RFID pad ("illdesk pad protocol 1").

Desk RFID pads differ in their native command sets; illdesk talks to a pad
through this small framed protocol (a pad with another native protocol gets a
thin adapter that speaks this one).  The simulated pad in
:mod:`illdesk.hardware.sim.rfid_pad_sim` implements it exactly.

Frame (both directions)::

    0x7E | LEN (2 bytes, big-endian) | BODY (LEN bytes) | CRC (2 bytes, big-endian)

``CRC`` is CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) over the two LEN
bytes and BODY.  A receiver hunts for 0x7E, reads LEN (at most 1024), then BODY
and CRC; when the CRC is wrong it drops that 0x7E and hunts again, so noise and
cut-off frames cost at most the frame they hit.

Request body: ``CMD (1) | SEQ (1) | PAYLOAD``.
Response body: ``CMD | 0x80 (1) | SEQ (1) | STATUS (1) | PAYLOAD``; SEQ echoes the request.

=====  ============  ==========================================  ============================
CMD    name          request payload                             response payload (STATUS 0)
=====  ============  ==========================================  ============================
0x00   PING          -                                           ASCII pad name and version
0x01   INVENTORY     -                                           N (1), N x UID (8 each)
0x02   READ BLOCKS   UID (8), FIRST (1), COUNT (1)               SIZE (1), COUNT (1), data
0x03   WRITE BLOCKS  UID (8), FIRST (1), COUNT (1), SIZE (1),    -
                     data (COUNT x SIZE bytes)
0x04   SYSTEM INFO   UID (8)                                     AFI, DSFID, SIZE, BLOCKS
                                                                 (1 byte each)
0x05   WRITE AFI     UID (8), AFI (1)                            -
=====  ============  ==========================================  ============================

UIDs are the 8-byte ISO 15693 UID, most significant byte (0xE0) first.
STATUS: 0 ok, 1 tag not on the pad, 2 damaged request (CRC), 3 unknown
command, 4 write failed (tag locked or moved away), 5 bad parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from illdesk.domain.rfid_model import crc16_ccitt_false

SOF = 0x7E
MAX_BODY = 1024
UID_LENGTH = 8


class Command(IntEnum):
    PING = 0x00
    INVENTORY = 0x01
    READ_BLOCKS = 0x02
    WRITE_BLOCKS = 0x03
    SYSTEM_INFO = 0x04
    WRITE_AFI = 0x05


class Status(IntEnum):
    OK = 0
    NO_TAG = 1
    BAD_FRAME = 2
    UNKNOWN_COMMAND = 3
    WRITE_FAILED = 4
    BAD_PARAMETERS = 5


STATUS_TEXT = {
    Status.NO_TAG: "The tag is no longer on the pad.",
    Status.BAD_FRAME: "The RFID pad did not understand the request (damaged on the line).",
    Status.UNKNOWN_COMMAND: "The RFID pad does not know this command.",
    Status.WRITE_FAILED: "The tag could not be written (locked, or moved during writing).",
    Status.BAD_PARAMETERS: "The RFID pad refused the request as out of range.",
}


def frame(body: bytes) -> bytes:
    """Wrap ``body`` into one frame."""
    if len(body) > MAX_BODY:
        raise ValueError("frame body too long")
    length = len(body).to_bytes(2, "big")
    crc = crc16_ccitt_false(length + body)
    return bytes([SOF]) + length + body + crc.to_bytes(2, "big")


def request(command: Command, seq: int, payload: bytes = b"") -> bytes:
    return frame(bytes([command, seq & 0xFF]) + payload)


def response(command: int, seq: int, status: Status, payload: bytes = b"") -> bytes:
    return frame(bytes([command | 0x80, seq & 0xFF, status]) + payload)


@dataclass(frozen=True)
class Response:
    command: int
    seq: int
    status: int
    payload: bytes


def parse_response(body: bytes) -> Response | None:
    if len(body) < 3 or not body[0] & 0x80:
        return None
    return Response(command=body[0] & 0x7F, seq=body[1], status=body[2], payload=body[3:])


class FrameDecoder:
    """Feed bytes, get the bodies of frames with a good CRC; counts what it threw away."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.rejected = 0

    def reset(self) -> None:
        self._buffer.clear()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer.extend(data)
        bodies: list[bytes] = []
        while True:
            start = self._buffer.find(SOF)
            if start < 0:
                if self._buffer:
                    self.rejected += 1
                self._buffer.clear()
                return bodies
            if start:
                self.rejected += 1
                del self._buffer[:start]
            if len(self._buffer) < 3:
                return bodies
            length = int.from_bytes(self._buffer[1:3], "big")
            if length > MAX_BODY:
                self.rejected += 1
                del self._buffer[0]
                continue
            end = 3 + length + 2
            if len(self._buffer) < end:
                return bodies
            body = bytes(self._buffer[3 : 3 + length])
            crc = int.from_bytes(self._buffer[3 + length : end], "big")
            if crc != crc16_ccitt_false(bytes(self._buffer[1:3]) + body):
                self.rejected += 1
                del self._buffer[0]
                continue
            del self._buffer[:end]
            bodies.append(body)
