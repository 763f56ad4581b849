"""``illdesk restore FILE``: put a backup in place of the database (close every desk first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illdesk.commands._common import database_url
from illdesk.domain.errors import DeskError
from illdesk.paths import backup_dir
from illdesk.persistence import backup
from illdesk.persistence.database import open_database

NAME = "restore"
HELP = (
    "replace the database with a backup (FILE, or --latest for the newest good one); the "
    "current database is backed up first when it is sound. Close illdesk on every desk first."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")
    parser.add_argument("--latest", action="store_true", help="the newest good backup")


def run(args: argparse.Namespace) -> int:
    url = database_url(args)
    folder = backup_dir()
    stem = backup.database_stem(url)
    if args.file:
        chosen = Path(args.file)
    elif args.latest:
        good = backup.latest_good_backup(folder, stem)
        if good is None:
            print(f"There is no good backup in {folder}.", file=sys.stderr)
            return 1
        chosen = good.path
    else:
        print(
            "Name the backup to restore, or use --latest (illdesk backup --list).", file=sys.stderr
        )
        return 2
    try:
        path = backup.sqlite_path(url)
        if path is None or (path.exists() and not backup.sqlite_problem(path)):
            kept = backup.make_backup(url, folder, "before-restore")
            print(f"The current database was backed up first to {kept}.")
        backup.restore(chosen, url)
        open_database(url, backups=folder).dispose()
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(f"Restored the database from {chosen}.")
    return 0
