"""Talking to an RFID pad over pyserial with the protocol of :mod:`.protocol`."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import serial

from illdesk.domain.errors import DeskError
from illdesk.hardware.ports import SerialPort
from illdesk.hardware.rfid.protocol import (
    STATUS_TEXT,
    UID_LENGTH,
    Command,
    FrameDecoder,
    Status,
    parse_response,
    request,
)

log = logging.getLogger(__name__)


class RfidError(DeskError):
    """The RFID pad or a tag did not do what was asked; the message says what happened."""


class PadGone(RfidError):
    """The pad's serial port failed (unplugged); the watcher reconnects."""


@dataclass(frozen=True)
class TagInfo:
    afi: int
    dsfid: int
    block_size: int
    block_count: int


class RfidPadClient:
    """Request/response over an open serial port; one caller at a time."""

    def __init__(self, port: SerialPort, timeout: float = 1.0, retries: int = 2) -> None:
        self._port = port
        self._timeout = timeout
        self._retries = retries
        self._seq = 0
        self._decoder = FrameDecoder()

    @property
    def rejected_frames(self) -> int:
        return self._decoder.rejected

    def close(self) -> None:
        try:
            self._port.close()
        except (serial.SerialException, OSError):
            log.debug("closing the RFID port failed", exc_info=True)

    def _call(self, command: Command, payload: bytes = b"") -> bytes:
        for attempt in range(self._retries + 1):
            self._seq = (self._seq + 1) & 0xFF
            seq = self._seq
            try:
                self._port.write(request(command, seq, payload))
                answer = self._await(command, seq)
            except (serial.SerialException, OSError) as exc:
                raise PadGone(f"The RFID pad is not connected ({exc}).") from exc
            if answer is None:
                log.info("RFID pad: no good answer to %s (try %d)", command.name, attempt + 1)
                continue
            status, body = answer
            if status == Status.BAD_FRAME and attempt < self._retries:
                continue
            if status != Status.OK:
                try:
                    text = STATUS_TEXT[Status(status)]
                except (ValueError, KeyError):
                    text = f"The RFID pad reported error {status}."
                raise RfidError(text)
            return body
        raise RfidError("The RFID pad did not answer correctly; check its cable and port.")

    def _await(self, command: Command, seq: int) -> tuple[int, bytes] | None:
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            data = self._port.read(self._port.in_waiting or 1)
            if not data:
                continue
            for body in self._decoder.feed(data):
                reply = parse_response(body)
                if reply is not None and reply.seq == seq and reply.command == command:
                    return reply.status, reply.payload
                log.debug("RFID pad: stray frame %r ignored", body[:16])
        self._decoder.reset()
        return None

    def ping(self) -> str:
        return self._call(Command.PING).decode("ascii", errors="replace")

    def inventory(self) -> list[bytes]:
        payload = self._call(Command.INVENTORY)
        if not payload:
            raise RfidError("The RFID pad sent an empty inventory answer.")
        count = payload[0]
        uids = payload[1:]
        if len(uids) != count * UID_LENGTH:
            raise RfidError("The RFID pad's list of tags is incomplete.")
        return [bytes(uids[i : i + UID_LENGTH]) for i in range(0, len(uids), UID_LENGTH)]

    def system_info(self, uid: bytes) -> TagInfo:
        payload = self._call(Command.SYSTEM_INFO, _uid(uid))
        if len(payload) != 4:
            raise RfidError("The RFID pad's tag information is incomplete.")
        return TagInfo(
            afi=payload[0], dsfid=payload[1], block_size=payload[2], block_count=payload[3]
        )

    def read_blocks(self, uid: bytes, first: int, count: int) -> bytes:
        payload = self._call(Command.READ_BLOCKS, _uid(uid) + bytes([first, count]))
        if len(payload) < 2 or len(payload) != 2 + payload[0] * payload[1]:
            raise RfidError("The RFID pad returned a cut-off block of tag memory.")
        return payload[2:]

    def write_blocks(self, uid: bytes, first: int, data: bytes, block_size: int) -> None:
        if len(data) % block_size:
            raise ValueError("data must be whole blocks")
        count = len(data) // block_size
        self._call(Command.WRITE_BLOCKS, _uid(uid) + bytes([first, count, block_size]) + data)

    def write_afi(self, uid: bytes, afi: int) -> None:
        self._call(Command.WRITE_AFI, _uid(uid) + bytes([afi & 0xFF]))


def _uid(uid: bytes) -> bytes:
    if len(uid) != UID_LENGTH:
        raise ValueError("an ISO 15693 UID has 8 bytes")
    return bytes(uid)
