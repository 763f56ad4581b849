"""What a notice sender is given and how it says it failed (the values of the mail port)."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.domain.errors import DeskError


class DeliveryFailed(DeskError):
    """A notice could not be delivered; the message says why in words."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"
