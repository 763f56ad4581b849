"""RFID pad client, tag operations and the pad watcher against the simulated pad on a pty."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from illdesk.domain.rfid_model import AFI_SECURED, AFI_UNSECURED, encode_block, item_tag_for
from illdesk.hardware.config import SerialConfig
from illdesk.hardware.ports import open_serial
from illdesk.hardware.rfid.client import PadGone, RfidError, RfidPadClient
from illdesk.hardware.rfid.pad_watcher import PadWatcher
from illdesk.hardware.rfid.readings import PadSnapshot
from illdesk.hardware.rfid.security import Movement, describe_afi, plan_security
from illdesk.hardware.rfid.tag_operations import (
    ForeignTag,
    read_pad,
    read_tag,
    secure_items,
    write_item_tag,
)
from illdesk.hardware.sim.rfid_pad_sim import SimTag, SimulatedRfidPad, make_uid
from illdesk.hardware.status import DeviceState
from tests.corpus_path import CORPUS
from tests.hardware.conftest import Recorder, wait_until

OUR_ISIL = "DK-710100"


@pytest.fixture
def client(sim_pad: SimulatedRfidPad) -> Iterator[RfidPadClient]:
    client = RfidPadClient(open_serial(SerialConfig(str(sim_pad.path), 115200)), timeout=0.5)
    yield client
    client.close()


def _corpus_blocks() -> list[bytes]:
    data = json.loads((CORPUS / "rfid" / "danish-model-vectors.json").read_text("utf-8"))
    return [bytes.fromhex(v["block_hex"]) for v in data["vectors"]]


def test_ping_and_empty_pad(client: RfidPadClient) -> None:
    assert "pad" in client.ping()
    assert client.inventory() == []
    assert read_pad(client) == PadSnapshot()


def test_corpus_tags_read_through_the_pad(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    blocks = _corpus_blocks()
    sim_pad.place(*(SimTag.with_block(make_uid(n), b) for n, b in enumerate(blocks)))
    snap = read_pad(client)
    assert [r.item_id for r in snap.readings] == ["11223344", "30000012345678", ""]
    assert all(r.decoded is not None and r.decoded.crc_ok for r in snap.readings)
    assert snap.item_ids == ("11223344", "30000012345678")
    assert any("blank" in w for w in snap.warnings)


def test_wrong_tag_crc_is_a_warning(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    block = bytearray(_corpus_blocks()[1])
    block[19] ^= 0x55
    sim_pad.place(SimTag.with_block(make_uid(1), bytes(block)))
    reading = read_tag(client, make_uid(1))
    assert reading.decoded is not None and not reading.decoded.crc_ok
    assert any("check sum is wrong" in w for w in read_pad(client).warnings)


def test_damaged_answer_frames_are_retried(
    sim_pad: SimulatedRfidPad, client: RfidPadClient
) -> None:
    sim_pad.corrupt_next = 1
    assert client.inventory() == []
    assert client.rejected_frames >= 1
    sim_pad.corrupt_next = 10
    with pytest.raises(RfidError, match="did not answer correctly"):
        RfidPadClient(open_serial(SerialConfig(str(sim_pad.path))), timeout=0.2, retries=1).ping()


def test_missing_tag_is_reported(client: RfidPadClient) -> None:
    reading = read_tag(client, make_uid(99))
    assert reading.problem == "The tag is no longer on the pad."


def test_write_then_read_back_round_trip(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    sim_pad.place(SimTag(make_uid(5)))
    tag = item_tag_for("30000012345678", OUR_ISIL)
    reading = write_item_tag(client, make_uid(5), tag, OUR_ISIL)
    assert reading.decoded is not None and reading.decoded.tag == tag
    assert bytes(sim_pad.tags[make_uid(5)].memory[:32]) == encode_block(tag)
    # our own tag may be rewritten without asking
    write_item_tag(client, make_uid(5), item_tag_for("30000099999999", OUR_ISIL), OUR_ISIL)
    assert read_tag(client, make_uid(5)).item_id == "30000099999999"


def test_foreign_tag_is_not_overwritten_unless_confirmed(
    sim_pad: SimulatedRfidPad, client: RfidPadClient
) -> None:
    foreign = _corpus_blocks()[1]  # owned by NO-1234567
    sim_pad.place(SimTag.with_block(make_uid(6), foreign))
    mine = item_tag_for("30000012345678", OUR_ISIL)
    with pytest.raises(ForeignTag, match="another library") as caught:
        write_item_tag(client, make_uid(6), mine, OUR_ISIL)
    assert caught.value.owner == "NO-1234567"
    assert bytes(sim_pad.tags[make_uid(6)].memory[:32]) == foreign
    write_item_tag(client, make_uid(6), mine, OUR_ISIL, overwrite_foreign=True)
    assert read_tag(client, make_uid(6)).item_id == "30000012345678"


def test_locked_tag_write_fails_in_words(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    locked = SimTag(make_uid(7))
    locked.locked = True
    sim_pad.place(locked)
    with pytest.raises(RfidError, match="could not be written"):
        write_item_tag(client, make_uid(7), item_tag_for("1", OUR_ISIL), OUR_ISIL)


def _place_set(pad: SimulatedRfidPad, parts: tuple[int, ...], afi: int = AFI_SECURED) -> None:
    for part in parts:
        tag = item_tag_for("30000012345678", OUR_ISIL, parts=2, part=part)
        pad.place(SimTag.with_item(make_uid(part), tag, afi=afi))


def test_check_out_unsecures_every_part(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    _place_set(sim_pad, (1, 2))
    outcome = secure_items(client, Movement.LEAVES)
    assert sorted(outcome.changed) == [make_uid(1).hex().upper(), make_uid(2).hex().upper()]
    assert outcome.warnings == ()
    assert {t.afi for t in sim_pad.tags.values()} == {AFI_UNSECURED}
    assert [describe_afi(r.afi) for r in outcome.snapshot.readings] == ["not secured"] * 2
    back = secure_items(client, Movement.RETURNS)
    assert len(back.changed) == 2
    assert {t.afi for t in sim_pad.tags.values()} == {AFI_SECURED}
    again = secure_items(client, Movement.RETURNS)
    assert again.changed == ()


def test_missing_part_warns(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    _place_set(sim_pad, (1,))
    outcome = secure_items(client, Movement.LEAVES)
    assert outcome.warnings == ("Item 30000012345678 has 2 parts: Part 2 is not on the pad.",)
    item = outcome.snapshot.items[0]
    assert (item.parts_present, item.missing_parts, item.complete) == ((1,), (2,), False)


def test_same_part_twice_warns(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    _place_set(sim_pad, (1, 2))
    tag = item_tag_for("30000012345678", OUR_ISIL, parts=2, part=2)
    sim_pad.place(SimTag.with_item(make_uid(9), tag))
    assert any("part 2 is on the pad twice" in w for w in read_pad(client).warnings)


def test_security_plan_sorts_tags(sim_pad: SimulatedRfidPad, client: RfidPadClient) -> None:
    _place_set(sim_pad, (1,), afi=AFI_UNSECURED)
    _place_set(sim_pad, (2,), afi=AFI_SECURED)
    readings = read_pad(client).readings
    plan = plan_security(readings, Movement.LEAVES)
    assert [r.uid for r in plan.to_change] == [make_uid(2)]
    assert [r.uid for r in plan.already_right] == [make_uid(1)]
    assert plan.target_afi == AFI_UNSECURED


def test_watcher_reports_tags_runs_jobs_and_survives_unplug(
    sim_pad: SimulatedRfidPad, recorder: Recorder
) -> None:
    watcher = PadWatcher(
        SerialConfig(str(sim_pad.path), 115200),
        recorder.add,
        recorder.status,
        poll_s=0.02,
        reconnect_s=0.02,
    )
    watcher.start()
    try:
        wait_until(lambda: watcher.state is DeviceState.CONNECTED, "the pad")
        wait_until(lambda: recorder.count() >= 1, "the first (empty) snapshot")
        _place_set(sim_pad, (1,))
        wait_until(lambda: watcher.last_snapshot.item_ids == ("30000012345678",), "the tag")
        assert watcher.last_snapshot.warnings
        outcome = watcher.submit(lambda c: secure_items(c, Movement.LEAVES)).result(10)
        assert len(outcome.changed) == 1

        sim_pad.unplug()
        wait_until(lambda: watcher.state is DeviceState.DISCONNECTED, "the unplug")
        with pytest.raises(PadGone):
            watcher.submit(lambda c: c.ping()).result(10)
        _place_set(sim_pad, (2,))
        sim_pad.plug()
        wait_until(lambda: watcher.state is DeviceState.CONNECTED, "the replug")
        wait_until(lambda: len(watcher.last_snapshot.readings) == 2, "both parts after replug")
        assert watcher.last_snapshot.warnings == ()
    finally:
        watcher.stop()
    assert recorder.states()[-1] is DeviceState.STOPPED
    assert all(isinstance(s, PadSnapshot) for s in recorder.items)
