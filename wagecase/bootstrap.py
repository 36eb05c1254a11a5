"""The one composition root: database URL -> engine -> migrations -> Services."""
from __future__ import annotations

from pathlib import Path

from . import paths
from .services import Services
from .services.context import ServiceContext
from .storage.engine import make_engine, sqlite_url
from .storage.uow import UnitOfWorkFactory


def default_url() -> str:
    import os

    return (os.environ.get("WAGECASE_DATABASE_URL") or paths.remembered_database()
            or sqlite_url(paths.default_database_path()))


def build(database_url: str | None = None, *, data_dir: Path | None = None,
          migrate: bool = True) -> Services:
    url = database_url or default_url()
    ddir = data_dir or paths.data_dir()
    engine = make_engine(url)
    if migrate:
        from .storage.migrations import upgrade

        upgrade(engine, backup_dir=ddir / "backups")
    ctx = ServiceContext(uow=UnitOfWorkFactory(engine), data_dir=ddir)
    services = Services.create(ctx)
    ctx.user_id = services.users.ensure_default().id
    return services
