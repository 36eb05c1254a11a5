"""Users: login (argon2id hashes, lockout after repeated failures), passwords, and the
administrator's user management. The CLI and a fresh database act as the default administrator;
the window acts as whoever logged in (ctx.user_id).

A wrong password and an unknown username get the same sentence, so the login screen does not
tell a stranger which usernames exist.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..domain.case import Role
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.passwords import DEFAULT_LOCKOUT_FAILURES, DEFAULT_LOCKOUT_MINUTES, password_problems, valid_username
from ..domain.permissions import Permission
from ..storage import deadline_queries as settings_q
from ..storage import repositories as repo
from ..storage.models import User
from . import audit
from .context import ServiceContext, to_local
from .dto import UserView
from .lookup import user_view
from .permissions import requires
from .reference_parameters import INT_RANGES

LOCKOUT_FAILURES_SETTING = "login.lockout_failures"
LOCKOUT_MINUTES_SETTING = "login.lockout_minutes"
_HASHER = PasswordHasher()  # argon2id with the library's current defaults


def _int_setting(session, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(settings_q.setting_value(session, key)).strip())
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def _check_password(password: str, username: str) -> None:
    problems = password_problems(password, username)
    if problems:
        key, params = problems[0]
        raise ValidationFailed([FieldError("password", key, params)])


def new_password_hash(password: str, again: str, username: str, *, field: str = "password",
                      again_field: str = "again") -> str:
    """The hash of a new password that keeps the office's rules; ValidationFailed naming the
    fields (the password's problem, then a mismatch)."""
    errors = []
    problems = password_problems(password, username)
    if problems:
        key, params = problems[0]
        errors.append(FieldError(field, key, params))
    if password != again:
        errors.append(FieldError(again_field, "password.mismatch", {}))
    if errors:
        raise ValidationFailed(errors)
    return _HASHER.hash(password)


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current(self) -> UserView | None:
        if self.ctx.user_id is None:
            return None
        with self.ctx.uow.read() as uow:
            u = uow.session.get(User, self.ctx.user_id)
            return user_view(u) if u is not None else None

    def all(self) -> list[UserView]:
        with self.ctx.uow.read() as uow:
            return [user_view(u) for u in repo.all_users(uow.session)]

    def ensure_default(self) -> UserView:
        """The office's first administrator, created as 系统管理员 (username admin, no password
        yet: the first login sets it) when the database has no user at all."""
        with self.ctx.uow.read() as uow:
            u = repo.first_active(uow.session, Role.ADMIN.value)
            if u is not None:
                return user_view(u)
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            # checked again under the write lock: two workstations may start at the same moment
            if repo.user_count(s) == 0:
                u = User(username="admin", display_name="系统管理员", role=Role.ADMIN.value,
                         active=True, created_at=now, must_change_password=True)
                s.add(u)
                s.flush()
                audit.record(s, None, "user.create", "user", u.id, None, None,
                             {"username": u.username, "display_name": u.display_name,
                              "role": u.role}, now)
                uow.commit()
                return user_view(u)
            u = repo.first_active(s, Role.ADMIN.value) or repo.first_active(s)
            if u is None:
                raise RuleError("user.none_active")
            return user_view(u)

    # ---- login -------------------------------------------------------------------------------

    def needs_first_password(self, username: str) -> bool:
        """The user exists, is active and has no password yet: the first start of an office
        (the default administrator) sets it at the login screen."""
        with self.ctx.uow.read() as uow:
            u = repo.user_by_username(uow.session, username.strip())
            return u is not None and bool(u.active) and not u.password_hash

    def set_first_password(self, username: str, password: str, again: str) -> UserView:
        """Only for a user who never had a password, and only when that user is the sole
        administrator of a database nobody has logged in to: a later user gets an initial
        password from the administrator."""
        if password != again:
            raise ValidationFailed([FieldError("again", "password.mismatch", {})])
        _check_password(password, username)
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            u = repo.user_by_username(s, username.strip())
            if u is None or not u.active or u.password_hash or repo.any_password_set(s):
                raise RuleError("login.no_password")
            u.password_hash = _HASHER.hash(password)
            u.password_changed_at = now
            u.must_change_password = False
            u.last_login_at = now
            audit.record(s, u.id, "user.first_password", "user", u.id, None, None, {"username": u.username}, now)
            uow.commit()
            self.ctx.user_id = u.id
            return user_view(u)

    def authenticate(self, username: str, password: str) -> UserView:
        """Logs in: the acting user becomes this one. RuleError (wrong, locked, inactive)."""
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            limit = _int_setting(s, LOCKOUT_FAILURES_SETTING, DEFAULT_LOCKOUT_FAILURES,
                                 *INT_RANGES[LOCKOUT_FAILURES_SETTING])
            minutes = _int_setting(s, LOCKOUT_MINUTES_SETTING, DEFAULT_LOCKOUT_MINUTES,
                                   *INT_RANGES[LOCKOUT_MINUTES_SETTING])
            u = repo.user_by_username(s, username.strip())
            if u is None:
                _HASHER.hash(password)  # the same time as a wrong password: no username probing
                raise RuleError("login.failed", limit=limit, minutes=minutes, left=limit)
            if u.locked_until is not None and u.locked_until > now:
                until = to_local(u.locked_until)
                raise RuleError("login.locked", until=f"{until:%H:%M}")
            if not u.active:
                raise RuleError("login.inactive")
            if not u.password_hash:
                raise RuleError("login.no_password")
            try:
                ok = _HASHER.verify(u.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok:
                u.failed_logins = (u.failed_logins or 0) + 1
                locked = u.failed_logins >= limit
                if locked:
                    u.locked_until = now + timedelta(minutes=minutes)
                    u.failed_logins = 0
                audit.record(s, u.id, "user.login_failed", "user", u.id, None, None,
                             {"username": u.username, "locked": locked}, now)
                uow.commit()
                if locked:
                    raise RuleError("login.locked", until=f"{to_local(u.locked_until):%H:%M}")
                raise RuleError("login.failed", limit=limit, minutes=minutes, left=limit - u.failed_logins)
            if _HASHER.check_needs_rehash(u.password_hash):
                u.password_hash = _HASHER.hash(password)
            u.failed_logins = 0
            u.locked_until = None
            u.last_login_at = now
            audit.record(s, u.id, "user.login", "user", u.id, None, None, {"username": u.username}, now)
            uow.commit()
            self.ctx.user_id = u.id
            return user_view(u)

    def log_out(self) -> None:
        if self.ctx.user_id is None:
            return
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            audit.record(uow.session, self.ctx.user_id, "user.logout", "user", self.ctx.user_id, None, None,
                         {}, now)
            uow.commit()
        self.ctx.user_id = None

    def change_password(self, old: str, new: str, again: str) -> None:
        if new != again:
            raise ValidationFailed([FieldError("again", "password.mismatch", {})])
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            u = s.get(User, self.ctx.user_id) if self.ctx.user_id is not None else None
            if u is None:
                raise RuleError("permission.not_logged_in")
            try:
                ok = bool(u.password_hash) and _HASHER.verify(u.password_hash, old)
            except (VerificationError, InvalidHashError):
                ok = False
            if not ok:
                raise ValidationFailed([FieldError("old", "password.wrong_old", {})])
            if old == new:
                raise ValidationFailed([FieldError("password", "password.same_as_old", {})])
            _check_password(new, u.username)
            u.password_hash = _HASHER.hash(new)
            u.password_changed_at = now
            u.must_change_password = False
            audit.record(s, u.id, "user.change_password", "user", u.id, None, None, {"username": u.username}, now)
            uow.commit()

    # ---- the administrator's user management -----------------------------------------------

    @requires(Permission.USERS)
    def create(self, username: str, display_name: str, role: str, initial_password: str) -> UserView:
        username, display_name = username.strip(), display_name.strip()
        errors = self._field_errors(username, display_name, role)
        problems = password_problems(initial_password, username)
        if problems:
            errors.append(FieldError("password", problems[0][0], problems[0][1]))
        if errors:
            raise ValidationFailed(errors)
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            if repo.user_by_username(s, username) is not None:
                raise ValidationFailed([FieldError("username", "user.username_taken", {"username": username})])
            u = User(username=username, display_name=display_name, role=role, active=True, created_at=now,
                     password_hash=_HASHER.hash(initial_password), password_changed_at=now,
                     must_change_password=True)
            s.add(u)
            s.flush()
            audit.record(s, self.ctx.user_id, "user.create", "user", u.id, None, None,
                         {"username": username, "display_name": display_name, "role": role}, now)
            uow.commit()
            return user_view(u)

    @requires(Permission.USERS)
    def update(self, user_id: int, display_name: str, role: str, active: bool) -> UserView:
        display_name = display_name.strip()
        errors = self._field_errors(None, display_name, role)
        if errors:
            raise ValidationFailed(errors)
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            u = self._user(s, user_id)
            if u.id == self.ctx.user_id and not active:
                raise RuleError("user.self_deactivate")
            losing_admin = u.role == Role.ADMIN.value and u.active and (role != Role.ADMIN.value or not active)
            if losing_admin and repo.active_count(s, Role.ADMIN.value) <= 1:
                raise RuleError("user.last_admin")
            before = {"display_name": u.display_name, "role": u.role, "active": u.active}
            u.display_name, u.role, u.active = display_name, role, bool(active)
            audit.record(s, self.ctx.user_id, "user.update", "user", u.id, None, before,
                         {"display_name": display_name, "role": role, "active": bool(active)}, now)
            uow.commit()
            return user_view(u)

    @requires(Permission.USERS)
    def reset_password(self, user_id: int, initial_password: str) -> UserView:
        """A new initial password the user must change at the next login; unlocks the user."""
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            u = self._user(s, user_id)
            _check_password(initial_password, u.username)
            u.password_hash = _HASHER.hash(initial_password)
            u.password_changed_at = now
            u.must_change_password = True
            u.failed_logins, u.locked_until = 0, None
            audit.record(s, self.ctx.user_id, "user.reset_password", "user", u.id, None, None,
                         {"username": u.username}, now)
            uow.commit()
            return user_view(u)

    @requires(Permission.USERS)
    def unlock(self, user_id: int) -> UserView:
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            u = self._user(s, user_id)
            u.failed_logins, u.locked_until = 0, None
            audit.record(s, self.ctx.user_id, "user.unlock", "user", u.id, None, None, {"username": u.username}, now)
            uow.commit()
            return user_view(u)

    @staticmethod
    def _user(s, user_id: int) -> User:
        u = s.get(User, user_id)
        if u is None:
            raise RuleError("user.not_found", user_id=user_id)
        return u

    @staticmethod
    def _field_errors(username: str | None, display_name: str, role: str) -> list[FieldError]:
        errors = []
        if username is not None and not valid_username(username):
            errors.append(FieldError("username", "user.username_invalid", {}))
        if not display_name:
            errors.append(FieldError("display_name", "user.display_name_missing", {}))
        if role not in {r.value for r in Role}:
            errors.append(FieldError("role", "user.role_unknown", {}))
        return errors


def locked_now(user: UserView, now_local: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now_local
