"""The reader's and the writer's shortcuts (issue 22) do exactly what the long way does.

The DOCTYPE/ENTITY check finds what one case-insensitive search for the three forms finds;
an agency id in its usual shape is read without a node of its own, any other shape still
gets its notes; offsets like ``+0000`` give the same moment and note as before; timestamps
are written with milliseconds cut, in UTC.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from illdesk.interop.iso18626.build import MessageInvalid, build_message
from illdesk.interop.iso18626.messages import AgencyId, Coded, IsoAction, RequestingAgencyMessage
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.safe_xml import UnsafeXml, declares, parse_untrusted
from illdesk.interop.iso18626.timestamps import read_timestamp, write_timestamp
from tests.interop.iso18626_support import SAMPLES, corpus_schema, requesting

# The definition the refusal had before: one pattern, three forms, any case.
_ONE_PATTERN = re.compile(
    rb"<!\s*(?:DOCTYPE|ENTITY)"
    rb"|<\x00!\x00(?:D\x00O\x00C\x00T\x00Y\x00P\x00E|E\x00N\x00T\x00I\x00T\x00Y)"
    rb"|\x00<\x00!(?:\x00D\x00O\x00C\x00T\x00Y\x00P\x00E|\x00E\x00N\x00T\x00I\x00T\x00Y)",
    re.IGNORECASE,
)
_PIECES = [
    b"<",
    b"!",
    b"<!",
    b"<!--",
    b"\x00",
    b" ",
    b"\t\n",
    b"x",
    b"DOCTYPE",
    b"doctype",
    b"EnTiTy",
    b"<\x00",
    b"\x00<\x00!",
    "<!DOCTYPE".encode("utf-16-le"),
    "<!entity".encode("utf-16-be"),
    b"\x00D\x00O\x00C\x00T\x00Y\x00P\x00E",
    b"E\x00N\x00T\x00I\x00T\x00Y",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map(b"".join))
def test_declaration_check_finds_what_the_one_pattern_finds(data: bytes) -> None:
    assert declares(data) == bool(_ONE_PATTERN.search(data))


@pytest.mark.parametrize(
    "body",
    [
        b"<!doctype r><r/>",
        b"<?xml version='1.0'?>\n<! DOCTYPE r>",
        b"<r><!-- a comment --></r><!ENTITY x 'y'>",
        "<?xml version='1.0' encoding='UTF-16'?><!DocType r><r/>".encode("utf-16-le"),
        "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE r><r/>".encode("utf-16-be"),
    ],
)
def test_every_form_of_declaration_is_refused(body: bytes) -> None:
    with pytest.raises(UnsafeXml) as caught:
        parse_untrusted(body)
    assert "document type" in caught.value.message


def test_comments_alone_are_no_declaration() -> None:
    body = (SAMPLES / "illmockrequest.xml").read_bytes()
    assert b"<!--" in body and not declares(body)
    assert read_message(body, corpus_schema()).verdict == "valid"


HEAD = (
    '<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" '
    'xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="1.2">'
    "<requestingAgencyMessage><header>{supplying}"
    "<requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>DE-B1</agencyIdValue>"
    "</requestingAgencyId><multipleItemRequestId/><timestamp>2026-11-23T09:00:00Z</timestamp>"
    "<requestingAgencyRequestId>B1-7</requestingAgencyRequestId></header>"
    "<action>Received</action></requestingAgencyMessage></ISO18626Message>"
)


def _supplying_agency(inside: str) -> tuple[AgencyId | None, tuple[str, ...]]:
    body = HEAD.format(supplying=f"<supplyingAgencyId>{inside}</supplyingAgencyId>")
    parsed = read_message(body.encode(), corpus_schema())
    assert isinstance(parsed.message, RequestingAgencyMessage)
    return parsed.message.header.supplying_agency_id, parsed.notes


def test_an_agency_id_in_its_usual_shape_is_read_without_notes() -> None:
    agency, notes = _supplying_agency(
        "<agencyIdType ill:scheme='http://x'> ISIL </agencyIdType>"
        "<agencyIdValue> DE-L2 </agencyIdValue>"
    )
    assert agency == AgencyId(Coded("ISIL", "http://x"), "DE-L2")
    assert notes == ()


@pytest.mark.parametrize(
    ("inside", "agency", "note"),
    [
        (
            "<agencyIdValue>DE-L2</agencyIdValue><agencyIdType>ISIL</agencyIdType>",
            AgencyId.of("ISIL", "DE-L2"),
            "elements in <supplyingAgencyId> are out of order",
        ),
        (
            "<agencyIdType>ISIL</agencyIdType><!-- x --><agencyIdValue>DE-L2</agencyIdValue>",
            AgencyId.of("ISIL", "DE-L2"),
            None,  # the XSD allows comments anywhere, and so does the reader
        ),
        (
            "<agencyIdType>ISIL</agencyIdType><agencyIdValue>DE-L2</agencyIdValue><x>1</x>",
            AgencyId.of("ISIL", "DE-L2"),
            "unknown element <x> in <supplyingAgencyId> was ignored",
        ),
        (
            "<agencyIdValue>DE-L2</agencyIdValue>",
            AgencyId(Coded(""), "DE-L2"),
            "<supplyingAgencyId> has no agencyIdType",
        ),
        (
            "<agencyIdType scheme='http://x'>ISIL</agencyIdType><agencyIdValue>DE-L2</agencyIdValue>",
            AgencyId(Coded("ISIL", "http://x"), "DE-L2"),
            "a scheme attribute has no namespace prefix",
        ),
        (
            "<agencyIdType>ISIL</agencyIdType><agencyIdValue>  </agencyIdValue>",
            None,
            "<supplyingAgencyId> has no agencyIdValue",
        ),
    ],
)
def test_an_agency_id_in_another_shape_keeps_its_notes(
    inside: str, agency: AgencyId | None, note: str | None
) -> None:
    read, notes = _supplying_agency(inside)
    assert read == agency
    if note is None:
        assert notes == ()
    else:
        assert any(n.startswith(note) for n in notes), notes


def test_a_repeated_agency_id_is_noted_and_the_first_used() -> None:
    agency = (
        "<supplyingAgencyId><agencyIdType>ISIL</agencyIdType>"
        "<agencyIdValue>DE-{0}</agencyIdValue></supplyingAgencyId>"
    )
    body = HEAD.format(supplying=agency.format("L2") + agency.format("L3"))
    parsed = read_message(body.encode(), corpus_schema())
    assert isinstance(parsed.message, RequestingAgencyMessage)
    assert parsed.message.header.supplying_agency_id == AgencyId.of("ISIL", "DE-L2")
    assert "<supplyingAgencyId> appears 2 times in <header>; the first is used" in parsed.notes


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        ("1900-01-01T01:01:01+0000", datetime(1900, 1, 1, 1, 1, 1, tzinfo=UTC), "colon"),
        ("2026-11-23T09:00:00-0000", datetime(2026, 11, 23, 9, tzinfo=UTC), "colon"),
        ("2026-11-23T10:30:00+0130", datetime(2026, 11, 23, 9, tzinfo=UTC), "colon"),
        ("2026-11-23T04:00:00-05", datetime(2026, 11, 23, 9, tzinfo=UTC), "colon"),
        ("2026-11-23t09:00,5Z", datetime(2026, 11, 23, 9, 0, 0, 500000, tzinfo=UTC), "comma"),
        ("2026-11-23 09:00 GMT", datetime(2026, 11, 23, 9, tzinfo=UTC), "for UTC"),
    ],
)
def test_bent_iso_timestamps(text: str, expected: datetime, note: str) -> None:
    moment, bend = read_timestamp(text)
    assert moment == expected
    assert bend is not None and note in bend


def test_a_zero_offset_reads_as_utc_itself() -> None:
    moment, _ = read_timestamp("1900-01-01T01:01:01+0000")
    assert moment.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    ["2026-11-23T09:00:00+1500", "2026-11-23T09:00:00+0160", "2026-02-30T09:00:00+0000"],
)
def test_impossible_bent_timestamps_are_unreadable(text: str) -> None:
    with pytest.raises(ValueError, match="impossible|not a real"):
        read_timestamp(text)


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2026, 11, 23, 9, 0, tzinfo=UTC), "2026-11-23T09:00:00Z"),
        (datetime(2026, 11, 23, 9, 0), "2026-11-23T09:00:00Z"),
        (datetime(2026, 11, 23, 9, 0, 0, 123999, tzinfo=UTC), "2026-11-23T09:00:00.123Z"),
        (datetime(2026, 11, 23, 9, 0, 0, 999, tzinfo=UTC), "2026-11-23T09:00:00.000Z"),
        (
            datetime(2026, 11, 23, 10, 30, tzinfo=timezone(timedelta(hours=1, minutes=30))),
            "2026-11-23T09:00:00Z",
        ),
        (datetime(5, 1, 1, tzinfo=UTC), "0005-01-01T00:00:00Z"),
    ],
)
def test_written_timestamps(moment: datetime, text: str) -> None:
    assert write_timestamp(moment) == text


def _envelope(inside: str) -> bytes:
    body = HEAD.format(
        supplying="<supplyingAgencyId><agencyIdType>ISIL</agencyIdType>"
        "<agencyIdValue>DE-L2</agencyIdValue></supplyingAgencyId>"
    )
    start = body.index("<requestingAgencyMessage>")
    end = body.index("</ISO18626Message>")
    return (body[:start] + inside.format(message=body[start:end]) + body[end:]).encode()


def test_the_usual_envelope_is_read_without_notes() -> None:
    parsed = read_message(_envelope("{message}"), corpus_schema())
    assert parsed.verdict == "valid" and parsed.notes == ()


@pytest.mark.parametrize(
    ("inside", "note"),
    [
        ("<!-- from the peer -->{message}", None),
        ("{message}<extra>1</extra>", "unknown element <extra> in <ISO18626Message> was ignored"),
    ],
)
def test_an_envelope_with_more_in_it_is_read_the_careful_way(inside: str, note: str | None) -> None:
    parsed = read_message(_envelope(inside), corpus_schema())
    assert isinstance(parsed.message, RequestingAgencyMessage)
    if note is None:
        assert parsed.notes == ()
    else:
        assert note in parsed.notes


def test_an_envelope_with_two_messages_is_rejected() -> None:
    with pytest.raises(MessageRejected) as rejected:
        read_message(_envelope("{message}{message}"), corpus_schema())
    assert "exactly one message; it holds 2" in rejected.value.reason


def test_a_kept_agency_id_is_written_as_the_first_time_and_a_blank_one_refused_each_time() -> None:
    schema = corpus_schema()
    odd = AgencyId(Coded("IS&IL", 'http://x?a="1"&b'), "<DE-L2>")
    message = requesting(IsoAction.RECEIVED)
    message = replace(message, header=replace(message.header, supplying_agency_id=odd))
    first = build_message(message, schema)
    assert first == build_message(message, schema)
    assert b'<ill:agencyIdType ill:scheme="http://x?a=&quot;1&quot;&amp;b">IS&amp;IL<' in first
    read = read_message(first, schema).message
    assert isinstance(read, RequestingAgencyMessage)
    assert read.header.supplying_agency_id == odd
    blank = replace(
        message, header=replace(message.header, supplying_agency_id=AgencyId.of("ISIL", " "))
    )
    for _ in range(2):
        with pytest.raises(MessageInvalid) as caught:
            build_message(blank, schema)
        assert caught.value.field == "header.supplying_agency_id"
