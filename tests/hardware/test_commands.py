"""``illdesk rfid-decode`` and ``illdesk devices`` through the real command line entry point."""

from __future__ import annotations

import json

import pytest

from illdesk.cli import main
from illdesk.hardware.sim.rfid_pad_sim import SimTag, SimulatedRfidPad, make_uid
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from tests.corpus_path import CORPUS


def _vectors() -> list[dict[str, object]]:
    data = json.loads((CORPUS / "rfid" / "danish-model-vectors.json").read_text("utf-8"))
    vectors: list[dict[str, object]] = data["vectors"]
    return vectors


def test_rfid_decode_prints_fields(capsys: pytest.CaptureFixture[str]) -> None:
    block = str(_vectors()[1]["block_hex"])
    assert main(["rfid-decode", block]) == 0
    out = capsys.readouterr().out
    assert "Item id:        30000012345678" in out
    assert "Owner library:  NO-1234567" in out
    assert "A9AC: holds" in out


def test_rfid_decode_bad_crc_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    block = bytearray(bytes.fromhex(str(_vectors()[0]["block_hex"])))
    block[3] = ord("9")
    spaced = " ".join(f"{b:02x}" for b in block)
    assert main(["rfid-decode", "--json", *spaced.split()]) == 1
    fields = json.loads(capsys.readouterr().out)
    assert fields["crc_ok"] is False
    assert fields["item_id"] == "91223344"


def test_rfid_decode_rejects_junk(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rfid-decode", "nothex"]) == 2
    assert "not hexadecimal" in capsys.readouterr().out
    assert main(["rfid-decode", "1101"]) == 2
    assert "at least 32" in capsys.readouterr().out


def test_devices_lists_and_probes(capsys: pytest.CaptureFixture[str]) -> None:
    with SimulatedScanner() as scanner:
        pad = SimulatedRfidPad()
        try:
            pad.place(SimTag(make_uid(1)))
            code = main(
                [
                    "devices",
                    "--probe",
                    "--scanner-port",
                    str(scanner.path),
                    "--rfid-port",
                    str(pad.path),
                ]
            )
        finally:
            pad.close()
    out = capsys.readouterr().out
    assert code == 0
    assert "Serial ports found:" in out
    assert f"{scanner.path}" in out
    assert "present, not listed" in out
    assert f"Probe scanner {scanner.path}: opens" in out
    assert "answers, 1 tag(s) on it" in out


def test_devices_probe_reports_a_missing_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["devices", "--probe", "--rfid-port", "/nonexistent/pad"]) == 1
    out = capsys.readouterr().out
    assert "/nonexistent/pad" in out and "NOT FOUND" in out
    assert "cannot be opened" in out
