"""Every message type we build validates against the XSD and reads back unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import etree

from illdesk.interop.iso18626.build import MessageInvalid, build_element, build_message
from illdesk.interop.iso18626.messages import (
    NAMESPACE,
    AgencyId,
    Coded,
    Confirmation,
    ConfirmationHeader,
    ErrorData,
    ErrorType,
    IsoAction,
    MessageKind,
    MessageStatus,
    ReasonForMessage,
    Request,
    RequestingAgencyMessage,
    Status,
    SupplyingAgencyMessage,
    YesNo,
)
from illdesk.interop.iso18626.parse import read_message
from illdesk.interop.iso18626.schema import SchemaUnavailable, load_schema
from illdesk.interop.iso18626.status_map import error_confirmation, ok_confirmation
from tests.interop.iso18626_support import (
    T0,
    corpus_schema,
    full_request,
    requesting,
    supplying,
)


def _valid(data: bytes) -> None:
    schema = corpus_schema()
    root = etree.fromstring(data)
    assert schema.problems(root) == []
    assert root.tag == f"{{{NAMESPACE}}}ISO18626Message"
    assert root.get(f"{{{NAMESPACE}}}version") == "1.2"


def test_request_builds_valid_and_round_trips() -> None:
    message = full_request()
    data = build_message(message, corpus_schema())
    _valid(data)
    parsed = read_message(data, corpus_schema())
    assert parsed.verdict == "valid" and parsed.notes == ()
    assert parsed.message == message


def test_minimal_request_builds_valid() -> None:
    message = replace(
        full_request(),
        service_info=None,
        publication_info=None,
        supplier_info=(),
        requested_delivery_info=(),
        requesting_agency_info=None,
        patron_info=None,
        billing_info=None,
    )
    data = build_message(message, corpus_schema())
    _valid(data)
    assert read_message(data, corpus_schema()).message == message


@pytest.mark.parametrize("status", list(Status))
def test_supplying_agency_message_builds_valid_for_every_status(status: Status) -> None:
    message = supplying(
        status,
        reason=ReasonForMessage.STATUS_CHANGE,
        note="Nota bene",
        due=T0 + timedelta(days=28),
        item_id="31234000012345",
        loan_condition="LibraryUseOnly",
        reason_unfilled="NotOnShelf",
        answer=YesNo.YES,
    )
    data = build_message(message, corpus_schema())
    _valid(data)
    parsed = read_message(data, corpus_schema())
    assert parsed.verdict == "valid"
    assert parsed.message == message


@pytest.mark.parametrize("action", list(IsoAction))
def test_requesting_agency_message_builds_valid_for_every_action(action: IsoAction) -> None:
    message = requesting(action, note="Sent by illdesk")
    data = build_message(message, corpus_schema())
    _valid(data)
    assert read_message(data, corpus_schema()).message == message


@pytest.mark.parametrize("about", ["request", "supplying", "requesting"])
def test_confirmations_build_valid_ok_and_error(about: str) -> None:
    choices: dict[str, Request | SupplyingAgencyMessage | RequestingAgencyMessage] = {
        "request": full_request(),
        "supplying": supplying(Status.LOANED),
        "requesting": requesting(IsoAction.RECEIVED),
    }
    message = choices[about]
    ok = ok_confirmation(message, now=T0 + timedelta(seconds=1), received_at=T0)
    error = error_confirmation(ErrorType.UNSUPPORTED_ACTION_TYPE, "Not now.", about=message, now=T0)
    for confirmation in (ok, error):
        data = build_message(confirmation, corpus_schema())
        _valid(data)
        parsed = read_message(data, corpus_schema())
        assert parsed.verdict == "valid"
        assert parsed.message == confirmation
        assert isinstance(parsed.message, Confirmation)
        assert parsed.message.kind is message.kind.confirmation
    assert ok.header.requesting_agency_request_id == "B1-0001"
    assert error.error_data == ErrorData(ErrorType.UNSUPPORTED_ACTION_TYPE, "Not now.")


def test_confirmation_without_echo_still_validates() -> None:
    bare = error_confirmation(ErrorType.BADLY_FORMED_MESSAGE, "Not XML.", now=T0)
    assert bare.kind is MessageKind.REQUEST_CONFIRMATION
    _valid(build_message(bare, corpus_schema()))


def test_timestamps_are_written_in_utc() -> None:
    in_berlin = datetime(2026, 11, 23, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    message = replace(full_request(), header=replace(full_request().header, timestamp=in_berlin))
    data = build_message(message, corpus_schema())
    assert b"<ill:timestamp>2026-11-23T09:30:00Z</ill:timestamp>" in data
    back = read_message(data, corpus_schema()).message
    assert back.header.timestamp == in_berlin


def test_elements_come_out_in_schema_order() -> None:
    root = build_element(full_request())
    header = root[0][0]
    names = [etree.QName(child).localname for child in header]
    assert names == [
        "supplyingAgencyId",
        "requestingAgencyId",
        "multipleItemRequestId",
        "timestamp",
        "requestingAgencyRequestId",
    ]


def test_invalid_message_names_the_field() -> None:
    message = replace(
        full_request(), header=replace(full_request().header, requesting_agency_request_id=" ")
    )
    with pytest.raises(MessageInvalid) as caught:
        build_message(message, corpus_schema())
    assert caught.value.field == "header.requesting_agency_request_id"

    nobody = replace(
        full_request(),
        header=replace(full_request().header, requesting_agency_id=AgencyId.of("ISIL", "")),
    )
    with pytest.raises(MessageInvalid) as caught:
        build_message(nobody, corpus_schema())
    assert caught.value.field == "header.requesting_agency_id"


def test_xsd_refusal_names_the_element_path() -> None:
    # A scheme that is not a URI passes our own checks but not the XSD's anyURI.
    bad = supplying(Status.UNFILLED)
    bad = replace(
        bad,
        message_info=replace(
            bad.message_info, reason_unfilled=Coded("NotHeld", scheme="http://[bad")
        ),
    )
    with pytest.raises(MessageInvalid) as caught:
        build_message(bad, corpus_schema())
    assert "supplyingAgencyMessage.messageInfo.reasonUnfilled" in caught.value.field
    assert "cannot be sent" in caught.value.message


def test_nothing_is_built_without_a_schema(tmp_path: object) -> None:
    from pathlib import Path

    missing = load_schema(Path(str(tmp_path)) / "absent.xsd")
    assert not missing.available
    assert "does not exist" in missing.describe()
    with pytest.raises(SchemaUnavailable):
        build_message(full_request(), missing)


def test_reading_without_a_schema_is_tolerated_with_a_note(tmp_path: object) -> None:
    from pathlib import Path

    data = build_message(full_request(), corpus_schema())
    missing = load_schema(Path(str(tmp_path)) / "absent.xsd")
    parsed = read_message(data, missing)
    assert parsed.verdict == "tolerated"
    assert parsed.schema_valid is None
    assert "validation unavailable" in parsed.notes[0]


def test_schema_is_loaded_once_and_found_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.interop.iso18626_support import XSD

    monkeypatch.setenv("ILLDESK_ISO18626_XSD", str(XSD))
    assert load_schema() is load_schema(XSD)


def test_confirmation_status_error_round_trip_keeps_message_status() -> None:
    confirmation = Confirmation(
        MessageKind.SUPPLYING_AGENCY_MESSAGE,
        ConfirmationHeader(T0, T0, MessageStatus.ERROR),
        ErrorData(ErrorType.UNRECOGNISED_DATA_VALUE),
        reason_for_message=ReasonForMessage.STATUS_CHANGE,
    )
    data = build_message(confirmation, corpus_schema())
    back = read_message(data, corpus_schema()).message
    assert back == confirmation and not back.ok
    assert T0.tzinfo is UTC


def test_markup_characters_in_values_are_escaped_and_read_back() -> None:
    note = "Fish & chips <b>bold</b> \"quoted\" 'single'\r\nsecond line\ttab ü €"
    message = requesting(IsoAction.RECEIVED, note=note)
    data = build_message(message, corpus_schema())
    _valid(data)
    assert b"Fish &amp; chips &lt;b&gt;bold&lt;/b&gt;" in data
    assert read_message(data, corpus_schema()).message == message

    coded = supplying(Status.UNFILLED)
    coded = replace(
        coded,
        message_info=replace(
            coded.message_info,
            reason_unfilled=Coded("NotHeld", scheme="http://example.org/a?b=1&c=2"),
        ),
    )
    data = build_message(coded, corpus_schema())
    assert b'ill:scheme="http://example.org/a?b=1&amp;c=2"' in data
    assert read_message(data, corpus_schema()).message == coded


def test_a_character_xml_cannot_carry_is_refused_in_words() -> None:
    message = requesting(IsoAction.RECEIVED, note="ring the bell\x07 twice")
    with pytest.raises(MessageInvalid) as caught:
        build_message(message, corpus_schema())
    assert caught.value.field == "note"
    assert "U+0007" in caught.value.problem
