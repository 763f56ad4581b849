"""``illdesk serve`` as staff run it: a real process, a real port, stopped by a signal."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import (
    AgencyId,
    BibliographicInfo,
    Header,
    IsoServiceType,
    Request,
    ServiceInfo,
)
from illdesk.persistence.database import open_database
from illdesk.persistence.settings_store import load_settings, save_setting
from illdesk.settings_registry import all_setting_defs
from tests.corpus_path import REPO
from tests.services.peer_support import XSD, Library, corpus_schema, post


def _serve(url: str, env_xsd: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "ILLDESK_ISO18626_XSD": str(env_xsd), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "illdesk.cli", "serve", "--database-url", url, *extra],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("stop_with", [signal.SIGTERM, signal.SIGINT], ids=["term", "ctrl-c"])
def test_serve_takes_a_request_and_stops_on_a_signal(
    tmp_path: Path, stop_with: signal.Signals
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = open_database(url)
    save_setting(
        db, load_settings(db, all_setting_defs()), "interop.iso18626.allow_list", "127.0.0.1"
    )
    process = _serve(url, XSD, "--host", "127.0.0.1", "--port", "0")
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        found = re.search(r"on (http://127\.0\.0\.1:\d+/iso18626)", first)
        assert found, first + process.stderr.read() if process.stderr else first
        body = build_message(
            Request(
                Header(
                    AgencyId.of("ISIL", "US-MbPL"),
                    AgencyId.of("ISIL", "DE-B1"),
                    datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                    "B-2026-000001",
                ),
                BibliographicInfo(title="Der Process", author="Kafka, Franz"),
                ServiceInfo(IsoServiceType.LOAN),
            ),
            corpus_schema(),
        )
        status, answer = post(found.group(1), body, secret=None)
        assert status == 200 and answer.ok
        process.send_signal(stop_with)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped." in out
    library = Library("US-MbPL", db, load_settings(db, all_setting_defs()), None, None)  # type: ignore[arg-type]
    [request] = library.lending_requests()
    assert request.external_id == "B-2026-000001"
    assert request.partner is not None and request.partner.symbol == "DE-B1"
    db.dispose()


def test_serve_without_the_xsd_says_so(tmp_path: Path) -> None:
    process = _serve(f"sqlite:///{tmp_path / 'desk.sqlite3'}", tmp_path / "missing.xsd")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "Cannot serve" in err and "missing.xsd" in err and "does not exist" in err
    assert "Listening" not in out
