"""The window as a desk has it (keyboard wedge installed), and the hands that type into it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.keys.hands import Hands


@pytest.fixture
def desk(window) -> Iterator[object]:
    """The main window with its devices started (the keyboard wedge watches every key)."""
    window.start_devices()
    window.back_to_scan_box()
    yield window
    window.close()


@pytest.fixture
def hands() -> Hands:
    return Hands()
