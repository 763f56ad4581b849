"""Both simulated devices together, with demo tags, for demo mode and manual testing."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from illdesk.domain.rfid_model import item_tag_for
from illdesk.hardware.sim.rfid_pad_sim import SimTag, SimulatedRfidPad, make_uid
from illdesk.hardware.sim.scanner_sim import SimulatedScanner

DEMO_ISIL = "DK-710100"


class DemoDevices:
    """A simulated serial scanner and RFID pad in one temporary folder."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="illdesk-demo-devices-"))
        self.scanner = SimulatedScanner(self.directory)
        self.pad = SimulatedRfidPad(self.directory)

    def place_demo_set(
        self,
        item_id: str = "30000012345678",
        parts: int = 2,
        present: tuple[int, ...] = (1, 2),
        first_uid: int = 1,
    ) -> None:
        """Put the tags of a multi-part item (e.g. a book with a CD) on the pad."""
        for part in present:
            tag = item_tag_for(item_id, DEMO_ISIL, parts, part)
            self.pad.place(SimTag.with_item(make_uid(first_uid + part - 1), tag))

    def close(self) -> None:
        self.scanner.close()
        self.pad.close()
        shutil.rmtree(self.directory, ignore_errors=True)
