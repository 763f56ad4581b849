from __future__ import annotations

import dataclasses
import os
import re
import select
import socket
import subprocess
import threading
from collections.abc import Iterator

import pytest

from illdesk.domain.printed import Address
from illdesk.printing import sample_data, zpl
from illdesk.printing.settings_defs import default_printing_settings

RAW_QUEUE_PORT = 9109


class CapturingPrinter:
    """A raw-port (9100 style) printer on 127.0.0.1 that keeps every byte it is sent."""

    def __init__(self, port: int = 0) -> None:
        self.server = socket.create_server(("127.0.0.1", port))
        self.server.settimeout(30)
        self.port = self.server.getsockname()[1]
        self.received = b""
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(10)
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
            self.received = b"".join(chunks)

    def wait(self) -> bytes:
        self._thread.join(timeout=15)
        return self.received

    def close(self) -> None:
        self.server.close()
        self._thread.join(timeout=15)


@pytest.fixture
def printer() -> Iterator[CapturingPrinter]:
    capturing = CapturingPrinter()
    yield capturing
    capturing.close()


def _fields(code: str) -> list[str]:
    return re.findall(r"\^FD(.*?)\^FS", code, flags=re.S)


def test_label_zpl_has_size_encoding_addresses_and_both_barcodes() -> None:
    label = sample_data.shipping_label()
    code = zpl.build_label_zpl(label)
    assert code.startswith("^XA\n^CI28\n^PW812\n^LL1218\n")
    assert code.rstrip().endswith("^XZ")
    assert code.count("^FD") == code.count("^FS") - code.count("^GB")
    assert f"^BCN,160,Y,N,N,A^FD{label.tracking_number}^FS" in code
    assert f"^BCN,100,Y,N,N,A^FD{label.request_number}^FS" in code
    fields = _fields(code)
    for expected in (
        "La Poste Colissimo",
        "国家图书馆 馆际互借处",
        "Attn: 王小明",
        "CHINA",
        "1.250 kg  1/1",
        "Bibliothèque municipale de Saint-Étienne-sur-Loire",
    ):
        assert expected in fields


def test_interleaved_2_of_5_tracking_and_300_dpi() -> None:
    label = sample_data.shipping_label_itf()
    code = zpl.build_label_zpl(label, dpi=300)
    assert "^PW1200" in code and "^LL1800" in code
    assert f"^B2N,236,Y,N,N^FD{label.tracking_number}^FS" in code
    with pytest.raises(zpl.ZplError, match="203 or 300"):
        zpl.build_label_zpl(label, dpi=600)


def test_control_characters_in_addresses_are_escaped() -> None:
    label = dataclasses.replace(
        sample_data.shipping_label(),
        carrier="Fast^Post~Now_1",
        recipient=Address("A^B", ("line~1",)),
    )
    fields = _fields(zpl.build_label_zpl(label))
    assert "Fast_5EPost_7ENow_5F1" in fields
    assert "A_5EB" in fields and "line_7E1" in fields
    assert not any("^" in f or "~" in f for f in fields)


def test_label_sent_over_raw_tcp_arrives_byte_for_byte(printer: CapturingPrinter) -> None:
    code = zpl.build_label_zpl(sample_data.shipping_label())
    target = zpl.parse_target(f"tcp://127.0.0.1:{printer.port}")
    zpl.send_zpl(code, target)
    received = printer.wait()
    assert received == code.encode("utf-8")
    assert received.decode("utf-8").count("^XA") == 1


def test_label_sent_to_a_serial_port_arrives() -> None:
    controller, device = os.openpty()
    try:
        code = zpl.build_label_zpl(sample_data.shipping_label())
        zpl.send_zpl(code, zpl.parse_target(f"serial://{os.ttyname(device)}"), 9600)
        received = b""
        expected = code.encode("utf-8")
        while len(received) < len(expected):
            ready, _, _ = select.select([controller], [], [], 10)
            if not ready:
                break
            received += os.read(controller, 65536)
        assert received.replace(b"\r\n", b"\n") == expected
    finally:
        os.close(controller)
        os.close(device)


def test_label_sent_through_a_raw_cups_queue_arrives_unchanged() -> None:
    # .ci/setup-cups.sh makes the raw queue "illdesk-zpl" whose device is
    # socket://127.0.0.1:9109, so CUPS delivers the job to this capturing printer.
    # Jobs left by an earlier, interrupted run would reach this printer first.
    subprocess.run(["cancel", "-a", "illdesk-zpl"], check=True, capture_output=True, timeout=30)
    printer = CapturingPrinter(RAW_QUEUE_PORT)
    try:
        code = zpl.build_label_zpl(sample_data.shipping_label_itf())
        zpl.send_zpl(code, zpl.parse_target("cups://illdesk-zpl"))
        received = printer.wait()
    finally:
        printer.close()
    assert received == code.encode("utf-8")


def test_unreachable_printer_and_bad_targets_are_explained() -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(zpl.ZplError, match=f"127.0.0.1:{port}.*switched on"):
        zpl.send_zpl("^XA^XZ", zpl.parse_target(f"tcp://127.0.0.1:{port}"))
    with pytest.raises(zpl.ZplError, match="Check the cable"):
        zpl.send_zpl("^XA^XZ", zpl.parse_target("serial:///dev/does-not-exist"))
    for bad in ("http://printer", "tcp://:9100", "tcp://host:99999", "serial:", "cups://"):
        with pytest.raises(zpl.ZplError):
            zpl.parse_target(bad)


def test_targets_are_read_from_settings_text() -> None:
    assert zpl.parse_target("tcp://192.0.2.10") == zpl.ZplTarget("tcp", "192.0.2.10", 9100)
    assert zpl.parse_target("tcp://[::1]:9101") == zpl.ZplTarget("tcp", "::1", 9101)
    assert zpl.parse_target("serial:///dev/ttyUSB0").address == "/dev/ttyUSB0"
    assert zpl.parse_target("serial://COM3").address == "COM3"
    assert zpl.parse_target("serial:loop://").address == "loop://"
    assert zpl.parse_target("cups://zebra-raw") == zpl.ZplTarget("cups", "zebra-raw")


def test_send_label_uses_the_desk_setting(printer: CapturingPrinter) -> None:
    settings = default_printing_settings()
    with pytest.raises(zpl.ZplError, match="No label printer"):
        zpl.send_label([sample_data.shipping_label()], settings)
    settings.set("printing.zpl_target", f"tcp://127.0.0.1:{printer.port}")
    labels = [sample_data.shipping_label(), sample_data.shipping_label_itf()]
    target = zpl.send_label(labels, settings)
    assert target.port == printer.port
    assert printer.wait().decode("utf-8").count("^XA") == 2


def test_label_zpl_without_tracking_says_so() -> None:
    import dataclasses

    label = dataclasses.replace(sample_data.shipping_label(), tracking_number="", carrier="ILL van")
    code = zpl.build_label_zpl(label)
    assert "No tracking number (ILL van)" in code
    assert code.count("^BC") == 1  # only the request number as a barcode
