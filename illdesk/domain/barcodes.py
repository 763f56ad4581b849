"""What a scan says: normalising raw scanner output and telling barcodes apart.

Everything a scanner (keyboard wedge, serial, RFID item id typed by hand) sends
goes through :func:`read_scan` once.  Normalising removes what scanners add
around the data:

* leading/trailing spaces and control characters (CR, LF, Tab, STX, ETX ...),
* an AIM symbology identifier (``]C0``, ``]A0`` ...) when the scanner is set to send one,
* configured library prefixes and suffixes (e.g. a scanner programmed to send ``#``),
* Code 39 start/stop asterisks, and the Code 39 mod-43 check character when the
  library's labels carry one (``code39_check``),
* Codabar start/stop characters A-D (``A21234000012345B`` -> ``21234000012345``).

The normalised text is then classified with configurable regular expressions as
an item barcode, a patron card, a request number or a parcel tracking number.
:func:`expect` turns a scan of the wrong kind into a sentence staff understand.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_, Sentence

CODE39_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
_CODABAR_BODY = re.compile(r"^[0-9\-$:/.+]+$")
_CODABAR_STARTSTOP = "ABCD"
_AIM_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")

DEFAULT_REQUEST_PATTERN = r"^(?:ILL-\d{3,}|[BL]-\d{4}-\d{4,})$"
DEFAULT_PATRON_PATTERN = r"^(?:P\d{6,}|2\d{13})$"
DEFAULT_TRACKING_PATTERN = r"^(?:[A-Z]{2}\d{9}[A-Z]{2}|1Z[0-9A-Z]{16})$"
DEFAULT_ITEM_PATTERN = r"^(?:3\d{13}|[0-9A-Za-z][0-9A-Za-z\-./]{2,39})$"


class ScanKind(StrEnum):
    ITEM = "item"
    PATRON = "patron"
    REQUEST = "request"
    TRACKING = "tracking"
    UNKNOWN = "unknown"


#: How each kind is named in messages ("That is a patron card, not an item barcode.").
KIND_NAMES: dict[ScanKind, str] = {
    ScanKind.ITEM: "an item barcode",
    ScanKind.PATRON: "a patron card",
    ScanKind.REQUEST: "a request number",
    ScanKind.TRACKING: "a parcel tracking number",
    ScanKind.UNKNOWN: "a barcode this desk does not know",
}


class WrongKindOfScan(DeskError):
    """A scan of one kind landed where another kind was expected."""

    def __init__(self, message: str, scan: Scan) -> None:
        super().__init__(message)
        self.scan = scan


class BadPattern(DeskError):
    """A configured barcode pattern is not a valid regular expression."""


@dataclass(frozen=True)
class Scan:
    """One scan: what the device sent, the normalised text and what it is."""

    raw: str
    text: str
    kind: ScanKind


@dataclass(frozen=True)
class BarcodeRules:
    """Library-specific normalising and classifying rules (from settings)."""

    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    code39_check: bool = False
    request_pattern: str = DEFAULT_REQUEST_PATTERN
    patron_pattern: str = DEFAULT_PATRON_PATTERN
    tracking_pattern: str = DEFAULT_TRACKING_PATTERN
    item_pattern: str = DEFAULT_ITEM_PATTERN
    _compiled: tuple[tuple[ScanKind, re.Pattern[str]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        compiled: list[tuple[ScanKind, re.Pattern[str]]] = []
        for kind, pattern in (
            (ScanKind.REQUEST, self.request_pattern),
            (ScanKind.PATRON, self.patron_pattern),
            (ScanKind.TRACKING, self.tracking_pattern),
            (ScanKind.ITEM, self.item_pattern),
        ):
            if not pattern:
                continue
            try:
                compiled.append((kind, re.compile(pattern, re.IGNORECASE)))
            except re.error as exc:
                raise BadPattern(
                    Sentence(
                        N_("The pattern for {kind_name} “{pattern}” is not valid: {exc}."),
                        kind_name=KIND_NAMES[kind],
                        pattern=pattern,
                        exc=exc,
                    )
                ) from exc
        object.__setattr__(self, "_compiled", tuple(compiled))

    def patterns(self) -> tuple[tuple[ScanKind, re.Pattern[str]], ...]:
        return self._compiled


def split_list(text: str) -> tuple[str, ...]:
    """``"#, LIB:"`` -> ``("#", "LIB:")``: a comma-separated setting as a tuple."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def code39_check_char(data: str) -> str:
    """The Code 39 modulo-43 check character of ``data`` (which must use the Code 39 set)."""
    total = sum(CODE39_CHARS.index(ch) for ch in data)
    return CODE39_CHARS[total % 43]


def _strip_controls(text: str) -> str:
    kept = "".join(ch for ch in text if ch.isprintable())
    return kept.strip()


def _strip_affixes(text: str, prefixes: Sequence[str], suffixes: Sequence[str]) -> str:
    for prefix in sorted(prefixes, key=len, reverse=True):
        if prefix and text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :]
            break
    for suffix in sorted(suffixes, key=len, reverse=True):
        if suffix and text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    return text.strip()


def _strip_codabar(text: str) -> str:
    if (
        len(text) >= 3
        and text[0].upper() in _CODABAR_STARTSTOP
        and text[-1].upper() in _CODABAR_STARTSTOP
        and _CODABAR_BODY.match(text[1:-1])
    ):
        return text[1:-1]
    return text


def _strip_code39(text: str, check: bool) -> str:
    if len(text) >= 3 and text.startswith("*") and text.endswith("*"):
        text = text[1:-1]
    if check and len(text) >= 2:
        body, last = text[:-1], text[-1]
        if all(ch in CODE39_CHARS for ch in text) and code39_check_char(body) == last:
            return body
    return text


def normalise(raw: str, rules: BarcodeRules | None = None) -> str:
    """The barcode data in ``raw`` without anything the scanner or label added around it."""
    rules = rules or BarcodeRules()
    text = _strip_controls(raw)
    if _AIM_ID.match(text):
        text = text[3:]
    text = _strip_affixes(text, rules.prefixes, rules.suffixes)
    text = _strip_code39(text, rules.code39_check)
    return _strip_codabar(text)


def classify(text: str, rules: BarcodeRules | None = None) -> ScanKind:
    """Which kind of barcode normalised ``text`` is (the first matching pattern wins)."""
    rules = rules or BarcodeRules()
    if not text:
        return ScanKind.UNKNOWN
    for kind, pattern in rules.patterns():
        if pattern.match(text):
            return kind
    return ScanKind.UNKNOWN


def read_scan(raw: str, rules: BarcodeRules | None = None) -> Scan:
    """Normalise and classify one scan.  Request numbers come back upper-case."""
    text = normalise(raw, rules)
    kind = classify(text, rules)
    if kind is ScanKind.REQUEST:
        text = text.upper()
    return Scan(raw=raw, text=text, kind=kind)


def expect(scan: Scan, *kinds: ScanKind) -> None:
    """Raise :class:`WrongKindOfScan` unless ``scan`` is one of ``kinds``."""
    if not kinds:
        raise ValueError("expect() needs at least one kind")
    if scan.kind in kinds:
        return
    wanted = " or ".join(KIND_NAMES[k] for k in kinds)
    if scan.kind is ScanKind.UNKNOWN:
        shown = scan.text or scan.raw.strip() or "(nothing)"
        message = f"“{shown}” is not {wanted} this desk knows. Scan it again or type it in."
    else:
        message = f"That is {KIND_NAMES[scan.kind]}, not {wanted}."
    raise WrongKindOfScan(message, scan)


class Symbology(enum.Enum):
    """The barcode symbologies the desk prints."""

    CODE128 = "code128"
    CODE39 = "code39"
    CODABAR = "codabar"
    ITF = "itf"

    @property
    def label(self) -> str:
        return {
            Symbology.CODE128: "Code 128",
            Symbology.CODE39: "Code 39",
            Symbology.CODABAR: "Codabar",
            Symbology.ITF: "Interleaved 2 of 5",
        }[self]
