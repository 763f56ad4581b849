"""``illdesk rfid-decode HEX``: decode a library RFID tag block (Danish model) for support staff."""

from __future__ import annotations

import argparse
import json

from illdesk.domain.rfid_model import DecodedBlock, TagDataError, decode_block, parse_hex

NAME = "rfid-decode"
HELP = "Decode the user data of a library RFID tag (Danish model, ISO 28560-3) given as hex."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "hex",
        nargs="+",
        metavar="HEX",
        help="the tag's user memory as hex (spaces and colons allowed), at least 32 bytes",
    )
    parser.add_argument("--json", action="store_true", help="print the fields as JSON")


def as_dict(decoded: DecodedBlock) -> dict[str, object]:
    tag = decoded.tag
    return {
        "version": tag.version,
        "type_of_usage": tag.type_of_usage,
        "type_of_usage_name": tag.usage_name,
        "parts_in_item": tag.parts_in_item,
        "part_number": tag.part_number,
        "item_id": tag.item_id,
        "country": tag.country,
        "library": tag.library,
        "owner": tag.owner,
        "crc_stored": f"{decoded.crc_stored:04X}",
        "crc_computed": f"{decoded.crc_computed:04X}",
        "crc_ok": decoded.crc_ok,
        "problems": list(decoded.problems),
    }


def run(args: argparse.Namespace) -> int:
    try:
        decoded = decode_block(parse_hex(" ".join(args.hex)))
    except TagDataError as exc:
        print(exc.message)
        return 2
    fields = as_dict(decoded)
    if args.json:
        print(json.dumps(fields, indent=2, ensure_ascii=False))
    else:
        tag = decoded.tag
        print(f"Item id:        {tag.item_id or '(blank)'}")
        print(f"Part:           {tag.part_number} of {tag.parts_in_item}")
        print(f"Owner library:  {tag.owner or '(none)'}")
        print(f"Type of usage:  {tag.type_of_usage} ({tag.usage_name})")
        print(f"Model version:  {tag.version}")
        verdict = "holds" if decoded.crc_ok else "DOES NOT HOLD"
        print(
            f"CRC:            stored {decoded.crc_stored:04X}, computed "
            f"{decoded.crc_computed:04X}: {verdict}"
        )
        for problem in decoded.problems:
            print(f"Problem:        {problem}")
    return 0 if decoded.crc_ok else 1
