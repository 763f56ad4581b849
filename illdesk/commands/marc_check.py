"""``illdesk marc-check FILE...``: read MARC files and report what an import would take in."""

from __future__ import annotations

import argparse

from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.marc.reader import FileSummary, summarise_file
from illdesk.interop.marc.records import ENCODINGS

NAME = "marc-check"
HELP = (
    "Read MARC files (ISO 2709 or MARCXML) without storing them and print per file the "
    "records, items and skipped records with the reason."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", metavar="FILE", nargs="+", help="MARC files to read")
    parser.add_argument(
        "--holdings-field",
        choices=("852", "949", "952"),
        default="852",
        help="field that holds the items (default 852)",
    )
    parser.add_argument(
        "--subfields",
        default="",
        help="subfield mapping, e.g. 'barcode=p call_number=hi location=b'",
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="auto",
        help="character set when the leader cannot be trusted (default auto)",
    )
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="also print the first N records' titles and items",
    )


def report_lines(summary: FileSummary, show: int = 0) -> list[str]:
    lines = [
        f"{summary.path}: {len(summary.records)} records, {summary.item_count} items, "
        f"{len(summary.skipped)} skipped"
    ]
    for note in summary.notes:
        lines.append(f"  note: {note}")
    for skipped in summary.skipped:
        where = f"record {skipped.index}" if skipped.index else "file"
        lines.append(f"  skipped {where}: {skipped.reason}")
    for record in summary.records[:show]:
        lines.append(f"  {record.control_number or '-'}: {record.citation.title}")
        for item in record.items:
            lines.append(
                f"    item {item.barcode or '-'} | {item.call_number or '-'} | "
                f"{item.location or '-'} | {item.status or '-'}"
            )
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        mapping = HoldingsMapping.parse(args.holdings_field, args.subfields)
    except ValueError as exc:
        print(exc)
        return 2
    failed = False
    for path in args.files:
        summary = summarise_file(path, mapping, args.encoding)
        failed = failed or (not summary.records and bool(summary.skipped))
        for line in report_lines(summary, args.show):
            print(line)
    return 1 if failed else 0
