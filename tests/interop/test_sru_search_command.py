from __future__ import annotations

import pytest

from illdesk.cli import main
from tests.interop.conftest import free_port


def test_isbn_query(zebra_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sru-search", f"{zebra_url}/Default", "0-8369-3272-2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"127.0.0.1:{zebra_url.rsplit(':', 1)[1]}: 1 found for "
        '(bath.isbn="0836932722" or bath.isbn="9780836932720")'
    )
    assert out[1] == (
        "1. Stringer, Arthur. The loom of destiny. Boston, Small, Maynard & Company, 1899"
    )
    assert out[2] == "   ISBN 0-8369-3272-2; OCLC 647986; record 00000074"


def test_title_words_and_raw_cql(zebra_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sru-search", f"{zebra_url}/Default", "history", "--max", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith('11 found for dc.title all "history", showing 2')
    assert (
        main(["sru-search", f"{zebra_url}/Default", "dc.title=history and dc.creator=delano"]) == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("1 found for dc.title=history and dc.creator=delano")


def test_z3950_address(zebra_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    port = zebra_url.rsplit(":", 1)[1]
    assert main(["sru-search", f"z3950://127.0.0.1:{port}/Default", "--isbn", "0836932722"]) == 0
    assert "The loom of destiny" in capsys.readouterr().out


def test_down_target_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["sru-search", f"http://127.0.0.1:{free_port()}/Default", "history", "--timeout", "2"])
        == 1
    )
    assert "refused the connection" in capsys.readouterr().err


def test_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sru-search", "Partner", "history"]) == 1
    assert "No catalogue is called “Partner”" in capsys.readouterr().err
