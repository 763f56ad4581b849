"""Reading a request that arrives as text: an OpenURL pasted from a resolver or database."""

from __future__ import annotations

from illdesk.interop.openurl import OpenUrlResult, parse_openurl

__all__ = ["OpenUrlResult", "read_openurl"]


def read_openurl(text: str) -> OpenUrlResult:
    """The citation and service type an OpenURL (or a link holding one) describes, with
    notes on what was not understood; an empty citation when it holds none."""
    return parse_openurl(text)
