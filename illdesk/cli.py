"""The ``illdesk`` command: the desk window by default, subcommands for scripts and support.

Every module in ``illdesk.commands`` that defines ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int`` becomes a subcommand.  A module's
``NAME`` is its file name with ``-`` for ``_`` (``demo_data.py`` is ``demo-data``), so the
window (no subcommand) and one subcommand start without importing the other commands and
what they need (lxml, reportlab, pymarc, the serial stack): only ``--help`` imports all.
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


def _command_names() -> dict[str, str]:
    """Subcommand name -> module name, found without importing the modules."""
    names = {}
    for info in sorted(pkgutil.iter_modules(illdesk.commands.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            names[info.name.replace("_", "-")] = info.name
    return names


def _command_module(module_name: str) -> ModuleType | None:
    module = importlib.import_module(f"illdesk.commands.{module_name}")
    return module if hasattr(module, "NAME") and hasattr(module, "run") else None


def _command_modules() -> list[ModuleType]:
    found = (_command_module(m) for m in _command_names().values())
    return [m for m in found if m is not None]


def add_database_argument(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS if sub else None,
        help="SQLAlchemy URL of the database, e.g. postgresql+psycopg://user@host/illdesk "
        "(default: the SQLite file in the user data directory)",
    )


def build_parser(
    argv: Sequence[str] | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The parser with every subcommand; given ``argv``, only the subcommand it names (or
    all of them when it asks for help) is imported and gets its arguments."""
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
    words = None if argv is None or {"-h", "--help"} & set(argv) else set(argv)
    for name, module_name in _command_names().items():
        module = _command_module(module_name) if words is None or name in words else None
        if module is None:
            if words is not None:  # named in no argument: known by name, not imported
                sub.add_parser(name)
            continue
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        add_database_argument(command, sub=True)
        module.add_arguments(command)
        by_name[module.NAME] = module
    return parser, by_name


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser, commands = build_parser(argv)
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
