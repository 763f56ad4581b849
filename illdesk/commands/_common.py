"""Helpers the subcommands share: opening the database the way the window does."""

from __future__ import annotations

import argparse

from illdesk.paths import backup_dir, default_database_url
from illdesk.persistence.database import Database, open_database


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "database_url", None) or default_database_url()


def open_from_args(args: argparse.Namespace) -> Database:
    return open_database(database_url(args), backups=backup_dir())
