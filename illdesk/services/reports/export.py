"""CSV and XLSX files of a report: the definition, then every table with its headings."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from illdesk.domain.report_table import Cell, Report


def _plain(value: Cell) -> str | int | float | None:
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_csv(report: Report, path: Path) -> None:
    """UTF-8 with a byte-order mark so spreadsheets read accents; tables one after another,
    each under its title, separated by an empty line."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([report.title, report.period])
        writer.writerow([report.definition])
        for table in report.tables:
            writer.writerow([])
            writer.writerow([table.title])
            writer.writerow(table.columns)
            for row in table.rows:
                writer.writerow(["" if v is None else v for v in row])


def _sheet_title(text: str, used: set[str]) -> str:
    bad = "[]:*?/\\"
    title = "".join("_" if ch in bad else ch for ch in text)[:31] or "Sheet"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]} {n}"
        n += 1
    used.add(title)
    return title


def write_xlsx(report: Report, path: Path) -> None:
    """One sheet per table; the first sheet also carries the title and definition."""
    # openpyxl takes as long to import as the desk takes to start: only for an export
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    used: set[str] = set()
    bold = Font(bold=True)
    for index, table in enumerate(report.tables):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = _sheet_title(table.title, used)
        sheet.append([report.title, report.period])
        sheet["A1"].font = bold
        sheet.append([report.definition])
        sheet.append([])
        sheet.append(list(table.columns))
        for cell in sheet[4]:
            cell.font = bold
        for row in table.rows:
            sheet.append([_plain(v) for v in row])
        for col, heading in enumerate(table.columns, start=1):
            width = max(
                [len(str(heading))] + [len(str(r[col - 1] or "")) for r in table.rows[:200]]
            )
            sheet.column_dimensions[get_column_letter(col)].width = min(60, width + 2)
    book.save(path)
