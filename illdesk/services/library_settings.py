"""Reading and changing the library-wide settings every desk shares (one transaction each)."""

from __future__ import annotations

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import SettingDef, Settings, SettingValue
from illdesk.domain.words import N_, Sentence
from illdesk.persistence.database import Database
from illdesk.persistence.settings_store import save_setting, take_desk_values
from illdesk.services.library_setup import library_value_problem
from illdesk.services.notice_templates import KINDS, check_template, is_template_key


class LibrarySettingsService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    @property
    def settings(self) -> Settings:
        return self._settings

    def definitions(self) -> list[SettingDef]:
        return self._settings.definitions()

    def take_desk_values_from_database(self) -> dict[str, str]:
        """Desk-only values found in the shared table, removed from it (see the store)."""
        return take_desk_values(self._db, tuple(self.definitions()))

    def change(self, key: str, raw: object) -> SettingValue:
        """Store one library-wide value; a wrong value is refused in words."""
        definition = next((d for d in self.definitions() if d.key == key), None)
        if definition is None:
            raise ValidationFailed(
                {key: Sentence(N_("There is no setting called {key}."), key=key)}
            )
        refused = library_value_problem(key, raw)
        if refused is not None:
            raise ValidationFailed({key: refused})
        if is_template_key(key):
            try:
                check_template(str(raw), "subject" if key.endswith(".subject") else "text")
            except ValidationFailed as exc:
                kind = key.split(".")[1]
                raise ValidationFailed(
                    {
                        key: f"The “{KINDS.get(kind, kind)}” template was not saved: "
                        + exc.message.removeprefix("The notice template cannot be used: ")
                    }
                ) from exc
        try:
            if definition.scope == "desk":
                self._settings.set(key, raw)
                return self._settings[key]
            return save_setting(self._db, self._settings, key, raw)
        except ValueError as exc:
            raise ValidationFailed({key: str(exc)}) from exc
