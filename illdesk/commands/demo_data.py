"""``illdesk demo-data --requests N``: fill the database with plausible demo records."""

from __future__ import annotations

import argparse
import sys

from illdesk.commands._common import open_from_args
from illdesk.demo.data import add_todays_arrivals, generate
from illdesk.domain.errors import DeskError
from illdesk.domain.progress import Progress
from illdesk.persistence.settings_store import load_settings
from illdesk.settings_registry import all_setting_defs

NAME = "demo-data"
HELP = "add demo patrons, partner libraries and requests to the database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--requests", type=int, default=500, help="how many requests (500)")
    parser.add_argument(
        "--arrivals",
        type=int,
        default=8,
        help="new lending requests that came in this morning, with their copies on our shelves (8)",
    )
    parser.add_argument("--seed", type=int, default=18626, help="random seed for repeatable data")


def run(args: argparse.Namespace) -> int:
    if args.requests < 0 or args.arrivals < 0:
        print("The number of requests cannot be negative.", file=sys.stderr)
        return 2
    try:
        db = open_from_args(args)
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1

    def report(done: int, total: int, _text: str) -> None:
        print(f"\r{done}/{total} requests", end="", file=sys.stderr, flush=True)

    try:
        made = generate(db, args.requests, seed=args.seed, progress=Progress(on_report=report))
        print(file=sys.stderr)
        arrivals = (
            add_todays_arrivals(
                db, load_settings(db, all_setting_defs()), args.arrivals, seed=args.seed
            )
            if args.arrivals
            else []
        )
    except DeskError as exc:
        print(file=sys.stderr)
        print(exc.message, file=sys.stderr)
        db.dispose()
        return 1
    print(
        f"Added {made} demo requests to {db.description}, and {len(arrivals)} new lending "
        "requests that arrived this morning."
    )
    db.dispose()
    return 0
