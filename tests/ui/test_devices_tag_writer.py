"""Writing an item tag from the ui through the bridge to the simulated pad (real pty)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from illdesk.domain.rfid_model import decode_block
from illdesk.hardware.config import RfidConfig, SerialConfig
from illdesk.hardware.sim.rfid_pad_sim import SimTag, SimulatedRfidPad, make_uid
from illdesk.hardware.status import DeviceState
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.devices.tag_writer import TagWriter
from tests.corpus_path import CORPUS

WAIT_MS = 10_000
OUR_ISIL = "DK-710100"


@pytest.fixture
def pad() -> Iterator[SimulatedRfidPad]:
    pad = SimulatedRfidPad()
    yield pad
    pad.close()


@pytest.fixture
def bridge(qtbot: QtBot, pad: SimulatedRfidPad) -> Iterator[DeviceBridge]:
    bridge = DeviceBridge(reconnect_s=0.02)
    bridge.start_rfid(RfidConfig(SerialConfig(str(pad.path), 115200), poll_ms=20))
    qtbot.waitUntil(lambda: bridge.state("rfid") is DeviceState.CONNECTED, timeout=WAIT_MS)
    yield bridge
    bridge.shutdown()


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, question: str) -> bool:
        self.questions.append(question)
        return self.answer


def _writer(qtbot: QtBot, bridge: DeviceBridge, confirm: Answers) -> TagWriter:
    writer = TagWriter(bridge, OUR_ISIL, confirm=confirm)
    qtbot.addWidget(writer)
    writer.item_id.setText("30000012345678")
    writer.parts.setValue(2)
    writer.part.setValue(2)
    return writer


def test_blank_tag_is_written_and_checked(
    qtbot: QtBot, bridge: DeviceBridge, pad: SimulatedRfidPad
) -> None:
    pad.place(SimTag(make_uid(1)))
    writer = _writer(qtbot, bridge, Answers(False))
    with qtbot.waitSignal(writer.written, timeout=WAIT_MS) as blocker:
        writer.write_button.click()
    assert blocker.args[0].item_id == "30000012345678"
    decoded = decode_block(bytes(pad.tags[make_uid(1)].memory[:32]))
    assert decoded.crc_ok
    assert (decoded.tag.part_number, decoded.tag.parts_in_item, decoded.tag.owner) == (
        2,
        2,
        OUR_ISIL,
    )
    assert "written and checked" in writer.result.text()


def test_foreign_tag_needs_confirmation(
    qtbot: QtBot, bridge: DeviceBridge, pad: SimulatedRfidPad
) -> None:
    vectors = json.loads((CORPUS / "rfid" / "danish-model-vectors.json").read_text("utf-8"))
    foreign = bytes.fromhex(vectors["vectors"][0]["block_hex"])  # DE-705
    pad.place(SimTag.with_block(make_uid(2), foreign))
    refuse = Answers(False)
    writer = _writer(qtbot, bridge, refuse)
    writer.write_button.click()
    qtbot.waitUntil(lambda: "Not written" in writer.result.text(), timeout=WAIT_MS)
    assert "DE-705" in refuse.questions[0]
    assert bytes(pad.tags[make_uid(2)].memory[:32]) == foreign

    agree = Answers(True)
    writer = _writer(qtbot, bridge, agree)
    with qtbot.waitSignal(writer.written, timeout=WAIT_MS):
        writer.write_button.click()
    assert len(agree.questions) == 1
    assert decode_block(bytes(pad.tags[make_uid(2)].memory[:32])).tag.owner == OUR_ISIL


def test_two_tags_on_the_pad_are_refused(
    qtbot: QtBot, bridge: DeviceBridge, pad: SimulatedRfidPad
) -> None:
    pad.place(SimTag(make_uid(3)), SimTag(make_uid(4)))
    writer = _writer(qtbot, bridge, Answers(False))
    writer.write_button.click()
    qtbot.waitUntil(lambda: "exactly one tag" in writer.result.text(), timeout=WAIT_MS)
    assert writer.write_button.isEnabled()


def test_bad_input_and_missing_isil_are_explained(qtbot: QtBot, bridge: DeviceBridge) -> None:
    writer = _writer(qtbot, bridge, Answers(False))
    writer.item_id.setText("Bücher")
    writer.write_button.click()
    assert "plain letters" in writer.result.text()
    writer.set_isil("")
    writer.write_button.click()
    assert "ISIL" in writer.result.text()
