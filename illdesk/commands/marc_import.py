"""``illdesk marc-import FILE...``: load our catalogue's holdings into the desk's database."""

from __future__ import annotations

import argparse
import sys

from illdesk.commands._common import open_from_args
from illdesk.domain.errors import DeskError
from illdesk.persistence.settings_store import load_settings
from illdesk.services.catalogue import CatalogueService
from illdesk.settings_registry import all_setting_defs

NAME = "marc-import"
HELP = "import our own holdings from MARC files (ISO 2709 or MARCXML); re-import updates"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="MARC files to import")


def run(args: argparse.Namespace) -> int:
    try:
        db = open_from_args(args)
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    try:
        report = CatalogueService(db, load_settings(db, all_setting_defs())).import_files(
            args.files
        )
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()
    for line in report.lines():
        print(line)
    return 0
