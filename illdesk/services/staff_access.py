"""Staff sign-in and roles: who is at this desk, and whether they may do a guarded action.

PINs and passwords are kept only as argon2 hashes (argon2-cffi); a person is locked out for
a while after repeated wrong ones.  The services that do guarded actions (overriding a
copyright limit, waiving a charge, editing the lending policy, templates and settings,
erasing a patron) call :meth:`StaffAccess.require` themselves, so a hidden button is never
the only guard.  A library that wants no sign-in keeps the name picker: then
``staff.sign_in`` is off and everyone at the desk may do everything, as before.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotAllowed, NotFound, ValidationFailed
from illdesk.domain.settings import Settings
from illdesk.domain.staff_roles import (
    LOCK_MINUTES,
    MAX_FAILED_SIGN_INS,
    MIN_SECRET_LENGTH,
    Permission,
    Role,
    parse_role,
    refusal,
)
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.settings_store import save_setting
from illdesk.services.audit import record

if TYPE_CHECKING:
    from argon2 import PasswordHasher

Clock = Callable[[], dt.datetime]
SIGN_IN_KEY = "staff.sign_in"


@functools.cache
def _hasher() -> PasswordHasher:
    """argon2, imported with the first PIN checked or set (not to start the desk)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: Role


@dataclass(frozen=True)
class StaffAccount:
    id: int
    name: str
    role: Role
    has_secret: bool
    locked_until: dt.datetime | None


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class StaffAccess:
    """One per desk program: the person signed in here, and the role checks."""

    def __init__(self, db: Database, settings: Settings, clock: Clock = _now) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self.current: SignedIn | None = None

    # -- who is here -----------------------------------------------------------------------
    @property
    def sign_in_required(self) -> bool:
        return self._settings.get_bool(SIGN_IN_KEY)

    def current_name(self) -> str:
        return self.current.name if self.current is not None else ""

    def may(self, permission: Permission) -> bool:
        return self._refusal(permission) is None

    def require(self, permission: Permission) -> None:
        """Raise :class:`NotAllowed` in words unless the person here may do ``permission``."""
        words = self._refusal(permission)
        if words is not None:
            raise NotAllowed(words)

    def _refusal(self, permission: Permission) -> str | None:
        if not self.sign_in_required:
            return None  # the name picker: no sign-in, everyone may do everything
        if self.current is None:
            return refusal("", Role.DESK, permission)
        return refusal(self.current.name, self.current.role, permission)

    def sign_in(self, name: str, secret: str) -> SignedIn:
        now = self._clock()
        failed: NotAllowed | None = None
        with self._db.transaction() as session:
            member = session.scalars(
                select(orm.StaffMember).where(
                    orm.StaffMember.name == name.strip(), orm.StaffMember.active
                )
            ).first()
            if member is None or not member.password_hash:
                raise NotAllowed(
                    Sentence(
                        N_(
                            "{name} cannot sign in here: no PIN or password is set. An "
                            "administrator sets one under Desk → Staff and roles."
                        ),
                        name=name.strip() or as_sentence(N_("That name")),
                    )
                )
            if member.locked_until is not None and member.locked_until > now:
                raise NotAllowed(
                    Sentence(
                        N_(
                            "{name} is locked out after {max_failed_sign_ins} wrong PINs until "
                            "{locked_until:%H:%M}; try again then, or ask an administrator to set "
                            "a new PIN."
                        ),
                        name=member.name,
                        max_failed_sign_ins=MAX_FAILED_SIGN_INS,
                        locked_until=member.locked_until,
                    )
                )
            from argon2.exceptions import InvalidHashError, VerificationError

            try:
                _hasher().verify(member.password_hash, secret)
            except (VerificationError, InvalidHashError):
                member.failed_sign_ins += 1
                left = MAX_FAILED_SIGN_INS - member.failed_sign_ins
                if left <= 0:
                    member.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    member.failed_sign_ins = 0
                    record(session, now, member.name, "sign_in_locked", member.name)
                    words = (
                        f"Wrong PIN or password. {member.name} is now locked out for "
                        f"{LOCK_MINUTES} minutes."
                    )
                else:
                    record(session, now, member.name, "sign_in_failed", member.name)
                    words = (
                        f"Wrong PIN or password for {member.name}; {left} more tries before "
                        "a lock-out."
                    )
                failed = NotAllowed(words)
            else:
                if _hasher().check_needs_rehash(member.password_hash):
                    member.password_hash = _hasher().hash(secret)
                member.failed_sign_ins = 0
                member.locked_until = None
                record(session, now, member.name, "sign_in", member.name)
                signed = SignedIn(member.name, parse_role(member.role))
        if failed is not None:
            raise failed  # raised after the commit: the count of failures is kept
        self.current = signed
        return signed

    def sign_out(self) -> None:
        if self.current is not None:
            with self._db.transaction() as session:
                record(session, self._clock(), self.current.name, "sign_out", self.current.name)
        self.current = None

    # -- staff and roles (administrators) --------------------------------------------------
    def accounts(self) -> list[StaffAccount]:
        with self._db.reading() as session:
            return [
                StaffAccount(
                    m.id, m.name, parse_role(m.role), bool(m.password_hash), m.locked_until
                )
                for m in session.scalars(
                    select(orm.StaffMember)
                    .where(orm.StaffMember.active)
                    .order_by(orm.StaffMember.name)
                )
            ]

    def add_account(self, name: str, role: Role, secret: str) -> StaffAccount:
        self.require(Permission.MANAGE_STAFF)
        name = name.strip()
        problems = {}
        if not name:
            problems["name"] = "Enter the staff member's name."
        if len(secret) < MIN_SECRET_LENGTH:
            problems["secret"] = f"A PIN or password has at least {MIN_SECRET_LENGTH} characters."
        if problems:
            raise ValidationFailed(problems)
        now = self._clock()
        with self._db.transaction() as session:
            member = session.scalars(
                select(orm.StaffMember).where(orm.StaffMember.name == name)
            ).first()
            if member is None:
                member = orm.StaffMember(
                    name=name, initials="".join(w[0] for w in name.split())[:4]
                )
                session.add(member)
            member.active = True
            member.role = role.value
            member.password_hash = _hasher().hash(secret)
            member.failed_sign_ins = 0
            member.locked_until = None
            session.flush()
            record(session, now, self._who(), "staff_added", name, f"role {role.value}")
            return StaffAccount(member.id, member.name, role, True, None)

    def set_role(self, staff_id: int, role: Role) -> StaffAccount:
        self.require(Permission.MANAGE_STAFF)
        with self._db.transaction() as session:
            member = self._member(session, staff_id)
            if parse_role(member.role) is Role.ADMIN and role is not Role.ADMIN:
                self._keep_one_admin(session, member.id)
            member.role = role.value
            record(session, self._clock(), self._who(), "role_changed", member.name, role.value)
            return StaffAccount(
                member.id, member.name, role, bool(member.password_hash), member.locked_until
            )

    def set_secret(self, staff_id: int, secret: str) -> None:
        """A new PIN or password (an administrator, or the person for themselves); it also
        lifts a lock-out."""
        with self._db.transaction() as session:
            member = self._member(session, staff_id)
            if self.current is None or self.current.name != member.name:
                self.require(Permission.MANAGE_STAFF)
            if len(secret) < MIN_SECRET_LENGTH:
                raise ValidationFailed(
                    {"secret": f"A PIN or password has at least {MIN_SECRET_LENGTH} characters."}
                )
            member.password_hash = _hasher().hash(secret)
            member.failed_sign_ins = 0
            member.locked_until = None
            record(session, self._clock(), self._who(), "secret_changed", member.name)

    def set_sign_in(self, required: bool) -> None:
        """Turn sign-in on (an administrator with a PIN must exist) or back to the picker
        (an administrator must be signed in)."""
        self.require(Permission.CHANGE_SIGN_IN)
        if required:
            with self._db.reading() as session:
                admins = session.scalar(
                    select(func.count())
                    .select_from(orm.StaffMember)
                    .where(
                        orm.StaffMember.active,
                        orm.StaffMember.role == Role.ADMIN.value,
                        orm.StaffMember.password_hash != "",
                    )
                )
            if not admins:
                raise ValidationFailed(
                    {
                        SIGN_IN_KEY: "Sign-in cannot be turned on before an administrator "
                        "with a PIN or password exists (Desk → Staff and roles)."
                    }
                )
        save_setting(self._db, self._settings, SIGN_IN_KEY, required)
        with self._db.transaction() as session:
            record(
                session,
                self._clock(),
                self._who(),
                "sign_in_setting",
                SIGN_IN_KEY,
                "on" if required else "off",
            )

    def _who(self) -> str:
        return self.current_name() or "(no sign-in)"

    @staticmethod
    def _member(session: Session, staff_id: int) -> orm.StaffMember:
        member = session.get(orm.StaffMember, staff_id)
        if member is None:
            raise NotFound(N_("That staff member is not in the list any more."))
        return member

    @staticmethod
    def _keep_one_admin(session: Session, leaving: int) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(orm.StaffMember)
            .where(
                orm.StaffMember.active,
                orm.StaffMember.role == Role.ADMIN.value,
                orm.StaffMember.id != leaving,
            )
        )
        if not others:
            raise ValidationFailed(
                {"role": "The last administrator keeps the role; make someone else one first."}
            )
