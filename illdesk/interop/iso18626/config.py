"""Turn :class:`Settings` into what the listener and the outbox need."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import Settings
from illdesk.interop.iso18626.messages import AgencyId

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_shared_secrets(text: str) -> dict[str, str]:
    """``ISIL:DE-1=secret; ISIL:DE-2=other`` (or one a line) -> {agency key: secret}."""
    secrets: dict[str, str] = {}
    problems: dict[str, str] = {}
    for raw in text.replace(";", "\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        agency, sep, secret = line.partition("=")
        if not sep or not agency.strip() or not secret.strip():
            problems[line] = f"“{line}” is not AGENCY=SECRET."
            continue
        secrets[agency.strip()] = secret.strip()
    if problems:
        raise ValidationFailed(problems)
    return secrets


def parse_allow_list(text: str) -> tuple[IpNetwork, ...]:
    """``192.0.2.10, 198.51.100.0/24`` -> networks; a bad entry is named in the error."""
    networks: list[IpNetwork] = []
    problems: dict[str, str] = {}
    for raw in text.replace(";", ",").replace("\n", ",").split(","):
        entry = raw.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            problems[entry] = f"“{entry}” is not an IP address or network."
    if problems:
        raise ValidationFailed(problems)
    return tuple(networks)


@dataclass(frozen=True)
class ListenerConfig:
    enabled: bool
    host: str
    port: int
    max_body_bytes: int
    shared_secrets: dict[str, str]
    allow_list: tuple[IpNetwork, ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> ListenerConfig:
        return cls(
            enabled=settings.get_bool("interop.iso18626.listener_enabled"),
            host=settings.get_str("interop.iso18626.listener_host"),
            port=settings.get_int("interop.iso18626.listener_port"),
            max_body_bytes=settings.get_int("interop.iso18626.max_body_bytes"),
            shared_secrets=parse_shared_secrets(
                settings.get_str("interop.iso18626.shared_secrets")
            ),
            allow_list=parse_allow_list(settings.get_str("interop.iso18626.allow_list")),
        )


def our_agency(settings: Settings) -> AgencyId | None:
    """Our agency id from the settings, or None while it is not configured."""
    value = settings.get_str("interop.iso18626.agency_id_value").strip()
    if not value:
        return None
    return AgencyId.of(settings.get_str("interop.iso18626.agency_id_type").strip() or "ISIL", value)
