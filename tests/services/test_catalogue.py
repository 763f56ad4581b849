"""Our catalogue: MARC import into the database (both databases), re-import, and matching."""

from __future__ import annotations

import subprocess
import sys

from illdesk.domain.citation import Citation
from illdesk.services.catalogue import CatalogueService
from tests.corpus_path import CORPUS

MARC = CORPUS / "marc"


def test_import_then_reimport_updates_instead_of_duplicating(db, settings) -> None:
    service = CatalogueService(db, settings)
    first = service.import_files([MARC / "regression45.dat", MARC / "bad_records.mrc"])
    # one good record of bad_records.mrc has the same 001 as one in regression45.dat
    assert (first.imported, first.updated, first.skipped) == (13, 1, 7)
    again = service.import_files([MARC / "regression45.dat"])
    assert (again.imported, again.updated, again.skipped) == (0, 12, 0)
    from sqlalchemy import func, select

    from illdesk.persistence import orm

    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(orm.CatalogueRecord)) == 13


def test_local_copies_match_by_number_then_title(db, settings) -> None:
    service = CatalogueService(db, settings)
    service.import_files([MARC / "1251.dat", MARC / "loc-first200.mrc"])
    by_isbn = service.local_copies(Citation(title="whatever", isbn="0836932722"))
    assert by_isbn and by_isbn[0].confidence == 1.0 and by_isbn[0].how == "same ISBN"
    assert by_isbn[0].title.lower().startswith("the loom of destiny")
    by_title = service.local_copies(Citation(title="The loom of destiny"))
    assert by_title and by_title[0].confidence < 1.0
    assert service.local_copies(Citation(title="A book nobody has")) == []


def test_marc_import_command_prints_counts_and_reasons(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "illdesk",
            "marc-import",
            "--database-url",
            url,
            str(MARC / "bad_records.mrc"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # the two readable records share one control number: the second updates the first
    assert result.stdout.splitlines()[0] == "1 imported, 1 updated, 7 skipped"
    assert "skipped record 9: the file ends in the middle of the record" in result.stdout
