"""Compile the Qt Designer forms: ``forms/NAME.ui`` -> ``illdesk/ui/forms/ui_NAME.py``.

    python tools/compile_forms.py           # after editing a form in Qt Designer
    python tools/compile_forms.py --check   # exit 1 when a compiled module is stale

The compiled modules are committed, so the wheel and the desktop bundle need neither the
``.ui`` files nor ``pyside6-uic`` at run time; ``tests/ui/test_forms.py`` fails when one is
out of date with its form.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
COMPILED = ROOT / "illdesk" / "ui" / "forms"
HEADER = "# Compiled from forms/{name} by tools/compile_forms.py: edit the .ui, not this file.\n"


def _uic() -> str:
    here = Path(sys.executable).parent / "pyside6-uic"
    return str(here) if here.exists() else "pyside6-uic"


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def target(form: Path) -> Path:
    return COMPILED / f"ui_{form.stem}.py"


def compiled(form: Path) -> str:
    """The Python module pyside6-uic makes of ``form`` (without its tool-version line)."""
    done = subprocess.run(
        [_uic(), "--generator", "python", str(form)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in done.stdout.splitlines(keepends=True) if "Created by:" not in line]
    # typed like the rest of the ui (mypy checks the whole package): the form's own class
    root = ET.parse(form).getroot().find("widget")
    kind = root.get("class", "QWidget") if root is not None else "QWidget"
    text = re.sub(
        r"def (setupUi|retranslateUi)\(self, (\w+)\):",
        rf"def \1(self, \2: {kind}) -> None:",
        "".join(lines),
    )
    return HEADER.format(name=form.name) + text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    stale = []
    for form in forms():
        text = compiled(form)
        out = target(form)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(out)
            continue
        out.write_text(text, encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {out.relative_to(ROOT)}")
    for out in stale:
        print(f"stale: {out.relative_to(ROOT)} (run python tools/compile_forms.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
