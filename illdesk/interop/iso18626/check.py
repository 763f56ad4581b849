"""Classify a file or byte string: valid, tolerated (with what was bent) or rejected (why)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.safe_xml import DEFAULT_MAX_BYTES
from illdesk.interop.iso18626.schema import Iso18626Schema

CheckVerdict = Literal["valid", "tolerated", "rejected"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    verdict: CheckVerdict
    kind: str | None
    notes: tuple[str, ...] = ()
    reason: str = ""
    error_type: str | None = None

    def lines(self) -> list[str]:
        if self.verdict == "valid":
            return [f"{self.name}: valid ({self.kind})"]
        if self.verdict == "tolerated":
            head = f"{self.name}: tolerated ({self.kind}), bent in {len(self.notes)} way(s):"
            return [head, *(f"  - {note}" for note in self.notes)]
        return [f"{self.name}: rejected ({self.error_type}): {self.reason}"]


def check_bytes(
    name: str, data: bytes, schema: Iso18626Schema, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> CheckResult:
    try:
        parsed = read_message(data, schema, max_bytes=max_bytes)
    except MessageRejected as rejected:
        kind = rejected.echo.kind.value if rejected.echo.kind else None
        return CheckResult(
            name, "rejected", kind, reason=rejected.reason, error_type=rejected.error_type.value
        )
    return CheckResult(name, parsed.verdict, parsed.message.kind.value, parsed.notes)


def check_file(
    path: Path, schema: Iso18626Schema, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> CheckResult:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return CheckResult(
                str(path),
                "rejected",
                None,
                reason=f"The file is {size:,} bytes; the limit is {max_bytes:,}.",
                error_type="BadlyFormedMessage",
            )
        data = path.read_bytes()
    except OSError as exc:
        return CheckResult(
            str(path), "rejected", None, reason=f"Cannot read the file: {exc}", error_type=None
        )
    return check_bytes(str(path), data, schema, max_bytes=max_bytes)
