"""The layer contracts of DESIGN.md (pyproject's [tool.importlinter]) hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_only_ui_mentions_pyside6() -> None:
    """Belt and braces: not even a lazy import of PySide6 outside ui/ (and the composition root)."""
    allowed = {REPO / "illdesk" / "app.py"}
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "illdesk").rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
        and (REPO / "illdesk" / "ui") not in path.parents
        and path not in allowed
    ]
    assert offenders == []


def test_the_whole_package_passes_mypy(tmp_path) -> None:
    """DESIGN.md: typing everywhere, strict on domain/ and services/ (pyproject's [tool.mypy])."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), "illdesk"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = Path(sys.executable).with_name("ruff")
    return subprocess.run(
        [str(ruff), *args, "--no-cache", "illdesk", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_tree_is_formatted() -> None:
    """``ruff format`` applied everywhere, so a change's diff is only the change."""
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tree_passes_ruff_check() -> None:
    result = _ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr
