from __future__ import annotations

import pytest

from illdesk.interop.sru.targets import (
    Target,
    TargetConfigError,
    find_target,
    parse_targets,
    target_from_url,
)

CONFIG = """
# our partners
Union catalogue | http://127.0.0.1:9999 | Default | marcxml | 852
Partner OPAC | https://opac.example.org/sru
Koha partner | z3950://koha.example.org:210 | biblios | usmarc | 952
"""


def test_parse_targets() -> None:
    targets = parse_targets(CONFIG)
    assert targets[0] == Target(
        "Union catalogue", "http://127.0.0.1:9999", "Default", "marcxml", "852"
    )
    assert targets[0].search_url == "http://127.0.0.1:9999/Default"
    assert targets[1].search_url == "https://opac.example.org/sru"
    assert targets[1].protocol == "sru"
    assert targets[2].protocol == "z3950"
    assert targets[2].z3950_address == "koha.example.org:210/biblios"
    assert targets[2].holdings_tag == "952"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Only a name", "Line 1 of the catalogue list needs at least"),
        ("A | ftp://x", "Line 1: “ftp://x” is not a catalogue address"),
        ("A | http://x | d | s | 999", "Line 1: holdings field must be 852, 949 or 952."),
        ("A | http://x\na | http://y", "Two catalogues have the same name: a."),
        ("A | http://x | 1 | 2 | 852 | 6", "Line 1 has 6 parts"),
    ],
)
def test_bad_lines_in_words(text: str, words: str) -> None:
    with pytest.raises(TargetConfigError, match=words):
        parse_targets(text)


def test_find_target() -> None:
    targets = parse_targets(CONFIG)
    assert find_target("union CATALOGUE", targets).database == "Default"
    assert find_target("http://h:1/db", targets).base_url == "http://h:1/db"
    assert target_from_url("tcp:127.0.0.1:9999/Default").z3950_address == "127.0.0.1:9999/Default"
    with pytest.raises(TargetConfigError, match="No catalogue is called “Nope”"):
        find_target("Nope", targets)
