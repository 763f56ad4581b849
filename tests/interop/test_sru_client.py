"""SRU searches against a real Zebra server loaded with corpus/marc/loc-first200.mrc."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from illdesk.interop.sru.client import (
    SruDiagnostic,
    SruError,
    TargetBadResponse,
    TargetTimeout,
    TargetUnreachable,
    build_cql,
    parse_response,
    search,
)
from illdesk.interop.sru.targets import Target
from tests.interop.conftest import free_port


@pytest.fixture()
def zebra(zebra_url: str) -> Target:
    return Target(name="Test union catalogue", base_url=zebra_url, database="Default")


def test_title_search(zebra: Target) -> None:
    result = search(zebra, build_cql(title="history"), maximum_records=2)
    assert result.total == 11
    assert [r.control_number for r in result.records] == ["00000064", "00000119"]
    assert (
        result.records[0].citation.title == "A new history of the United States. The "
        "greater republic"
    )
    assert result.records[1].citation.title.startswith(
        "The genealogy, history, and alliances of the American house of Delano"
    )


def test_title_words_in_any_order(zebra: Target) -> None:
    result = search(zebra, build_cql(title="destiny loom"))
    assert [r.control_number for r in result.records] == ["00000074"]


@pytest.mark.parametrize(
    ("isbn", "control", "title"),
    [
        ("0836932722", "00000074", "The loom of destiny"),
        ("0-8369-3272-2 (pbk.)", "00000074", "The loom of destiny"),
        ("9780836932720", "00000074", "The loom of destiny"),  # stored as ISBN-10
        ("9201026005", "00000255", "Restoration of environments with radioactive residues"),
    ],
)
def test_isbn_search(zebra: Target, isbn: str, control: str, title: str) -> None:
    result = search(zebra, build_cql(isbn=isbn))
    assert result.total == 1
    record = result.records[0]
    assert record.control_number == control
    assert record.citation.title.startswith(title)


def test_isbn_with_no_match(zebra: Target) -> None:
    result = search(zebra, "bath.isbn=0000000000")
    assert result.total == 0
    assert result.records == ()


def test_citation_fills_a_request(zebra: Target) -> None:
    record = search(zebra, build_cql(isbn="0836932722")).records[0]
    c = record.citation
    assert (c.author, c.publisher, c.place, c.year, c.isbn, c.oclc_number) == (
        "Stringer, Arthur",
        "Small, Maynard & Company",
        "Boston",
        "1899",
        "0-8369-3272-2",
        "647986",
    )


def test_title_and_author(zebra: Target) -> None:
    result = search(zebra, build_cql(title="history", author="Delano"))
    assert [r.control_number for r in result.records] == ["00000119"]
    assert result.records[0].citation.author == "Delano, Joel Andrew"


def test_diacritics_come_back_as_text(zebra: Target) -> None:
    result = search(zebra, "rec.id=00000111")
    assert result.records[0].citation.title == "Compendium. H. de Balzac's Comédie humaine"


def test_diagnostic_in_words(zebra: Target) -> None:
    with pytest.raises(SruDiagnostic) as caught:
        search(zebra, build_cql(issn="0000-0000"))
    assert caught.value.uri == "info:srw/diagnostic/1/16"
    assert caught.value.message == (
        "Test union catalogue: the catalogue cannot search in this index (Unsupported index: 8)."
    )
    with pytest.raises(SruDiagnostic, match="query syntax error"):
        search(zebra, "dc.title=(")


def test_unknown_database(zebra_url: str) -> None:
    target = Target(name="Zebra", base_url=zebra_url, database="NoSuchDb")
    with pytest.raises(SruError):
        search(target, build_cql(title="history"))


def test_down_target_refuses() -> None:
    port = free_port()  # nothing listens here now
    target = Target(name="Partner OPAC", base_url=f"http://127.0.0.1:{port}", database="x")
    with pytest.raises(TargetUnreachable) as caught:
        search(target, build_cql(title="history"), timeout=2)
    assert caught.value.message == (
        "Partner OPAC refused the connection: the catalogue server is not running at that address."
    )


@pytest.fixture()
def silent_port() -> Iterator[int]:
    """A socket that accepts connections (kernel backlog) and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


def test_slow_target_times_out_in_words(silent_port: int) -> None:
    target = Target(name="Slow OPAC", base_url=f"http://127.0.0.1:{silent_port}")
    with pytest.raises(TargetTimeout) as caught:
        search(target, build_cql(title="history"), timeout=0.5)
    assert "Slow OPAC" in caught.value.message
    assert "0.5 seconds" in caught.value.message


class _Canned(BaseHTTPRequestHandler):
    body = b""
    status = 200

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture()
def html_server() -> Iterator[str]:
    handler = type("Html", (_Canned,), {"body": b"<html><body>Login</body></html>"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_non_sru_answer(html_server: str) -> None:
    with pytest.raises(TargetBadResponse, match="instead of an SRU search response"):
        search(Target(name="Web page", base_url=html_server), "dc.title=x", timeout=5)


def test_build_cql() -> None:
    assert build_cql(title='say "hi"*') == 'dc.title all "say \\"hi\\"\\*"'
    assert build_cql(issn="02729172") == 'bath.issn="0272-9172"'
    assert build_cql(title="a", author="b") == 'dc.title all "a" and dc.creator all "b"'
    with pytest.raises(SruError, match="not a valid ISBN"):
        build_cql(isbn="123")
    with pytest.raises(SruError, match="Type a title"):
        build_cql()


def test_record_packing_string_and_record_diagnostics() -> None:
    marc = (
        '<record xmlns="http://www.loc.gov/MARC21/slim">'
        "<leader>00000nam a2200000 a 4500</leader>"
        '<controlfield tag="001">9</controlfield>'
        '<datafield tag="245" ind1="0" ind2="0"><subfield code="a">Escaped</subfield>'
        "</datafield>"
        '<datafield tag="852" ind1=" " ind2=" "><subfield code="b">Stacks</subfield>'
        '<subfield code="h">QA1</subfield></datafield></record>'
    )
    escaped = marc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = f"""<?xml version="1.0"?>
<zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/">
 <zs:numberOfRecords>2</zs:numberOfRecords>
 <zs:records>
  <zs:record><zs:recordSchema>marcxml</zs:recordSchema>
   <zs:recordPacking>string</zs:recordPacking>
   <zs:recordData>{escaped}</zs:recordData>
  </zs:record>
  <zs:record><zs:recordData><diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">
   <uri>info:srw/diagnostic/1/66</uri></diagnostic></zs:recordData></zs:record>
 </zs:records>
</zs:searchRetrieveResponse>""".encode()
    result = parse_response(body, Target(name="T", base_url="http://x"))
    assert result.total == 2
    assert result.records[0].citation.title == "Escaped"
    assert result.records[0].items[0].location == "Stacks"
    assert result.records[0].items[0].call_number == "QA1"
    assert result.skipped == (
        "Record 2: T: the catalogue cannot send records in the asked-for format.",
    )
