"""Cutting a serial scanner's byte stream into scans, pure (no I/O).

A scanner sends each barcode followed by a terminator (CR, LF, CR LF, Tab or
ETX; some send an STX first).  :class:`FrameSplitter` is fed bytes as they
arrive, in pieces of any size, and returns complete frames.  A frame with bytes
that are not printable ASCII is garbage (line noise, wrong baud rate) and is
returned separately so it can be reported, never passed on as a barcode.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STX = 0x02
MAX_FRAME = 256


@dataclass
class SplitResult:
    frames: list[str] = field(default_factory=list)
    garbage: list[bytes] = field(default_factory=list)


class FrameSplitter:
    """Feed bytes, get frames.  Noise before a frame is dropped (and reported as garbage);
    noise inside a frame spoils the whole frame, which is reported as garbage, not guessed at.
    """

    def __init__(self, terminators: bytes = b"\r\n\t\x03", max_frame: int = MAX_FRAME) -> None:
        self._terminators = frozenset(terminators)
        self._max = max_frame
        self._buffer = bytearray()
        self._tainted = False

    @property
    def pending(self) -> bytes:
        """Bytes of a frame whose terminator has not arrived yet."""
        return bytes(self._buffer)

    def discard_partial(self) -> bytes:
        """Forget an unfinished frame (after an unplug); returns what was dropped."""
        dropped = bytes(self._buffer)
        self._buffer.clear()
        self._tainted = False
        return dropped

    def feed(self, data: bytes) -> SplitResult:
        result = SplitResult()
        noise = bytearray()
        for byte in data:
            if noise and (0x20 <= byte < 0x7F or byte in self._terminators or byte == STX):
                result.garbage.append(bytes(noise))
                noise.clear()
            if byte in self._terminators:
                self._finish(result)
            elif byte == STX:
                if self._buffer:
                    result.garbage.append(bytes(self._buffer))
                self.discard_partial()
            elif 0x20 <= byte < 0x7F:
                self._buffer.append(byte)
                if len(self._buffer) > self._max:
                    result.garbage.append(bytes(self._buffer))
                    self.discard_partial()
                    self._tainted = True
            elif byte in (0x00, 0x0D, 0x0A):
                continue  # NUL padding, or CR/LF when another terminator is configured
            elif self._buffer.strip(b" "):
                self._buffer.append(byte)
                self._tainted = True
            else:
                noise.append(byte)
        if noise:
            result.garbage.append(bytes(noise))
        return result

    def _finish(self, result: SplitResult) -> None:
        frame = bytes(self._buffer)
        tainted = self._tainted
        self.discard_partial()
        if tainted:
            if frame:
                result.garbage.append(frame)
            return
        text = frame.strip(b" ")
        if text:
            result.frames.append(text.decode("ascii"))
