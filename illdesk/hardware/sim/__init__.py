"""Simulated devices on pseudo-terminals: real pyserial code opens them by path.

Used by the devices dialog in demo mode, by tests and by benchmarks.  Each
device sits behind a stable symlink (``<dir>/scanner``, ``<dir>/rfid-pad``),
so unplugging (closing the pseudo-terminal) and plugging in again (a new one
behind the same path) behaves like a USB device coming and going.
"""
