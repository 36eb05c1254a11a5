"""What every service needs: the unit-of-work factory, where files go, who is acting, the clock."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ..storage.uow import UnitOfWorkFactory

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    data_dir: Path
    user_id: int | None = None
    clock: Callable[[], datetime] = field(default=utc_now)  # naive UTC

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"


def to_local(utc: datetime) -> datetime:
    """Naive UTC from the database -> naive Asia/Shanghai wall time for display."""
    return utc.replace(tzinfo=timezone.utc).astimezone(LOCAL_TZ).replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """Naive Asia/Shanghai wall time typed by a user -> naive UTC for the database."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=LOCAL_TZ)
    return local.astimezone(timezone.utc).replace(tzinfo=None)
