"""Secrets are not readable from the shared database: partners' secrets stored as argon2
hashes (the listener still checks them, over real HTTP), this desk's tokens and the mail
password in the keyring or, where there is none, a 0600 file; migration 0011 moves old
plain-text secrets out of the table."""

from __future__ import annotations

import http.client
import stat

from alembic import command
from sqlalchemy import select, text

from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.config import parse_shared_secrets
from illdesk.interop.iso18626.messages import AgencyId
from illdesk.interop.iso18626.transport.server import AccessPolicy, Iso18626Server
from illdesk.paths import data_dir
from illdesk.persistence import orm
from illdesk.persistence.secret_store import FILE_NAME, DeskSecrets, keyring_available
from illdesk.persistence.settings_store import load_settings
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.settings_registry import all_setting_defs
from tests.interop.iso18626_support import BORROWER, corpus_schema, full_request
from tests.interop.test_iso18626_server import Recorder
from tests.persistence.test_migrations import seeded_at_0001

KEY = "interop.iso18626.shared_secrets"
SECRET = "correct horse battery staple"


def _everything_stored(db) -> str:
    with db.reading() as session:
        settings = " ".join(r.value for r in session.scalars(select(orm.SettingRow)))
    return settings


def test_this_machine_has_no_keyring_so_the_desk_file_is_used(tmp_path) -> None:
    store = DeskSecrets(tmp_path / FILE_NAME)
    assert not keyring_available() and not store.use_keyring  # a server without a desktop
    store.set("mail.password", "s3cret-mail")
    store.set("partner:ISIL:DE-2", SECRET)
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600
    again = DeskSecrets(tmp_path / FILE_NAME)
    assert again.get("mail.password") == "s3cret-mail"
    assert "only this user" in again.where
    again.set("mail.password", "")
    assert DeskSecrets(tmp_path / FILE_NAME).get("mail.password") == ""


def test_partner_secrets_are_hashes_in_the_database_and_still_checked(db, settings) -> None:
    store = DeskSecrets(data_dir() / FILE_NAME)
    library = LibrarySettingsService(db, settings, secrets=store)
    library.change(KEY, f"{BORROWER.key}={SECRET}\nISIL:DE-2=other-token")

    stored = _everything_stored(db)
    assert SECRET not in stored and "other-token" not in stored
    assert stored.count("$argon2id$") == 2
    assert store.get(f"partner:{BORROWER.key}") == SECRET  # the token this desk sends
    # the listener, started from what the database holds, accepts the partner's secret
    hashed = parse_shared_secrets(load_settings(db, all_setting_defs()).get_str(KEY))
    listener = Iso18626Server(Recorder(), corpus_schema(), AccessPolicy(hashed))
    listener.start()
    try:
        host, port = listener.address
        answers = []
        for presented in (SECRET, "a guess"):
            connection = http.client.HTTPConnection(host, port, timeout=10)
            connection.request(
                "POST",
                "/iso18626",
                body=build_message(full_request(), corpus_schema()),
                headers={"Content-Type": "application/xml", "Authorization": f"Bearer {presented}"},
            )
            answers.append(connection.getresponse().status)
            connection.close()
    finally:
        listener.stop()
    assert answers == [200, 403]
    # saving the hashed lines again (Settings shows them) keeps them as they are
    library.change(KEY, settings.get_str(KEY))
    assert _everything_stored(db).count("$argon2id$") == 2


def test_without_a_keyring_the_mail_password_stays_in_the_desk_settings(db, settings) -> None:
    library = LibrarySettingsService(db, settings, secrets=DeskSecrets(data_dir() / FILE_NAME))
    assert not library.is_desk_secret("mail.password")  # the 0600 settings file keeps it
    library.change("mail.password", "pw-9931")
    assert "pw-9931" not in _everything_stored(db)


def test_migration_0011_moves_plain_secrets_out_of_the_table(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    command.upgrade(config, "0009")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            {"k": KEY, "v": f"ISIL:DE-1={SECRET}; ISIL:DE-2=other-token"},
        )
    command.upgrade(config, "0011")
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM setting WHERE key = :k"), {"k": KEY}
        ).scalar_one()
        role = connection.execute(text("SELECT role FROM staff_member")).scalar_one()
    engine.dispose()
    assert SECRET not in value and "other-token" not in value
    assert [line.split("=", 1)[0] for line in value.splitlines()] == ["ISIL:DE-1", "ISIL:DE-2"]
    assert DeskSecrets.default().get("partner:ISIL:DE-1") == SECRET
    assert role == "desk"
    policy = AccessPolicy(parse_shared_secrets(value))
    assert policy.secret_matches(AgencyId.of("ISIL", "DE-1"), SECRET)
    assert not policy.secret_matches(AgencyId.of("ISIL", "DE-1"), "other-token")
