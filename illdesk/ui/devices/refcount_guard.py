"""Protection against the PySide6 6.12.0 reference leak on ``None``, ``True`` and ``False``.

With PySide6 6.12.0 on CPython 3.11, every call of a wrapped method that
returns nothing (``setText``, ``QTimer.start``, ``processEvents`` ...) drops a
reference to ``None`` it never took, and every ``Signal.emit`` from Python
drops one to ``True``.  After some thousands of calls the interpreter aborts
with "Fatal Python error: none_dealloc" (or "bool_dealloc").  PySide6 6.11.2
does not do this, and from CPython 3.12 on these objects are immortal, so the
leak is harmless there.

:func:`immortalize_singletons` does what CPython 3.12 does: it gives the three
singletons so many references that they can never reach zero.  It is called
when :mod:`illdesk.ui.devices` is imported; the application should call it at
start (it is idempotent and does nothing on CPython 3.12+).
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def immortalize_singletons() -> bool:
    """Make None/True/False undeletable on CPython < 3.12; True if anything was changed."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _BOOST
    _done = True
    return True
