"""Collects every package's setting declarations (its ``settings_defs.SETTINGS``)."""

from __future__ import annotations

import importlib
from functools import cache

from illdesk.domain.settings import SettingDef, Settings

_PACKAGES = (
    "illdesk.services",
    "illdesk.printing",
    "illdesk.hardware",
    "illdesk.interop",
)


@cache
def all_setting_defs() -> tuple[SettingDef, ...]:
    found: list[SettingDef] = []
    for package in _PACKAGES:
        try:
            module = importlib.import_module(f"{package}.settings_defs")
        except ModuleNotFoundError as exc:
            if exc.name != f"{package}.settings_defs":
                raise
            continue
        found.extend(module.SETTINGS)
    keys = [d.key for d in found]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise RuntimeError(f"settings declared twice: {sorted(duplicates)}")
    return tuple(found)


def default_settings(**overrides: object) -> Settings:
    return Settings(all_setting_defs(), {k.replace("__", "."): v for k, v in overrides.items()})
