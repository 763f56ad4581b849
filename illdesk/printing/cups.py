"""The system print queues through the CUPS command-line tools (lpstat, lp).

Used on Linux/macOS where CUPS is installed; the desktop's own print dialog (Qt)
is the other path.  Errors come back as :class:`CupsError` with a sentence a desk
worker can act on.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass

from illdesk.domain.errors import DeskError

_REQUEST_ID = re.compile(r"request id is (\S+)")
TIMEOUT_S = 30


class CupsError(DeskError):
    """Printing through CUPS failed; the message says why in words."""


@dataclass(frozen=True)
class PrintJob:
    job_id: str
    printer: str


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise CupsError(
            f"The CUPS command “{name}” is not installed, so this computer cannot print "
            "through CUPS. Install CUPS (Debian/Ubuntu: the cups-client package) or print "
            "from the preview window."
        )
    return path


def _explain(stderr: str, printer: str | None) -> str:
    text = stderr.strip()
    lowered = text.lower()
    if "does not exist" in lowered or "unknown destination" in lowered:
        return f"The printer “{printer}” is not set up on this computer."
    if "not accepting" in lowered:
        return f"The printer “{printer}” is not accepting jobs; ask for it to be enabled."
    if "connect" in lowered or "scheduler" in lowered:
        return "The CUPS print service is not running on this computer."
    return f"CUPS refused the job: {text or 'no reason given'}."


def _run(args: list[str], data: bytes | None, printer: str | None) -> str:
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CupsError("The CUPS print service did not answer within 30 seconds.") from exc
    if done.returncode != 0:
        raise CupsError(_explain(done.stderr.decode(errors="replace"), printer))
    return done.stdout.decode(errors="replace")


def list_printers() -> list[str]:
    """Names of the CUPS queues this computer can print to (empty if none)."""
    lpstat = _tool("lpstat")
    done = subprocess.run([lpstat, "-e"], capture_output=True, timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace").lower()
        if "no destinations" in err:
            return []
        raise CupsError(_explain(done.stderr.decode(errors="replace"), None))
    return [line.strip() for line in done.stdout.decode().splitlines() if line.strip()]


def default_printer() -> str | None:
    lpstat = _tool("lpstat")
    done = subprocess.run([lpstat, "-d"], capture_output=True, timeout=TIMEOUT_S, check=False)
    text = done.stdout.decode(errors="replace")
    if ":" in text and "no system default" not in text.lower():
        return text.split(":", 1)[1].strip() or None
    return None


def submit(
    data: bytes, printer: str, title: str = "illdesk", *, raw: bool = False, copies: int = 1
) -> PrintJob:
    """Send a PDF (or, with ``raw``, printer language such as ZPL) to ``printer``."""
    if not data:
        raise CupsError("There is nothing to print: the document is empty.")
    if copies < 1:
        raise CupsError("The number of copies must be at least 1.")
    args = [_tool("lp"), "-d", printer, "-t", title, "-n", str(copies)]
    if raw:
        args += ["-o", "raw"]
    out = _run(args, data, printer)
    match = _REQUEST_ID.search(out)
    if match is None:
        raise CupsError(f"CUPS accepted the job but gave no job number: {out.strip()}")
    return PrintJob(match.group(1), printer)


def submit_pdf(pdf: bytes, printer: str, title: str = "illdesk", copies: int = 1) -> PrintJob:
    if not pdf.startswith(b"%PDF"):
        raise CupsError("The document to print is not a PDF.")
    return submit(pdf, printer, title, copies=copies)


def is_finished(job: PrintJob) -> bool:
    """True once CUPS no longer lists the job as waiting or printing."""
    out = _run([_tool("lpstat"), "-W", "not-completed", "-o", job.printer], None, job.printer)
    return not any(line.split()[:1] == [job.job_id] for line in out.splitlines())


def wait_until_finished(job: PrintJob, timeout_s: float = 60) -> bool:
    """Poll until the job left the queue; False if it is still there after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if is_finished(job):
            return True
        time.sleep(0.2)
    return is_finished(job)
