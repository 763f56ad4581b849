"""Every parser staff input reaches gives a result or a clear rejection, never another
exception: MARC, MARCXML, scanner frames, RFID frames and tag data.  OpenURL,
ISO 18626, scans and RFID blocks have their own properties next to their tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from illdesk.cli import main as cli
from illdesk.domain.errors import DeskError
from illdesk.domain.rfid_model import parse_hex
from illdesk.hardware.rfid.protocol import FrameDecoder, parse_response
from illdesk.hardware.scanner.framing import FrameSplitter
from illdesk.interop.marc.reader import MARC_NS, read_marc
from illdesk.interop.marc.records import CatalogueRecord, Skipped
from tests.corpus_path import CORPUS

MARC = CORPUS / "marc"
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAMPLE_ISO = (MARC / "test.dat").read_bytes()[:3000]
SAMPLE_XML = (MARC / "batch.xml").read_bytes()[:6000]

UNDECLARED = (
    b'<?xml version="1.0"?>\n<marc:collection><marc:record>'
    b"<marc:leader>00000nam a2200000 a 4500</marc:leader>"
    b'<marc:controlfield tag="001">42</marc:controlfield>'
    b'<marc:datafield tag="245" ind1="0" ind2="0"><marc:subfield code="a">Title</marc:subfield>'
    b"</marc:datafield></marc:record></marc:collection>\n"
)


def _all_results(data: bytes) -> list[object]:
    results = list(read_marc(data))
    for result in results:
        assert isinstance(result, CatalogueRecord | Skipped)
        if isinstance(result, Skipped):
            assert result.reason and "Traceback" not in result.reason
    return results


@FEW
@given(st.binary(max_size=600))
def test_any_bytes_as_iso2709(data: bytes) -> None:
    _all_results(b"0" + data)  # not "<": the ISO 2709 reader


@FEW
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE_ISO) - 1), st.integers(0, 255)), max_size=12))
def test_damaged_iso2709_records(flips: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE_ISO)
    for where, value in flips:
        data[where] = value
    _all_results(bytes(data))


@FEW
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE_XML) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_marcxml(flips: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE_XML)
    for where, value in flips:
        data[where] = value
    _all_results(b"<" + bytes(data[1:]))


_names = st.sampled_from(
    ["collection", "record", "leader", "controlfield", "datafield", "subfield", "x"]
)
_prefixes = st.sampled_from(["", "marc:", "m:", "slim:"])


@st.composite
def _marcxml(draw: st.DrawFn) -> bytes:
    def element(depth: int) -> str:
        name = draw(_prefixes) + draw(_names)
        attrs = draw(
            st.sampled_from(["", ' tag="245"', ' code="a"', ' tag=""', ' ind1="0" ind2="4"'])
        )
        declare = draw(st.sampled_from(["", f' xmlns="{MARC_NS}"', f' xmlns:marc="{MARC_NS}"']))
        text = draw(st.text(alphabet="abc 0123<&;", max_size=8)).replace("<", "&lt;")
        text = text.replace("&", "&amp;").replace("&amp;lt;", "&lt;")
        children = "".join(
            element(depth + 1) for _ in range(draw(st.integers(0, 3 if depth < 3 else 0)))
        )
        return f"<{name}{attrs}{declare}>{text}{children}</{name}>"

    return ('<?xml version="1.0"?>' + element(0)).encode()


@FEW
@given(_marcxml())
def test_marcxml_shaped_input_with_any_namespace_use(data: bytes) -> None:
    _all_results(data)


def test_undeclared_namespace_prefix_is_a_skipped_record_with_the_reason() -> None:
    [result] = _all_results(UNDECLARED)
    assert isinstance(result, Skipped) and result.index == 1
    assert "namespace prefix “marc:”" in result.reason
    assert "xmlns:marc" in result.reason


def test_marc_check_and_import_report_the_undeclared_prefix_without_a_traceback(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "prefixed.xml"
    bad.write_bytes(UNDECLARED)
    assert cli(["marc-check", str(bad)]) == 1
    out = capsys.readouterr()
    assert "0 records, 0 items, 1 skipped" in out.out
    assert "skipped record 1: the record uses the namespace prefix" in out.out
    assert "Traceback" not in out.out + out.err
    code = cli(["marc-import", "--database-url", sqlite_url, str(bad)])
    out = capsys.readouterr()
    assert code == 0
    assert "namespace prefix" in out.out
    assert "Traceback" not in out.out + out.err


@FEW
@given(st.lists(st.binary(max_size=80), max_size=10))
def test_scanner_frames_from_any_bytes(chunks: list[bytes]) -> None:
    splitter = FrameSplitter()
    for chunk in chunks:
        result = splitter.feed(chunk)
        assert all(isinstance(code, str) and code for code in result.frames)
        assert all(isinstance(noise, bytes) for noise in result.garbage)


@FEW
@given(st.lists(st.binary(max_size=80), max_size=10))
def test_rfid_frames_from_any_bytes(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    for chunk in chunks:
        for body in decoder.feed(chunk):
            response = parse_response(body)
            assert response is None or 0 <= response.command < 128


@FEW
@given(st.text(max_size=120))
def test_pasted_tag_hex_is_bytes_or_a_clear_rejection(text: str) -> None:
    try:
        assert isinstance(parse_hex(text), bytes)
    except DeskError as exc:
        assert "is not hexadecimal tag data" in exc.message
