"""Ports: what services need from the outside world, implemented by the adapters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from illdesk.domain.errors import DeskError


class DeliveryFailed(DeskError):
    """A notice could not be delivered; the message says why in words."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


class NoticeSender(Protocol):
    def send(self, to: str, subject: str, body: str,
             attachments: tuple[Attachment, ...] = ()) -> None:
        """Deliver one message or raise :class:`DeliveryFailed`."""
        ...
