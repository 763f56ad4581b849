"""Starting ISO 18626 peer messaging with the window (the lead's ``app.py`` calls this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from illdesk.domain.settings import Settings
from illdesk.peer_runtime import PeerRuntime, start_peer_runtime
from illdesk.persistence.database import Database
from illdesk.services.outbox_view import OutboxViewService
from illdesk.services.peer_messaging import PeerAwareRequestService
from illdesk.ui.peer.outbox_dialog import OutboxDialog


def start_peer_messaging(
    db: Database, settings: Settings, requests_service: PeerAwareRequestService
) -> PeerRuntime:
    """Start the outbox worker and, if ``interop.iso18626.listener_enabled``, the listener.

    Never raises for a listener that cannot start (busy port, missing XSD, bad secrets):
    the desk works on and the reasons are in ``runtime.problems`` for the status bar.
    Call ``runtime.stop()`` when the window closes.
    """
    return start_peer_runtime(db, settings, requests_service)


def open_outbox_dialog(
    parent: QWidget | None, db: Database, runtime: PeerRuntime | None
) -> OutboxDialog:
    """Show the outbox dialog (modeless); "Retry now" wakes the runtime's worker."""
    service = OutboxViewService(db, wake=runtime.wake if runtime is not None else None)
    dialog = OutboxDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
