"""ISO 18626 (ILL transactions): messages, XSD validation, tolerant parsing, status map, transport.

Entry points: :func:`parse.parse_message` (bytes in), :func:`build.build_message` (bytes out),
:mod:`status_map` (ISO words <-> our states and actions), :mod:`transport.server` (the listener)
and :mod:`transport.outbox` (sending with retries).
"""
