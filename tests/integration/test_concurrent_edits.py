"""Two workstations on one database: a change made on one after the other's screen read the case
is refused on the other with what was done, and goes through once the user has seen it; a
process's own changes never conflict with its own screens."""
from __future__ import annotations

from dataclasses import replace

import pytest

from wagecase.domain.messages import message
from wagecase.services import Services
from wagecase.services.context import ServiceContext
from wagecase.storage.case_versions import CaseChanged
from wagecase.storage.engine import make_engine
from wagecase.storage.uow import UnitOfWorkFactory
from .intake_support import NOW_UTC, as_role, intake, migrated_services, worker  # noqa: F401


@pytest.fixture
def two_workstations(migrated_services):
    here = migrated_services
    engine = make_engine(str(here.ctx.uow.engine.url))
    ctx = ServiceContext(uow=UnitOfWorkFactory(engine), data_dir=here.ctx.data_dir, clock=lambda: NOW_UTC)
    there = Services.create(ctx)
    with as_role(here, "inspector", username="wangq", display_name="王强") as wang:
        pass
    ctx.user_id = wang
    cid = here.intake.register(replace(intake([worker(0)]), confirm_possible_duplicates=True)).case_id
    yield here, there, cid
    engine.dispose()


def test_the_second_save_is_told_what_changed_then_goes_through(two_workstations):
    here, there, cid = two_workstations
    here.cases.watch(cid, here.cases.detail(cid).version)  # the case is on screen here
    there.inspection.act(cid, "accept")  # 王强 accepts it on the other workstation
    with pytest.raises(CaseChanged) as e:
        here.legal_aid.explain(cid, NOW_UTC.date(), "李娜")
    text = message(e.value.key, **e.value.params)
    assert text.startswith("本案已被其他工作站的用户修改：") and "王强" in text and "您填写的内容已保留" in text
    assert here.legal_aid.view(cid).explained_text.startswith("尚未记录告知")  # nothing was written
    here.legal_aid.explain(cid, NOW_UTC.date(), "李娜")  # told; acting on the case as it now is
    assert here.legal_aid.view(cid).explained_text.startswith("已于2026年3月10日告知")


def test_own_changes_never_conflict(two_workstations):
    here, _there, cid = two_workstations
    here.cases.watch(cid, here.cases.detail(cid).version)
    here.inspection.act(cid, "accept")
    here.legal_aid.explain(cid, NOW_UTC.date(), "李娜")  # the screen follows its own process
    assert here.cases.detail(cid).version > 1


def test_an_unwatched_case_is_never_refused(two_workstations):
    here, there, cid = two_workstations
    there.inspection.act(cid, "accept")
    here.legal_aid.explain(cid, NOW_UTC.date(), "李娜")
