"""A simulated RFID pad on a pseudo-terminal, speaking :mod:`illdesk.hardware.rfid.protocol`.

Tags are placed on and taken off the pad from test code; a thread answers the
program's requests.  Faults on demand: ``corrupt_next`` sends answers with a
wrong frame CRC, ``garbage`` writes noise, ``unplug``/``plug`` close and
reopen the pseudo-terminal behind the same path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import threading
from dataclasses import dataclass, field
from pathlib import Path

from illdesk.domain.rfid_model import LibraryTag, encode_block
from illdesk.hardware.rfid.protocol import (
    UID_LENGTH,
    Command,
    FrameDecoder,
    Status,
    response,
)
from illdesk.hardware.sim.pty_device import PtyDevice

log = logging.getLogger(__name__)

PAD_NAME = b"illdesk simulated pad 1"


@dataclass
class SimTag:
    """An ISO 15693 tag with 28 blocks of 4 bytes (like an ICODE SLIX)."""

    uid: bytes
    memory: bytearray = field(default_factory=lambda: bytearray(28 * 4))
    afi: int = 0x07
    dsfid: int = 0
    block_size: int = 4
    locked: bool = False

    @property
    def block_count(self) -> int:
        return len(self.memory) // self.block_size

    @classmethod
    def with_item(cls, uid: bytes, tag: LibraryTag, afi: int = 0x07) -> SimTag:
        made = cls(uid=uid, afi=afi)
        made.memory[:32] = encode_block(tag)
        return made

    @classmethod
    def with_block(cls, uid: bytes, block: bytes, afi: int = 0x07) -> SimTag:
        made = cls(uid=uid, afi=afi)
        made.memory[: len(block)] = block
        return made


def make_uid(serial_number: int) -> bytes:
    """A plausible ISO 15693 UID: E0, manufacturer 04 (NXP), then 6 bytes."""
    return bytes([0xE0, 0x04]) + serial_number.to_bytes(6, "big")


class SimulatedRfidPad(PtyDevice):
    def __init__(self, directory: Path | None = None) -> None:
        self.tags: dict[bytes, SimTag] = {}
        self.corrupt_next = 0
        self.requests_served = 0
        self._tags_lock = threading.Lock()
        self._decoder = FrameDecoder()
        self._stop = threading.Event()
        super().__init__("rfid-pad", directory)
        self._thread = threading.Thread(target=self._serve, name="illdesk-sim-rfid", daemon=True)
        self._thread.start()

    # test-side controls -------------------------------------------------
    def place(self, *tags: SimTag) -> None:
        with self._tags_lock:
            for tag in tags:
                self.tags[tag.uid] = tag

    def remove(self, *uids: bytes) -> None:
        with self._tags_lock:
            for uid in uids:
                self.tags.pop(uid, None)

    def clear(self) -> None:
        with self._tags_lock:
            self.tags.clear()

    def plug(self) -> None:
        super().plug()
        self._decoder = FrameDecoder()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2.0)
        super().close()

    # serving ------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set():
            with self.lock:
                fd = self.master_fd
                data = self._read_some(fd) if fd is not None else b""
            if fd is None:
                self._stop.wait(0.02)
                continue
            if not data:
                continue
            for body in self._decoder.feed(data):
                answer = self._answer(body)
                if answer is None:
                    continue
                if self.corrupt_next > 0:
                    self.corrupt_next -= 1
                    answer = answer[:-1] + bytes([answer[-1] ^ 0xFF])
                with contextlib.suppress(OSError):
                    self.write(answer)

    def _read_some(self, fd: int) -> bytes:
        try:
            ready, _, _ = select.select([fd], [], [], 0.02)
            if not ready:
                return b""
            return os.read(fd, 4096)
        except OSError:
            return b""

    def _answer(self, body: bytes) -> bytes | None:
        if len(body) < 2:
            return None
        command, seq, payload = body[0], body[1], body[2:]
        self.requests_served += 1
        try:
            cmd = Command(command)
        except ValueError:
            return response(command, seq, Status.UNKNOWN_COMMAND)
        with self._tags_lock:
            status, out = self._execute(cmd, payload)
        return response(cmd, seq, status, out)

    def _execute(self, cmd: Command, payload: bytes) -> tuple[Status, bytes]:
        if cmd is Command.PING:
            return Status.OK, PAD_NAME
        if cmd is Command.INVENTORY:
            uids = sorted(self.tags)
            return Status.OK, bytes([len(uids)]) + b"".join(uids)
        if len(payload) < UID_LENGTH:
            return Status.BAD_PARAMETERS, b""
        tag = self.tags.get(bytes(payload[:UID_LENGTH]))
        if tag is None:
            return Status.NO_TAG, b""
        rest = payload[UID_LENGTH:]
        if cmd is Command.SYSTEM_INFO:
            return Status.OK, bytes([tag.afi, tag.dsfid, tag.block_size, tag.block_count])
        if cmd is Command.WRITE_AFI:
            if len(rest) != 1:
                return Status.BAD_PARAMETERS, b""
            if tag.locked:
                return Status.WRITE_FAILED, b""
            tag.afi = rest[0]
            return Status.OK, b""
        if cmd is Command.READ_BLOCKS:
            if len(rest) != 2 or rest[0] + rest[1] > tag.block_count or rest[1] == 0:
                return Status.BAD_PARAMETERS, b""
            first, count = rest[0] * tag.block_size, rest[1] * tag.block_size
            return Status.OK, bytes([tag.block_size, rest[1]]) + bytes(
                tag.memory[first : first + count]
            )
        if cmd is Command.WRITE_BLOCKS:
            if len(rest) < 3:
                return Status.BAD_PARAMETERS, b""
            first, count, size = rest[0], rest[1], rest[2]
            data = rest[3:]
            if (
                size != tag.block_size
                or len(data) != count * size
                or first + count > tag.block_count
            ):
                return Status.BAD_PARAMETERS, b""
            if tag.locked:
                return Status.WRITE_FAILED, b""
            tag.memory[first * size : (first + count) * size] = data
            return Status.OK, b""
        return Status.UNKNOWN_COMMAND, b""
