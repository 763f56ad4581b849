"""Reading and changing the library-wide settings every desk shares (one transaction each).

Secrets never go to the shared table in plain text: the mail password and the tokens this
desk sends to partners go to the desk's secret store (the OS keyring, else a 0600 file);
the partners' secrets the listener checks are stored as argon2 hashes.
"""

from __future__ import annotations

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import SettingDef, Settings, SettingValue
from illdesk.domain.staff_roles import Permission
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.persistence.database import Database
from illdesk.persistence.secret_store import DeskSecrets, hash_secret_lines
from illdesk.persistence.settings_store import save_setting, take_desk_values
from illdesk.services.library_setup import library_value_problem
from illdesk.services.notice_templates import KINDS, check_template, is_template_key
from illdesk.services.staff_access import SIGN_IN_KEY, StaffAccess
from illdesk.services.timers import calendar_problem

DESK_SECRET_KEYS = frozenset({"mail.password"})
"""Desk settings kept in the OS keyring where there is one (else, like every desk value,
in the desk's settings file, which only this user may read)."""
PARTNER_SECRETS_KEY = "interop.iso18626.shared_secrets"
"""Shared secrets per partner: hashes in the shared table, the plain token (which this desk
sends) in the desk's secret store under ``partner:AGENCY``."""


def partner_secret_name(agency: str) -> str:
    return f"partner:{agency}"


class LibrarySettingsService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        access: StaffAccess | None = None,
        secrets: DeskSecrets | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._access = access
        """Who is signed in; library settings and templates need a supervisor."""
        self._secrets = secrets

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def access(self) -> StaffAccess | None:
        return self._access

    def definitions(self) -> list[SettingDef]:
        return self._settings.definitions()

    def is_desk_secret(self, key: str) -> bool:
        """True for a desk secret this desk keeps in the OS keyring (not in its settings
        file); without a keyring the 0600 settings file keeps it."""
        return key in DESK_SECRET_KEYS and self._secrets is not None and self._secrets.use_keyring

    def find_secret_store(self) -> bool:
        """Whether this desk keeps its secrets in the OS keyring.  The first call looks for
        a keyring (it imports the keyring backends, which may start helper programs: slow,
        and run off the GUI thread by the window); later calls answer at once."""
        return self._secrets is not None and self._secrets.use_keyring

    def secrets_kept_where(self) -> str:
        """Where this desk keeps its secrets, in words (Settings shows it)."""
        return self._secrets.where if self._secrets is not None else "this desk's memory"

    def take_desk_values_from_database(self) -> dict[str, str]:
        """Desk-only values found in the shared table, removed from it (see the store)."""
        return take_desk_values(self._db, tuple(self.definitions()))

    def load_desk_secrets(self, older: dict[str, str] | None = None) -> None:
        """The desk's secrets into the running settings; values an older version kept in
        the desk's settings file (``older``) move into the secret store first."""
        for key in DESK_SECRET_KEYS:
            if self._secrets is None or not self.is_desk_secret(key):
                break
            if older and older.get(key) and not self._secrets.get(key):
                self._secrets.set(key, older[key])
            value = self._secrets.get(key)
            if value:
                self._settings.set(key, value)

    def partner_token(self, agency: str) -> str | None:
        """The secret this desk presents to ``agency`` (None when none is kept here)."""
        if self._secrets is None:
            return None
        return self._secrets.get(partner_secret_name(agency)) or None

    def change(self, key: str, raw: object) -> SettingValue:
        """Store one library-wide value; a wrong value is refused in words."""
        definition = next((d for d in self.definitions() if d.key == key), None)
        if definition is None:
            raise ValidationFailed(
                {key: Sentence(N_("There is no setting called {key}."), key=key)}
            )
        if definition.scope == "library" and self._access is not None:
            if key == SIGN_IN_KEY:
                if self._settings[key] == definition.coerce(raw):
                    return self._settings[key]
                self._access.set_sign_in(bool(definition.coerce(raw)))
                return self._settings[key]
            self._access.require(
                Permission.EDIT_TEMPLATES if is_template_key(key) else Permission.EDIT_SETTINGS
            )
        refused = library_value_problem(key, raw) or calendar_problem(key, raw)
        if refused is not None:
            raise ValidationFailed({key: refused})
        if is_template_key(key):
            try:
                check_template(str(raw), "subject" if key.endswith(".subject") else "text")
            except ValidationFailed as exc:
                kind = key.split(".")[1]
                raise ValidationFailed(
                    {
                        key: Sentence(
                            N_("The “{kind}” template was not saved: {why}"),
                            kind=as_sentence(KINDS.get(kind, kind)),
                            why=_template_words(exc),
                        )
                    }
                ) from exc
        if key == PARTNER_SECRETS_KEY:
            raw = self._hash_partner_secrets(str(raw))
        try:
            if definition.scope == "desk":
                self._settings.set(key, raw)
                if self.is_desk_secret(key):
                    assert self._secrets is not None
                    self._secrets.set(key, str(self._settings[key]))
                return self._settings[key]
            return save_setting(self._db, self._settings, key, raw)
        except ValueError as exc:  # coerce() says it in a marked sentence
            said = exc.args[0] if exc.args and isinstance(exc.args[0], Sentence) else str(exc)
            raise ValidationFailed({key: said}) from exc

    def _hash_partner_secrets(self, text: str) -> str:
        hashed, plain = hash_secret_lines(text)
        if self._secrets is not None:
            for agency, secret in plain.items():
                self._secrets.set(partner_secret_name(agency), secret)
        return hashed


def _template_words(exc: ValidationFailed) -> str:
    """What is wrong with a template, without the "cannot be used" before it."""
    said = exc.problems.get("template", exc.message)
    if isinstance(said, Sentence) and "words" in said.params:
        return f"{said.params['words']}."
    return said.removeprefix("The notice template cannot be used: ")
