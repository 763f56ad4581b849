"""Declarations of settings: each is declared once with name, type, default and help.

Scope "desk" settings live with the desk (QSettings in the ui); scope
"library" settings are shared by every desk through the database.  Each
package declares its own in a ``settings_defs`` module; ``illdesk.settings_registry``
collects them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from illdesk.domain.words import N_, Sentence, as_sentence

SettingValue = str | int | float | bool


@dataclass(frozen=True)
class SettingDef:
    key: str
    type: type
    default: SettingValue
    help: str
    scope: Literal["desk", "library"] = "library"
    choices: tuple[str, ...] = ()
    label: str = ""
    """What staff read in Settings; empty: made from the key's last part."""
    example: str = ""
    """A value shown as an example (the placeholder of the field), in place of a rule."""

    def title(self) -> str:
        """The words Settings shows for this setting (never the raw key)."""
        if self.label:
            return self.label
        words = " ".join(self.key.split(".")[1:]).replace("_", " ").strip()
        replacements = {" ms": " (ms)", " mm": " (mm)", " kg": " (kg)", " seconds": " (seconds)"}
        for raw, nice in replacements.items():
            if words.endswith(raw):
                words = words[: -len(raw)] + nice
        for short, long in (("iso18626", "ISO 18626"), ("smtp", "SMTP"), ("url", "address")):
            words = words.replace(short, long)
        return words[:1].upper() + words[1:]

    def coerce(self, raw: object) -> SettingValue:
        """Turn a stored value (often a string) into this setting's type, or raise ValueError."""
        if raw is None:
            return self.default
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(
                Sentence(
                    N_("{setting}: “{value}” is not yes or no."),
                    setting=as_sentence(self.title()),
                    value=str(raw),
                )
            )
        if self.type is int:
            try:
                return int(str(raw).strip())
            except ValueError:
                raise ValueError(
                    Sentence(
                        N_("{setting}: “{value}” is not a whole number."),
                        setting=as_sentence(self.title()),
                        value=str(raw),
                    )
                ) from None
        if self.type is float:
            try:
                return float(str(raw).strip())
            except ValueError:
                raise ValueError(
                    Sentence(
                        N_("{setting}: “{value}” is not a number."),
                        setting=as_sentence(self.title()),
                        value=str(raw),
                    )
                ) from None
        value = str(raw)
        if self.choices and value not in self.choices:
            raise ValueError(
                Sentence(
                    N_("{setting}: “{value}” is not one of {choices}."),
                    setting=as_sentence(self.title()),
                    value=value,
                    choices=", ".join(self.choices),
                )
            )
        return value


class Settings:
    """Values of declared settings, falling back to each declaration's default."""

    def __init__(self, defs: Iterable[SettingDef], values: Mapping[str, object] | None = None):
        self._defs = {d.key: d for d in defs}
        self._values: dict[str, SettingValue] = {}
        for key, raw in (values or {}).items():
            if key in self._defs:
                self._values[key] = self._defs[key].coerce(raw)

    def __getitem__(self, key: str) -> SettingValue:
        definition = self._defs[key]
        return self._values.get(key, definition.default)

    def get_int(self, key: str) -> int:
        return int(self[key])

    def get_str(self, key: str) -> str:
        return str(self[key])

    def get_bool(self, key: str) -> bool:
        return bool(self[key])

    def get_float(self, key: str) -> float:
        return float(self[key])

    def set(self, key: str, raw: object) -> None:
        self._values[key] = self._defs[key].coerce(raw)

    def definitions(self) -> list[SettingDef]:
        return list(self._defs.values())

    def as_dict(self) -> dict[str, SettingValue]:
        return {key: self[key] for key in self._defs}
