"""Z39.50 through yaz-client against the same Zebra (CI installs yaz; missing = failure)."""

from __future__ import annotations

import shutil

import pytest

from illdesk.interop.sru import z3950
from illdesk.interop.sru.client import SruError, TargetUnreachable
from illdesk.interop.sru.targets import target_from_url
from tests.interop.conftest import free_port


def test_yaz_client_is_installed() -> None:
    assert shutil.which("yaz-client"), "install the Debian package yaz for Z39.50 search"
    assert z3950.available()


def test_z3950_isbn_search(zebra_url: str) -> None:
    port = zebra_url.rsplit(":", 1)[1]
    target = target_from_url(f"z3950://127.0.0.1:{port}/Default")
    result = z3950.search(target, z3950.build_pqf(isbn="0-8369-3272-2"), timeout=20)
    assert result.total == 1
    assert result.records[0].control_number == "00000074"
    assert result.records[0].citation.title == "The loom of destiny"


def test_z3950_title_search_limits_records(zebra_url: str) -> None:
    port = zebra_url.rsplit(":", 1)[1]
    target = target_from_url(f"z3950://127.0.0.1:{port}/Default")
    result = z3950.search(target, z3950.build_pqf(title="history"), maximum_records=3, timeout=20)
    assert result.total == 11
    assert [r.control_number for r in result.records] == ["00000064", "00000119", "00000137"]


def test_z3950_down_target() -> None:
    target = target_from_url(f"z3950://127.0.0.1:{free_port()}/Default")
    with pytest.raises(TargetUnreachable, match="cannot be reached by Z39.50"):
        z3950.search(target, z3950.build_pqf(title="x"), timeout=10)


def test_build_pqf() -> None:
    assert z3950.build_pqf(title="loom", isbn="0836932722") == (
        '@and @attr 1=4 @attr 4=6 "loom" @attr 1=7 "0836932722"'
    )
    with pytest.raises(SruError):
        z3950.build_pqf()


def test_unavailable_without_yaz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    target = target_from_url("z3950://127.0.0.1:210/Default")
    with pytest.raises(z3950.Z3950Unavailable, match="not installed"):
        z3950.search(target, z3950.build_pqf(title="x"))
