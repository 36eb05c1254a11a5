"""工作台's 待送达的裁决书 on a real database: listed for the tribunal until its service is recorded."""
from __future__ import annotations

from datetime import date

from tests.integration.test_arbitration_service import _arbitrators
from tests.scenarios.test_arbitration_path_end_to_end import _at, _heard, _items
from tests.ui.deadline_builders import register
from wagecase.services.dto import ServiceInput
from wagecase.ui.awards_to_serve import AwardsToServePanel


def test_an_award_waits_on_the_workbench_until_served(qtbot, services, qtmodeltester):
    a1, a2, a3, _clerk = _arbitrators(services)
    _at(services, date(2026, 7, 8))
    cid = register(services, "arbitration").case_id
    services.arbitration.act(cid, "accept")
    _heard(services, cid, {"presiding": str(a1), "member1": str(a2), "member2": str(a3)},
           date(2026, 7, 20), date(2026, 7, 9))
    services.awards.save(cid, _items(services, cid))
    _at(services, date(2026, 7, 22))
    awards = services.awards.issue(cid)
    services.ctx.user_id = a2
    _at(services, date(2026, 7, 30))
    panel = AwardsToServePanel(services)
    qtbot.addWidget(panel)
    panel.refresh()
    assert not panel.isHidden() and panel.title.text() == f"待送达的裁决书（{len(awards)}份）"
    row = [panel.model.index(0, c).data() for c in range(5)]
    assert row[0] == awards[0].number and row[3] == "2026年7月22日" and row[4] == "已过8日"
    qtmodeltester.check(panel.model)
    for a in awards:
        services.documents.record_service(a.document_id, ServiceInput("direct", "双方当事人", date(2026, 7, 30), ""))
    panel.refresh()
    assert panel.isHidden()
