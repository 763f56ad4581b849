"""The ``illdesk`` command: the desk window by default, subcommands for scripts and support.

Every module in ``illdesk.commands`` that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int`` becomes a subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

import illdesk.commands
from illdesk.domain.errors import DeskError


def _command_modules() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(illdesk.commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"illdesk.commands.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            modules.append(module)
    return modules


def add_database_argument(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS if sub else None,
        help="SQLAlchemy URL of the database, e.g. postgresql+psycopg://user@host/illdesk "
        "(default: the SQLite file in the user data directory)",
    )


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="illdesk", description="Interlibrary-loan desk for small libraries."
    )
    add_database_argument(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="fill an empty database with demo data before opening the window",
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="open the window, wait until it is shown and painted, then close it and exit "
        "with 0 (3 if it did not get there): checks that an installation starts",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    by_name: dict[str, ModuleType] = {}
    for module in _command_modules():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        add_database_argument(command, sub=True)
        module.add_arguments(command)
        by_name[module.NAME] = module
    return parser, by_name


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from illdesk.app import main as run_window

        return run_window(args)
    try:
        return int(commands[args.command].run(args) or 0)
    except DeskError as exc:  # every command reports in words, never with a traceback
        print(exc.message, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
