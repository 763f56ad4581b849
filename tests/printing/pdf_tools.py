"""Reading printed PDFs back as a person or a scanner would: poppler's pdftotext and pdftoppm,
and zbarimg to decode every barcode on every page.  A missing tool fails the test."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def pdf_text(pdf: bytes, *, area: tuple[float, float, float, float] | None = None) -> str:
    """The text of the PDF; ``area`` (x, y, w, h in points from the top left) crops page 1."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if area is not None:
        x, y, w, h = (str(round(v)) for v in area)
        args += ["-r", "72", "-f", "1", "-l", "1", "-x", x, "-y", y, "-W", w, "-H", h]
    done = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with all runs of whitespace made single spaces (lines wrap in documents)."""
    return " ".join(text.split())


def page_count(pdf: bytes) -> int:
    done = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    for line in done.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo reported no page count")


def decode_barcodes(
    pdf: bytes,
    dpi: int = 300,
    *,
    area: tuple[float, float, float, float] | None = None,
    page: int | None = None,
) -> list[tuple[str, str]]:
    """(symbology, text) of every barcode zbarimg finds, page by page, in reading order;
    ``area`` (x, y, w, h in points from the top left) looks only there on every page, and
    ``page`` only on that page."""
    found: list[tuple[str, str]] = []
    crop: list[str] = []
    if area is not None:
        x, y, w, h = (str(round(v * dpi / 72)) for v in area)
        crop = ["-x", x, "-y", y, "-W", w, "-H", h]
    if page is not None:
        crop += ["-f", str(page), "-l", str(page)]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-gray",
                "-png",
                *crop,
                str(source),
                str(Path(folder) / "page"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        pages = sorted(Path(folder).glob("page-*.png"))
        assert pages, "pdftoppm produced no pages"
        for page in pages:
            done = subprocess.run(
                [
                    "zbarimg",
                    "--quiet",
                    "--nodbus",
                    "-Sdisable",
                    "-Scode128.enable",
                    "-Scode39.enable",
                    "-Scodabar.enable",
                    "-Si25.enable",
                    str(page),
                ],
                capture_output=True,
                timeout=120,
                check=False,
            )
            if done.returncode not in (0, 4):  # 4: no barcode on this page
                raise AssertionError(f"zbarimg failed: {done.stderr.decode(errors='replace')}")
            for line in done.stdout.decode("utf-8").splitlines():
                kind, _, text = line.partition(":")
                found.append((kind, text))
    return found


def decoded_texts(pdf: bytes) -> list[str]:
    return [text for _, text in decode_barcodes(pdf)]


def embedded_fonts(pdf: bytes) -> str:
    """pdffonts' table of the fonts embedded in the PDF."""
    done = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8", errors="replace")


def image_count(pdf: bytes) -> int:
    """How many raster images the PDF shows (pdfimages -list)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            ["pdfimages", "-list", str(source)], capture_output=True, check=True, timeout=60
        )
    rows = done.stdout.decode().splitlines()[2:]
    return sum(1 for row in rows if row.split()[2:3] == ["image"])


def text_lines(pdf: bytes) -> list[tuple[int, str, float, float, float]]:
    """Every line pdftotext finds, as (page, text, x_min, x_max, y_min) in points from the
    top left: where on the paper each line is drawn (``pdftotext -bbox-layout``)."""
    import xml.etree.ElementTree as ElementTree

    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox-layout", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    root = ElementTree.fromstring(done.stdout.decode("utf-8"))
    ns = "{http://www.w3.org/1999/xhtml}"
    out: list[tuple[int, str, float, float, float]] = []
    for number, page in enumerate(root.iter(f"{ns}page"), start=1):
        for line in page.iter(f"{ns}line"):
            words = " ".join(w.text or "" for w in line.iter(f"{ns}word"))
            out.append(
                (
                    number,
                    words,
                    float(line.get("xMin", 0)),
                    float(line.get("xMax", 0)),
                    float(line.get("yMin", 0)),
                )
            )
    return out
