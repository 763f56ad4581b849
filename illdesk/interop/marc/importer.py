"""The holdings import job: read MARC files and hand each record to a store, with progress.

Storage belongs to the persistence layer; it is passed in as ``store(record) -> bool``
(True = a new record was added, False = an existing one, matched on ``record.key``, was
updated), so a re-import updates instead of duplicating.  Staff's Cancel raises
:class:`illdesk.domain.progress.Cancelled` out of ``progress.step``; records stored before
that stay stored (the caller decides whether its transaction commits).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from illdesk.domain.progress import NO_PROGRESS, Cancelled, Progress
from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.marc.records import CatalogueRecord, Skipped

Store = Callable[[CatalogueRecord], bool]


@dataclass
class FileReport:
    path: str
    imported: int = 0
    updated: int = 0
    items: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(len(f.skipped) for f in self.files)

    def lines(self) -> list[str]:
        """The summary staff see (and ``illdesk marc-import`` prints)."""
        out = [f"{self.imported} imported, {self.updated} updated, {self.skipped} skipped"]
        for report in self.files:
            out.append(
                f"{report.path}: {report.imported} imported, {report.updated} updated, "
                f"{len(report.skipped)} skipped, {report.items} items"
            )
            out.extend(f"  note: {note}" for note in report.notes)
            for skipped in report.skipped:
                where = f"record {skipped.index}" if skipped.index else "file"
                out.append(f"  skipped {where}: {skipped.reason}")
        return out


class _FileProgress(Progress):
    """Maps one file's byte progress into the whole job's range."""

    def __init__(self, outer: Progress, before: int, total: int, name: str) -> None:
        super().__init__()
        self.outer, self.before, self.total, self.name = outer, before, total, name

    def step(self, done: int, total: int, text: str = "") -> None:
        self.outer.step(self.before + done, self.total, f"{self.name}: {text}")


def import_marc_files(
    paths: Sequence[str | Path],
    store: Store,
    mapping: HoldingsMapping | None = None,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
) -> ImportReport:
    """Read every file, store every readable record, list every skipped one with its reason."""
    mapping = mapping or HoldingsMapping()
    sizes = []
    for path in paths:
        try:
            sizes.append(Path(path).stat().st_size)
        except OSError:
            sizes.append(0)
    grand_total = max(1, sum(sizes))
    report = ImportReport()
    before = 0
    for path, size in zip(paths, sizes, strict=True):
        file_report = FileReport(str(path))
        report.files.append(file_report)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            file_report.skipped.append(
                Skipped(0, f"the file {path} cannot be read ({exc.strerror or exc})")
            )
            continue
        if not data.strip():
            file_report.skipped.append(Skipped(0, f"the file {path} is empty"))
            continue
        file_progress = _FileProgress(progress, before, grand_total, Path(path).name)
        from illdesk.interop.marc.reader import read_marc  # pymarc, with the first file

        for result in read_marc(data, mapping, encoding, file_progress):
            if progress.cancel_requested:
                raise Cancelled("Import cancelled by staff.")
            if isinstance(result, Skipped):
                file_report.skipped.append(result)
                continue
            if store(result):
                file_report.imported += 1
            else:
                file_report.updated += 1
            file_report.items += len(result.items)
            for note in result.notes:
                if note not in file_report.notes:
                    file_report.notes.append(note)
        before += size
    progress.step(grand_total, grand_total, "done")
    return report
