"""Everything the desk prints: reportlab documents, vector barcodes, ZPL labels, CUPS queues.

Entry points: :mod:`illdesk.printing.documents` (``render_*`` -> PDF bytes),
:mod:`illdesk.printing.sample_data` (sample documents and test prints),
:mod:`illdesk.printing.zpl` and :mod:`illdesk.printing.cups` (sending to printers).
No Qt here: the preview and print dialogs live in ``illdesk.ui.printing``.
"""
