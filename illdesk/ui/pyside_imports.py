"""Imports after PySide6 at their normal cost.

Importing ``PySide6.QtCore`` replaces ``builtins.__import__`` with shiboken's
``__feature_import__`` (it serves ``from __feature__ import snake_case, true_property``,
which illdesk never uses).  After every later import it asks
``shibokensupport.feature._mod_uses_pyside(module)``, which reads the module's whole
source with ``inspect.getsource`` to look for the word "PySide6"; the source stays in
``linecache``.  The desk paints its frame first and imports the database and the services
after it, so that check read all of SQLAlchemy's and the desk's sources: measured on
PySide6 6.11, ``import sqlalchemy.orm`` after PySide6 took 1.4 s and 48 MB instead of
0.7 s and 28 MB.  (The cost is known: napari/napari#8584.)

:func:`check_without_reading_sources` puts a check in its place that answers the same
question from what the module holds: a module uses PySide6 when one of its names is a
PySide6 (or shiboken6) module, or a class or function defined there.  The answer is only
used to keep ``__feature__`` choices per module; with none chosen anywhere, every module
sees Qt the same either way.  Nothing changes on a PySide6 without that function.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 (loads shiboken's feature support, which is replaced)

_QT_PACKAGES = ("PySide6", "shiboken6")


def _from_qt(value: object) -> bool:
    try:
        name: object = value.__name__ if isinstance(value, ModuleType) else value.__module__
    except Exception:  # an object that will not say: not Qt's
        return False
    return isinstance(name, str) and name.startswith(_QT_PACKAGES)


def uses_pyside(module: ModuleType) -> bool:
    """The module holds a PySide6 module, class or function among its names."""
    if module.__name__.startswith(_QT_PACKAGES):
        return True
    return any(_from_qt(value) for value in list(vars(module).values()))


def check_without_reading_sources() -> bool:
    """Replaces shiboken's source-reading check; False when this PySide6 has none."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a module we do not type)
    return True
