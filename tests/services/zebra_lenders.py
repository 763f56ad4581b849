"""Two real Zebra catalogues with different holdings of real LC records, for Find lenders.

"Hudson Valley" (a partner's own OPAC) holds The loom of destiny (LC 00000074) and the
IAEA papers (00000255) in 852s; "Union" is a union catalogue whose 952 $a names the
holding library: Staatsbibliothek (DE-1) has the loom "not for loan", and a library that
is not in our directory (XX-NOPE) has it on the shelf.  Every record is a real LC record from the
corpus with holdings fields added, as each library's own system would export it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pymarc

from tests.corpus_path import CORPUS
from tests.interop.conftest import running_zebra


def loc_records(*controls: str) -> dict[str, pymarc.Record]:
    found: dict[str, pymarc.Record] = {}
    with open(CORPUS / "marc" / "loc-first200.mrc", "rb") as handle:
        for record in pymarc.MARCReader(handle):
            if record is not None and record["001"].data.strip() in controls:
                found[record["001"].data.strip()] = record
    assert sorted(found) == sorted(controls)
    return found


def _holding(record: pymarc.Record, *pairs: tuple[str, str], tag: str = "852") -> pymarc.Record:
    copy = pymarc.Record(force_utf8=True, leader=str(record.leader))
    for field in record.get_fields():
        copy.add_field(field)
    copy.add_field(
        pymarc.Field(
            tag=tag,
            indicators=pymarc.Indicators("0", " "),
            subfields=[pymarc.Subfield(c, v) for c, v in pairs],
        )
    )
    return copy


def write_catalogues(root: Path) -> tuple[Path, Path]:
    records = loc_records("00000074", "00000255", "00000064")
    hudson = root / "hudson"
    union = root / "union"
    hudson.mkdir()
    union.mkdir()
    with open(hudson / "hudson.mrc", "wb") as out:
        out.write(
            _holding(
                records["00000074"],
                ("a", "US-NPHVC"),
                ("h", "PR9199.3.S8 L6"),
                ("p", "39001000123"),
            ).as_marc()
        )
        out.write(_holding(records["00000255"], ("a", "US-NPHVC"), ("h", "TD898 .R47")).as_marc())
    loom = records["00000074"]
    # the union catalogue exports Koha-style 952s: $a holding library, $o call number,
    # $7 not for loan
    union_loom = _holding(loom, ("a", "DE-1"), ("o", "50 A 1234"), ("7", "1"), tag="952")
    union_loom.add_field(
        pymarc.Field(
            tag="952",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[pymarc.Subfield("a", "XX-NOPE"), pymarc.Subfield("o", "823 STR")],
        )
    )
    with open(union / "union.mrc", "wb") as out:
        out.write(union_loom.as_marc())
        out.write(
            _holding(records["00000064"], ("a", "DE-1"), ("o", "E178 .W7"), tag="952").as_marc()
        )
    return hudson, union


@dataclass
class Catalogues:
    hudson_url: str
    union_url: str
    stop_union: object  # callable


def two_catalogues(root: Path) -> Iterator[Catalogues]:
    hudson, union = write_catalogues(root)
    with ExitStack() as stack:
        hudson_url, _ = stack.enter_context(running_zebra(root, hudson))
        union_url, union_process = stack.enter_context(running_zebra(root, union))
        from tests.interop.conftest import stop_zebra

        yield Catalogues(hudson_url, union_url, lambda: stop_zebra(union_process))
