from __future__ import annotations

from pathlib import Path

import pytest

from illdesk.domain.progress import Cancelled, Progress
from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.marc.importer import import_marc_files
from illdesk.interop.marc.records import CatalogueRecord
from tests.corpus_path import CORPUS

MARC = CORPUS / "marc"


class DictStore:
    """Stands in for the catalogue table: keyed like the real one, by record.key."""

    def __init__(self) -> None:
        self.rows: dict[str, CatalogueRecord] = {}

    def __call__(self, record: CatalogueRecord) -> bool:
        new = record.key not in self.rows
        self.rows[record.key] = record
        return new


def test_import_then_reimport_updates(tmp_path: Path) -> None:
    store = DictStore()
    files = [MARC / "regression45.dat", MARC / "bad_records.mrc", tmp_path / "missing.mrc"]
    first = import_marc_files(files, store)
    assert (first.imported, first.updated, first.skipped) == (13, 1, 8)
    # bad_records.mrc holds the same record (no 001) twice: the second is an update
    assert len(store.rows) == 13
    second = import_marc_files(files, store)
    assert (second.imported, second.updated, second.skipped) == (0, 14, 8)
    assert len(store.rows) == 13
    lines = second.lines()
    assert lines[0] == "0 imported, 14 updated, 8 skipped"
    assert f"{MARC / 'regression45.dat'}: 0 imported, 12 updated, 0 skipped, 12 items" in lines
    assert "  skipped record 7: the record has no fields" in lines
    assert any(line.startswith("  skipped file: the file ") for line in lines)


def test_949_mapping_and_progress() -> None:
    reports: list[tuple[int, int, str]] = []
    progress = Progress(on_report=lambda d, t, s: reports.append((d, t, s)))
    store = DictStore()
    result = import_marc_files(
        [MARC / "alphatag.dat", MARC / "loc-first200.mrc"],
        store,
        HoldingsMapping.for_tag("949"),
        progress=progress,
    )
    assert result.imported == 201
    assert result.files[0].items == 1
    done, total, _ = reports[-1]
    assert done == total
    assert [d for d, _, _ in reports] == sorted(d for d, _, _ in reports)


def test_cancel_stops_the_job() -> None:
    store = DictStore()
    progress = Progress()

    reports: list[str] = []

    def stop_after_first_report(done: int, total: int, text: str) -> None:
        reports.append(text)
        progress.cancel()

    progress.on_report = stop_after_first_report
    with pytest.raises(Cancelled):
        import_marc_files([MARC / "loc-first200.mrc"], store, progress=progress)
    assert reports == ["loc-first200.mrc: 50 records read"]
    assert len(store.rows) == 50  # nothing after the moment staff pressed Cancel
