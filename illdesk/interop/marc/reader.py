"""Read MARC files (ISO 2709 in MARC-8, UTF-8 or a mislabelled 8-bit charset; MARCXML).

Every record comes out as either a :class:`CatalogueRecord` or a :class:`Skipped` with the
reason in words: one broken record never stops the run.  ISO 2709 is framed as pymarc's
``MARCReader`` (``permissive=True``) frames it and each record decoded by pymarc's
``Record``, for the import only the fields it reads (the others are checked on their
bytes, so a record pymarc would refuse or warn about is still decoded whole).  MARCXML is
split with lxml's safe parser and each ``<record>`` becomes a pymarc record on its own, so
one bad record skips only itself.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pymarc
import pymarc.exceptions as marc_errors
from lxml import etree
from pymarc import marc8_mapping

from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.interop.marc.holdings import HoldingsMapping, catalogue_record, tags_read
from illdesk.interop.marc.records import CatalogueRecord, Skipped

MARC_NS = "http://www.loc.gov/MARC21/slim"
ReadResult = CatalogueRecord | Skipped

_REASONS: dict[type[BaseException], str] = {
    marc_errors.BaseAddressInvalid: "the leader's base address points past the end of the record",
    marc_errors.BaseAddressNotFound: "the leader has no base address of the data",
    marc_errors.RecordDirectoryInvalid: "the record's directory is damaged",
    marc_errors.NoFieldsFound: "the record has no fields",
    marc_errors.TruncatedRecord: "the file ends in the middle of the record (truncated)",
    marc_errors.RecordLengthInvalid: "the record length at its start is not a number",
    marc_errors.EndOfRecordNotFound: "the record does not end with the end-of-record mark",
    marc_errors.RecordLeaderInvalid: "the leader is damaged",
}


def skip_reason(exc: BaseException | None) -> str:
    """Words for why pymarc could not read a record."""
    if exc is None:
        return "the record could not be read"
    for kind, words in _REASONS.items():
        if isinstance(exc, kind):
            return words
    if isinstance(exc, UnicodeDecodeError):
        byte = f"0x{exc.object[exc.start]:02x}" if exc.start < len(exc.object) else "?"
        if exc.encoding == "ascii":
            return f"the leader or directory holds a non-ASCII byte ({byte})"
        return f"byte {byte} is not valid {exc.encoding} text"
    if isinstance(exc, ValueError):
        return f"a length or offset in the leader or directory is not a number ({exc})"
    return f"the record is damaged ({type(exc).__name__}: {exc})"


@dataclass(frozen=True)
class EncodingChoice:
    force_utf8: bool
    file_encoding: str  # pymarc's name: "iso8859-1" means MARC-8 for leader/09 blank
    note: str = ""


def _leader_flags(data: bytes) -> set[bytes]:
    flags = set()
    for chunk in data.split(b"\x1d"):
        chunk = chunk.lstrip(b"\r\n\x1a ")
        if len(chunk) >= 24 and chunk[:5].isdigit():
            flags.add(chunk[9:10])
    return flags


def _looks_cyrillic_cp1251(data: bytes) -> bool:
    high = len(re.findall(rb"[\x80-\xff]", data))
    if not high:
        return False
    in_words = sum(len(run) for run in re.findall(rb"[\xc0-\xff]{3,}", data))
    return in_words / high > 0.5


def detect_encoding(data: bytes, encoding: str = "auto") -> EncodingChoice:
    """How to decode an ISO 2709 file; ``encoding`` other than "auto" is obeyed."""
    if encoding == "marc8":
        return EncodingChoice(False, "iso8859-1")
    if encoding in ("utf-8", "utf8"):
        return EncodingChoice(True, "iso8859-1")
    if encoding != "auto":
        return EncodingChoice(False, encoding)
    if not re.search(rb"[\x80-\xff]", data):
        return EncodingChoice(False, "iso8859-1")
    flags = _leader_flags(data)
    if flags == {b"a"}:
        return EncodingChoice(False, "iso8859-1")
    if b"\x1b" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if b"a" not in flags:
                return EncodingChoice(
                    True,
                    "iso8859-1",
                    "The leader says MARC-8 but the text is UTF-8; read as UTF-8.",
                )
        if b"a" not in flags and _looks_cyrillic_cp1251(data):
            return EncodingChoice(
                False,
                "cp1251",
                "The leader says MARC-8 but the text is Windows Cyrillic (cp1251); read as cp1251.",
            )
    return EncodingChoice(False, "iso8859-1")


# Bytes a MARC-8 record may hold without escape sequences: ASCII and the ANSEL (G1) set.
_MARC8_PLAIN = bytes(range(0x80)) + bytes(
    sorted(code for code in marc8_mapping.CODESETS[0x45] if 0x80 <= code <= 0xFF)
)


_NON_ASCII_CODE = re.compile(rb"\x1f[\x80-\xff]")


def _not_marc8(chunk: bytes) -> bool:
    """True when a record said to be MARC-8 holds bytes MARC-8 has no character for."""
    return b"\x1b" not in chunk and bool(chunk.translate(None, _MARC8_PLAIN))


class _LogCollector(logging.Handler):
    """pymarc's warnings from this thread (another thread's import keeps its own)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self._thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._thread:
            self.messages.append(record.getMessage())


@contextmanager
def _quiet_pymarc() -> Iterator[_LogCollector]:
    """Collect pymarc's log warnings (and Python warnings) instead of printing them."""
    logger = logging.getLogger("pymarc")
    collector = _LogCollector()
    old_propagate = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logger.propagate = old_propagate


def _notes_for(
    record: pymarc.Record,
    messages: list[str],
    caught: list[warnings.WarningMessage],
    has_escape: bool,
) -> tuple[str, ...]:
    notes: list[str] = []
    for message in messages:
        if "indicators" in message:
            notes.append("A field has a wrong number of indicators; the first two were used.")
        else:
            notes.append(f"pymarc: {message}")
    for warning in caught:
        notes.append(f"A subfield code is not a letter or digit ({warning.message}).")
    for fld in record.get_fields() if has_escape else ():
        values = [fld.data] if fld.is_control_field() else [sf.value for sf in fld.subfields]
        if any(v and "\x1b" in v for v in values):
            notes.append(
                f"Field {fld.tag} had an invalid MARC-8 escape; the stray control "
                "character was removed."
            )
    return tuple(dict.fromkeys(notes))


@dataclass(frozen=True)
class RawRead:
    """One record as pymarc decoded it (``record`` None when broken, ``reason`` says why)."""

    index: int
    record: pymarc.Record | None
    reason: str = ""
    notes: tuple[str, ...] = ()


_ENTRY = re.compile(rb"(\d{3})(\d{4})(\d{5})")
"""A directory entry: tag, field length, offset (the directory is checked to be digits)."""
_INDICATORS = re.compile(rb"[\x00-\x1e\x20-\x7f]{2}(?:\x1f|\Z)")
"""A data field pymarc reads without a warning: two ASCII indicators (neither a subfield
delimiter), then the first subfield or the end of the field.  Matched in the record
between the field's start and end, without slicing it out."""
_SINGLE_BYTE = frozenset({"iso8859-1", "iso8859-2", "cp1251", "cp1252"})
"""Charsets where a field decodes as a whole exactly when each of its subfields does."""


@dataclass(frozen=True)
class _Decoding:
    """How pymarc is asked to decode every record of one file."""

    force_utf8: bool
    file_encoding: str
    ascii_codes: bool = False
    """No subfield code in the file is a non-ASCII byte (no record needs looking for one)."""

    def record(self, chunk: bytes) -> pymarc.Record:
        return pymarc.Record(
            chunk,
            to_unicode=True,
            force_utf8=self.force_utf8,
            hide_utf8_warnings=True,
            utf8_handling="strict",
            file_encoding=self.file_encoding,
        )


def _fields_only(chunk: bytes, wanted: frozenset[bytes], decoding: _Decoding) -> bytes | None:
    """``chunk`` with a directory of only the ``wanted`` tags' entries (the data stays where
    it is), for pymarc to decode just the fields the import reads; None when the whole
    record must be decoded: when anything in the other fields would make pymarc warn or
    fail (bad indicators, bytes the charset cannot decode, a damaged directory) or is
    looked at for notes (a MARC-8 escape, a non-ASCII subfield code)."""
    if b"\x1b" in chunk:
        return None
    if not decoding.ascii_codes and _NON_ASCII_CODE.search(chunk) is not None:
        return None
    head = chunk[:24]
    if len(head) < 24 or not head.isascii() or not head[12:17].isdigit():
        return None
    if not head[:5].isdigit() or len(chunk) < int(head[:5]):
        return None
    base = int(head[12:17])
    if base <= 25 or base >= len(chunk):
        return None
    utf8 = head[9:10] == b"a" or decoding.force_utf8
    if utf8:
        charset: str | None = "utf-8"
    elif decoding.file_encoding == "iso8859-1":
        charset = None  # latin-1 control fields and MARC-8 without escapes never fail
    elif decoding.file_encoding in _SINGLE_BYTE:
        charset = decoding.file_encoding
    else:
        return None
    if charset is not None and chunk.isascii():
        charset = None  # ASCII decodes in every charset offered
    directory = chunk[24 : base - 1]
    if len(directory) % 12 or not directory.isdigit():
        return None  # pymarc finds out what is wrong (or reads a letter tag) itself
    kept: list[bytes] = []
    for tag, length, offset in _ENTRY.findall(directory):
        if tag in wanted:
            kept.append(tag + length + offset)
            continue
        control = tag < b"010"
        if control and charset is None:
            continue  # nothing in it can fail
        start = base + int(offset)
        end = start + int(length) - 1
        # a data field: exactly two ASCII indicators before the first subfield
        if not control and _INDICATORS.match(chunk, start, end) is None:
            return None
        if charset is not None:
            try:
                chunk[start:end].decode(charset)
            except UnicodeDecodeError:
                return None
    if not kept:
        return None
    new_base = 24 + 12 * len(kept) + 1
    return b"".join(
        (
            b"%05d" % (new_base + len(chunk) - base),
            head[5:12],
            b"%05d" % new_base,
            head[17:24],
            *kept,
            chunk[base - 1 :],
        )
    )


def _decode(
    chunk: bytes, decoding: _Decoding, wanted: frozenset[bytes] | None, log: list[str]
) -> pymarc.Record:
    """pymarc's record of ``chunk``; only the ``wanted`` fields when that is safe."""
    part = _fields_only(chunk, wanted, decoding) if wanted else None
    if part is not None:
        try:
            record = decoding.record(part)
        except Exception:  # decode it whole: pymarc says what is wrong, as always
            log.clear()
        else:
            record.leader = pymarc.Leader(chunk[:24].decode("ascii"))
            return record
    return decoding.record(chunk)


def _frames(handle: io.BytesIO) -> Iterator[tuple[bytes, Exception | None]]:
    """The records of the file as pymarc's ``MARCReader`` frames them (the same reads and
    checks): each chunk with None, or with the error that stops reading there."""
    while True:
        first5 = handle.read(5)
        if not first5:
            return
        if len(first5) < 5:
            yield first5, marc_errors.TruncatedRecord()
            return
        try:
            length = int(first5)
        except ValueError:
            yield first5, marc_errors.RecordLengthInvalid()
            return
        chunk = first5 + handle.read(length - 5)
        if len(chunk) < length:
            yield chunk, marc_errors.TruncatedRecord()
            return
        if chunk[-1] != 0x1D:
            yield chunk, marc_errors.EndOfRecordNotFound()
            return
        yield chunk, None


def iter_iso2709(
    data: bytes,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
    only_tags: frozenset[str] | None = None,
) -> Iterator[RawRead]:
    """pymarc records of an ISO 2709 file in file order, charset chosen by
    :func:`detect_encoding`; broken records come as ``record=None`` with the reason.

    With ``only_tags`` a record holds only the fields with those tags (the leader stays
    whole), when nothing in the others would change what pymarc reads or says: the import
    decodes only the fields it uses."""
    choice = detect_encoding(data, encoding)
    # pymarc warns (warnings.warn) only about a subfield code that is not ASCII: a byte
    # >= 0x80 right after a subfield delimiter.  Catching warnings costs more than
    # decoding a record, so it is done per record only in files that have such a byte.
    catch = _NON_ASCII_CODE.search(data) is not None
    decoding = _Decoding(choice.force_utf8, choice.file_encoding, ascii_codes=not catch)
    wanted = frozenset(tag.encode("ascii") for tag in only_tags) if only_tags else None
    handle = io.BytesIO(data)
    total = len(data)
    index = 0
    file_notes = (choice.note,) if choice.note else ()
    no_warnings: list[warnings.WarningMessage] = []
    # pymarc's log goes to one collector for the whole file, emptied per record.
    with _quiet_pymarc() as collector:
        for chunk, failure in _frames(handle):
            index += 1
            collector.messages.clear()
            record: pymarc.Record | None = None
            caught = no_warnings
            if failure is None:
                try:
                    if catch:
                        with warnings.catch_warnings(record=True) as caught:
                            warnings.simplefilter("always")
                            record = _decode(chunk, decoding, wanted, collector.messages)
                    else:
                        record = _decode(chunk, decoding, wanted, collector.messages)
                except Exception as exc:  # pymarc's reason why the record is broken
                    failure = exc
            if record is None:
                reason = skip_reason(failure)
                if isinstance(failure, marc_errors.FatalReaderError):
                    rest = total - handle.tell()
                    if rest > 0:
                        reason += f"; reading stopped here, {rest} bytes after it were not read"
                yield RawRead(index, None, reason)
            else:
                notes: tuple[str, ...] = file_notes
                if collector.messages or caught or b"\x1b" in chunk:
                    notes += _notes_for(record, collector.messages, list(caught), b"\x1b" in chunk)
                if (
                    not choice.force_utf8
                    and choice.file_encoding == "iso8859-1"
                    and record.leader[9] != "a"
                    and _not_marc8(chunk)
                ):
                    notes += (
                        "Some bytes are not MARC-8 characters and were read as spaces; the "
                        "file may be in another character set (choose it and import again).",
                    )
                yield RawRead(index, record, "", notes)
            if index % 50 == 0:
                progress.step(handle.tell(), total, f"{index} records read")
    progress.step(total, total, f"{index} records read")


def read_iso2709(
    data: bytes,
    mapping: HoldingsMapping | None = None,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
) -> Iterator[ReadResult]:
    """Records of an ISO 2709 file, in order; notes about the whole file go on each record."""
    mapping = mapping or HoldingsMapping()
    for raw in iter_iso2709(data, encoding, progress, tags_read(mapping)):
        if raw.record is None:
            yield Skipped(raw.index, raw.reason)
            continue
        try:
            yield catalogue_record(raw.record, mapping, raw.notes)
        except Exception as exc:  # a field pymarc accepted but we cannot use
            yield Skipped(raw.index, f"the record could not be understood ({exc})")


def _local(tag: object) -> str:
    """The element's name without namespace: ``{uri}record`` and ``marc:record`` (a prefix
    nobody declared, which lxml leaves in the name) are both ``record``."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].rpartition(":")[2]


def _undeclared_prefix(element: etree._Element) -> str:
    """The prefix of the first element in ``element`` whose prefix has no ``xmlns:`` (else "")."""
    for node in element.iter():
        tag = node.tag
        if isinstance(tag, str) and not tag.startswith("{") and ":" in tag:
            return tag.partition(":")[0]
    return ""


def record_from_marcxml(element: etree._Element) -> pymarc.Record:
    """One MARCXML ``<record>`` element (with or without the slim namespace) as pymarc."""
    record = pymarc.Record(force_utf8=True)
    for child in element:
        name = _local(child.tag)
        if name == "leader":
            text = (child.text or "").ljust(24)[:24]
            record.leader = pymarc.Leader(text)
        elif name == "controlfield":
            tag = child.get("tag", "")
            if not tag:
                raise ValueError("a control field has no tag")
            record.fields.append(pymarc.Field(tag=tag, data=child.text or ""))
        elif name == "datafield":
            tag = child.get("tag", "")
            if not tag:
                raise ValueError("a data field has no tag")
            subfields = [
                pymarc.Subfield(code=sf.get("code", " ") or " ", value=sf.text or "")
                for sf in child
                if _local(sf.tag) == "subfield"
            ]
            record.fields.append(
                pymarc.Field(
                    tag=tag,
                    indicators=pymarc.Indicators(
                        (child.get("ind1") or " ")[:1] or " ", (child.get("ind2") or " ")[:1] or " "
                    ),
                    subfields=subfields,
                )
            )
    if not record.fields:
        raise ValueError("the record has no fields")
    return record


def safe_xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def read_marcxml(
    data: bytes, mapping: HoldingsMapping | None = None, progress: Progress = NO_PROGRESS
) -> Iterator[ReadResult]:
    """Records of a MARCXML file (collection or single record)."""
    mapping = mapping or HoldingsMapping()
    handle = io.BytesIO(data)
    total = len(data)
    index = 0
    undeclared = False
    events = etree.iterparse(
        handle,
        events=("end",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )
    try:
        for _, element in events:
            if _local(element.tag) != "record":
                continue
            parent = element.getparent()
            if parent is not None and _local(parent.tag) not in (
                "collection",
                "records",
                "recordData",
            ):
                continue
            index += 1
            prefix = _undeclared_prefix(element)
            if prefix:
                undeclared = True
                yield Skipped(
                    index,
                    f"the record uses the namespace prefix “{prefix}:” but the file never "
                    f'declares it (xmlns:{prefix}="{MARC_NS}" is missing)',
                )
                element.clear()
                continue
            try:
                yield catalogue_record(record_from_marcxml(element), mapping)
            except Exception as exc:
                yield Skipped(index, f"the MARCXML record is not usable ({exc})")
            element.clear()
            if index % 50 == 0:
                progress.step(handle.tell(), total, f"{index} records read")
    except etree.XMLSyntaxError as exc:
        if undeclared and "namespace prefix" in str(exc.msg).lower():
            progress.step(total, total, f"{index} records read")
            return  # libxml2's late complaint about the prefix already reported per record
        index += 1
        yield Skipped(
            index,
            f"the XML is broken ({exc.msg}, line {exc.lineno}); the rest of "
            "the file could not be read",
        )
    except Exception as exc:  # lxml or the holdings mapping failing outside one record
        index += 1
        yield Skipped(
            index, f"the XML could not be read further ({exc}); the rest of the file was skipped"
        )
    progress.step(total, total, f"{index} records read")


def is_marcxml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def read_marc(
    data: bytes,
    mapping: HoldingsMapping | None = None,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
) -> Iterator[ReadResult]:
    """ISO 2709 or MARCXML, told apart by the first bytes."""
    if is_marcxml(data):
        return read_marcxml(data, mapping, progress)
    return read_iso2709(data, mapping, encoding, progress)


def read_marc_file(
    path: str | Path,
    mapping: HoldingsMapping | None = None,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
) -> Iterator[ReadResult]:
    """Records of one file; an unreadable file gives one Skipped with the reason."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return iter([Skipped(0, f"the file {path} cannot be read ({exc.strerror or exc})")])
    if not data.strip():
        return iter([Skipped(0, f"the file {path} is empty")])
    return read_marc(data, mapping, encoding, progress)


@dataclass
class FileSummary:
    """Counts for one file, as ``marc-check`` and the import dialog show them."""

    path: str
    records: list[CatalogueRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def item_count(self) -> int:
        return sum(len(r.items) for r in self.records)

    @property
    def notes(self) -> list[str]:
        return list(dict.fromkeys(n for r in self.records for n in r.notes))


def summarise_file(
    path: str | Path,
    mapping: HoldingsMapping | None = None,
    encoding: str = "auto",
    progress: Progress = NO_PROGRESS,
) -> FileSummary:
    summary = FileSummary(str(path))
    for result in read_marc_file(path, mapping, encoding, progress):
        if isinstance(result, Skipped):
            summary.skipped.append(result)
        else:
            summary.records.append(result)
    return summary
