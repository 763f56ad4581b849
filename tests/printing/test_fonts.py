from __future__ import annotations

from pathlib import Path

import pytest

from illdesk.printing import fonts
from illdesk.printing.sample_data import CJK_NAME, CYRILLIC_NAME, GREEK_NAME


def test_latin_cyrillic_greek_stay_in_the_main_font() -> None:
    for text in (CYRILLIC_NAME, GREEK_NAME, "Zoë Ångström-Müller"):
        assert fonts.text_runs(text, fonts.REGULAR) == ((fonts.REGULAR, text),)


def test_cjk_characters_switch_to_the_cjk_font_and_back() -> None:
    runs = fonts.text_runs(f"Attn: {CJK_NAME} (Beijing)", fonts.BOLD)
    assert runs == (
        (fonts.BOLD, "Attn: "),
        (fonts.CJK, CJK_NAME),
        (fonts.BOLD, " (Beijing)"),
    )


def test_wrap_keeps_lines_within_width_and_splits_cjk_without_spaces() -> None:
    text = "红楼梦" * 20
    lines = fonts.wrap(text, fonts.REGULAR, 10, 100)
    assert len(lines) > 1
    assert "".join(lines) == text
    assert all(fonts.text_width(line, fonts.REGULAR, 10) <= 100 for line in lines)


def test_fit_size_shrinks_long_text() -> None:
    size = fonts.fit_size("A very long call number QA76.9 .D3 2004 c.2", fonts.BOLD, 28, 100, 3)
    assert size < 28
    assert (
        fonts.text_width("A very long call number QA76.9 .D3 2004 c.2", fonts.BOLD, size) <= 100.5
    )


def test_missing_fonts_are_reported_in_words(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "_FONT_DIRS", (tmp_path,))
    with pytest.raises(fonts.FontsMissing, match="fonts-dejavu-core"):
        fonts.locate_fonts()
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"")
    (tmp_path / "DejaVuSans-Bold.ttf").write_bytes(b"")
    with pytest.raises(fonts.FontsMissing, match="fonts-wqy-zenhei"):
        fonts.locate_fonts()


def test_draw_fitted_cuts_what_cannot_fit_even_at_the_smallest_size() -> None:
    text = "Bibliothèque " * 20
    clipped = fonts.clip_to_width(text, fonts.REGULAR, 8, 120)
    assert clipped.endswith("…")
    assert fonts.text_width(clipped, fonts.REGULAR, 8) <= 120
    assert fonts.clip_to_width("short", fonts.REGULAR, 8, 120) == "short"
