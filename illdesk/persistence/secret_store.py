"""Secrets this desk keeps for itself (tokens it sends to partners, the mail password):
in the operating system's keyring where one exists (``keyring``), else in a file in the
data directory that only this user can read (0600).  Never in the shared database.

Incoming partner secrets are kept in the shared ``setting`` table only as argon2 hashes:
enough to check what a partner presents, useless to read back.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from illdesk.paths import data_dir

if TYPE_CHECKING:
    from argon2 import PasswordHasher

log = logging.getLogger(__name__)

SERVICE = "illdesk"
FILE_NAME = "desk-secrets.json"
_MATCHED: set[tuple[str, str]] = set()


def is_hashed(value: str) -> bool:
    return value.startswith("$argon2")


@functools.cache
def _hasher() -> PasswordHasher:
    # argon2 and keyring (with the desktop's secret service behind it) are imported when
    # a secret is first used, not to start the desk
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


def secret_matches(stored: str, presented: str) -> bool:
    """A presented secret against what is stored (an argon2 hash; plain text from before
    migration 0011 is compared as it is)."""
    if not stored or not presented:
        return False
    if not is_hashed(stored):
        import hmac

        return hmac.compare_digest(stored.encode(), presented.encode())
    # argon2 is slow on purpose (most of a second on a busy desk): a secret that matched
    # once is remembered, by its SHA-256, so a partner's every message is not checked anew
    key = (stored, hashlib.sha256(presented.encode()).hexdigest())
    if key in _MATCHED:
        return True
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher().verify(stored, presented)
    except (VerificationError, InvalidHashError):
        return False
    if len(_MATCHED) >= 256:
        _MATCHED.clear()
    _MATCHED.add(key)
    return True


def hash_secret_lines(text: str) -> tuple[str, dict[str, str]]:
    """``AGENCY=secret`` lines (or ``;``-separated) -> the same lines with hashes, and the
    plain secrets that were hashed (agency -> secret).  Hashed values stay as they are."""
    lines: list[str] = []
    plain: dict[str, str] = {}
    for part in text.replace(";", "\n").splitlines():
        agency, sep, secret = part.strip().partition("=")
        agency, secret = agency.strip(), secret.strip()
        if not sep or not agency or not secret:
            continue
        if not is_hashed(secret):
            plain[agency] = secret
            secret = hash_secret(secret)
        lines.append(f"{agency}={secret}")
    return "\n".join(lines), plain


def keyring_available() -> bool:
    """True when the OS has a keyring ``keyring`` can use (none on a bare server)."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return False
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)


class DeskSecrets:
    """This desk's secrets: the OS keyring when there is one, else a 0600 JSON file."""

    def __init__(self, file: Path, use_keyring: bool | None = None) -> None:
        self.file = file
        self._use_keyring = use_keyring

    @property
    def use_keyring(self) -> bool:
        """Whether the OS keyring is used; asked when a secret is first needed."""
        if self._use_keyring is None:
            self._use_keyring = keyring_available()
        return self._use_keyring

    @classmethod
    def default(cls) -> DeskSecrets:
        return cls(data_dir() / FILE_NAME)

    @property
    def where(self) -> str:
        """Where the secrets are kept, in words for Settings and the log."""
        if self.use_keyring:
            import keyring

            return f"the system keyring ({type(keyring.get_keyring()).__name__})"
        return f"the file {self.file} (only this user may read it)"

    def get(self, name: str) -> str:
        if self.use_keyring:
            import keyring
            import keyring.errors

            try:
                value = keyring.get_password(SERVICE, name)
            except keyring.errors.KeyringError as exc:
                log.warning("keyring not readable (%s); using the desk file", type(exc).__name__)
            else:
                if value is not None:
                    return value
        return self._read().get(name, "")

    def set(self, name: str, value: str) -> None:
        if self.use_keyring:
            import keyring
            import keyring.errors

            try:
                if value:
                    keyring.set_password(SERVICE, name, value)
                else:
                    with contextlib.suppress(keyring.errors.PasswordDeleteError):
                        keyring.delete_password(SERVICE, name)
                self._forget_in_file(name)
                return
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "keyring refused a secret (%s); using the desk file", type(exc).__name__
                )
        values = self._read()
        if value:
            values[name] = value
        else:
            values.pop(name, None)
        self._write(values)

    def names(self) -> list[str]:
        """Names kept in the desk file (a keyring cannot list its entries)."""
        return sorted(self._read())

    def _forget_in_file(self, name: str) -> None:
        values = self._read()
        if name in values:
            del values[name]
            self._write(values)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("desk secrets file %s not readable: %s", self.file, type(exc).__name__)
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write(self, values: dict[str, str]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.file.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(values, out, indent=1, sort_keys=True)
        os.chmod(temporary, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(temporary, self.file)
