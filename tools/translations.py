"""The desk's translations: one command to bring them up to date.

    python tools/translations.py            # lupdate every .ts, then lrelease to .qm
    python tools/translations.py --check    # exit 1 when a string has no finished translation

``pyside6-lupdate`` reads the Python sources (``self.tr``/``QCoreApplication.translate``
and the ``N_()`` / ``_t()`` markers, read as ``QT_TR_NOOP``) and the Qt Designer forms in
``forms/``, and merges what it finds into ``illdesk/resources/translations/illdesk_<lang>.ts``
(translations kept, strings no longer in the code dropped).  New strings come in as
"unfinished": translate them in Qt Linguist (``pyside6-linguist``) or in the XML, then run
this again; ``pyside6-lrelease`` writes the ``.qm`` files the desk loads (shipped in the
package).  ``tests/ui/test_translations.py`` fails while a string is unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "illdesk" / "resources" / "translations"
LANGUAGES = ("de",)
MARKERS = ("N_", "_t", "_tr")
"""Functions of ours that mark a string for the catalogue (read as QT_TR_NOOP)."""


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[Path]:
    """Every file lupdate reads: the package's Python modules and the Designer forms."""
    found = [
        p
        for p in sorted((ROOT / "illdesk").rglob("*.py"))
        if "migrations" not in p.parts and "forms" not in p.relative_to(ROOT / "illdesk").parts
    ]
    return found + sorted((ROOT / "forms").glob("*.ui"))


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"illdesk_{language}.ts"


def lupdate(ts: Path) -> str:
    """Merges the sources' strings into ``ts``; lupdate's summary."""
    alias = ",".join(f"QT_TR_NOOP+={m}" for m in MARKERS)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p.relative_to(ROOT)) for p in sources()))
    try:
        done = subprocess.run(
            [
                _tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-tr-function-alias",
                alias,
                "-locations",
                "relative",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                ts.stem.split("_")[-1],
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(listing.name).unlink()
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation in ``ts``."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            text = "".join(t.text or "" for t in translation.iter("numerusform")) or (
                translation.text or ""
            )
            if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                if kind in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source") or ""))
    return missing


def check(language: str) -> list[tuple[str, str]]:
    """lupdate into a copy of the shipped ``.ts``: the strings the code has and the copy
    does not translate (the shipped files stay as they are)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = ts_file(language, Path(folder))
        shutil.copy(ts_file(language), copy)
        lupdate(copy)
        return unfinished(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished strings")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        if args.check:
            missing = check(language)
            for context, source in missing:
                print(f"{language}: unfinished [{context or 'catalogue'}] {source!r}")
            status |= bool(missing)
            continue
        print(lupdate(ts).strip())
        missing = unfinished(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished; {ts.stem}.qm written")
    return status


if __name__ == "__main__":
    sys.exit(main())
