"""Every modrs sample is classified as VALIDITY.tsv says; the CLI reports the same."""

from __future__ import annotations

import argparse
import csv

import pytest

from illdesk.commands import iso18626_check
from illdesk.interop.iso18626.check import check_bytes, check_file
from illdesk.interop.iso18626.messages import (
    ErrorType,
    IsoAction,
    MessageKind,
    Request,
    RequestingAgencyMessage,
    Status,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from tests.interop.iso18626_support import SAMPLES, XSD, corpus_schema


def _validity() -> dict[str, str]:
    with (SAMPLES / "VALIDITY.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["valid"] for row in csv.DictReader(handle, delimiter="\t")}


# What we make of each sample that VALIDITY.tsv calls invalid: tolerated (and one
# thing the notes must mention), or rejected (and with which ISO 18626 error type).
EXPECTED: dict[str, tuple[str, str]] = {
    "illmockrequest.xml": ("valid", ""),
    "cancelResponseReplyNoTemplate.xml": ("tolerated", "_TIMESTAMP_"),
    "patronRequest.xml": ("tolerated", "out of order"),
    "patronRequestRetry.xml": ("rejected", ErrorType.UNRECOGNISED_DATA_VALUE.value),
    "request.xml": ("tolerated", "offset without a colon"),
    "requestConfirmation.xml": ("tolerated", "offset without a colon"),
    "requestingAgencyMessage.xml": ("tolerated", "offset without a colon"),
    "requestingAgencyMessageConfirmation.xml": ("tolerated", "offset without a colon"),
    "statusChangeExpectToSupplyTemplate.xml": ("tolerated", "no namespace"),
    "statusChangeUnfilledTemplate.xml": ("tolerated", "no namespace"),
    "supplyingAgencyMessage.xml": ("tolerated", "offset without a colon"),
    "supplyingAgencyMessageConfirmation.xml": ("tolerated", "offset without a colon"),
    "supplyingAgencyMessage_statusChange.xml": (
        "rejected",
        ErrorType.UNRECOGNISED_DATA_VALUE.value,
    ),
    "unfilledNotification.xml": ("tolerated", "version attribute has no namespace prefix"),
}


def test_every_sample_is_listed_in_validity_and_expected() -> None:
    on_disk = {p.name for p in SAMPLES.glob("*.xml")}
    assert on_disk == set(_validity()) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_is_classified_as_validity_says(name: str) -> None:
    schema = corpus_schema()
    result = check_file(SAMPLES / name, schema)
    valid_per_tsv = _validity()[name] == "yes"
    verdict, detail = EXPECTED[name]
    # VALIDITY.tsv decides valid vs not; our reader decides tolerated vs rejected.
    assert (result.verdict == "valid") is valid_per_tsv
    assert result.verdict == verdict
    if verdict == "tolerated":
        assert result.notes, "a tolerated message must say what was bent"
        assert any(detail in note for note in result.notes), result.notes
    if verdict == "rejected":
        assert result.error_type == detail
        assert result.reason


def test_samples_are_read_into_the_right_messages() -> None:
    schema = corpus_schema()
    mock = read_message((SAMPLES / "illmockrequest.xml").read_bytes(), schema).message
    assert isinstance(mock, Request)
    assert mock.bibliographic_info.title == "Layered of the Rungs"
    assert mock.header.requesting_agency_id.key == "DMMY:NIA2"
    assert mock.service_info is not None and mock.service_info.service_type.value == "Loan"
    assert mock.bibliographic_info.record_ids[0].code.scheme == "RESHARE"

    unfilled = read_message((SAMPLES / "unfilledNotification.xml").read_bytes(), schema).message
    assert isinstance(unfilled, SupplyingAgencyMessage)
    assert unfilled.status is Status.UNFILLED
    assert unfilled.message_info.note == "can't find it after all"

    template = read_message(
        (SAMPLES / "statusChangeExpectToSupplyTemplate.xml").read_bytes(), schema
    ).message
    assert isinstance(template, SupplyingAgencyMessage)
    assert template.status is Status.EXPECT_TO_SUPPLY

    ram = read_message((SAMPLES / "requestingAgencyMessage.xml").read_bytes(), schema).message
    assert isinstance(ram, RequestingAgencyMessage)
    assert ram.action is IsoAction.STATUS_REQUEST
    assert ram.header.timestamp.utcoffset() is not None

    patron = read_message((SAMPLES / "patronRequest.xml").read_bytes(), schema).message
    assert isinstance(patron, Request)
    assert patron.header.supplying_agency_id is None
    assert [i.identifier for i in patron.bibliographic_info.item_ids] == ["12321312"]


def test_rejection_carries_the_header_it_could_read() -> None:
    schema = corpus_schema()
    with pytest.raises(MessageRejected) as caught:
        read_message((SAMPLES / "supplyingAgencyMessage_statusChange.xml").read_bytes(), schema)
    echo = caught.value.echo
    assert echo.kind is MessageKind.SUPPLYING_AGENCY_MESSAGE
    assert echo.requesting_agency_request_id == "requestId_holder"
    assert "status_holder" in caught.value.reason


def test_cli_prints_each_file_and_fails_when_one_is_rejected(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = sorted(SAMPLES.glob("*.xml"))
    args = argparse.Namespace(files=files, xsd=XSD, max_bytes=1024 * 1024)
    assert iso18626_check.run(args) == 1
    out = capsys.readouterr().out
    assert "illmockrequest.xml: valid (request)" in out
    assert "patronRequest.xml: tolerated (request)" in out
    assert "supplyingAgencyMessage_statusChange.xml: rejected (UnrecognisedDataValue)" in out


def test_cli_succeeds_when_nothing_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(
        files=[SAMPLES / "illmockrequest.xml", SAMPLES / "request.xml"],
        xsd=XSD,
        max_bytes=1024 * 1024,
    )
    assert iso18626_check.run(args) == 0
    assert "request.xml: tolerated" in capsys.readouterr().out


def test_cli_is_discovered_by_the_main_parser() -> None:
    from illdesk.cli import build_parser

    _, commands = build_parser()
    assert "iso18626-check" in commands


def test_check_of_missing_file_and_garbage(tmp_path: object) -> None:
    schema = corpus_schema()
    from pathlib import Path

    missing = check_file(Path(str(tmp_path)) / "nope.xml", schema)
    assert missing.verdict == "rejected" and "Cannot read" in missing.reason
    garbage = check_bytes("garbage", b"this is not xml at all", schema)
    assert garbage.verdict == "rejected"
    assert garbage.error_type == ErrorType.BADLY_FORMED_MESSAGE.value
