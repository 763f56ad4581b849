from __future__ import annotations

import pytest

from illdesk.cli import main
from tests.corpus_path import CORPUS

MARC = CORPUS / "marc"


def test_marc_check_prints_counts_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["marc-check", str(MARC / "bad_records.mrc"), str(MARC / "1251.dat")])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == f"{MARC / 'bad_records.mrc'}: 2 records, 0 items, 7 skipped"
    assert "  skipped record 2: the leader's base address points past the end of the record" in out
    assert "  skipped record 9: the file ends in the middle of the record (truncated)" in out
    assert f"{MARC / '1251.dat'}: 6 records, 6 items, 0 skipped" in out


def test_marc_check_949_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["marc-check", "--holdings-field", "949", "--show", "1", str(MARC / "alphatag.dat")]
    )
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out == [
        f"{MARC / 'alphatag.dat'}: 1 records, 1 items, 0 skipped",
        "  000000001: Chemistry experiments for children",
        "    item - | 542 M917 | juv | -",
    ]


def test_marc_check_unreadable_file_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    code = main(["marc-check", "/nonexistent/file.mrc"])
    out = capsys.readouterr().out
    assert code == 1
    assert "skipped file: the file /nonexistent/file.mrc cannot be read" in out


def test_marc_check_bad_mapping(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["marc-check", "--subfields", "oops", str(MARC / "test.dat")]) == 2
    assert "is not name=subfields" in capsys.readouterr().out
