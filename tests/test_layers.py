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


def test_domain_and_services_pass_strict_mypy(tmp_path) -> None:
    """DESIGN.md: mypy strict on domain/ and services/ (pyproject's [tool.mypy])."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path / "mypy"),
            "illdesk/domain",
            "illdesk/services",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
