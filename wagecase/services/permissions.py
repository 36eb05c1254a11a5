"""The services' own check of who may do what (domain.permissions): a screen that forgot to
hide a button, a script, the CLI acting as a user, all meet the same refusal in Chinese.

The user is read afresh on every change: an administrator who deactivates a user or changes a
role takes effect at that user's next click, on every workstation.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ..domain.case import Role
from ..domain.errors import RuleError
from ..domain.permissions import PERMISSION_LABELS, Permission, may, roles_with
from ..storage.models import User

F = TypeVar("F", bound=Callable)


def is_admin(session, user_id: int | None) -> bool:
    return holds(session, user_id, Permission.SETTINGS)


def holds(session, user_id: int | None, permission: Permission) -> bool:
    if user_id is None:
        return False
    user = session.get(User, user_id)
    return user is not None and bool(user.active) and may(user.role, permission)


def check(session, user_id: int | None, permission: Permission) -> None:
    """RuleError naming the roles that may, when the acting user may not."""
    if user_id is None:
        raise RuleError("permission.not_logged_in")
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise RuleError("permission.inactive")
    if not may(user.role, permission):
        raise RuleError("permission.denied", action=PERMISSION_LABELS[permission],
                        role=Role(user.role).label if user.role in Role._value2member_map_ else user.role,
                        roles="、".join(r.label for r in roles_with(permission)))


def requires(permission: Permission) -> Callable[[F], F]:
    """A service method that checks ``self.ctx``'s user before it runs (one short read)."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def checked(self, *args, **kwargs):
            with self.ctx.uow.read() as uow:
                check(uow.session, self.ctx.user_id, permission)
            return fn(self, *args, **kwargs)

        return checked  # type: ignore[return-value]

    return wrap
