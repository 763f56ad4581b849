"""ISO 18626 (ILL transactions): messages, XSD validation, tolerant parsing, status map, transport.

Entry points: :func:`parse.parse_message` (bytes in), :func:`build.build_message` (bytes out),
:mod:`status_map` (ISO words <-> our states and actions), :mod:`transport.server` (the listener)
and :mod:`transport.outbox` (sending with retries; what waits: :mod:`transport.outbox_items`).
The desk opens without this package's lxml side (the reader, the writer, the XSD, the HTTP
stack): those come with the first message, and the listener and outbox start once the desk
is shown.
"""
