"""``illdesk iso18626-check FILE...``: is each ISO 18626 message valid, tolerated or rejected?"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illdesk.interop.iso18626.check import check_file
from illdesk.interop.iso18626.safe_xml import DEFAULT_MAX_BYTES
from illdesk.interop.iso18626.schema import load_schema

NAME = "iso18626-check"
HELP = (
    "Check ISO 18626 message files: valid, tolerated (and what was bent) or rejected "
    "(and why). Exit status 1 if any file is rejected."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="ISO 18626 XML message files"
    )
    parser.add_argument(
        "--xsd",
        type=Path,
        default=None,
        help="the ISO 18626 v1.2 XSD (default: setting, "
        "ILLDESK_ISO18626_XSD, or the corpus copy beside the program)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest message accepted (default {DEFAULT_MAX_BYTES})",
    )


def run(args: argparse.Namespace) -> int:
    schema = load_schema(args.xsd)
    if not schema.available:
        print(schema.describe(), file=sys.stderr)
        print("Files are checked without the XSD.", file=sys.stderr)
    rejected = 0
    for path in args.files:
        result = check_file(path, schema, max_bytes=args.max_bytes)
        for line in result.lines():
            print(line)
        rejected += result.verdict == "rejected"
    counts = f"{len(args.files)} file(s), {rejected} rejected"
    print(counts, file=sys.stderr)
    return 1 if rejected else 0
