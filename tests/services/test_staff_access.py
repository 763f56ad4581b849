"""Staff sign-in and roles in the services: argon2 PINs, a lock-out after wrong ones, a
desk role refused supervisor actions by the service itself, and the picker when sign-in
is off."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from illdesk.domain.errors import NotAllowed, ValidationFailed
from illdesk.domain.lending_policy import Material, PolicyRule
from illdesk.domain.staff_roles import MAX_FAILED_SIGN_INS, Role
from illdesk.persistence import orm
from illdesk.services.audit import AuditService
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.services.staff_access import StaffAccess


@pytest.fixture
def access(db, settings, clock) -> StaffAccess:
    access = StaffAccess(db, settings, clock)
    access.add_account("Ann Admin", Role.ADMIN, "9042")  # sign-in still off: set-up is open
    access.add_account("Sam Super", Role.SUPERVISOR, "4711")
    access.add_account("Dee Desk", Role.DESK, "1111")
    access.set_sign_in(True)
    return access


def test_pins_are_stored_only_as_argon2_hashes(db, access) -> None:
    with db.reading() as session:
        hashes = list(session.scalars(select(orm.StaffMember.password_hash)))
    assert len(hashes) == 3 and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(pin in h for h in hashes for pin in ("9042", "4711", "1111"))


def test_a_desk_role_is_refused_supervisor_actions_by_the_services(
    db, settings, clock, access
) -> None:
    access.sign_in("Dee Desk", "1111")
    library = LibrarySettingsService(db, settings, access)
    with pytest.raises(NotAllowed) as refused:
        library.change("borrowing.request_limit", 12)
    assert refused.value.message == (
        "Dee Desk may not change the library's settings: that needs a supervisor "
        "(signed in now as desk). Ask a supervisor to sign in."
    )
    with pytest.raises(NotAllowed, match="may not change notice templates"):
        library.change("notices.ready_for_pickup.subject", "Ready: {{ title }}")
    policy = LendingPolicyService(db, settings, clock, access)
    with pytest.raises(NotAllowed, match="may not change the lending policy"):
        policy.save_rule(PolicyRule(material=Material.BOOK, loan_days=10), staff="Dee Desk")
    with pytest.raises(NotAllowed, match="may not read the audit log"):
        AuditService(db, access).rows()
    with pytest.raises(NotAllowed, match="may not add staff"):
        access.add_account("Eve", Role.ADMIN, "0000")
    assert settings.get_int("borrowing.request_limit") == 10  # nothing changed
    # a supervisor may; the desk's own values (its scanner) need no role
    access.sign_out()
    access.sign_in("Sam Super", "4711")
    assert library.change("borrowing.request_limit", 12) == 12
    assert policy.save_rule(PolicyRule(material=Material.BOOK, loan_days=10), staff="Sam")
    with pytest.raises(
        NotAllowed, match="turn staff sign-in on or off: that needs an administrator"
    ):
        access.set_sign_in(False)


def test_nobody_signed_in_may_do_no_supervisor_action(db, settings, access) -> None:
    with pytest.raises(NotAllowed, match="Nobody is signed in"):
        LibrarySettingsService(db, settings, access).change("borrowing.request_limit", 3)


def test_wrong_pins_lock_the_person_out_for_a_while(db, clock, access) -> None:
    for tries_left in range(MAX_FAILED_SIGN_INS - 1, 0, -1):
        with pytest.raises(NotAllowed, match=f"{tries_left} more tries"):
            access.sign_in("Dee Desk", "0000")
    with pytest.raises(NotAllowed, match="now locked out for 15 minutes"):
        access.sign_in("Dee Desk", "0000")
    with pytest.raises(NotAllowed, match="locked out .* until 10:15"):
        access.sign_in("Dee Desk", "1111")  # even the right PIN, while locked
    assert access.current is None
    clock.advance(minutes=16)
    assert access.sign_in("Dee Desk", "1111").role is Role.DESK
    actions = [r.action for r in AuditService(db).rows()]
    assert actions.count("sign_in_failed") == MAX_FAILED_SIGN_INS - 1
    assert "sign_in_locked" in actions and actions[0] == "sign_in"


def test_sign_in_needs_an_administrator_and_the_last_one_stays(db, settings, clock) -> None:
    access = StaffAccess(db, settings, clock)
    with pytest.raises(ValidationFailed, match="before an administrator"):
        access.set_sign_in(True)
    access.add_account("Ann Admin", Role.ADMIN, "9042")
    access.set_sign_in(True)
    access.sign_in("Ann Admin", "9042")
    (ann,) = access.accounts()
    with pytest.raises(ValidationFailed, match="last administrator"):
        access.set_role(ann.id, Role.DESK)
    with pytest.raises(ValidationFailed, match="at least 4"):
        access.set_secret(ann.id, "12")
    # only an administrator turns sign-in off again: back to the picker, everything allowed
    access.set_sign_in(False)
    access.sign_out()
    assert LibrarySettingsService(db, settings, access).change("borrowing.request_limit", 4) == 4


def test_the_sign_in_setting_goes_through_the_administrator_check(db, settings, access) -> None:
    access.sign_in("Sam Super", "4711")
    library = LibrarySettingsService(db, settings, access)
    with pytest.raises(NotAllowed, match="may not turn staff sign-in on or off"):
        library.change("staff.sign_in", False)
    assert settings.get_bool("staff.sign_in")
