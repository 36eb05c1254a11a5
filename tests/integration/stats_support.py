"""A known month of work (March 2026) written straight into a migrated SQLite database, for the
statistics tests: every figure of the monthly report can be worked out by hand from this file.

Cases (received in March unless said):
  C1 监察 来访 金水区 工程建设 1人 3,000   李娜  closed 3/20 after an order to pay; paid 3,000 on 3/18
  C2 监察 12333 中牟县 工程建设 集体12人 120,000 王强 transferred to the police 3/25; paid 20,000 + 10,000
  C3 仲裁 来访 金水区 非工程 1人 8,000     李娜  closed 3/30 by a signed mediation
  C4 仲裁 全国平台 老城区 非工程 集体5人 50,000 no officer, accepted
  C5 监察 来访 金水区 received 2/27, rejected at 00:30 on 3/1 local (still February in UTC)
  C6 监察 来访 金水区 1人 1,000 李娜, received 3/31
  C7 仲裁 received 4/1: outside the month
Today is 2026-04-05.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from wagecase.services.context import to_utc
from wagecase.storage.models import (
    Case,
    CaseDeadline,
    CaseEvent,
    CaseWorker,
    Employer,
    IssuedDocument,
    Listing,
    Payment,
    Referral,
    ServiceRecord,
    User,
    Worker,
)

TODAY = date(2026, 4, 5)
NOW_UTC = datetime(2026, 4, 5, 2, 0)  # 10:00 local


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """A local wall time as the UTC the database keeps."""
    return to_utc(datetime(y, m, d, hh, mm))


def build_march(svc) -> dict[str, int]:
    """Writes the month; returns the ids of the cases by name (C1…C7) and of the officers."""
    ids: dict[str, int] = {}
    with svc.ctx.uow.write() as uow:
        s = uow.session
        lina = s.query(User).filter_by(display_name="李娜").one_or_none()
        if lina is None:
            lina = User(username="lina", display_name="李娜", role="inspector", active=True, created_at=NOW_UTC)
            s.add(lina)
        wang = User(username="wangq", display_name="王强", role="inspector", active=True, created_at=NOW_UTC)
        s.add(wang)
        e1 = Employer(name="郑州宏远建筑劳务有限公司", county_code="410105", created_at=NOW_UTC)
        e2 = Employer(name="中牟县兴达建设有限公司", county_code="410122", created_at=NOW_UTC)
        s.add_all([e1, e2])
        s.flush()
        ids["lina"], ids["wang"] = lina.id, wang.id

        def case(name, case_type, channel, county, industry, workers, yuan, officer, received, status,
                 closed=None, employer=e1):
            c = Case(case_number=f"测{name}", case_type=case_type, status=status, is_collective=workers >= 3,
                     channel=channel, received_at=to_utc(datetime.combine(received, datetime.min.time())
                                                         + timedelta(hours=9)),
                     received_date=received, officer_id=officer, employer_id=employer.id, industry=industry,
                     county_code=county, worker_count=workers, lead_worker_name=f"{name}劳动者",
                     employer_name=employer.name, claimed_fen=yuan * 100, created_at=NOW_UTC,
                     updated_at=NOW_UTC, closed_at=closed)
            s.add(c)
            s.flush()
            ids[name] = c.id
            return c

        c1 = case("C1", "inspection", "visit", "410105", "construction", 1, 3000, lina.id, date(2026, 3, 2),
                  "closed", closed=local(2026, 3, 20))
        c2 = case("C2", "inspection", "hotline_12333", "410122", "construction", 12, 120000, wang.id,
                  date(2026, 3, 9), "transferred", employer=e2)
        c3 = case("C3", "arbitration", "visit", "410105", "other", 1, 8000, lina.id, date(2026, 3, 3),
                  "closed", closed=local(2026, 3, 30, 18))
        c4 = case("C4", "arbitration", "national_platform", "410302", "other", 5, 50000, None, date(2026, 3, 16),
                  "accepted")
        c5 = case("C5", "inspection", "visit", "410105", "other", 1, 2000, lina.id, date(2026, 2, 27),
                  "rejected", closed=local(2026, 3, 1, 0, 30))
        case("C6", "inspection", "visit", "410105", "other", 1, 1000, lina.id, date(2026, 3, 31), "registered")
        case("C7", "arbitration", "visit", "410105", "other", 1, 500, lina.id, date(2026, 4, 1), "accepted")

        def event(c, kind, on):
            s.add(CaseEvent(case_id=c.id, kind=kind, occurred_at=NOW_UTC, event_date=on))

        event(c1, "rectification_order_issued", date(2026, 3, 10))
        event(c1, "case_closed", date(2026, 3, 20))
        event(c2, "rectification_order_issued", date(2026, 3, 12))
        event(c2, "transferred_to_police", date(2026, 3, 25))
        event(c3, "mediation_signed", date(2026, 3, 30))
        event(c5, "rejected", date(2026, 3, 1))

        def case_worker(c, n):
            w = Worker(name=f"{c.case_number}工人{n}", created_at=NOW_UTC)
            s.add(w)
            s.flush()
            cw = CaseWorker(case_id=c.id, worker_id=w.id, position=n, role="complainant")
            s.add(cw)
            s.flush()
            return cw

        def paid(c, cw, on, yuan, payer):
            s.add(Payment(case_id=c.id, case_worker_id=cw.id, paid_on=on, amount_fen=yuan * 100, payer=payer,
                          method="bank", recorded_at=NOW_UTC))

        w1 = case_worker(c1, 0)
        paid(c1, w1, date(2026, 3, 18), 3000, "employer")
        paid(c1, w1, date(2026, 4, 2), 500, "employer")  # April: not in the month
        w2, w3 = case_worker(c2, 0), case_worker(c2, 1)
        paid(c2, w2, date(2026, 3, 28), 20000, "general_contractor")
        paid(c2, w3, date(2026, 3, 28), 10000, "general_contractor")

        s.add_all([
            Listing(case_id=c1.id, employer_id=e1.id, status="listed", proposed_on=date(2026, 3, 1),
                    decided_on=date(2026, 3, 10), ends_on=date(2029, 3, 9), created_at=NOW_UTC, updated_at=NOW_UTC),
            Listing(case_id=c2.id, employer_id=e2.id, status="removed", proposed_on=date(2024, 12, 1),
                    decided_on=date(2025, 1, 1), ends_on=date(2027, 12, 31), removed_on=date(2026, 3, 15),
                    removal_kind="early", created_at=NOW_UTC, updated_at=NOW_UTC),
            Listing(case_id=c4.id, employer_id=e1.id, status="declined", proposed_on=date(2026, 3, 5),
                    decided_on=None, created_at=NOW_UTC, updated_at=NOW_UTC),
        ])
        s.add_all([
            Referral(case_id=c3.id, status="accepted", urgent=True, applied_on=date(2026, 3, 5),
                     sent_on=date(2026, 3, 5), received_on=date(2026, 3, 6), decided_on=date(2026, 3, 8),
                     created_at=NOW_UTC, updated_at=NOW_UTC),
            Referral(case_id=c2.id, status="sent", applied_on=date(2026, 3, 29), sent_on=date(2026, 3, 29),
                     created_at=NOW_UTC, updated_at=NOW_UTC),
            Referral(case_id=c5.id, status="refused", applied_on=date(2026, 2, 20), sent_on=date(2026, 2, 20),
                     decided_on=date(2026, 2, 25), created_at=NOW_UTC, updated_at=NOW_UTC),
        ])

        def deadline(c, code, due, met=None):
            s.add(CaseDeadline(case_id=c.id, period_code=code, start_date=due - timedelta(days=7), due_date=due,
                               met_on=met))

        deadline(c1, "inspection.acceptance", date(2026, 3, 9), date(2026, 3, 5))  # on time
        deadline(c2, "inspection.acceptance", date(2026, 3, 16), date(2026, 3, 18))  # late
        deadline(c2, "inspection.investigation", date(2026, 3, 31))  # overdue
        deadline(c3, "arbitration.time_limit", date(2026, 3, 25), date(2026, 3, 20))  # on time
        deadline(c4, "arbitration.acceptance", date(2026, 3, 31))  # overdue, nobody's
        deadline(c3, "legal_aid.decision", date(2026, 3, 12), date(2026, 3, 8))  # the centre's, on time
        deadline(c1, "inspection.payment_order", date(2026, 3, 15))  # a party's: not measured
        deadline(c2, "inspection.acceptance", date(2026, 4, 8))  # due in April

        def document(c, form_id, at, served=False, status="issued"):
            d = IssuedDocument(case_id=c.id, form_id=form_id, family=form_id, number=f"{form_id}-{c.id}",
                               number_year=2026, status=status, issued_at=at, pdf_sha256="", docx_sha256="")
            s.add(d)
            s.flush()
            if served:
                s.add(ServiceRecord(document_id=d.id, method="direct", recipient="被诉单位",
                                    served_on=date(2026, 3, 12), recorded_at=NOW_UTC))

        document(c1, "inspection.rectification_order", local(2026, 3, 10), served=True)
        document(c2, "inspection.rectification_order", local(2026, 3, 12))
        document(c2, "inspection.case_approval", local(2026, 3, 10))  # internal: not served
        document(c3, "arbitration.award", local(2026, 3, 20), status="voided")
        uow.commit()
    return ids
