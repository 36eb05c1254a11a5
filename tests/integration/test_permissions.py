"""Roles are enforced by the services, not only by hidden buttons: each role calls the services
directly, and the table below (written out here, not read from the code) says which calls go
through and which are refused with a Chinese sentence naming the roles that may."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wagecase.domain.errors import RuleError
from wagecase.domain.messages import message
from wagecase.domain.statistics import month_period
from wagecase.services.dto import CaseFilter
from .intake_support import as_role, intake, migrated_services, worker  # noqa: F401

ROLES = ("inspector", "arbitrator", "clerk", "legal_aid_liaison", "supervisor", "admin")
# call -> the roles that may make it
ALLOWED = {
    "register": {"inspector", "arbitrator", "clerk", "admin"},
    "inspection_step": {"inspector", "admin"},
    "arbitration_step": {"arbitrator", "clerk", "admin"},
    "issue_document": {"inspector", "arbitrator", "clerk", "legal_aid_liaison", "admin"},
    "void_document": {"supervisor", "admin"},
    "explain_legal_aid": {"inspector", "arbitrator", "clerk", "legal_aid_liaison", "admin"},
    "approve": {"supervisor"},
    "statistics": {"inspector", "arbitrator", "clerk", "supervisor", "admin"},
    "publish_list": {"supervisor", "admin"},
    "add_room": {"admin"},
    "create_user": {"admin"},
}


def _register(svc, case_type="inspection") -> int:
    return svc.intake.register(replace(intake([worker(0)], case_type=case_type),
                                       confirm_possible_duplicates=True)).case_id


@pytest.fixture
def office(migrated_services):
    """An office with a case of each type, an issued document and a request waiting."""
    svc = migrated_services
    inspection = _register(svc)
    arbitration = _register(svc, "arbitration")
    svc.inspection.act(inspection, "accept")
    svc.inspection.act(inspection, "extend_investigation", {"reason": "案情复杂"})
    [doc], _changes = svc.documents.issue(inspection, "case_cover")
    return svc, {"inspection": inspection, "arbitration": arbitration, "document": doc.id}


def _calls(svc, ids):
    return {
        "register": lambda: _register(svc),
        "inspection_step": lambda: svc.inspection.record_payment(ids["inspection"], _payment(svc, ids)),
        "arbitration_step": lambda: svc.arbitration.act(ids["arbitration"], "accept"),
        "issue_document": lambda: svc.documents.issue(ids["inspection"], "case_cover"),
        "void_document": lambda: svc.documents.void(ids["document"], "编号错误，重新制作"),
        "explain_legal_aid": lambda: svc.legal_aid.explain(ids["inspection"], date(2026, 3, 10), "李娜"),
        "approve": lambda: svc.inspection.decide_approval(_pending(svc), True, "同意"),
        "statistics": lambda: svc.statistics.report(month_period(2026, 3)),
        "publish_list": lambda: svc.publication.export_xlsx(date(2026, 3, 10)),
        "add_room": lambda: svc.hearings.add_room(f"第{len(svc.hearings.rooms()) + 10}仲裁庭"),
        "create_user": lambda: svc.users.create(f"user{len(svc.users.all())}", "新同事", "inspector", "Henan2026x"),
    }


def _payment(svc, ids):
    from wagecase.services.dto import PaymentInput

    view = svc.inspection.view(ids["inspection"])
    return PaymentInput(view.balances[0].worker_id, date(2026, 3, 10), "100", "employer")


def _pending(svc) -> int:
    from wagecase.storage.models import Approval

    with svc.ctx.uow.read() as uow:  # read directly: only the head may list them
        return uow.session.query(Approval.id).filter_by(status="pending").order_by(Approval.id).first()[0]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_what_its_table_says_and_nothing_else(office, role):
    svc, ids = office
    admin = svc.ctx.user_id
    with as_role(svc, role, display_name=f"{role}用户", username=f"u_{role}"):
        calls = _calls(svc, ids)
        for name, call in calls.items():
            if role in ALLOWED[name]:
                call()  # goes through (and does what it says: the other tests check that)
            else:
                with pytest.raises(RuleError) as e:
                    call()
                assert e.value.key == "permission.denied", (role, name, e.value.key)
                text = message(e.value.key, **e.value.params)
                assert text.startswith("当前用户（") and "可以办理" in text, text
    assert svc.ctx.user_id == admin


def test_a_refusal_changes_nothing(office):
    svc, ids = office
    before = svc.cases.count(CaseFilter())
    with as_role(svc, "legal_aid_liaison", username="liaison"):
        with pytest.raises(RuleError):
            _register(svc)
        with pytest.raises(RuleError):
            svc.documents.void(ids["document"], "作废")
    assert svc.cases.count(CaseFilter()) == before
    assert svc.documents.document(ids["document"]).status == "issued"


def test_a_deactivated_user_is_refused_at_the_next_call(office):
    svc, _ids = office
    with as_role(svc, "inspector", username="leaving") as uid:
        _register(svc)  # still active
        admin_id = next(u.id for u in svc.users.all() if u.role == "admin")
        svc.ctx.user_id = admin_id
        svc.users.update(uid, "离职人员", "inspector", False)
        svc.ctx.user_id = uid
        with pytest.raises(RuleError) as e:
            _register(svc)
        assert e.value.key == "permission.inactive"
