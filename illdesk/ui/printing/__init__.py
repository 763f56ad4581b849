"""Print preview, printer choice per document kind, and batch printing off the GUI thread.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``True`` on every ``Signal.emit``;
a batch of pull slips reports progress hundreds of times, so the guard from
:mod:`illdesk.ui.devices.refcount_guard` is applied before anything here runs.
"""

from illdesk.ui.devices.refcount_guard import immortalize_singletons

immortalize_singletons()
