"""``illdesk test-print KIND``: a document with sample data, saved or printed to check alignment."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illdesk.domain.errors import DeskError
from illdesk.printing import cups, sample_data, zpl
from illdesk.printing.sample_data import DOCUMENT_KINDS, render_sample
from illdesk.settings_registry import default_settings

NAME = "test-print"
HELP = "print or save a document with sample data, to check alignment on the real paper"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        choices=DOCUMENT_KINDS,
        metavar="KIND",
        help=f"document kind: {', '.join(DOCUMENT_KINDS)}",
    )
    parser.add_argument(
        "--out",
        metavar="FILE.pdf",
        type=Path,
        help="save the PDF here (default: test-print-KIND.pdf in this folder)",
    )
    parser.add_argument(
        "--printer", metavar="NAME", help="print on this CUPS printer instead of saving"
    )
    parser.add_argument(
        "--zpl",
        metavar="TARGET",
        help="shipping-label only: send ZPL to tcp://HOST:9100, "
        "serial:///dev/ttyUSB0 or cups://QUEUE",
    )
    parser.add_argument(
        "--set",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="a printing setting for this print, e.g. printing.paper_size=Letter",
    )


def run(args: argparse.Namespace) -> int:
    try:
        overrides: dict[str, str] = {}
        for item in args.set:
            key, sep, value = item.partition("=")
            if not sep:
                raise DeskError(f"“{item}” is not KEY=VALUE.")
            overrides[key.strip()] = value
        settings = default_settings()
        for key, value in overrides.items():
            try:
                settings.set(key, value)
            except KeyError as exc:
                raise DeskError(f"There is no setting called “{key}”.") from exc
            except ValueError as exc:
                raise DeskError(str(exc)) from exc
        if args.zpl:
            if args.kind != "shipping-label":
                raise DeskError("Only shipping labels can be sent as ZPL.")
            target = zpl.parse_target(args.zpl)
            zpl.send_zpl(
                zpl.build_label_zpl(sample_data.shipping_label()),
                target,
                settings.get_int("printing.zpl_baudrate"),
            )
            print(f"Sent a sample label to the {target.describe()}.")
            return 0
        pdf = render_sample(args.kind, settings)
        if args.printer:
            job = cups.submit_pdf(pdf, args.printer, f"illdesk test print: {args.kind}")
            print(f"Sent to printer {job.printer} as job {job.job_id}.")
            return 0
        out: Path = args.out or Path(f"test-print-{args.kind}.pdf")
        try:
            out.write_bytes(pdf)
        except OSError as exc:
            raise DeskError(f"Could not save {out}: {exc.strerror or exc}.") from exc
        print(f"Saved {out}.")
        return 0
    except DeskError as exc:
        print(f"illdesk test-print: {exc.message}", file=sys.stderr)
        return 1
