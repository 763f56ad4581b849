"""Files the desk ships inside the package: the application icon (SVG and PNG sizes).

Everything under this folder is package data (pyproject ``resources/**/*``), so a wheel
and the PyInstaller bundle carry it; find files with :func:`path`.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def path(*parts: str) -> Path:
    """A file shipped with the package, e.g. ``path("icons", "illdesk.svg")``."""
    return HERE.joinpath(*parts)


def icon_files() -> list[Path]:
    """The application icon as one PNG per size in :data:`ICON_SIZES`, rendered from
    ``icons/illdesk.svg`` (Qt picks the nearest size; no SVG plugin needed)."""
    icons = HERE / "icons"
    return [icons / f"illdesk-{n}.png" for n in ICON_SIZES]
