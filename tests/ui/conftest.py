"""UI fixtures: real databases (SQLite files in tmp_path; PostgreSQL too when the suite is
pointed at a server), real widgets, scripted prompts, private settings."""
from __future__ import annotations

from datetime import datetime

import pytest

from wagecase import bootstrap
from wagecase.domain.identifiers import credit_check_char, id_check_char
from wagecase.services.dto import (
    ArrearsItemInput, ChainLinkInput, EmployerInput, IntakeInput, ProjectInput, WorkerInput,
)


def make_id(first17: str) -> str:
    return first17 + id_check_char(first17)


def make_code(first17: str) -> str:
    return first17 + credit_check_char(first17)


FULL_COLLECTION_EVERY = 25  # tests
_collected = [0]


@pytest.fixture(scope="package", autouse=True)
def _garbage_collected_on_the_gui_thread():
    """As in the program (workers.GuiThreadGarbage): no automatic collection while the UI tests
    run, so a background read's thread never frees a widget; the garbage is collected on this
    thread after each test (the young generations; all of it every few tests, a full collection
    after each one cost minutes). The rest of the suite collects as usual."""
    import gc

    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture(autouse=True)
def _background_reads_end_with_their_test():
    """Panels read off the GUI thread (workers.Reloader): none may outlive its test, or it
    reads a database already torn down, or Qt aborts at exit over a running thread."""
    yield
    import gc

    from wagecase.ui.workers import stop_all

    stop_all()
    # here, on the GUI thread (see above)
    _collected[0] += 1
    gc.collect(2 if _collected[0] % FULL_COLLECTION_EVERY == 0 else 1)


@pytest.fixture
def db_url(databases):
    """A migrated database: bootstrap.build finds it at head, as on a workstation's next start."""
    return databases.new("migrated", name="t.sqlite3")


@pytest.fixture
def services(db_url, tmp_path):
    services = bootstrap.build(db_url, data_dir=tmp_path)
    yield services
    from wagecase.ui.workers import stop_all

    stop_all()  # background reads first: they use this database
    services.ctx.uow.engine.dispose()


@pytest.fixture
def demo_services(services):
    services.demo.generate(300)
    return services


@pytest.fixture
def window(qtbot, demo_services, prompts, db_url):
    from wagecase.ui.app import describe_database
    from wagecase.ui.main_window import MainWindow

    win = MainWindow(prompts)
    qtbot.addWidget(win)
    win.attach(demo_services, describe_database(db_url))
    win.show()
    qtbot.waitExposed(win)
    return win


def construction_intake(officer_id: int | None, *, workers: int = 2) -> IntakeInput:
    """A collective construction complaint with a full contractor chain."""
    people = [
        WorkerInput(
            name=name, id_number=make_id(first17), phone=f"1380371{i:04d}",
            hukou_place="河南省周口市郸城县吴台镇", job="钢筋工", is_representative=(i == 0),
            employed_to="2026-06-30" if i else "",
            items=[
                ArrearsItemInput(kind="wages", period_from="2026-03", period_to="2026-06",
                                 amount=f"{12000 + i * 1000}"),
                ArrearsItemInput(kind="overtime", period_from="2026-03", period_to="2026-06",
                                 amount="800", note="周末加班"),
            ],
        )
        for i, (name, first17) in enumerate([
            ("郭建军", "41162519800512301"), ("孙秀兰", "41162519850923202"),
            ("马德胜", "41162519790101301"),
        ][:workers])
    ]
    return IntakeInput(
        case_type="inspection", is_collective=workers > 1, channel="visit",
        received_at=datetime(2026, 7, 6, 9, 30), officer_id=officer_id,
        employer=EmployerInput(name="河南豫顺劳务有限公司", credit_code=make_code("91410105MA9ABCDE1"),
                               legal_representative="周国强", address="河南省郑州市金水区花园路18号",
                               phone="0371-65551234", county_code="410105"),
        workers=people, industry="construction", county_code="410105",
        project=ProjectInput(
            name="金水区滨河花园三期住宅项目", address="郑州市金水区北三环与文化路交叉口",
            county_code="410105",
            chain=[
                ChainLinkInput(role="project_owner", employer=EmployerInput(
                    name="郑州滨河置业有限公司", credit_code=make_code("91410100MA4XYW123"))),
                ChainLinkInput(role="general_contractor", employer=EmployerInput(
                    name="河南中原建工集团有限公司", credit_code=make_code("91410000MA1234567"))),
                ChainLinkInput(role="crew_leader", person_name="赵铁柱",
                               person_id_number=make_id("41162519750303301"), person_phone="13903710000"),
            ],
        ),
        facts="2026年3月至6月在金水区滨河花园三期项目从事钢筋作业，工资至今未付。",
        claims="请求责令用人单位支付拖欠的工资及加班费。",
    )


@pytest.fixture
def registered_case(services):
    officers = services.lookup.officers()
    data = construction_intake(officers[0].id if officers else None)
    return services.intake.register(data)
