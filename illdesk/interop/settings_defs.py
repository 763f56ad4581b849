"""Settings of the interop package (ISO 18626 peer messaging)."""

from __future__ import annotations

from illdesk.domain.settings import SettingDef
from illdesk.domain.words import N_

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "interop.iso18626_xsd",
        str,
        "",
        N_(
            "Path of the ISO 18626 v1.2 XSD. Empty: the environment variable ILLDESK_ISO18626_XSD, "
            "else shared/corpus/iso18626/ISO-18626-v1_2.xsd beside the program. Without an XSD "
            "incoming messages are read unvalidated and nothing is sent."
        ),
        "desk",
        label=N_("ISO 18626 schema file (XSD)"),
    ),
    SettingDef(
        "interop.iso18626.agency_id_type",
        str,
        "ISIL",
        N_("Agency id type our library uses in ISO 18626 headers (ISIL, OCLC, ...)."),
        label=N_("Our agency id type"),
        example="ISIL",
    ),
    SettingDef(
        "interop.iso18626.agency_id_value",
        str,
        "",
        N_("Our library's agency id, e.g. the ISIL DE-123. Peers address us with it."),
        label=N_("Our agency id"),
        example="DE-1",
    ),
    SettingDef(
        "interop.iso18626.listener_enabled",
        bool,
        False,
        N_("Receive ISO 18626 messages from partner libraries on this desk."),
        "desk",
        label=N_("Receive ISO 18626 messages"),
    ),
    SettingDef(
        "interop.iso18626.listener_host",
        str,
        "127.0.0.1",
        N_("Address the ISO 18626 listener binds to (0.0.0.0 for every network interface)."),
        "desk",
        label=N_("Listen on address"),
        example="0.0.0.0",
    ),
    SettingDef(
        "interop.iso18626.listener_port",
        int,
        18626,
        N_("TCP port of the ISO 18626 listener."),
        "desk",
        label=N_("Listen on port"),
    ),
    SettingDef(
        "interop.iso18626.shared_secrets",
        str,
        "",
        N_(
            "Per-partner shared secrets, one per line or separated by ';': AGENCY=SECRET, e.g. "
            "ISIL:DE-1=s3cret. A partner sends it as 'Authorization: Bearer SECRET' and we send it "
            "to that partner the same way."
        ),
        label=N_("Shared secrets per partner"),
        example="ISIL:DE-1=s3cret",
    ),
    SettingDef(
        "interop.iso18626.allow_list",
        str,
        "",
        N_(
            "Addresses or networks allowed to send without a secret, separated by commas, "
            "e.g. 192.0.2.10, 198.51.100.0/24."
        ),
        label=N_("Addresses that need no secret"),
        example="192.0.2.10, 198.51.100.0/24",
    ),
    SettingDef(
        "interop.iso18626.max_body_bytes",
        int,
        1024 * 1024,
        N_("Largest ISO 18626 message accepted, in bytes."),
        label=N_("Largest message accepted (bytes)"),
    ),
    SettingDef(
        "interop.iso18626.outbox_max_attempts",
        int,
        8,
        N_("How often the outbox tries to deliver a message before it is marked failed."),
        label=N_("Delivery attempts before a message fails"),
    ),
    SettingDef(
        "interop.iso18626.outbox_backoff_seconds",
        float,
        30.0,
        N_("Wait before the second delivery attempt; doubled after every further failure."),
        label=N_("Wait before the second attempt (seconds)"),
    ),
    SettingDef(
        "interop.iso18626.outbox_backoff_cap_seconds",
        float,
        3600.0,
        N_("Longest wait between two delivery attempts."),
        label=N_("Longest wait between attempts (seconds)"),
    ),
    SettingDef(
        "interop.iso18626.outbox_timeout_seconds",
        float,
        20.0,
        N_("How long one delivery attempt waits for the partner's answer."),
        label=N_("Wait for a partner's answer (seconds)"),
    ),
)
