"""Citations out as MARC 21 (binary and MARCXML) for cataloguing; request lists as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import pymarc

from illdesk.domain.citation import Citation, normalise_isbn, normalise_issn
from illdesk.interop.marc.records import HoldingItem


def _clean(text: str) -> str:
    return " ".join(text.replace("\x1d", " ").replace("\x1e", " ").replace("\x1f", " ").split())


def citation_to_record(
    citation: Citation,
    control_number: str = "",
    note: str = "",
    today: date | None = None,
    *,
    more_isbns: Sequence[str] = (),
    more_issns: Sequence[str] = (),
    system_numbers: Sequence[str] = (),
    holdings: Sequence[HoldingItem] = (),
) -> pymarc.Record:
    """A minimal MARC 21 bibliographic record (leader/09 'a': UTF-8) for a citation.

    ``note`` goes to 590 (local note), e.g. "Purchase on demand for ILL request 2026-0042".
    ``more_isbns``/``more_issns`` become further 020/022s, ``system_numbers`` 035s (besides
    the OCLC number), ``holdings`` 852s ($b location, $h call number, $p barcode, $x status).
    """
    record = pymarc.Record(force_utf8=True, leader="00000nam a2200000 a 4500")
    c = Citation(**{k: _clean(v) for k, v in citation.__dict__.items()})
    if control_number:
        record.fields.append(pymarc.Field(tag="001", data=_clean(control_number)))
    when = (today or date.today()).strftime("%y%m%d")
    year = c.year if len(c.year) == 4 and c.year.isdigit() else "    "
    fixed = f"{when}s{year}    xx            000 0 und d"
    record.fields.append(pymarc.Field(tag="008", data=fixed[:40].ljust(40)))

    def data(tag: str, ind: str, pairs: Sequence[tuple[str, str]]) -> None:
        subfields = [pymarc.Subfield(code, value) for code, value in pairs if value]
        if subfields:
            record.fields.append(
                pymarc.Field(
                    tag=tag, indicators=pymarc.Indicators(ind[0], ind[1]), subfields=subfields
                )
            )

    isbn = normalise_isbn(c.isbn).replace("-", "") or c.isbn
    data("020", "  ", [("a", isbn)])
    for other in more_isbns:
        compact = normalise_isbn(other).replace("-", "")
        if compact and compact != isbn:
            data("020", "  ", [("a", compact)])
    issn = normalise_issn(c.issn) or c.issn
    data("022", "  ", [("a", issn)])
    for other in more_issns:
        if other and other != issn:
            data("022", "  ", [("a", _clean(other))])
    if c.oclc_number:
        data("035", "  ", [("a", f"(OCoLC){c.oclc_number}")])
    for number in system_numbers:
        if number and "OCoLC" not in number:
            data("035", "  ", [("a", _clean(number))])
    if c.doi:
        data("024", "7 ", [("a", c.doi), ("2", "doi")])
    data("100", "1 ", [("a", c.author)])
    title = c.title or c.article_title or c.journal or "[No title]"
    data("245", ("1" if c.author else "0") + "0", [("a", title)])
    data("250", "  ", [("a", c.edition)])
    data("264", " 1", [("a", c.place), ("b", c.publisher), ("c", c.year)])
    if c.journal or (c.title and c.article_title):
        related = [
            ("t", c.journal or c.title),
            (
                "g",
                ", ".join(
                    p
                    for p in (
                        c.volume and f"vol. {c.volume}",
                        c.issue and f"no. {c.issue}",
                        c.pages and f"p. {c.pages}",
                    )
                    if p
                ),
            ),
        ]
        data("773", "0 ", related)
    data("590", "  ", [("a", note)])
    for item in holdings:
        data(
            "852",
            "  ",
            [
                ("b", _clean(item.location)),
                ("h", _clean(item.call_number)),
                ("p", _clean(item.barcode)),
                ("x", _clean(item.status)),
            ],
        )
    return record


def citations_to_marc(citations: Iterable[tuple[str, Citation, str]]) -> bytes:
    """ISO 2709 (UTF-8) bytes for (control number, citation, note) triples."""
    out = io.BytesIO()
    writer = pymarc.MARCWriter(out)
    for control, citation, note in citations:
        writer.write(citation_to_record(citation, control, note))
    return out.getvalue()


def records_to_marc(records: Iterable[pymarc.Record]) -> bytes:
    out = io.BytesIO()
    writer = pymarc.MARCWriter(out)
    for record in records:
        writer.write(record)
    return out.getvalue()


def records_to_marcxml(records: Iterable[pymarc.Record]) -> bytes:
    out = io.BytesIO()
    writer = pymarc.XMLWriter(out)
    for record in records:
        writer.write(record)
    writer.close(close_fh=False)
    return out.getvalue()


def citations_to_marcxml(citations: Iterable[tuple[str, Citation, str]]) -> bytes:
    """A MARCXML collection for (control number, citation, note) triples."""
    out = io.BytesIO()
    writer = pymarc.XMLWriter(out)
    for control, citation, note in citations:
        writer.write(citation_to_record(citation, control, note))
    writer.close(close_fh=False)
    return out.getvalue()


def _safe_cell(value: object) -> str:
    """Cells a spreadsheet would run as a formula get a leading apostrophe."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def rows_to_csv(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """CSV text (UTF-8 text; write it with ``encoding="utf-8-sig"`` for Excel) of the rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe_cell(row.get(col, "")) for col in columns])
    return out.getvalue()


CITATION_COLUMNS = tuple(Citation.__dataclass_fields__)


def requests_to_csv(
    requests: Iterable[Mapping[str, object]], columns: Sequence[str] | None = None
) -> str:
    """The request list as CSV; each request is a mapping (a Citation under "citation" is
    spread into its fields)."""
    flat: list[dict[str, object]] = []
    keys: list[str] = []
    for request in requests:
        row: dict[str, object] = {}
        for key, value in request.items():
            if isinstance(value, Citation):
                for name in CITATION_COLUMNS:
                    row[name] = getattr(value, name)
            else:
                row[key] = value
        for key in row:
            if key not in keys:
                keys.append(key)
        flat.append(row)
    return rows_to_csv(list(columns) if columns else keys, flat)
