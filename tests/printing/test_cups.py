"""End to end through CUPS into the cups-pdf queue "illdesk-pdf" (.ci/setup-cups.sh makes it).

cups-pdf writes each job as "<title>-job_<number>.pdf" into the submitting user's ~/PDF
(Debian's /etc/cups/cups-pdf.conf: "Out ${HOME}/PDF"), or /var/spool/cups-pdf/<user> /
ANONYMOUS with other configurations; the test looks in each.
"""

from __future__ import annotations

import os
import pwd
import time
import uuid
from pathlib import Path

import pytest

from illdesk.printing import cups, sample_data
from illdesk.printing.documents import render_pull_slips
from tests.printing.pdf_tools import decode_barcodes, embedded_fonts, flat, pdf_text

QUEUE = "illdesk-pdf"


def _output_folders() -> list[Path]:
    user = pwd.getpwuid(os.getuid())
    return [
        Path(user.pw_dir) / "PDF",
        Path("/var/spool/cups-pdf") / user.pw_name,
        Path("/var/spool/cups-pdf/ANONYMOUS"),
    ]


def find_cups_pdf_output(job: cups.PrintJob, timeout_s: float = 60) -> Path:
    """The file cups-pdf wrote for ``job`` (call after the job finished in CUPS)."""
    number = job.job_id.rsplit("-", 1)[1]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for folder in _output_folders():
            if folder.is_dir():
                for candidate in folder.glob(f"*job_{number}.pdf"):
                    if candidate.stat().st_size > 0:
                        return candidate
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for job {job.job_id} in {_output_folders()}")


def test_the_pdf_queue_is_listed() -> None:
    assert QUEUE in cups.list_printers(), "run .ci/setup-cups.sh as root to create the queue"


def test_pull_slips_print_through_cups_into_the_pdf_queue() -> None:
    slips = sample_data.pull_slips(3)
    title = f"illdesk-test-{uuid.uuid4().hex[:8]}"
    original = render_pull_slips(slips)
    job = cups.submit_pdf(original, QUEUE, title)
    assert job.printer == QUEUE
    assert cups.wait_until_finished(job, 60)
    output = find_cups_pdf_output(job)
    try:
        printed = output.read_bytes()
        text = flat(pdf_text(printed))
        for slip in slips:
            assert slip.call_number in text
            assert slip.request_number in text
        # cups-pdf re-writes the PDF through Ghostscript, which drops the text layer's
        # Unicode map for Cyrillic, Greek and CJK; the glyphs are there in the embedded fonts.
        fonts_table = embedded_fonts(printed)
        assert "DejaVuSans" in fonts_table and "WenQuanYiZenHei" in fonts_table
        found = {text for _, text in decode_barcodes(printed)}
        assert {s.request_number for s in slips} <= found
    finally:
        output.unlink()


def test_cups_errors_are_in_words() -> None:
    with pytest.raises(cups.CupsError, match="not set up on this computer"):
        cups.submit_pdf(b"%PDF-1.4 nothing", "no-such-printer-here")
    with pytest.raises(cups.CupsError, match="not a PDF"):
        cups.submit_pdf(b"hello", QUEUE)
    with pytest.raises(cups.CupsError, match="empty"):
        cups.submit(b"", QUEUE)
