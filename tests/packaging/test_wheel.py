"""The wheel and the sdist that ``python -m build`` makes, installed the way a user would.

An editable install reads package data straight from the checkout, so it hides files the
wheel forgets; this test builds both archives, checks that every file under illdesk/ is in
the wheel, installs the wheel into a new virtual environment (outside the checkout, no
PYTHONPATH) and starts the desk from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def _package_files() -> set[str]:
    """The files under illdesk/ as git tracks them (or as they lie, outside a git checkout)."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "illdesk"], capture_output=True, text=True
    )
    if listed.returncode == 0 and listed.stdout.strip():
        names = listed.stdout.split()
    else:
        names = [str(p.relative_to(ROOT)) for p in (ROOT / "illdesk").rglob("*") if p.is_file()]
    return {n for n in names if "__pycache__" not in n and (ROOT / n).is_file()}


def _clean_env(home: Path) -> dict[str, str]:
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in drop and not k.startswith(("ILLDESK_", "XDG_"))
    }
    # pip's download cache stays the machine's own: the install still resolves every
    # declared dependency from the index, without fetching PySide6's 300 MB again
    cache = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PIP_CACHE_DIR=cache)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = out.glob("illdesk-*.whl")
    (sdist,) = out.glob("illdesk-*.tar.gz")
    return wheel, sdist


def test_the_wheel_carries_every_file_of_the_package(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
    missing = sorted(_package_files() - inside)
    assert missing == []
    assert "illdesk/resources/icons/illdesk-512.png" in inside
    assert any(n.startswith("illdesk/persistence/migrations/versions/0001") for n in inside)
    assert not any(n.startswith("tests/") for n in inside)


def test_the_sdist_carries_the_package_and_the_desktop_files(built: tuple[Path, Path]) -> None:
    _, sdist = built
    with tarfile.open(sdist) as archive:
        inside = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert sorted(_package_files() - inside) == []
    for needed in (
        "pyproject.toml",
        "README.md",
        "resources/linux/org.illdesk.illdesk.desktop",
        "resources/linux/org.illdesk.illdesk.metainfo.xml",
        "installer/illdesk.spec",
        "installer/install-linux.sh",
        "installer/windows/illdesk.nsi",
    ):
        assert needed in inside, needed


def test_the_wheel_installed_in_a_new_venv_starts_the_desk(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, _ = built
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    where = subprocess.run(
        [str(python), "-c", "import illdesk; print(illdesk.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(env_dir)  # not the checkout
    started = subprocess.run(
        [str(env_dir / "bin" / "illdesk"), "--demo", "--quit-after-start"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert started.returncode == 0, started.stderr
    assert "the window is shown and painted" in started.stderr
    slip = tmp_path / "slip.pdf"
    printed = subprocess.run(
        [str(env_dir / "bin" / "illdesk"), "test-print", "pull-slip", "--out", str(slip)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert printed.returncode == 0, printed.stderr
    assert slip.read_bytes().startswith(b"%PDF-")
