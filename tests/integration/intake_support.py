"""Shared pieces for the service tests: a real database (a SQLite file in tmp_path, and a
PostgreSQL database too when the suite is pointed at one), regions, users, and builders of
intake input with valid ID numbers and credit codes."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from wagecase.domain.identifiers import credit_check_char, id_check_char
from wagecase.services import Services
from wagecase.services.context import ServiceContext
from wagecase.services.dto import (
    ArrearsItemInput,
    ChainLinkInput,
    EmployerInput,
    IntakeInput,
    ProjectInput,
    WorkerInput,
)
from wagecase.storage.engine import make_engine
from wagecase.storage.models import Region, User

NOW_UTC = datetime(2026, 3, 10, 2, 0)  # 10:00 in Zhengzhou
RECEIVED = datetime(2026, 3, 9, 9, 30)  # local wall time as typed

REGIONS = [
    ("410000", "河南省", "河南省", 1, None),
    ("410100", "郑州市", "河南省郑州市", 2, "410000"),
    ("410105", "金水区", "河南省郑州市金水区", 3, "410100"),
    ("410122", "中牟县", "河南省郑州市中牟县", 3, "410100"),
    ("410300", "洛阳市", "河南省洛阳市", 2, "410000"),
    ("410302", "老城区", "河南省洛阳市老城区", 3, "410300"),
]

NAMES = ["张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "冯军", "陈刚", "褚强", "卫东"]


def id_number(n: int, region: str = "410122", birth: str = "19850312") -> str:
    first17 = f"{region}{birth}{n % 1000:03d}"
    return first17 + id_check_char(first17)


def credit_code(n: int) -> str:
    first17 = f"91410100MA{n:07d}"
    return first17 + credit_check_char(first17)


def schema_services(url: str, data_dir: Path) -> Services:
    """Services on the models' schema at ``url`` (no migrations, no reference data), with a few
    regions, the administrator acting, and the inspector 李娜 (and an inactive one)."""
    engine = make_engine(url)
    ctx = ServiceContext(uow=_uow(engine), data_dir=data_dir, clock=lambda: NOW_UTC)
    svc = Services.create(ctx)
    with ctx.uow.write() as uow:
        uow.session.add_all(Region(code=c, name=n, full_name=f, level=lv, parent_code=p)
                            for c, n, f, lv, p in REGIONS)
        uow.commit()
    ctx.user_id = svc.users.ensure_default().id
    with ctx.uow.write() as uow:
        uow.session.add_all([
            User(username="lina", display_name="李娜", role="inspector", active=True, created_at=NOW_UTC),
            User(username="old", display_name="停用者", role="inspector", active=False, created_at=NOW_UTC),
        ])
        uow.commit()
    return svc


@pytest.fixture
def services(databases, tmp_path) -> Services:
    svc = schema_services(databases.new("schema"), tmp_path / "data")
    yield svc
    svc.ctx.uow.engine.dispose()


def _uow(engine):
    from wagecase.storage.uow import UnitOfWorkFactory

    return UnitOfWorkFactory(engine)


def officer_id(svc: Services, name: str = "李娜") -> int:
    return next(u.id for u in svc.lookup.officers() if u.display_name == name)


def worker(i: int, amount: str = "3000", **kw) -> WorkerInput:
    items = kw.pop("items", None) or [ArrearsItemInput(kind="wages", period_from="2025-10",
                                                       period_to="2026-01", amount=amount)]
    base = dict(name=NAMES[i % len(NAMES)], id_number=id_number(i), phone="13800138000",
                hukou_place="河南省周口市", items=items)
    base.update(kw)
    return WorkerInput(**base)


def employer(n: int = 1, **kw) -> EmployerInput:
    base = dict(name="郑州宏远建筑劳务有限公司", credit_code=credit_code(n),
                legal_representative="刘建国", address="郑州市金水区花园路1号", county_code="410105")
    base.update(kw)
    return EmployerInput(**base)


def chain() -> list[ChainLinkInput]:
    return [
        ChainLinkInput(role="project_owner", employer=EmployerInput(
            name="郑州市城市建设投资有限公司", credit_code=credit_code(101))),
        ChainLinkInput(role="general_contractor", employer=EmployerInput(
            name="河南省第一建筑工程集团有限责任公司", credit_code=credit_code(102))),
        ChainLinkInput(role="subcontractor", employer=EmployerInput(
            name="郑州宏远建筑劳务有限公司", credit_code=credit_code(1))),
        ChainLinkInput(role="crew_leader", person_name="马德福",
                       person_id_number=id_number(900, "412702", "19750101"),
                       person_phone="13900000000"),
    ]


def intake(workers=None, *, collective=None, construction=False, **kw) -> IntakeInput:
    workers = workers if workers is not None else [worker(0)]
    base = dict(
        case_type="inspection", is_collective=len(workers) > 1 if collective is None else collective,
        channel="visit", received_at=RECEIVED, officer_id=None, employer=employer(),
        workers=workers, facts="拖欠工资", claims="支付工资",
    )
    if construction:
        base.update(industry="construction", project=ProjectInput(
            name="中牟县绿博园安置房项目", address="中牟县绿博大道", county_code="410122",
            chain=chain()))
    base.update(kw)
    return IntakeInput(**base)


@pytest.fixture
def migrated_services(databases, tmp_path) -> Services:
    """Services on a database built by the real migrations: regions and reference data loaded."""
    engine = make_engine(databases.new("migrated"))
    ctx = ServiceContext(uow=_uow(engine), data_dir=tmp_path / "data", clock=lambda: NOW_UTC)
    svc = Services.create(ctx)
    ctx.user_id = svc.users.ensure_default().id
    with ctx.uow.write() as uow:
        uow.session.add(User(username="lina", display_name="李娜", role="inspector", active=True,
                             created_at=NOW_UTC))
        uow.commit()
    yield svc
    engine.dispose()


@contextmanager
def as_role(svc: Services, role: str = "supervisor", display_name: str = "郑国栋", username: str = "zheng"):
    """Acts as a user of ``role`` (created the first time) for the ``with`` block: approvals are
    the 科室负责人's alone."""
    from wagecase.storage import repositories as repo

    with svc.ctx.uow.write() as uow:
        user = repo.user_by_username(uow.session, username)
        if user is None:
            user = User(username=username, display_name=display_name, role=role, active=True, created_at=NOW_UTC)
            uow.session.add(user)
            uow.session.flush()
        uid = user.id
        uow.commit()
    before = svc.ctx.user_id
    svc.ctx.user_id = uid
    try:
        yield uid
    finally:
        svc.ctx.user_id = before
