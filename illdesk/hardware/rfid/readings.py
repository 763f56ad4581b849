"""What the pad sees: one reading per tag, grouped into items, with warnings in words (pure)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from illdesk.domain.rfid_model import DecodedBlock


@dataclass(frozen=True)
class TagReading:
    """One tag on the pad: its UID, AFI and decoded data, or why it could not be read."""

    uid: bytes
    afi: int | None = None
    decoded: DecodedBlock | None = None
    problem: str | None = None

    @property
    def uid_hex(self) -> str:
        return self.uid.hex().upper()

    @property
    def item_id(self) -> str:
        return self.decoded.tag.item_id if self.decoded else ""


@dataclass(frozen=True)
class ItemOnPad:
    """All tags of one item (a set of 2 discs has 2 tags with the same item id)."""

    item_id: str
    owner: str
    parts_in_item: int
    readings: tuple[TagReading, ...]

    @property
    def parts_present(self) -> tuple[int, ...]:
        return tuple(sorted({r.decoded.tag.part_number for r in self.readings if r.decoded}))

    @property
    def missing_parts(self) -> tuple[int, ...]:
        present = set(self.parts_present)
        return tuple(p for p in range(1, self.parts_in_item + 1) if p not in present)

    @property
    def complete(self) -> bool:
        return not self.missing_parts

    def warning(self) -> str | None:
        missing = self.missing_parts
        if not missing:
            return None
        names = ", ".join(str(p) for p in missing)
        word = "Part" if len(missing) == 1 else "Parts"
        verb = "is" if len(missing) == 1 else "are"
        return (
            f"Item {self.item_id} has {self.parts_in_item} parts: {word} {names} "
            f"{verb} not on the pad."
        )


@dataclass(frozen=True)
class PadSnapshot:
    """Everything on the pad at one moment, ready to show."""

    readings: tuple[TagReading, ...] = ()
    items: tuple[ItemOnPad, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.item_id for item in self.items)


def group_items(readings: tuple[TagReading, ...] | list[TagReading]) -> tuple[ItemOnPad, ...]:
    groups: dict[tuple[str, str], list[TagReading]] = defaultdict(list)
    for reading in readings:
        if reading.decoded is None or not reading.decoded.tag.item_id:
            continue
        tag = reading.decoded.tag
        groups[(tag.owner, tag.item_id)].append(reading)
    items = []
    for (owner, item_id), members in groups.items():
        parts = max(r.decoded.tag.parts_in_item for r in members if r.decoded)
        items.append(
            ItemOnPad(item_id=item_id, owner=owner, parts_in_item=parts, readings=tuple(members))
        )
    return tuple(sorted(items, key=lambda i: i.item_id))


def snapshot(readings: list[TagReading] | tuple[TagReading, ...]) -> PadSnapshot:
    """Group ``readings`` into items and list every warning staff should see."""
    readings = tuple(readings)
    items = group_items(readings)
    warnings: list[str] = []
    for reading in readings:
        if reading.problem:
            warnings.append(f"Tag {reading.uid_hex}: {reading.problem}")
        elif reading.decoded is not None:
            warnings.extend(f"Tag {reading.uid_hex}: {p}" for p in reading.decoded.problems)
            if not reading.decoded.tag.item_id:
                warnings.append(f"Tag {reading.uid_hex} is blank (no item id).")
    for item in items:
        counts: dict[int, int] = defaultdict(int)
        for reading in item.readings:
            if reading.decoded:
                counts[reading.decoded.tag.part_number] += 1
        doubled = sorted(p for p, n in counts.items() if n > 1)
        if doubled:
            warnings.append(f"Item {item.item_id}: part {doubled[0]} is on the pad twice.")
        message = item.warning()
        if message:
            warnings.append(message)
    return PadSnapshot(readings=readings, items=items, warnings=tuple(warnings))
