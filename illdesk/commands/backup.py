"""``illdesk backup``: make a checked backup of the database now (or list the backups)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illdesk.commands._common import database_url
from illdesk.domain.errors import DeskError
from illdesk.paths import backup_dir
from illdesk.persistence import backup

NAME = "backup"
HELP = (
    "back the database up now into the backup folder (checked, then old backups pruned: "
    "7 daily, 4 weekly, 12 monthly); --list shows the backups"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser.add_argument(
        "--folder", default=None, help="backup folder (default: the one in the user data folder)"
    )


def run(args: argparse.Namespace) -> int:
    url = database_url(args)
    folder = backup_dir() if args.folder is None else Path(args.folder)
    stem = backup.database_stem(url)
    if args.list:
        found = backup.list_backups(folder, stem)
        if not found:
            print(f"There are no backups in {folder}.")
        for item in found:
            print(f"{item.made_at:%Y-%m-%d %H:%M:%S}  {item.reason:<16} {item.path}")
        return 0
    path = backup.sqlite_path(url)
    if path is not None:
        if not path.exists():
            print(f"There is no database file {path} to back up.", file=sys.stderr)
            return 1
        problem = backup.sqlite_problem(path)
        if problem:
            print(
                f"The database file {path} is damaged ({problem}); it was not backed up, so "
                "the existing backups stay good. Restore one with: illdesk restore FILE",
                file=sys.stderr,
            )
            return 1
    try:
        made = backup.make_backup(url, folder, "manual")
        backup.prune(folder, stem)
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(f"Backed up the database to {made}.")
    return 0
