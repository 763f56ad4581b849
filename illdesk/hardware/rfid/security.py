"""Which AFI each tag needs when an item leaves or comes back (pure).

ISO 28560-1 uses the tag's AFI as the security bit: 0x07 (secured, in the
library) and 0xC2 (not secured, checked out).  An item leaving with a patron
or in a parcel gets "not secured" on every tag; an item coming back gets
"secured".  Tags of other libraries are left as they are unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from illdesk.hardware.rfid.readings import TagReading


class Movement(StrEnum):
    LEAVES = "leaves"  # checked out to a patron, or shipped in a parcel
    RETURNS = "returns"  # checked in, or received back


@dataclass(frozen=True)
class SecurityPlan:
    target_afi: int
    to_change: tuple[TagReading, ...]
    already_right: tuple[TagReading, ...]
    unreadable: tuple[TagReading, ...]


def target_afi(movement: Movement, afi_secured: int, afi_unsecured: int) -> int:
    return afi_unsecured if movement is Movement.LEAVES else afi_secured


def plan_security(
    readings: tuple[TagReading, ...] | list[TagReading],
    movement: Movement,
    *,
    afi_secured: int = 0x07,
    afi_unsecured: int = 0xC2,
) -> SecurityPlan:
    """Sort the tags into those whose AFI must change, those already right and unreadable."""
    wanted = target_afi(movement, afi_secured, afi_unsecured)
    change, right, unreadable = [], [], []
    for reading in readings:
        if reading.afi is None or reading.problem:
            unreadable.append(reading)
        elif reading.afi == wanted:
            right.append(reading)
        else:
            change.append(reading)
    return SecurityPlan(wanted, tuple(change), tuple(right), tuple(unreadable))


def describe_afi(afi: int | None, afi_secured: int = 0x07, afi_unsecured: int = 0xC2) -> str:
    if afi is None:
        return "unknown"
    if afi == afi_secured:
        return "secured"
    if afi == afi_unsecured:
        return "not secured"
    return f"AFI {afi:02X}"
