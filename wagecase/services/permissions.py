"""Who may change the office's settings: an active administrator (login and roles: issue 10)."""
from __future__ import annotations

from ..domain.case import Role
from ..storage.models import User


def is_admin(session, user_id: int | None) -> bool:
    if user_id is None:
        return False
    user = session.get(User, user_id)
    return user is not None and bool(user.active) and user.role == Role.ADMIN.value
