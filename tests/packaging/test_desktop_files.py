"""The menu entry, the AppStream file and the icon set in resources/ and illdesk/resources/."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
from pathlib import Path

from lxml import etree
from PIL import Image, ImageChops

from illdesk import resources

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.illdesk.illdesk"


def test_the_menu_entry_validates_and_starts_the_illdesk_command() -> None:
    desktop = LINUX / f"{APP_ID}.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert section["Exec"].split()[0] in scripts
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"


def test_the_appstream_file_validates_and_names_the_menu_entry() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)
    tree = etree.parse(str(metainfo))
    assert tree.findtext("id") == APP_ID
    assert tree.findtext("launchable") == f"{APP_ID}.desktop"


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    for size, png in zip(resources.ICON_SIZES, resources.icon_files(), strict=True):
        with Image.open(png) as image:
            assert image.format == "PNG"
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    assert {16, 32, 48, 256, 512} <= set(resources.ICON_SIZES)


def test_the_pngs_are_rendered_from_the_svg(tmp_path: Path) -> None:
    """installer/render-icons.sh makes the PNGs; a changed SVG without them fails here."""
    svg = resources.path("icons", "illdesk.svg")
    assert etree.parse(str(svg)).getroot().get("viewBox") == "0 0 512 512"
    for size in (16, 64, 512):
        fresh = tmp_path / f"{size}.png"
        subprocess.run(
            ["rsvg-convert", "-w", str(size), "-h", str(size), str(svg), "-o", str(fresh)],
            check=True,
        )
        committed = resources.path("icons", f"illdesk-{size}.png")
        with Image.open(fresh) as a, Image.open(committed) as b:
            difference = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA")).tobytes()
        pixels = len(difference) // 4
        differing = sum(1 for n in range(pixels) if max(difference[4 * n : 4 * n + 4]) > 8)
        assert differing <= pixels // 100, size


def test_the_windows_icon_holds_the_small_and_large_sizes() -> None:
    with Image.open(ROOT / "installer" / "windows" / "illdesk.ico") as ico:
        sizes = set(ico.info["sizes"])
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
