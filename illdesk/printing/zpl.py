"""4x6 inch shipping labels in ZPL II for Zebra-compatible thermal printers, and ways to send them.

The label is built from the same :class:`ShippingLabel` as the PDF.  Text uses the
printer's scalable font 0 with UTF-8 (``^CI28``); field data is escaped with ``^FH``
so ``^``, ``~`` and ``_`` in addresses cannot break the label.  Senders: raw TCP
(port 9100), a serial port (pyserial), or a raw CUPS queue (``lp -o raw``).
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from dataclasses import dataclass

import serial

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import ShippingLabel
from illdesk.domain.settings import Settings
from illdesk.printing import cups
from illdesk.printing.barcode_writer import check_data
from illdesk.printing.documents.common import format_date, format_weight

DEFAULT_PORT = 9100


class ZplError(DeskError):
    """The label could not be built or sent to the label printer."""


def escape_field(text: str) -> str:
    """Field data for ``^FH_``: the ZPL control characters and the escape itself as hex."""
    out = []
    for char in text:
        if char in "^~_" or ord(char) < 32:
            out.append("".join(f"_{byte:02X}" for byte in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


def _text(x: int, y: int, height: int, text: str, width: int | None = None) -> str:
    block = f"^FB{width},1,0,L,0" if width else ""
    return f"^FO{x},{y}^A0N,{height},{height}{block}^FH_^FD{escape_field(text)}^FS"


def build_label_zpl(label: ShippingLabel, dpi: int = 203) -> str:
    """ZPL II for one 4x6 inch label at ``dpi`` (203 or 300)."""
    if dpi not in (203, 300):
        raise ZplError(f"Label printers print at 203 or 300 dpi, not {dpi}.")
    tracking = (
        check_data(label.tracking_symbology, label.tracking_number)
        if label.tracking_number.strip()
        else ""
    )
    request = check_data(Symbology.CODE128, label.request_number)
    if label.tracking_symbology not in (Symbology.CODE128, Symbology.ITF):
        raise ZplError("Tracking numbers print as Code 128 or Interleaved 2 of 5 on ZPL labels.")
    scale = dpi / 203

    def d(value: float) -> int:  # dots at 203 dpi, scaled to the printer
        return round(value * scale)

    width, height = d(812), d(1218)
    margin = d(30)
    inner = width - 2 * margin
    parts = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0"]
    of = f"{label.parcel_of[0]}/{label.parcel_of[1]}"
    right = "  ".join(p for p in (format_weight(label.weight_kg), of) if p)
    parts.append(_text(margin, d(30), d(50), label.carrier, d(520)))
    parts.append(
        f"^FO{margin},{d(30)}^A0N,{d(34)},{d(34)}^FB{inner},1,0,R,0^FH_^FD{escape_field(right)}^FS"
    )
    sub = "  -  ".join(p for p in (label.service, format_date(label.ship_date)) if p)
    if sub:
        parts.append(_text(margin, d(88), d(26), sub, inner))
    parts.append(f"^FO{margin},{d(122)}^GB{inner},{d(4)},{d(4)}^FS")
    parts.append(_text(margin, d(140), d(20), "FROM"))
    y = d(140)
    for line in label.sender.as_lines()[:4]:
        parts.append(_text(margin + d(80), y, d(22), line, inner - d(80)))
        y += d(26)
    y += d(16)
    parts.append(_text(margin, y, d(20), "TO"))
    for index, line in enumerate(label.recipient.as_lines()[:7]):
        size = d(42) if index == 0 else d(36)
        parts.append(_text(margin + d(80), y, size, line, inner - d(80)))
        y += size + d(8)
    parts.append(_text(margin, d(720), d(20), "TRACKING"))
    module = d(3)
    if not tracking:  # a van run or untracked post
        parts.append(
            _text(
                margin + d(20),
                d(800),
                d(34),
                f"No tracking number ({label.carrier or 'untracked'})",
                inner,
            )
        )
    elif label.tracking_symbology is Symbology.CODE128:
        parts.append(
            f"^BY{module},3,{d(160)}^FO{margin + d(20)},{d(750)}"
            f"^BCN,{d(160)},Y,N,N,A^FD{tracking}^FS"
        )
    else:
        parts.append(
            f"^BY{module},3,{d(160)}^FO{margin + d(20)},{d(750)}^B2N,{d(160)},Y,N,N^FD{tracking}^FS"
        )
    parts.append(_text(margin, d(975), d(20), "ILL REQUEST"))
    parts.append(
        f"^BY{d(2)},3,{d(100)}^FO{margin + d(20)},{d(1005)}^BCN,{d(100)},Y,N,N,A^FD{request}^FS"
    )
    parts.append("^PQ1")
    parts.append("^XZ")
    return "\n".join(parts) + "\n"


@dataclass(frozen=True)
class ZplTarget:
    kind: str  # "tcp", "serial" or "cups"
    address: str
    port: int = DEFAULT_PORT

    def describe(self) -> str:
        if self.kind == "tcp":
            return f"network label printer {self.address}:{self.port}"
        if self.kind == "serial":
            return f"label printer on serial port {self.address}"
        return f"raw CUPS queue {self.address}"


def parse_target(text: str) -> ZplTarget:
    """Read ``tcp://HOST[:PORT]``, ``serial:PORT`` (or ``serial:///dev/ttyUSB0``), ``cups://QUEUE``."""
    value = text.strip()
    if value.startswith("tcp://"):
        rest = value[len("tcp://") :].rstrip("/")
        host, sep, port_text = rest.rpartition(":")
        if not sep:
            host, port_text = rest, str(DEFAULT_PORT)
        host = host.strip("[]")
        if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ZplError(f"“{text}” is not a printer address like tcp://192.0.2.10:9100.")
        return ZplTarget("tcp", host, int(port_text))
    if value.startswith("serial:"):
        rest = value[len("serial:") :]
        if rest.startswith("///") or rest.startswith("//") and "://" not in rest[2:]:
            rest = rest[2:]
        if not rest:
            raise ZplError(f"“{text}” names no serial port (e.g. serial:///dev/ttyUSB0).")
        return ZplTarget("serial", rest)
    if value.startswith("cups://"):
        queue = value[len("cups://") :].strip("/")
        if not queue:
            raise ZplError(f"“{text}” names no CUPS queue (e.g. cups://zebra-raw).")
        return ZplTarget("cups", queue)
    raise ZplError(
        f"“{text}” is not a label printer address; use tcp://HOST:9100, serial:///dev/ttyUSB0 "
        "or cups://QUEUE."
    )


def send_tcp(data: bytes, host: str, port: int = DEFAULT_PORT, timeout_s: float = 10) -> None:
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as conn:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
    except OSError as exc:
        raise ZplError(
            f"Could not send the label to the printer at {host}:{port} ({exc.strerror or exc}). "
            "Check that it is switched on and on the network."
        ) from exc


def send_serial(data: bytes, port: str, baudrate: int = 9600, timeout_s: float = 10) -> None:
    try:
        with serial.serial_for_url(port, baudrate=baudrate, write_timeout=timeout_s) as link:
            link.write(data)
            link.flush()
    except (serial.SerialException, OSError, ValueError) as exc:
        raise ZplError(
            f"Could not send the label to the printer on {port} ({exc}). Check the cable and "
            "the port name in the printer settings."
        ) from exc


def send_label(labels: Sequence[ShippingLabel], settings: Settings) -> ZplTarget:
    """Send labels as ZPL to the printer of ``printing.zpl_target``; returns where they went."""
    text = settings.get_str("printing.zpl_target")
    if not text.strip():
        raise ZplError("No label printer for ZPL is set up; set it in the printer settings.")
    target = parse_target(text)
    code = "".join(build_label_zpl(label) for label in labels)
    send_zpl(code, target, settings.get_int("printing.zpl_baudrate"))
    return target


def send_zpl(zpl: str, target: ZplTarget, baudrate: int = 9600) -> None:
    """Send one or more labels (a ZPL string) to the target printer."""
    data = zpl.encode("utf-8")
    if target.kind == "tcp":
        send_tcp(data, target.address, target.port)
    elif target.kind == "serial":
        send_serial(data, target.address, baudrate)
    else:
        try:
            cups.submit(data, target.address, "illdesk label", raw=True)
        except cups.CupsError as exc:
            raise ZplError(exc.message) from exc
