"""Scanners and RFID pads in the window: scan boxes, the keyboard wedge, the device bridge.

Wiring (in the main window)::

    bridge = DeviceBridge(rules=barcode_rules(settings), parent=window)
    bridge.apply_settings(settings)                       # opens the configured ports
    wedge = KeyboardWedge(route=window.route_scan, config=wedge_config(settings))
    wedge.install()                                       # on the QApplication
    bridge.scanned.connect(window.route_scan)             # serial scans
    bridge.status_changed.connect(window.statusBar().showMessage)
    # window.route_scan(text) -> active_station.scan_box.accept_scan(text)
"""
