"""``illdesk sru-search TARGET QUERY``: search a catalogue (SRU, or Z39.50 through yaz-client)."""

from __future__ import annotations

import argparse
import re
import sys

from illdesk.domain.citation import normalise_isbn, normalise_issn
from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings
from illdesk.interop.catalogue_settings import SETTINGS, targets_from
from illdesk.interop.marc.records import CatalogueRecord
from illdesk.interop.sru import client, z3950
from illdesk.interop.sru.targets import find_target

NAME = "sru-search"
HELP = (
    "Search a catalogue by SRU (or Z39.50 for z3950:// addresses) and print the "
    "citations and holdings found."
)

_CQL_HINT = re.compile(r"(=|\b(all|any|adj|within)\b|\bsortby\b)", re.IGNORECASE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target",
        metavar="TARGET",
        help="a configured catalogue name, or a base URL such as "
        "http://127.0.0.1:9999/Default or z3950://host:210/db",
    )
    parser.add_argument(
        "query",
        metavar="QUERY",
        nargs="?",
        default="",
        help="an ISBN, an ISSN, title words, or CQL (anything with '=')",
    )
    parser.add_argument("--title", default="", help="title words")
    parser.add_argument("--author", default="", help="author words")
    parser.add_argument("--isbn", default="", help="ISBN")
    parser.add_argument("--issn", default="", help="ISSN")
    parser.add_argument("--max", type=int, default=10, help="records to show (default 10)")
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for the catalogue (default 10)"
    )


def _fields(args: argparse.Namespace) -> dict[str, str]:
    fields = {"title": args.title, "author": args.author, "isbn": args.isbn, "issn": args.issn}
    query = args.query.strip()
    if query:
        if normalise_isbn(query):
            fields["isbn"] = query
        elif normalise_issn(query) and re.fullmatch(r"[\dXx -]{8,10}", query):
            fields["issn"] = query
        else:
            fields["title"] = " ".join(p for p in (fields["title"], query) if p)
    return fields


def format_record(number: int, record: CatalogueRecord) -> list[str]:
    c = record.citation
    head = ". ".join(
        p.rstrip(". ")
        for p in (
            c.author,
            c.title,
            c.edition,
            ", ".join(p for p in (c.place, c.publisher, c.year) if p),
        )
        if p
    )
    lines = [f"{number}. {head or '(no title)'}"]
    ids = [
        f"ISBN {c.isbn}" if c.isbn else "",
        f"ISSN {c.issn}" if c.issn else "",
        f"OCLC {c.oclc_number}" if c.oclc_number else "",
        f"record {record.control_number}" if record.control_number else "",
    ]
    if any(ids):
        lines.append("   " + "; ".join(i for i in ids if i))
    for item in record.items:
        parts = [
            p
            for p in (
                item.location,
                item.call_number,
                f"barcode {item.barcode}" if item.barcode else "",
                item.status,
            )
            if p
        ]
        lines.append("   held: " + ", ".join(parts))
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        target = find_target(args.target, targets_from(Settings(SETTINGS)))
        query = args.query.strip()
        raw_cql = bool(query) and bool(_CQL_HINT.search(query))
        if target.protocol == "z3950":
            if raw_cql:
                raise client.SruError(
                    "Z39.50 catalogues take --title/--author/--isbn/--issn or plain words, not CQL."
                )
            pqf = z3950.build_pqf(**_fields(args))
            result = z3950.search(target, pqf, args.max, args.timeout)
        else:
            if raw_cql and not (args.title or args.author or args.isbn or args.issn):
                cql = query
            else:
                cql = client.build_cql(**_fields(args))
            result = client.search(target, cql, args.max, args.timeout)
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(
        f"{target.name}: {result.total} found for {result.query}"
        + (f", showing {len(result.records)}" if result.total > len(result.records) else "")
    )
    for number, record in enumerate(result.records, start=1):
        for line in format_record(number, record):
            print(line)
    for problem in result.skipped:
        print(f"skipped: {problem}")
    return 0
