"""People's names as the desk stores them ("Andersen, Chloé": family name first, for
sorting and finding) and as a letter addresses them ("Chloé Andersen")."""

from __future__ import annotations


def _east_asian(text: str) -> bool:
    """Chinese, Japanese or Korean script (the family name comes first, with no space)."""
    return any(
        "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
        for c in text
    )


def display_name(name: str) -> str:
    """The name in the order it is spoken: "Andersen, Chloé" -> "Chloé Andersen";
    "中村, 花" -> "中村花" (written family name first); a name without a comma as it is."""
    family, comma, given = name.partition(",")
    family, given = family.strip(), given.strip()
    if not comma or not family or not given:
        return name.strip()
    if _east_asian(family + given):
        return family + given
    return f"{given} {family}"
