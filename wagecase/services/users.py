"""Users. Login and roles come with issue 10; until then the app acts as the office's default user."""
from __future__ import annotations

from .context import ServiceContext
from .dto import UserView


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current(self) -> UserView | None:
        raise NotImplementedError

    def all(self) -> list[UserView]:
        raise NotImplementedError

    def ensure_default(self) -> UserView:
        """The user the app acts as until login exists (issue 10): the first active admin,
        created as 系统管理员 when the database has no user at all."""
        raise NotImplementedError
