"""Who may do what at the desk: three roles and the actions that need more than the desk.

Data plus small pure functions, like the transition tables: the services ask
:func:`refusal` before a guarded action and raise its sentence as a
:class:`~illdesk.domain.errors.NotAllowed`.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    DESK = "desk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def words(self) -> str:
        return _WORDS[self]


_RANK = {Role.DESK: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
_WORDS = {Role.DESK: "desk", Role.SUPERVISOR: "supervisor", Role.ADMIN: "administrator"}


class Permission(StrEnum):
    """Actions that need a supervisor or an administrator (everything else: the desk)."""

    OVERRIDE_COPYRIGHT = "override_copyright"
    WAIVE_CHARGE = "waive_charge"
    EDIT_POLICY = "edit_policy"
    EDIT_TEMPLATES = "edit_templates"
    EDIT_SETTINGS = "edit_settings"
    ERASE_PATRON = "erase_patron"
    EXPORT_PATRON = "export_patron"
    MANAGE_STAFF = "manage_staff"
    CHANGE_SIGN_IN = "change_sign_in"
    READ_AUDIT = "read_audit"


PERMISSIONS: dict[Permission, tuple[Role, str]] = {
    Permission.OVERRIDE_COPYRIGHT: (Role.SUPERVISOR, "override a copyright limit"),
    Permission.WAIVE_CHARGE: (Role.SUPERVISOR, "waive a charge"),
    Permission.EDIT_POLICY: (Role.SUPERVISOR, "change the lending policy"),
    Permission.EDIT_TEMPLATES: (Role.SUPERVISOR, "change notice templates"),
    Permission.EDIT_SETTINGS: (Role.SUPERVISOR, "change the library's settings"),
    Permission.ERASE_PATRON: (Role.SUPERVISOR, "erase a patron's data"),
    Permission.EXPORT_PATRON: (Role.SUPERVISOR, "export a patron's data"),
    Permission.READ_AUDIT: (Role.SUPERVISOR, "read the audit log"),
    Permission.MANAGE_STAFF: (Role.ADMIN, "add staff, set roles and PINs"),
    Permission.CHANGE_SIGN_IN: (Role.ADMIN, "turn staff sign-in on or off"),
}
"""Each guarded action: the least role that may do it, and what it is in words."""


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        return Role.DESK  # an unknown stored role gets the least rights


def refusal(name: str, role: Role, permission: Permission) -> str | None:
    """None when ``role`` may do it, else the sentence staff read."""
    least, what = PERMISSIONS[permission]
    if role.rank >= least.rank:
        return None
    needed = f"{'an' if least.words[0] in 'aeiou' else 'a'} {least.words}"
    if not name:
        return f"Nobody is signed in; this desk may not {what}: that needs {needed} to sign in."
    return (
        f"{name} may not {what}: that needs {needed} (signed in now as {role.words}). "
        f"Ask {needed} to sign in."
    )


MAX_FAILED_SIGN_INS = 5
"""Wrong PINs in a row before the person is locked out for :data:`LOCK_MINUTES`."""
LOCK_MINUTES = 15
MIN_SECRET_LENGTH = 4
