"""Users. Login and roles come with issue 10; until then the app acts as the office's default user."""
from __future__ import annotations

from ..domain.case import Role
from ..domain.errors import RuleError
from ..storage import repositories as repo
from ..storage.models import User
from . import audit
from .context import ServiceContext
from .dto import UserView
from .lookup import user_view


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
        """The user the app acts as until login exists (issue 10): the first active admin,
        created as 系统管理员 when the database has no user at all."""
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
                         active=True, created_at=now)
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
