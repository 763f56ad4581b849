"""Fixtures for interop tests: a real Zebra server (SRU + Z39.50) loaded with corpus MARC."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.corpus_path import CORPUS

ZEBRA_DIR = CORPUS / "zebra"
MARC_DIR = CORPUS / "marc"
NCIP_XSD = CORPUS / "ncip" / "ncip_v2_02.xsd"


def corpus_path(*parts: str) -> Path:
    return CORPUS.joinpath(*parts)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _spawn_zebra(work: Path, records: Path) -> tuple[int, Path, subprocess.Popen[bytes]]:
    port = free_port()
    log_path = work / f"zebra-{port}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            ["bash", str(ZEBRA_DIR / "start.sh"), str(port), str(records)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "TMPDIR": str(work)},
        )
    return port, log_path, process


@contextmanager
def running_zebra(work: Path, records: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A Zebra (SRU + Z39.50 on one port) indexing every ``*.mrc`` in ``records``; yields
    its base URL and process.  Fails (does not skip) when the Zebra tools are missing."""
    missing = [tool for tool in ("zebraidx", "zebrasrv") if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found on PATH: install the Debian package "
            "idzebra-2.0 (and yaz) to run the catalogue-search tests."
        )
    attempts = 3  # a free port can be taken by another program before Zebra binds it
    port, log_path, process = _spawn_zebra(work, records)
    url = f"http://127.0.0.1:{port}"
    probe = f"{url}/Default?version=1.1&operation=explain"
    deadline = time.monotonic() + 60
    try:
        while True:
            if process.poll() is not None:
                told = log_path.read_text(errors="replace")
                attempts -= 1
                if "Address already in use" in told and attempts:
                    port, log_path, process = _spawn_zebra(work, records)
                    url = f"http://127.0.0.1:{port}"
                    probe = f"{url}/Default?version=1.1&operation=explain"
                    continue
                pytest.fail("Zebra stopped while starting:\n" + told)
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.read(100).lstrip().startswith(b"<"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    "Zebra did not answer within 60 s:\n" + log_path.read_text(errors="replace")
                )
            time.sleep(0.1)
        yield url, process
    finally:
        stop_zebra(process)


def stop_zebra(process: subprocess.Popen[bytes]) -> None:
    _stop(process)


@pytest.fixture(scope="session")
def zebra_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT``) of a Zebra serving loc-first200.mrc, database
    ``Default``.  Fails (does not skip) when the Zebra tools are missing: CI installs them."""
    work = tmp_path_factory.mktemp("zebra")
    records = work / "records"
    records.mkdir()
    (records / "loc-first200.mrc").symlink_to(MARC_DIR / "loc-first200.mrc")
    with running_zebra(work, records) as (url, _process):
        yield url
