"""A pseudo-terminal behind a stable path that can be unplugged and plugged in again."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from pathlib import Path

#: Pseudo-terminals exist on Linux and macOS; on Windows the simulated devices are not offered.
SIMULATION_AVAILABLE = hasattr(os, "openpty")


class PtyDevice:
    """The device end of a pseudo-terminal pair; the program opens :attr:`path` with pyserial."""

    def __init__(self, name: str, directory: Path | None = None) -> None:
        self._own_dir = directory is None
        self.directory = (
            Path(tempfile.mkdtemp(prefix="illdesk-sim-")) if directory is None else directory
        )
        self.path = self.directory / name
        self.lock = threading.RLock()
        self._master: int | None = None
        self._slave: int | None = None
        self.plug()

    @property
    def plugged(self) -> bool:
        return self._master is not None

    @property
    def master_fd(self) -> int | None:
        return self._master

    def plug(self) -> None:
        """Create a fresh pseudo-terminal and point :attr:`path` at it."""
        with self.lock:
            if self._master is not None:
                return
            import tty  # POSIX only: imported here so Windows can import this module

            master, slave = os.openpty()
            tty.setraw(slave)
            tty.setraw(master)
            temporary = self.path.with_name(self.path.name + ".new")
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            os.symlink(os.ttyname(slave), temporary)
            os.replace(temporary, self.path)
            self._master, self._slave = master, slave

    def unplug(self) -> None:
        """Close the pseudo-terminal: a program reading it gets an I/O error, as on USB unplug."""
        with self.lock:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = None

    def write(self, data: bytes) -> None:
        """Send bytes to the program; raises OSError when unplugged."""
        with self.lock:
            if self._master is None:
                raise OSError("simulated device is unplugged")
            view = memoryview(data)
            while view:
                written = os.write(self._master, view)
                view = view[written:]

    def close(self) -> None:
        self.unplug()
        if self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> PtyDevice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
