"""``illdesk serve``: the ISO 18626 listener and outbox worker without the window.

For a desk PC or a small server that should answer partner libraries around the
clock: runs until Ctrl-C or SIGTERM, then stops cleanly.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from illdesk.domain.errors import DeskError
from illdesk.interop.iso18626.schema import load_schema
from illdesk.paths import backup_dir
from illdesk.peer_runtime import start_peer_runtime
from illdesk.persistence.database import Database
from illdesk.persistence.settings_store import load_settings
from illdesk.services.backups import BackupService, run_schedule_until
from illdesk.services.ils_sync import IlsSyncService, IlsWorker
from illdesk.services.peer_messaging import Iso18626Peer, PeerAwareRequestService
from illdesk.settings_registry import all_setting_defs

NAME = "serve"
HELP = "Receive and send ISO 18626 messages (listener and outbox) without the window, until Ctrl-C."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=None,
        help="address to listen on (default: setting interop.iso18626.listener_host)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        help="TCP port (default: setting interop.iso18626.listener_port; 0 picks a free one)",
    )


def run(args: argparse.Namespace) -> int:
    from illdesk.commands._common import open_from_args
    from illdesk.logging_setup import setup_logging

    # details (and tracebacks) of failed messages go to the log file, not the terminal
    log_file = setup_logging()
    print(f"Log file: {log_file}", file=sys.stderr, flush=True)
    try:
        db = open_from_args(args)
    except DeskError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    try:
        return _serve(db, args)
    finally:
        db.dispose()


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _serve(db: Database, args: argparse.Namespace) -> int:
    settings = load_settings(db, all_setting_defs())
    schema = load_schema(settings=settings)
    if not schema.available:
        print(f"Cannot serve: {schema.describe()}", file=sys.stderr)
        print(
            "Set interop.iso18626_xsd or the environment variable ILLDESK_ISO18626_XSD to "
            "the ISO 18626 v1.2 XSD; every message is checked against it.",
            file=sys.stderr,
        )
        return 2
    requests = PeerAwareRequestService(db, settings, peer=Iso18626Peer(settings, schema))
    ils = IlsSyncService(db, settings)  # what partners' messages change reaches our ILS too
    requests.after_commit.append(ils.after_action)
    ils_worker = IlsWorker(ils)
    ils_worker.start()
    stop = threading.Event()

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        try:
            runtime = start_peer_runtime(
                db, settings, requests, listen=True, host=args.host, port=args.port, strict=True
            )
        except (DeskError, OSError) as exc:
            words = exc.message if isinstance(exc, DeskError) else str(exc)
            print(f"Cannot start the ISO 18626 listener: {words}", file=sys.stderr)
            return 1
        try:
            print(
                f"Listening for ISO 18626 messages on {runtime.listening_url} "
                f"(database: {db.description}). Press Ctrl-C to stop.",
                flush=True,
            )
            if not (
                settings.get_str("interop.iso18626.shared_secrets").strip()
                or settings.get_str("interop.iso18626.allow_list").strip()
            ):
                print(
                    "Warning: no shared secrets and no allow-list are set, so every partner "
                    "is refused. Set interop.iso18626.shared_secrets or "
                    "interop.iso18626.allow_list.",
                    file=sys.stderr,
                    flush=True,
                )
            scheduled = threading.Thread(
                target=run_schedule_until,
                args=(BackupService(db, backup_dir()), stop, _say),
                name="backup-schedule",
                daemon=True,
            )
            scheduled.start()
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            stop.set()
            runtime.stop()
        print("Stopped.", flush=True)
        return 0
    finally:
        ils_worker.stop()
        signal.signal(signal.SIGTERM, previous)
