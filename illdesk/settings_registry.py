"""Collects every package's setting declarations (each module's ``SETTINGS``)."""

from __future__ import annotations

import importlib
from functools import cache

from illdesk.domain.settings import SettingDef, Settings

_MODULES = (
    "illdesk.services.settings_defs",
    "illdesk.services.copies_settings",
    "illdesk.printing.settings_defs",
    "illdesk.hardware.settings_defs",
    "illdesk.interop.settings_defs",
    "illdesk.interop.catalogue_settings",
)


@cache
def all_setting_defs() -> tuple[SettingDef, ...]:
    found: list[SettingDef] = []
    for name in _MODULES:
        found.extend(importlib.import_module(name).SETTINGS)
    keys = [d.key for d in found]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise RuntimeError(f"settings declared twice: {sorted(duplicates)}")
    return tuple(found)


def default_settings(**overrides: object) -> Settings:
    return Settings(all_setting_defs(), {k.replace("__", "."): v for k, v in overrides.items()})
