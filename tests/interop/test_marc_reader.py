"""Every corpus MARC file gives the expected counts, skips and decoded text.

Expected numbers come from ../shared/corpus/marc/README (measured with pymarc 5.4.0) and
from looking at the files; they are written down here as literals.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymarc
import pytest

from illdesk.domain.progress import Cancelled, Progress
from illdesk.interop.marc.holdings import HoldingsMapping, catalogue_record
from illdesk.interop.marc.reader import (
    detect_encoding,
    iter_iso2709,
    read_marc,
    read_marc_file,
    summarise_file,
)
from illdesk.interop.marc.records import ENCODINGS, CatalogueRecord, Skipped
from tests.corpus_path import CORPUS

MARC = CORPUS / "marc"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# file -> (records, skipped, items with the file's holdings field, holdings field)
COUNTS = {
    "1251.dat": (6, 0, 6, "852"),
    "alphatag.dat": (1, 0, 1, "949"),
    "bad_marc8_escape.dat": (1, 0, 0, "852"),
    "bad_records.mrc": (2, 7, 0, "852"),
    "batch.xml": (2, 0, 0, "852"),
    "loc-first200.mrc": (200, 0, 0, "852"),
    "marc.dat": (20, 0, 0, "852"),
    "marc8.dat": (1, 0, 0, "852"),
    "regression45.dat": (12, 0, 12, "852"),
    "test.dat": (10, 0, 0, "852"),
    "utf8.xml": (1, 0, 0, "852"),
    "utf8_with_leader_flag.dat": (1, 0, 0, "852"),
    "utf8_without_leader_flag.dat": (1, 0, 0, "852"),
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_counts_per_corpus_file(name: str) -> None:
    records, skipped, items, tag = COUNTS[name]
    summary = summarise_file(MARC / name, HoldingsMapping.for_tag(tag))
    assert len(summary.records) == records
    assert len(summary.skipped) == skipped
    assert summary.item_count == items
    assert not any("not MARC-8 characters" in note for note in summary.notes)


def test_cp1251_file_is_read_as_windows_cyrillic() -> None:
    summary = summarise_file(MARC / "1251.dat")
    first = summary.records[0]
    assert first.control_number == "ru03-000001RKP"
    assert first.citation.title.startswith("Основы гидравлического расчета инженерных сетей")
    assert first.citation.author == "Ильина, Татьяна Николаевна"
    assert first.citation.isbn == "5-93093-342-1"
    assert first.citation.publisher == "Изд-во Ассоц. строит. вузов"
    assert first.items[0].call_number == "И46"
    assert first.items[0].location == "RU-RKP"
    assert "Windows Cyrillic (cp1251)" in summary.notes[0]
    assert [r.citation.author for r in summary.records][4] == "Линдгрен, Астрид"


def test_cp1251_can_be_forced_and_marc8_forced_garbles_it() -> None:
    data = (MARC / "1251.dat").read_bytes()
    forced = [r for r in read_marc(data, encoding="cp1251") if isinstance(r, CatalogueRecord)]
    assert forced[0].citation.author == "Ильина, Татьяна Николаевна"
    as_marc8 = [r for r in read_marc(data, encoding="marc8") if isinstance(r, CatalogueRecord)]
    assert len(as_marc8) == 6
    assert "Ильина" not in as_marc8[0].citation.author
    assert as_marc8[0].notes == (
        "Some bytes are not MARC-8 characters and were read as "
        "spaces; the file may be in another character set (choose it "
        "and import again).",
    )


@pytest.mark.parametrize(
    "name", ["marc8.dat", "utf8_with_leader_flag.dat", "utf8_without_leader_flag.dat"]
)
def test_uniform_title_diacritics_decoded(name: str) -> None:
    raw = next(iter_iso2709((MARC / name).read_bytes()))
    assert raw.record is not None
    assert nfc(raw.record["240"]["a"]) == "De la solitude à la communauté."
    record = next(read_marc((MARC / name).read_bytes()))
    assert isinstance(record, CatalogueRecord)
    assert record.citation.title == "Escape from loneliness"
    assert record.citation.author == "Tournier, Paul."


def test_mislabelled_utf8_is_noticed() -> None:
    choice = detect_encoding((MARC / "utf8_without_leader_flag.dat").read_bytes())
    assert choice.force_utf8 is True
    assert "text is UTF-8" in choice.note
    assert detect_encoding((MARC / "marc8.dat").read_bytes()).force_utf8 is False


def test_loc_records_diacritics_and_isbns() -> None:
    records = {r.control_number: r for r in summarise_file(MARC / "loc-first200.mrc").records}
    assert records["00000111"].citation.title == "Compendium. H. de Balzac's Comédie humaine"
    assert records["00000139"].citation.author == "Gras, Félix"
    assert records["00000413"].citation.title == "Pastor Gram : fortælling"
    assert {k for k, r in records.items() if r.citation.isbn} == {"00000074", "00000255"}
    assert records["00000074"].citation.isbn == "0-8369-3272-2"
    assert records["00000074"].citation.title == "The loom of destiny"


def test_bad_records_are_skipped_with_reasons_and_reading_goes_on() -> None:
    results = list(read_marc_file(MARC / "bad_records.mrc"))
    assert len(results) == 9
    kinds = ["ok" if isinstance(r, CatalogueRecord) else "skip" for r in results]
    assert kinds == ["ok", "skip", "skip", "skip", "skip", "skip", "skip", "ok", "skip"]
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert [s.index for s in skipped] == [2, 3, 4, 5, 6, 7, 9]
    reasons = [s.reason for s in skipped]
    assert reasons[0] == "the leader's base address points past the end of the record"
    assert reasons[1] == "the leader has no base address of the data"
    assert reasons[2] == "the record's directory is damaged"
    assert reasons[3] == "the leader or directory holds a non-ASCII byte (0xc3)"
    assert reasons[4].startswith("a length or offset in the leader or directory is not a number")
    assert reasons[5] == "the record has no fields"
    assert reasons[6] == "the file ends in the middle of the record (truncated)"
    good = [r for r in results if isinstance(r, CatalogueRecord)]
    assert good[0].citation.title == "The pragmatic programmer : from journeyman to master"


def test_bad_marc8_escape_is_cleaned_and_noted() -> None:
    summary = summarise_file(MARC / "bad_marc8_escape.dat")
    record = summary.records[0]
    assert record.citation.publisher == "La Sociét"
    assert "\x1b" not in "".join(record.citation.__dict__.values())
    assert summary.notes == [
        "Field 260 had an invalid MARC-8 escape; the stray control character was removed."
    ]


def test_regression45_indicator_warnings_become_a_note_not_stderr(
    capfd: pytest.CaptureFixture[str],
) -> None:
    summary = summarise_file(MARC / "regression45.dat")
    assert summary.notes == ["A field has a wrong number of indicators; the first two were used."]
    first = summary.records[0]
    assert first.control_number == "prk2000001890"
    assert first.citation.author == "Prokudin-Gorskiĭ, Sergeĭ Mikhaĭlovich"
    assert first.items[0].location == "Prints and Photographs Division"
    out, err = capfd.readouterr()
    assert err == ""


def test_marc8_file_with_1251_bytes_prints_nothing_on_stderr(
    capfd: pytest.CaptureFixture[str],
) -> None:
    list(read_marc((MARC / "1251.dat").read_bytes(), encoding="marc8"))
    assert capfd.readouterr().err == ""


def test_marcxml_batch() -> None:
    records = summarise_file(MARC / "batch.xml").records
    assert [r.control_number for r in records] == ["5637241", "12149120"]
    assert records[0].citation.title == "The Great Ray Charles"
    assert records[0].citation.author == "Charles, Ray"
    assert records[0].citation.year == "1957"
    assert records[1].citation.oclc_number == "44279786"


def test_broken_xml_keeps_records_before_the_break(tmp_path: Path) -> None:
    text = (MARC / "batch.xml").read_text(encoding="utf-8")
    cut = text.index("</marc:record>") + len("</marc:record>")
    broken = tmp_path / "broken.xml"
    broken.write_text(text[:cut] + "<marc:record><marc:leader>oops", encoding="utf-8")
    results = list(read_marc_file(broken))
    assert isinstance(results[0], CatalogueRecord)
    assert isinstance(results[-1], Skipped)
    assert results[-1].reason.startswith("the XML is broken")


def test_xml_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    evil = tmp_path / "evil.xml"
    evil.write_text(
        f'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<collection xmlns="http://www.loc.gov/MARC21/slim"><record>'
        '<leader>00000nam a2200000 a 4500</leader><controlfield tag="001">1</controlfield>'
        '<datafield tag="245" ind1="0" ind2="0"><subfield code="a">&x;</subfield></datafield>'
        "</record></collection>",
        encoding="utf-8",
    )
    results = list(read_marc_file(evil))
    assert all("TOP SECRET" not in str(r) for r in results)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    assert list(read_marc_file(tmp_path / "nope.mrc"))[0].reason.startswith(  # type: ignore
        "the file "
    )
    empty = tmp_path / "empty.mrc"
    empty.write_bytes(b"")
    result = list(read_marc_file(empty))
    assert result == [Skipped(0, f"the file {empty} is empty")]


def test_random_bytes_never_raise() -> None:
    import random

    rng = random.Random(7)
    for _ in range(50):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        for result in read_marc(b"00" + junk):
            assert isinstance(result, (CatalogueRecord, Skipped))


def test_progress_reports_and_cancel() -> None:
    data = (MARC / "loc-first200.mrc").read_bytes()
    reports: list[tuple[int, int, str]] = []
    list(read_marc(data, progress=Progress(on_report=lambda d, t, s: reports.append((d, t, s)))))
    assert reports[-1] == (len(data), len(data), "200 records read")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        list(read_marc(data, progress=progress))


def test_reimport_key_is_stable() -> None:
    first = summarise_file(MARC / "test.dat").records
    second = summarise_file(MARC / "test.dat").records
    assert [r.key for r in first] == [r.key for r in second]
    assert len({r.key for r in first}) == 10
    assert first[0].key == "001:fol05731351"


def _whole_decode(data: bytes, mapping: HoldingsMapping, encoding: str) -> list[object]:
    """The import as it would be with every field decoded (what pymarc alone gives)."""
    out: list[object] = []
    for raw in iter_iso2709(data, encoding):
        if raw.record is None:
            out.append(Skipped(raw.index, raw.reason))
        else:
            out.append(catalogue_record(raw.record, mapping, raw.notes))
    return out


ISO2709_FILES = sorted(p.name for p in MARC.iterdir() if p.suffix in (".dat", ".mrc"))


@pytest.mark.parametrize("name", ISO2709_FILES)
@pytest.mark.parametrize("tag", ["852", "949", "952"])
def test_import_decoding_only_its_fields_reads_what_a_whole_decode_reads(
    name: str, tag: str
) -> None:
    data = (MARC / name).read_bytes()
    mapping = HoldingsMapping.for_tag(tag)
    for encoding in ENCODINGS:
        assert list(read_marc(data, mapping, encoding)) == _whole_decode(data, mapping, encoding)


def _with_field(raw_field: bytes) -> bytes:
    """The first LoC record (UTF-8) as ISO 2709 with one more 500 field whose bytes are
    ``raw_field``."""
    record = next(pymarc.MARCReader((MARC / "loc-first200.mrc").read_bytes()))
    assert record is not None and record.leader[9] == "a"
    marker = "MARKER-FOR-THE-TEST"
    record.add_field(
        pymarc.Field(
            tag="500",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[pymarc.Subfield("a", marker)],
        )
    )
    data = record.as_marc()
    placed = b"  \x1fa" + marker.encode() + b"\x1e"
    grown = data.replace(placed, raw_field + b"\x1e")
    shift = len(grown) - len(data)
    directory_end = int(data[12:17])
    directory = data[24:directory_end]
    entry = directory.rindex(b"500")
    old_length = int(directory[entry + 3 : entry + 7])
    directory = directory[: entry + 3] + b"%04d" % (old_length + shift) + directory[entry + 7 :]
    return b"%05d" % len(grown) + grown[5:24] + directory + grown[directory_end:]


def test_a_field_the_import_does_not_read_still_skips_or_notes_as_before() -> None:
    """A broken byte or a bad indicator in a field the import does not use (500) still
    skips the record or gives the note, exactly as decoding every field does."""
    bad_utf8 = _with_field(b"  \x1faCaf\xc3")
    three_indicators = _with_field(b"123\x1faNote")
    mapping = HoldingsMapping()
    for data in (bad_utf8, three_indicators):
        assert list(read_marc(data, mapping)) == _whole_decode(data, mapping, "auto")
    (skipped,) = read_marc(bad_utf8, mapping)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "byte 0xc3 is not valid utf-8 text"
    (noted,) = read_marc(three_indicators, mapping)
    assert isinstance(noted, CatalogueRecord)
    assert noted.notes == ("A field has a wrong number of indicators; the first two were used.",)
