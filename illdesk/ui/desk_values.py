"""This desk's own values (scope "desk", kept in its QSettings) applied to the shared
Settings object, and its secrets (the mail password) from the desk's secret store.

The secrets come apart from the rest: finding out whether the OS has a keyring imports
the keyring backends and may start helper programs, so the desk window asks for them
only after it is painted (:func:`load_desk_secret_values`), before anything that uses
them (sending notices) runs.
"""

from __future__ import annotations

import logging
import os
import stat

from PySide6.QtCore import QSettings

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import SettingDef
from illdesk.services.library_settings import DESK_SECRET_KEYS, LibrarySettingsService

log = logging.getLogger(__name__)


def load_desk_values(
    settings_service: LibrarySettingsService, desk: QSettings, *, secrets: bool = True
) -> None:
    """Apply this desk's stored values (scope "desk") to the shared Settings object;
    with ``secrets``, its secrets too (see :func:`load_desk_secret_values`).

    A desk-only value an older version kept in the shared database (the mail password)
    moves to this desk's store first, unless the desk has its own already.
    """
    moved = settings_service.take_desk_values_from_database()
    for key, value in moved.items():
        if not desk.contains(f"settings/{key}"):
            desk.setValue(f"settings/{key}", value)
    if moved:
        protect_desk_store(desk)
    _apply(settings_service, desk, [d.key for d in _desk_scoped(settings_service, secret=False)])
    if secrets:
        load_desk_secret_values(settings_service, desk)


def load_desk_secret_values(settings_service: LibrarySettingsService, desk: QSettings) -> None:
    """The desk's secrets: from the OS keyring where there is one (a value an older
    version kept in the desk's settings file moves there first), else from the desk's
    settings file, which only this user may read."""
    older: dict[str, str] = {}
    for key in sorted(DESK_SECRET_KEYS):
        if desk.contains(f"settings/{key}") and settings_service.is_desk_secret(key):
            older[key] = str(desk.value(f"settings/{key}") or "")
            desk.remove(f"settings/{key}")
    settings_service.load_desk_secrets(older)
    if older:
        protect_desk_store(desk)
    kept_in_file = [
        d.key
        for d in _desk_scoped(settings_service, secret=True)
        if not settings_service.is_desk_secret(d.key)
    ]
    _apply(settings_service, desk, kept_in_file)


def _desk_scoped(settings_service: LibrarySettingsService, *, secret: bool) -> list[SettingDef]:
    return [
        d
        for d in settings_service.definitions()
        if d.scope == "desk" and (d.key in DESK_SECRET_KEYS) == secret
    ]


def _apply(settings_service: LibrarySettingsService, desk: QSettings, keys: list[str]) -> None:
    for key in keys:
        if desk.contains(f"settings/{key}"):
            try:
                settings_service.change(key, desk.value(f"settings/{key}"))
            except ValidationFailed:
                continue


def protect_desk_store(desk: QSettings) -> None:
    """Only this user may read the desk's settings file: it can hold the mail password."""
    desk.sync()
    path = desk.fileName()
    if path and os.path.isfile(path):
        try:
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        except OSError as exc:  # a file system without modes; the password still works
            log.warning("could not restrict %s: %s", path, exc)
