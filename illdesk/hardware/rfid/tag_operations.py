"""Reading, securing and writing library tags through an :class:`RfidPadClient`."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from illdesk.domain.rfid_model import (
    BLOCK_LENGTH,
    LibraryTag,
    TagDataError,
    decode_block,
    encode_block,
    split_isil,
)
from illdesk.hardware.rfid.client import PadGone, RfidError, RfidPadClient
from illdesk.hardware.rfid.readings import PadSnapshot, TagReading, snapshot
from illdesk.hardware.rfid.security import Movement, plan_security

log = logging.getLogger(__name__)


class ForeignTag(RfidError):
    """The tag belongs to another library; writing needs explicit confirmation."""

    def __init__(self, message: str, owner: str) -> None:
        super().__init__(message)
        self.owner = owner


def read_tag(client: RfidPadClient, uid: bytes) -> TagReading:
    """One tag's AFI and decoded data; a damaged or vanished tag gives a reading with a problem."""
    try:
        info = client.system_info(uid)
        blocks = -(-BLOCK_LENGTH // info.block_size)
        data = client.read_blocks(uid, 0, blocks)
    except PadGone:
        raise
    except RfidError as exc:
        return TagReading(uid=uid, problem=exc.message)
    try:
        decoded = decode_block(data)
    except TagDataError as exc:
        return TagReading(uid=uid, afi=info.afi, problem=exc.message)
    return TagReading(uid=uid, afi=info.afi, decoded=decoded)


def read_pad(client: RfidPadClient) -> PadSnapshot:
    """Every tag on the pad, grouped into items, with warnings (missing parts, bad CRC)."""
    return snapshot([read_tag(client, uid) for uid in client.inventory()])


@dataclass(frozen=True)
class SecurityOutcome:
    snapshot: PadSnapshot
    changed: tuple[str, ...]  # UIDs (hex) whose AFI was written
    warnings: tuple[str, ...]


def secure_items(
    client: RfidPadClient,
    movement: Movement,
    *,
    afi_secured: int = 0x07,
    afi_unsecured: int = 0xC2,
) -> SecurityOutcome:
    """Set every tag on the pad to "not secured" (LEAVES) or "secured" (RETURNS) and check it.

    Warnings (missing parts of a multi-part item, unreadable tags, a tag that
    did not take the new AFI) come back in words; nothing is silently skipped.
    """
    before = read_pad(client)
    plan = plan_security(
        before.readings, movement, afi_secured=afi_secured, afi_unsecured=afi_unsecured
    )
    warnings = list(before.warnings)
    changed: list[str] = []
    for reading in plan.to_change:
        try:
            client.write_afi(reading.uid, plan.target_afi)
            if client.system_info(reading.uid).afi != plan.target_afi:
                raise RfidError("the tag kept its old security setting")
        except PadGone:
            raise
        except RfidError as exc:
            warnings.append(
                f"Tag {reading.uid_hex} ({reading.item_id or 'no id'}): security "
                f"not changed: {exc.message}"
            )
            continue
        changed.append(reading.uid_hex)
    for reading in plan.unreadable:
        warnings.append(f"Tag {reading.uid_hex} could not be read, so its security was not set.")
    after = read_pad(client)
    return SecurityOutcome(snapshot=after, changed=tuple(changed), warnings=tuple(warnings))


def write_item_tag(
    client: RfidPadClient,
    uid: bytes,
    tag: LibraryTag,
    our_isil: str,
    *,
    overwrite_foreign: bool = False,
) -> TagReading:
    """Encode ``tag`` onto the tag ``uid``, read it back and compare.

    Raises :class:`ForeignTag` when the tag already holds an item of another
    library (unless ``overwrite_foreign``), :class:`RfidError` when the
    read-back differs from what was written.
    """
    data = encode_block(tag)
    current = read_tag(client, uid)
    if current.problem and current.afi is None:
        raise RfidError(f"The tag {uid.hex().upper()} cannot be read: {current.problem}")
    ours = split_isil(our_isil)
    if current.decoded is not None and current.decoded.crc_ok and current.decoded.tag.item_id:
        existing = current.decoded.tag
        if (existing.country, existing.library) != ours and not overwrite_foreign:
            raise ForeignTag(
                f"This tag belongs to another library ({existing.owner or 'unknown'}, item "
                f"{existing.item_id}). Overwrite it only if you are sure.",
                existing.owner,
            )
    info = client.system_info(uid)
    size = info.block_size
    padded = data + bytes(-len(data) % size)
    client.write_blocks(uid, 0, padded, size)
    written = client.read_blocks(uid, 0, len(padded) // size)[: len(data)]
    back = read_tag(client, uid)
    if written != data or back.decoded is None:
        raise RfidError(
            "The tag did not read back as written; put it flat on the pad and write it again."
        )
    log.info("wrote item %s to tag %s", tag.item_id, uid.hex())
    return back
