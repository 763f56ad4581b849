"""Imports after PySide6 do not read every module's source (ui/pyside_imports.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import linecache, sys
    import PySide6.QtCore
    shibokens_own = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    from illdesk.ui.pyside_imports import check_without_reading_sources
    assert check_without_reading_sources()
    from illdesk.domain.citation import Citation  # (the hook sees the module a from-import reads)
    from illdesk.ui.flow_layout import FlowLayout
    plain, with_qt = sys.modules[Citation.__module__], sys.modules[FlowLayout.__module__]
    from PySide6.QtWidgets import QApplication, QLabel
    seen = sys.modules["shibokensupport.feature"].pyside_feature_dict
    print(seen[plain.__name__], seen[with_qt.__name__])
    print(plain.__file__ in linecache.cache, with_qt.__file__ in linecache.cache)
    print(shibokens_own(plain), shibokens_own(with_qt))  # (reads both sources)
    app = QApplication([])
    label = QLabel("still Qt")
    print(label.text(), label.sizeHint().width() > 0)
    """
)


def test_a_module_imported_after_pyside6_is_told_apart_without_its_source_being_read() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    # -1: uses no PySide6, 0: uses it (no __feature__ chosen); as shiboken's own check says
    lines = result.stdout.splitlines()
    assert lines == ["-1 0", "False False", "False True", "still Qt True"]
