"""Strict where valid, tolerant where peers bend the schema, and refusing what is dangerous."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import (
    ErrorType,
    IsoAction,
    RequestingAgencyMessage,
    Status,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.safe_xml import UnsafeXml, parse_untrusted
from illdesk.interop.iso18626.timestamps import (
    TimestampUnreadable,
    read_timestamp,
    write_timestamp,
)
from tests.interop.iso18626_support import corpus_schema, requesting, supplying

NS = 'xmlns="http://illtransactions.org/2013/iso18626"'
HEADER = """<header>
  <supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>DE-L2</agencyIdValue>
  </supplyingAgencyId>
  <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>DE-B1</agencyIdValue>
  </requestingAgencyId>
  <multipleItemRequestId/>
  <timestamp>{timestamp}</timestamp>
  <requestingAgencyRequestId>B1-7</requestingAgencyRequestId>
</header>"""


def ram(
    action: str = "Received",
    timestamp: str = "2026-11-23T09:00:00Z",
    envelope: str = f'{NS} xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="1.2"',
) -> bytes:
    return (
        f"<ISO18626Message {envelope}><requestingAgencyMessage>"
        f"{HEADER.format(timestamp=timestamp)}<action>{action}</action>"
        "</requestingAgencyMessage></ISO18626Message>"
    ).encode()


def test_a_strict_message_has_no_notes() -> None:
    parsed = read_message(ram(), corpus_schema())
    assert parsed.verdict == "valid" and parsed.schema_valid


@pytest.mark.parametrize(
    ("text", "expected", "bend"),
    [
        ("2026-11-23T09:00:00Z", datetime(2026, 11, 23, 9, tzinfo=UTC), None),
        ("2026-11-23T10:00:00+01:00", datetime(2026, 11, 23, 9, tzinfo=UTC), None),
        ("2026-11-23T09:00:00.123Z", datetime(2026, 11, 23, 9, 0, 0, 123000, tzinfo=UTC), None),
        ("2026-11-23T09:00:00", datetime(2026, 11, 23, 9, tzinfo=UTC), "no timezone"),
        ("2026-11-23T10:00:00+0100", datetime(2026, 11, 23, 9, tzinfo=UTC), "without a colon"),
        ("2026-11-23 09:00:00", datetime(2026, 11, 23, 9, tzinfo=UTC), "space instead of T"),
        ("2026-11-23T09:00Z", datetime(2026, 11, 23, 9, tzinfo=UTC), "no seconds"),
        ("2026-11-23", datetime(2026, 11, 23, tzinfo=UTC), "date without a time"),
        ("23.11.2026 09:00", datetime(2026, 11, 23, 9, tzinfo=UTC), "day.month.year"),
        ("Mon, 23 Nov 2026 09:00:00 GMT", datetime(2026, 11, 23, 9, tzinfo=UTC), "e-mail"),
        ("1795424400", datetime(2026, 11, 23, 9, tzinfo=UTC), "Unix time"),
        ("1795424400000", datetime(2026, 11, 23, 9, tzinfo=UTC), "Unix time"),
    ],
)
def test_timestamp_forms(text: str, expected: datetime, bend: str | None) -> None:
    moment, note = read_timestamp(text)
    assert moment == expected
    if bend is None:
        assert note is None
    else:
        assert note is not None and bend in note


@pytest.mark.parametrize("text", ["_TIMESTAMP_", "2026-13-45T09:00:00Z", "tomorrow", ""])
def test_unreadable_timestamps(text: str) -> None:
    with pytest.raises(TimestampUnreadable):
        read_timestamp(text)


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(hours=14))]
        ),
    )
)
def test_written_timestamps_read_back_strictly(moment: datetime) -> None:
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    back, note = read_timestamp(write_timestamp(moment))
    assert note is None and back == moment


def test_timezone_less_timestamp_is_tolerated_with_a_note() -> None:
    parsed = read_message(ram(timestamp="2026-11-23T09:00:00"), corpus_schema())
    assert parsed.schema_valid  # xs:dateTime allows it, but it is ambiguous
    assert parsed.verdict == "tolerated"
    assert any("no timezone" in note for note in parsed.notes)
    assert parsed.message.header.timestamp == datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_out_of_order_elements_are_read_with_a_note() -> None:
    shuffled = (
        ram()
        .replace(b"<multipleItemRequestId/>", b"")
        .replace(b"<header>", b"<header><multipleItemRequestId/>")
    )
    parsed = read_message(shuffled, corpus_schema())
    assert parsed.schema_valid is False
    assert "elements in <header> are out of order" in parsed.notes
    assert isinstance(parsed.message, RequestingAgencyMessage)
    assert parsed.message.header.requesting_agency_request_id == "B1-7"


def test_prefixed_and_unprefixed_namespace_variants() -> None:
    prefixed = build_message(requesting(IsoAction.RENEW), corpus_schema())
    assert b"<ill:requestingAgencyMessage>" in prefixed
    assert read_message(prefixed, corpus_schema()).verdict == "valid"
    no_namespace = ram(envelope='version="1.2"')
    parsed = read_message(no_namespace, corpus_schema())
    assert "elements have no namespace; read as ISO 18626" in parsed.notes
    assert "the version attribute has no namespace prefix" in parsed.notes
    assert isinstance(parsed.message, RequestingAgencyMessage)


def test_case_bent_enumeration_is_read_with_a_note() -> None:
    parsed = read_message(ram(action="shippedreturn"), corpus_schema())
    assert isinstance(parsed.message, RequestingAgencyMessage)
    assert parsed.message.action is IsoAction.SHIPPED_RETURN
    assert any("read as “ShippedReturn”" in note for note in parsed.notes)


def test_unknown_action_is_rejected_as_unsupported_action() -> None:
    with pytest.raises(MessageRejected) as caught:
        read_message(ram(action="Teleport"), corpus_schema())
    assert caught.value.error_type is ErrorType.UNSUPPORTED_ACTION_TYPE
    assert "Teleport" in caught.value.reason


def test_unknown_reason_for_message_is_rejected_with_its_error_type() -> None:
    data = build_message(supplying(Status.LOANED), corpus_schema()).replace(
        b"StatusChange", b"Gossip"
    )
    with pytest.raises(MessageRejected) as caught:
        read_message(data, corpus_schema())
    assert caught.value.error_type is ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE


def test_status_change_without_status_is_rejected() -> None:
    data = build_message(supplying(Status.LOANED), corpus_schema())
    start, end = data.index(b"<ill:statusInfo>"), data.index(b"</ill:statusInfo>")
    with pytest.raises(MessageRejected) as caught:
        read_message(data[:start] + data[end + len(b"</ill:statusInfo>") :], corpus_schema())
    assert "statusInfo/status" in caught.value.reason


def test_missing_request_id_is_rejected() -> None:
    data = ram().replace(b"<requestingAgencyRequestId>B1-7</requestingAgencyRequestId>", b"")
    with pytest.raises(MessageRejected) as caught:
        read_message(data, corpus_schema())
    assert "requestingAgencyRequestId" in caught.value.reason


def test_not_an_iso_message_is_rejected() -> None:
    with pytest.raises(MessageRejected) as caught:
        read_message(b"<html><body>hello</body></html>", corpus_schema())
    assert caught.value.error_type is ErrorType.BADLY_FORMED_MESSAGE


def test_sam_round_trip_keeps_due_date_and_conditions() -> None:
    due = datetime(2026, 12, 21, 23, 59, tzinfo=UTC)
    message = supplying(Status.LOANED, due=due, item_id="3123", loan_condition="NoReproduction")
    parsed = read_message(build_message(message, corpus_schema()), corpus_schema()).message
    assert isinstance(parsed, SupplyingAgencyMessage)
    assert parsed.status_info is not None and parsed.status_info.due_date == due
    assert parsed.delivery_info is not None
    assert parsed.delivery_info.loan_condition is not None
    assert parsed.delivery_info.loan_condition.value == "NoReproduction"


# -- dangerous bodies -------------------------------------------------------------------------

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626"><request>&xxe;</request>
</ISO18626Message>"""
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]><lolz>&lol9;</lolz>"
)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (XXE, "document type"),
        (LAUGHS, "document type"),
        (XXE.decode().encode("utf-16"), "document type"),
        (b"not xml at all", "not well-formed"),
        (b"<a><b></a>", "not well-formed"),
        (b"", "empty"),
        (b"<a>" + b"x" * 2_000_000 + b"</a>", "limit"),
    ],
)
def test_dangerous_or_broken_bodies_are_refused(body: bytes, words: str) -> None:
    with pytest.raises(UnsafeXml) as caught:
        parse_untrusted(body)
    assert words in caught.value.message
    with pytest.raises(MessageRejected) as rejected:
        read_message(body, corpus_schema())
    assert rejected.value.error_type is ErrorType.BADLY_FORMED_MESSAGE


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        read_message(data, corpus_schema())
    except MessageRejected as rejected:
        assert rejected.reason


_VALID_BODIES = [
    build_message(m, corpus_schema())
    for m in (
        supplying(Status.LOANED, item_id="1", loan_condition="X"),
        requesting(IsoAction.RENEW, note="n"),
    )
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_VALID_BODIES), st.integers(0, 2000), st.integers(0, 60), st.binary(max_size=12)
)
def test_mangled_valid_messages_are_read_or_rejected_never_crash(
    body: bytes, start: int, length: int, junk: bytes
) -> None:
    start = start % len(body)
    mangled = body[:start] + junk + body[start + length :]
    try:
        parsed = read_message(mangled, corpus_schema())
    except MessageRejected as rejected:
        assert rejected.reason and rejected.error_type in ErrorType
    else:
        assert parsed.message.kind is not None
