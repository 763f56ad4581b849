"""Scanners and RFID pads in the window: scan boxes, the keyboard wedge, the device bridge.

Wiring (in the main window)::

    bridge = DeviceBridge(parent=window)
    bridge.apply_settings(settings)                       # opens the configured ports
    wedge = KeyboardWedge(route=window.route_scan, config=wedge_config(settings))
    wedge.install()                                       # on the QApplication
    bridge.scanned.connect(window.route_scan)             # serial scans
    bridge.status_changed.connect(window.statusBar().showMessage)
    # window.route_scan(text) -> active_station.scan_box.accept_scan(text)
    # on close: wedge.uninstall(); bridge.shutdown()
"""

from illdesk.ui.devices.refcount_guard import immortalize_singletons

immortalize_singletons()  # PySide6 6.12.0 leaks references to None/True (see that module)
