"""The stored PDFs of copy requests on disk, under ``<root>/documents/<request number>/``.

Checking a PDF before it is stored (pypdf), writing it so a crash never leaves half a
file, reading it back only when its SHA-256 still matches, copying it to the link
folder, and deleting it when it is purged.  Errors are worded for staff.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from illdesk.domain.errors import DeskError
from illdesk.domain.mail import DeliveryFailed

MB = 1024 * 1024


class BadDocument(DeskError):
    """The chosen file is not a usable PDF, or too large; nothing was stored."""


class DocumentMissing(DeskError):
    """The stored file is gone or changed on disk; nothing was sent."""


@dataclass(frozen=True)
class CheckedPdf:
    content: bytes
    pages: int
    sha256: str


def check_pdf(path: Path, max_bytes: int) -> CheckedPdf:
    """Read and check a PDF: it exists, is not too large, and really is a readable PDF."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise BadDocument(f"The file {name} cannot be found.") from exc
    except OSError as exc:
        raise BadDocument(f"The file {name} cannot be read ({exc.strerror}).") from exc
    if not path.is_file():
        raise BadDocument(f"{name} is not a file.")
    if size > max_bytes:
        raise BadDocument(
            f"{name} is {size / MB:.1f} MB; the desk accepts PDFs up to {max_bytes / MB:.0f} MB."
        )
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise BadDocument(f"The file {name} cannot be read ({exc.strerror}).") from exc
    if not content.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-":
        raise BadDocument(f"{name} is not a PDF (it does not start with %PDF-).")
    if b"%%EOF" not in content[-2048:]:
        raise BadDocument(f"{name} is cut short or damaged: the end of the PDF is missing.")
    from pypdf import PdfReader  # with the first PDF, not at start
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(content), strict=True)
        pages = len(reader.pages)
        for page in reader.pages:
            page.get_contents()
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise BadDocument(f"{name} is a damaged PDF and cannot be read ({exc}).") from exc
    if pages == 0:
        raise BadDocument(f"{name} has no pages.")
    return CheckedPdf(content, pages, hashlib.sha256(content).hexdigest())


def _safe_filename(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", Path(name).stem).strip(" ._") or "document"
    return f"{stem[:120]}.pdf"


class PdfStore:
    """Files below ``root``; paths in the database are relative to it (POSIX style)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, relative: str) -> Path:
        return self.root / relative

    def write(
        self, number: str, source_name: str, checked: CheckedPdf, now: dt.datetime
    ) -> tuple[str, str]:
        """Store ``checked`` for request ``number``; returns (file name, relative path)."""
        target_name = _safe_filename(source_name)
        relative = (
            Path("documents") / number / f"{now:%Y%m%d%H%M%S}-{checked.sha256[:8]}-{target_name}"
        )
        absolute = self.root / relative
        absolute.parent.mkdir(parents=True, exist_ok=True)
        partial = absolute.with_suffix(".part")
        partial.write_bytes(checked.content)
        partial.replace(absolute)
        return target_name, relative.as_posix()

    def read_verified(self, relative: str, sha256: str, number: str) -> bytes:
        """The stored file's bytes, or DocumentMissing when it is gone or changed."""
        path = self.root / relative
        try:
            content = path.read_bytes()
        except FileNotFoundError as exc:
            raise DocumentMissing(
                f"The stored PDF of {number} is missing from disk ({path}). Attach it again; "
                "nothing was sent and the request is unchanged."
            ) from exc
        except OSError as exc:
            raise DocumentMissing(
                f"The stored PDF of {number} cannot be read ({exc.strerror}); nothing was sent."
            ) from exc
        if hashlib.sha256(content).hexdigest() != sha256:
            raise DocumentMissing(
                f"The stored PDF of {number} was changed on disk since it was attached "
                "(checksum differs). Attach it again; nothing was sent."
            )
        return content

    @staticmethod
    def copy_out(folder: Path, number: str, filename: str, content: bytes) -> Path:
        """Put a copy in the link folder (``folder/<number>/<filename>``) for a download."""
        target = folder / number / filename
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        except OSError as exc:
            raise DeliveryFailed(
                f"The PDF cannot be copied to the link folder {folder} "
                f"({exc.strerror}); nothing was sent."
            ) from exc
        return target

    def delete(self, relative: str) -> bool:
        """Remove the file (and its folder when empty); False when it was already gone."""
        path = self.root / relative
        existed = path.exists()
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # other files still there
            path.parent.rmdir()
        return existed
