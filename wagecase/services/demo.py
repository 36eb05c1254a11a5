"""Realistic demo data (Henan names, employers with valid codes, projects, contractor chains).

Written in bulk (storage/bulk.py), one transaction per batch, so 100,000 cases load in well
under a minute and a cancel keeps whole batches. Everything the services maintain per case
(list columns, search text, number sequences) is filled exactly as they would, so the demo
cases behave like registered ones: they are found by search and later registrations continue
their numbering.
"""
from __future__ import annotations

import bisect
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..domain import blacklist_rules
from ..domain import demo_data as dd
from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    EventKind,
    Industry,
    ProceduralEvent,
    Role,
    Sex,
    WorkerRole,
)
from ..domain.calendar import HolidayData, WorkingCalendar
from ..domain.identifiers import CREDIT_ALPHABET, credit_check_char, id_check_char
from ..domain.money import format_yuan
from ..domain.periods import EventFact, PeriodRule, compute_deadlines
from ..domain.permissions import Permission
from ..domain.pinyin import initials
from ..domain.search import case_search_text
from ..storage import bulk
from ..storage.numbering import CASE_NUMBER_PATTERNS, format_case_number
from . import audit
from .context import ServiceContext
from .deadlines import MemoCalendar, deadline_rows
from .demo_timeline import procedural_steps
from .permissions import requires
from .reference import ReferenceService

BATCH_MAX = 5_000
# The database keeps naive UTC; Asia/Shanghai has had no DST since 1991, so a fixed offset
# is exact and ~50x cheaper than zoneinfo for a million timestamps.
_UTC_OFFSET = timedelta(hours=8)
_FINISHED = {CaseStatus.REJECTED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED}
_OWN_CASES = 120
_OWN_RECENT_DAYS = 90

_CHANNELS = {
    CaseType.INSPECTION: ((Channel.VISIT, 40), (Channel.NATIONAL_PLATFORM, 20), (Channel.HOTLINE_12333, 18),
                          (Channel.PHONE, 10), (Channel.TRANSFER, 7), (Channel.LETTER, 5)),
    CaseType.ARBITRATION: ((Channel.VISIT, 78), (Channel.TRANSFER, 7), (Channel.NATIONAL_PLATFORM, 6),
                           (Channel.LETTER, 5), (Channel.HOTLINE_12333, 2), (Channel.PHONE, 2)),
}

S = CaseStatus
# (max age in days, ((status, weight), ...)): older cases are mostly finished.
_STATUS_BY_AGE = {
    CaseType.INSPECTION: (
        (3, ((S.REGISTERED, 70), (S.SUPPLEMENT_REQUESTED, 8), (S.ACCEPTED, 17), (S.REJECTED, 5))),
        (15, ((S.REGISTERED, 10), (S.SUPPLEMENT_REQUESTED, 5), (S.ACCEPTED, 20), (S.INVESTIGATING, 50),
              (S.REJECTED, 5), (S.WITHDRAWN, 3), (S.CLOSED, 7))),
        (60, ((S.ACCEPTED, 5), (S.INVESTIGATING, 35), (S.ORDERED, 25), (S.DECIDED, 5), (S.CLOSED, 22),
              (S.WITHDRAWN, 3), (S.REJECTED, 5))),
        (120, ((S.INVESTIGATING, 10), (S.ORDERED, 12), (S.DECIDED, 10), (S.TRANSFERRED, 2), (S.CLOSED, 55),
               (S.WITHDRAWN, 4), (S.REJECTED, 7))),
        (10**6, ((S.INVESTIGATING, 2), (S.ORDERED, 3), (S.DECIDED, 4), (S.TRANSFERRED, 2), (S.CLOSED, 78),
                 (S.WITHDRAWN, 4), (S.REJECTED, 7))),
    ),
    CaseType.ARBITRATION: (
        (5, ((S.REGISTERED, 65), (S.SUPPLEMENT_REQUESTED, 5), (S.ACCEPTED, 25), (S.REJECTED, 5))),
        (20, ((S.REGISTERED, 5), (S.ACCEPTED, 35), (S.TRIBUNAL_FORMED, 25), (S.HEARING_SCHEDULED, 15),
              (S.MEDIATED, 10), (S.WITHDRAWN, 5), (S.REJECTED, 5))),
        (60, ((S.TRIBUNAL_FORMED, 8), (S.HEARING_SCHEDULED, 25), (S.SUSPENDED, 3), (S.MEDIATED, 25),
              (S.AWARDED, 25), (S.WITHDRAWN, 7), (S.REJECTED, 4), (S.CLOSED, 3))),
        (10**6, ((S.HEARING_SCHEDULED, 2), (S.SUSPENDED, 1), (S.MEDIATED, 25), (S.AWARDED, 30), (S.CLOSED, 30),
                 (S.WITHDRAWN, 7), (S.REJECTED, 5))),
    ),
}
@dataclass
class _Region:
    code: str
    name: str
    full_name: str
    prefecture_code: str
    prefecture_name: str  # "" for 济源 (directly under the province)


@dataclass
class _Employer:
    id: int
    name: str
    credit_code: str
    county: _Region
    legal_representative: str = ""
    legal_representative_id_number: str = ""


@dataclass
class _Project:
    id: int
    name: str
    county: _Region
    general_contractor: _Employer
    subcontractor: _Employer
    crew_leader: str


@dataclass
class _Pools:
    owners: list[_Employer] = field(default_factory=list)
    contractors: list[_Employer] = field(default_factory=list)
    subcontractors: list[_Employer] = field(default_factory=list)
    others: list[_Employer] = field(default_factory=list)
    projects: list[_Project] = field(default_factory=list)


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def is_empty(self) -> bool:
        """True when the database has no case yet (first start: offer demo data)."""
        with self.ctx.uow.read() as uow:
            return not bulk.any_case(uow.session)

    @requires(Permission.SETTINGS)
    def generate(self, cases: int, *, seed: int = 2026,
                 progress: Callable[[int, int], bool] | None = None) -> int:
        """Add ``cases`` demo cases in bulk; ``progress(done, total)`` returning False cancels
        (what was committed so far stays). Returns the number of cases added."""
        if cases <= 0:
            return 0
        gen = _Generator(self.ctx, random.Random(seed), cases)
        reference = ReferenceService(self.ctx)
        rules = reference.period_rules()
        gen.calendar = MemoCalendar(reference.calendar().data)
        gen.rules = {t: [r for r in rules if not r.case_types or t.value in r.case_types] for t in CaseType}
        with self.ctx.uow.write() as uow:
            gen.setup(uow.session)
            uow.commit()
        batch = max(10, min(BATCH_MAX, math.ceil(cases / 20)))
        done = 0
        while done < cases:
            n = min(batch, cases - done)
            with self.ctx.uow.write() as uow:
                gen.write_batch(uow.session, done, n)
                if done + n >= cases:
                    self._finish(uow.session, gen, seed)
                uow.commit()
            done += n
            if progress is not None and progress(done, cases) is False and done < cases:
                with self.ctx.uow.write() as uow:
                    self._finish(uow.session, gen, seed, added=done)
                    uow.commit()
                break
        return done

    def _finish(self, session, gen: "_Generator", seed: int, added: int | None = None) -> None:
        bulk.sync_id_sequences(session)
        # one entry for the whole load: a million per-row entries would drown the log
        audit.record(session, self.ctx.user_id, "demo.generate", "case", None, None, None,
                     {"cases": added if added is not None else gen.total, "seed": seed}, self.ctx.clock())


class _Generator:
    def __init__(self, ctx: ServiceContext, rng: random.Random, total: int) -> None:
        self.ctx = ctx
        self.rng = rng
        self.total = total
        self.now = ctx.clock()  # naive UTC
        self.now_local = self.now + _UTC_OFFSET
        self.today = self.now_local.date()
        self.sequences: dict[tuple[str, int], int] = {}
        self.rules: dict[CaseType, list[PeriodRule]] = {t: [] for t in CaseType}
        self.calendar = WorkingCalendar(HolidayData.from_package())
        self.own_user: int | None = None
        self.own_share = 0.0
        self._initials: dict[str, str] = {}

    # ---- set-up: regions, officers, existing codes, the employer and project pools -----------

    def setup(self, session) -> None:
        self._load_regions(session)
        self.taken_ids = bulk.existing_worker_id_numbers(session)
        self.taken_codes = bulk.existing_credit_codes(session)
        self.taken_names = bulk.existing_employer_names(session)
        keys = [f"case_number_pattern.{t.value}" for t in CaseType]
        stored = bulk.setting_values(session, keys)
        self.patterns = {t: stored.get(f"case_number_pattern.{t.value}") or CASE_NUMBER_PATTERNS[t.value]
                         for t in CaseType}
        ids = bulk.max_ids(session)
        rows: dict[str, list[dict]] = {name: [] for name in bulk.TABLE_ORDER}
        if bulk.user_count(session) < 3:
            self._officer_rows(session, ids, rows["users"])
        self._build_pools(ids, rows)
        bulk.insert_rows(session, rows)
        officers = bulk.users(session)
        inspectors = [u[0] for u in officers if u[3] == Role.INSPECTOR]
        arbitrators = [u[0] for u in officers if u[3] in (Role.ARBITRATOR, Role.CLERK)]
        everyone = [u[0] for u in officers]
        self.officers = {CaseType.INSPECTION: inspectors or everyone,
                         CaseType.ARBITRATION: arbitrators or everyone}
        self.tribunal_pool = [u[0] for u in officers if u[3] == Role.ARBITRATOR] or everyone
        self.centres = bulk.legal_aid_centre_ids(session)
        if not self.centres:
            from .legal_aid_centres import demo_centres

            rows_c = [{"name": c.name, "kind": c.kind, "address": c.address, "phone": c.phone,
                       "counties": c.counties, "active": True} for c in demo_centres()]
            bulk.insert_centres(session, rows_c)
            self.centres = bulk.legal_aid_centre_ids(session)
        self.rooms = bulk.hearing_room_ids(session)
        self.booked: set[tuple] = set()  # (day, slot, room or "u"+user): no double booking
        self._plan_receipts()
        # the user loading the demo (系统管理员 by default) gets about _OWN_CASES recent open cases
        self.own_user = self.ctx.user_id
        recent = sum(1 for t, _ in self.plan if (self.today - t.date()).days <= _OWN_RECENT_DAYS)
        self.own_share = min(0.5, _OWN_CASES / recent) if recent else 0.0

    def _load_regions(self, session) -> None:
        rows = bulk.henan_regions(session)
        if not any(r[3] == 3 for r in rows):
            # schema built without the migration (tests, create_all): use the shipped file
            from ..storage.reference import load_regions_csv

            rows = [(r["code"], r["name"], r["full_name"], r["level"], r["parent_code"])
                    for r in load_regions_csv() if r["code"].startswith("41")]
        names = {r[0]: r[1] for r in rows}
        counties = []
        for code, name, full_name, level, parent in rows:
            if level != 3:
                continue
            pref_code = parent if parent and parent != "410000" else code
            pref_name = names.get(parent, "") if parent and parent != "410000" else ""
            counties.append(_Region(code, name, full_name, pref_code, pref_name))
        self.counties = counties
        self.home_counties = [c for c in counties if c.prefecture_code == dd.HOME_PREFECTURE] or counties
        weights = [3 if c.prefecture_code in dd.LABOUR_EXPORT_PREFECTURES else 1 for c in counties]
        self.hometown_cum = list(_cumulative(weights))

    def _officer_rows(self, session, ids: dict[str, int], out: list[dict]) -> None:
        taken = {u[1] for u in bulk.users(session)}
        next_id = ids["users"]
        for n, (name, role) in enumerate(dd.DEMO_OFFICERS, start=1):
            username = f"demo{n:02d}"
            if username in taken:
                continue
            next_id += 1
            out.append({"id": next_id, "username": username, "display_name": name, "role": role,
                        "password_hash": None, "active": True, "created_at": self.now})
        ids["users"] = next_id

    def _build_pools(self, ids: dict[str, int], rows: dict[str, list[dict]]) -> None:
        n_construction = max(1, round(self.total * 0.55))
        n_projects = max(3, round(n_construction / 12))
        pools = _Pools()
        for pool, kind, size in (
            (pools.owners, "owner", max(2, n_projects // 4)),
            (pools.contractors, "contractor", max(2, n_projects // 6)),
            (pools.subcontractors, "subcontractor", max(3, round(n_projects * 0.8))),
            (pools.others, "other", max(5, (self.total - n_construction) // 5)),
        ):
            for _ in range(size):
                pool.append(self._employer(kind, ids, rows["employers"]))
        for _ in range(n_projects):
            pools.projects.append(self._project(pools, ids, rows))
        self.pools = pools

    def _county(self, home_share: float) -> _Region:
        rng = self.rng
        return rng.choice(self.home_counties) if rng.random() < home_share else rng.choice(self.counties)

    def _employer(self, kind: str, ids: dict[str, int], out: list[dict]) -> _Employer:
        rng = self.rng
        county = self._county({"owner": 0.6, "contractor": 0.6, "subcontractor": 0.5}.get(kind, 0.65))
        pref = county.prefecture_name or county.name
        cnty = county.name if county.prefecture_name else ""
        # a few village collectives (村级集体经济组织) hire too: their codes start with N2,
        # the letter-first kind that stdnum wrongly rejects
        collective = kind == "other" and rng.random() < 0.01
        for _ in range(30):
            if collective:
                name = dd.hukou_place(rng, county.name).removesuffix("村") + "村股份经济合作社"
            else:
                name = dd.company_name(rng, kind, pref, cnty)
            if name not in self.taken_names:
                break
        self.taken_names.add(name)
        code = self._credit_code(county.code, "N2" if collective else "91")
        ids["employers"] += 1
        male = rng.random() < 0.8
        legal = dd.person_name(rng, male)
        legal_id = self._id_number(rng.choice(self.counties).code, male, 1960, 1990, unique=False)
        out.append({
            "id": ids["employers"], "name": name, "credit_code": code,
            "legal_representative": legal, "legal_representative_id_number": legal_id,
            "address": dd.street_address(rng, county.full_name),
            "phone": dd.office_phone(rng, county.prefecture_code) if rng.random() < 0.6 else dd.mobile_phone(rng),
            "county_code": county.code, "name_initials": self._ini(name),
            "created_at": self.now, "version": 1,
        })
        return _Employer(ids["employers"], name, code, county, legal, legal_id)

    def _credit_code(self, region: str, head: str) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.6:  # codes issued since 2015 mostly start the body with MA
                body = "MA" + "".join(rng.choices(CREDIT_ALPHABET, k=7))
            else:
                body = "".join(rng.choices("0123456789", k=8)) + rng.choice(CREDIT_ALPHABET)
            first17 = head + region + body
            code = first17 + credit_check_char(first17)
            if code not in self.taken_codes:
                self.taken_codes.add(code)
                return code

    def _id_number(self, region: str, male: bool, year_from: int, year_to: int, *, unique: bool = True) -> str:
        rng = self.rng
        while True:
            born = date(rng.randint(year_from, year_to), 1, 1) + timedelta(days=rng.randrange(365))
            order = rng.randrange(50) * 2 + (1 if male else 0)  # the 17th digit is odd for men
            first17 = f"{region}{born:%Y%m%d}{rng.randrange(10)}{order:02d}"
            value = first17 + id_check_char(first17)
            if not unique:
                return value
            if value not in self.taken_ids:
                self.taken_ids.add(value)
                return value

    def _project(self, pools: _Pools, ids: dict[str, int], rows: dict[str, list[dict]]) -> _Project:
        rng = self.rng
        county = self._county(0.7)
        pref = county.prefecture_name or county.name
        cnty = county.name if county.prefecture_name else ""
        name = dd.project_name(rng, pref, cnty)
        ids["projects"] += 1
        pid = ids["projects"]
        rows["projects"].append({"id": pid, "name": name, "address": dd.project_address(rng, county.full_name),
                                 "county_code": county.code, "name_initials": self._ini(name),
                                 "created_at": self.now})
        owner = rng.choice(pools.owners)
        gc = _skewed(rng, pools.contractors)
        sub = _skewed(rng, pools.subcontractors)
        leader = dd.person_name(rng, True)
        parent = None
        for position, (role, emp) in enumerate(((ContractorRole.PROJECT_OWNER, owner),
                                                (ContractorRole.GENERAL_CONTRACTOR, gc),
                                                (ContractorRole.SUBCONTRACTOR, sub),
                                                (ContractorRole.CREW_LEADER, None))):
            ids["contractor_links"] += 1
            person = emp is None
            rows["contractor_links"].append({
                "id": ids["contractor_links"], "project_id": pid, "position": position, "role": role.value,
                "employer_id": None if person else emp.id, "parent_id": parent,
                "person_name": leader if person else "",
                "person_id_number": self._id_number(rng.choice(self.counties).code, True, 1965, 1990,
                                                    unique=False) if person else None,
                "person_phone": dd.mobile_phone(rng) if person else "",
            })
            parent = ids["contractor_links"]
        return _Project(pid, name, county, gc, sub, leader)

    def _plan_receipts(self) -> None:
        """Every case's receipt time and type, in time order, so numbers rise with the date."""
        rng = self.rng
        first = self.today - timedelta(days=730)
        plan = []
        while len(plan) < self.total:
            day = first + timedelta(days=rng.randrange(730))
            # wage complaints peak before the Spring Festival (Dec–Feb); few on weekends
            season = 1.0 if day.month in (12, 1, 2) else 0.55 if day.month in (6, 9, 11) else 0.45
            if day.weekday() >= 5:
                season *= 0.12
            if rng.random() > season:
                continue
            plan.append(datetime.combine(day, _office_time(rng)))
        plan.sort()
        self.plan = [(t, CaseType.INSPECTION if rng.random() < 0.65 else CaseType.ARBITRATION) for t in plan]

    # ---- one batch of cases ------------------------------------------------------------------

    def write_batch(self, session, start: int, count: int) -> None:
        ids = bulk.max_ids(session)
        scopes = {f"case.{t.value}" for t in CaseType}
        for key, value in bulk.sequence_values(session, scopes).items():
            if value > self.sequences.get(key, 0):
                self.sequences[key] = value  # someone registered cases since the last batch
        rows: dict[str, list[dict]] = {name: [] for name in bulk.TABLE_ORDER}
        for local_received, case_type in self.plan[start:start + count]:
            self._case(local_received, case_type, ids, rows)
        bulk.insert_rows(session, rows)
        bulk.raise_sequences(session, self.sequences)

    def _case(self, received: datetime, case_type: CaseType, ids: dict[str, int],
              rows: dict[str, list[dict]]) -> None:
        rng = self.rng
        pools = self.pools
        construction = rng.random() < 0.55
        project = None
        if construction:
            project = _skewed(rng, pools.projects)
            employer = project.subcontractor if rng.random() < 0.65 else project.general_contractor
            county = project.county
        else:
            employer = _skewed(rng, pools.others)
            county = employer.county if rng.random() < 0.8 else self._county(1.0)

        year = received.year
        scope = f"case.{case_type.value}"
        seq = self.sequences.get((scope, year), 0) + 1
        self.sequences[(scope, year)] = seq
        case_number = format_case_number(self.patterns[case_type], year, seq)

        collective = rng.random() < 0.12
        if collective:
            n_workers = rng.randint(100, 180) if rng.random() < 0.02 else min(60, 3 + int(rng.expovariate(1 / 9)))
        else:
            n_workers = 1
        ids["cases"] += 1
        case_id = ids["cases"]
        officer_pool = self.officers[case_type]
        officer = rng.choice(officer_pool) if officer_pool else None

        # shared by the workers of one case: the months owed, the trade, where they come from
        jobs = dd.CONSTRUCTION_JOBS if construction else dd.OTHER_JOBS
        base_wage = rng.randrange(45, 91) * 100 if construction else rng.randrange(28, 66) * 100
        months = rng.choices((1, 2, 3, 4, 5, 6, 7, 8), weights=(10, 18, 20, 16, 12, 10, 8, 6))[0]
        end_back = rng.choices((0, 1, 2, 3, 4, 6), weights=(30, 30, 15, 10, 8, 7))[0]
        last_month = _add_months(received.date().replace(day=1), -end_back)
        hometowns = [self._hometown() for _ in range(rng.randint(1, 3))]
        male_share = 0.9 if construction else 0.55
        role = WorkerRole.COMPLAINANT if case_type == CaseType.INSPECTION else WorkerRole.CLAIMANT
        representatives = (rng.randint(3, 5) if n_workers >= 10 else 1) if collective else 0

        search_workers = []
        claimed_total = 0
        lead_name = ""
        for position in range(n_workers):  # 0-based, as intake numbers them
            male = rng.random() < male_share
            home = rng.choice(hometowns) if rng.random() < 0.8 else self._hometown()
            id_number = self._id_number(home.code, male, 1965, 2004)
            name = dd.person_name(rng, male)
            ids["workers"] += 1
            worker_id = ids["workers"]
            rows["workers"].append({
                "id": worker_id, "name": name, "id_number": id_number,
                "sex": (Sex.MALE if male else Sex.FEMALE).value,
                "birth_date": date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14])),
                "phone": dd.mobile_phone(rng), "hukou_place": dd.hukou_place(rng, home.full_name),
                "is_migrant_worker": construction or rng.random() < 0.7,
                "bank_card": f"62{rng.choice(('28', '17', '15', '22'))}{rng.randrange(10**15):015d}"
                if rng.random() < 0.4 else "",
                "name_initials": self._ini(name), "created_at": self.now, "version": 1,
            })
            if position == 0:
                lead_name = name
            search_workers.append((name, id_number))
            wage = max(2000, int(round(base_wage * rng.uniform(0.8, 1.2), -1)))
            n_months = months
            if collective and rng.random() < 0.25:
                n_months = max(1, months - rng.randint(1, 2))
            n_months = min(n_months, 60000 // wage)
            period_from = _add_months(last_month, -(n_months - 1))
            employed_from = _add_months(period_from, -rng.randint(0, 24))
            ids["case_workers"] += 1
            cw_id = ids["case_workers"]
            items = self._arrears(cw_id, ids, period_from, last_month, n_months, wage, construction,
                                  individual=not collective)
            rows["arrears_items"].extend(items)
            claimed = sum(i["amount_fen"] for i in items)
            claimed_total += claimed
            rows["case_workers"].append({
                "id": cw_id, "case_id": case_id, "worker_id": worker_id, "position": position,
                "role": role.value, "is_representative": position < representatives,
                "job": rng.choice(jobs), "employed_from": employed_from,
                "employed_to": None if rng.random() < 0.3 else _month_end(last_month),
                "claimed_fen": claimed,
            })

        age = (self.today - received.date()).days
        status = self._status(case_type, age)
        received_utc = received - _UTC_OFFSET
        channel = _weighted(rng, _CHANNELS[case_type])
        intake_word = "投诉" if case_type == CaseType.INSPECTION else "仲裁申请"
        registered = (f"登记{intake_word}（{channel.label}），劳动者{n_workers}人，"
                      f"金额合计 {format_yuan(claimed_total)} 元")  # the words intake writes
        if self.own_user is not None and status.is_open and age <= _OWN_RECENT_DAYS \
                and rng.random() < self.own_share:
            officer = self.own_user  # the user who loaded the demo sees a 工作台 with work in it
        events, facts = self._events(case_id, case_type, status, received_utc, officer, ids, registered,
                                     audit.canonical_json({"case_number": case_number}))
        rows["case_events"].extend(events)
        self._referral_rows(case_id, events, ids, rows, n_workers)
        if case_type == CaseType.ARBITRATION:
            self._arbitration_rows(case_id, officer, collective, events, ids, rows)
        else:
            self._listing_rows(case_id, employer, events, ids, rows)
        paid = next((e for e in events if e["kind"] == ProceduralEvent.PAID), None)
        if paid is not None and case_type == CaseType.INSPECTION:
            # a closed case shows who paid whom in 办理, as if each payment had been recorded
            payer = "general_contractor" if construction and rng.random() < 0.4 else "employer"
            for cw in rows["case_workers"][-n_workers:]:
                ids["payments"] += 1
                rows["payments"].append({
                    "id": ids["payments"], "case_id": case_id, "case_worker_id": cw["id"],
                    "paid_on": paid["event_date"], "amount_fen": cw["claimed_fen"], "payer": payer,
                    "method": "bank", "note": "", "recorded_at": paid["occurred_at"],
                    "recorded_by": officer})
        if status not in _FINISHED:
            # what DeadlineService.recompute_case would store for these events. Like recompute_all,
            # only open cases: 工作台 never lists a finished one, and counting the days left of
            # two-year-old deadlines would double the load time.
            rows["case_deadlines"].extend(deadline_rows(case_id, compute_deadlines(
                self.rules[case_type], facts, calendar=self.calendar, today=self.today,
                case_type=case_type.value)))
        last_at = max(e["occurred_at"] for e in events)
        where = project.name if project else employer.name
        who = lead_name if n_workers == 1 else f"{lead_name}等{n_workers}人"
        money = format_yuan(claimed_total)
        facts = (f"{who}于{_period_text(last_month, months)}在{where}从事{rng.choice(jobs)}等工作，"
                 f"{employer.name}拖欠工资共计{money}元，经多次讨要未果。")
        if case_type == CaseType.INSPECTION:
            claims = f"请求责令{employer.name}支付拖欠的劳动报酬{money}元。"
        else:
            claims = f"请求裁决被申请人{employer.name}支付拖欠的劳动报酬{money}元。"
        rows["cases"].append({
            "id": case_id, "case_number": case_number, "case_type": case_type.value, "status": status.value,
            "is_collective": collective, "channel": channel.value,
            "received_at": received_utc, "received_date": received.date(), "officer_id": officer,
            "employer_id": employer.id, "project_id": project.id if project else None,
            "industry": (Industry.CONSTRUCTION if construction else Industry.OTHER).value,
            "county_code": county.code, "facts": facts, "claims": claims,
            "worker_count": n_workers, "lead_worker_name": lead_name, "employer_name": employer.name,
            "claimed_fen": claimed_total,
            "procedure": "simple" if any(e["kind"] == ProceduralEvent.SIMPLE_PROCEDURE_CHOSEN for e in events)
            else "general",
            "green_channel": case_type == CaseType.ARBITRATION and (
                collective or any(w["is_migrant_worker"] for w in rows["workers"][-n_workers:])),
            "search_text": case_search_text(case_number=case_number, employer_name=employer.name,
                                            credit_code=employer.credit_code,
                                            project_name=project.name if project else "",
                                            workers=search_workers),
            "created_at": received_utc, "updated_at": last_at,
            "closed_at": last_at if status in _FINISHED else None, "version": 1,
        })

    def _arbitration_rows(self, case_id: int, officer: int | None, collective: bool, events: list[dict],
                          ids: dict[str, int], rows: dict[str, list[dict]]) -> None:
        """The tribunal and the booked hearing its timeline speaks of, as the services write them."""
        kinds = [e["kind"] for e in events]
        if ProceduralEvent.TRIBUNAL_NOTIFIED not in kinds:
            return
        pool = [u for u in self.tribunal_pool if u != officer]
        simple = ProceduralEvent.SIMPLE_PROCEDURE_CHOSEN in kinds and not collective
        chosen = ([officer] if officer in self.tribunal_pool else []) + self.rng.sample(pool, min(3, len(pool)))
        members = [(chosen[0], "sole")] if simple else list(zip(chosen[:3], ("presiding", "member", "member"),
                                                                strict=False))
        for user, role in members:
            ids["tribunal_members"] += 1
            rows["tribunal_members"].append({"id": ids["tribunal_members"], "case_id": case_id,
                                             "user_id": user, "role": role})
        scheduled = [e for e in events if e["kind"] == ProceduralEvent.HEARING_SCHEDULED]
        if not scheduled or not self.rooms:
            return
        day = date.fromisoformat(json.loads(scheduled[-1]["payload"])["hearing_date"])
        held = ProceduralEvent.HEARING_HELD in kinds
        for slot in range(len(_HEARING_SLOTS)):
            free = [r for r in self.rooms if (day, slot, r) not in self.booked]
            if free and not any((day, slot, f"u{u}") in self.booked for u, _ in members):
                room = self.rng.choice(free)
                self.booked.update({(day, slot, room), *((day, slot, f"u{u}") for u, _ in members)})
                start, end = _HEARING_SLOTS[slot]
                ids["hearings"] += 1
                rows["hearings"].append({
                    "id": ids["hearings"], "case_id": case_id, "room_id": room, "hearing_date": day,
                    "start_minute": start, "end_minute": end, "status": "held" if held else "scheduled",
                    "note": "", "created_at": scheduled[-1]["occurred_at"], "created_by": officer})
                return

    def _referral_rows(self, case_id: int, events: list[dict], ids: dict[str, int], rows: dict[str, list[dict]],
                       n_workers: int) -> None:
        """The referral a timeline's 法律援助 steps speak of (the first worker's), as
        services.legal_aid writes it."""
        day = {e["kind"]: e["event_date"] for e in events}
        asked = day.get(ProceduralEvent.LEGAL_AID_REQUESTED)
        if asked is None or not self.centres:
            return
        decided = day.get(ProceduralEvent.LEGAL_AID_GRANTED) or day.get(ProceduralEvent.LEGAL_AID_DECIDED)
        granted = ProceduralEvent.LEGAL_AID_GRANTED in day
        assigned = day.get(ProceduralEvent.LAWYER_ASSIGNED)
        status = ("assigned" if assigned else "accepted" if granted else "refused" if decided
                  else "sent" if ProceduralEvent.LEGAL_AID_REFERRED in day else "drafted")
        ids["referrals"] += 1
        first_worker = rows["case_workers"][-n_workers]["id"]
        rows["referrals"].append({
            "id": ids["referrals"], "case_id": case_id, "case_worker_id": first_worker,
            "centre_id": self.rng.choice(self.centres), "status": status, "urgent": False, "urgency": "",
            "applied_on": asked, "sent_on": day.get(ProceduralEvent.LEGAL_AID_REFERRED), "received_on": None,
            "decided_on": decided, "assigned_on": assigned, "closed_on": None,
            "refusal_reason": "" if granted or not decided else "不符合法律援助条件",
            "lawyer_name": dd.person_name(self.rng, True) if assigned else "",
            "lawyer_firm": "河南示例律师事务所" if assigned else "", "lawyer_phone": "", "outcome": "",
            "created_at": self.now, "updated_at": self.now})

    def _listing_rows(self, case_id: int, employer: "_Employer", events: list[dict], ids: dict[str, int],
                      rows: dict[str, list[dict]]) -> None:
        """The listing a timeline's 列入决定 speaks of, naming the employer and its legal
        representative, as services.blacklist writes it."""
        decided = next((e for e in events if e["kind"] == ProceduralEvent.LISTING_DECIDED), None)
        if decided is None:
            return
        day = decided["event_date"]
        rule = blacklist_rules.rule_for(day)
        ids["listings"] += 1
        listing_id = ids["listings"]
        rows["listings"].append({
            "id": listing_id, "case_id": case_id, "employer_id": employer.id, "rule": rule, "status": "listed",
            "grounds": "拖欠劳动报酬数额达到拒不支付劳动报酬罪数额标准", "proposed_on": day, "decided_on": day,
            "ends_on": blacklist_rules.term_end(day, rule), "removed_on": None, "removal_kind": "",
            "decision_number": "", "note": "", "created_at": decided["occurred_at"],
            "updated_at": decided["occurred_at"]})
        for kind, name, number, position in (
                ("employer", employer.name, employer.credit_code, ""),
                ("legal_representative", employer.legal_representative, employer.legal_representative_id_number,
                 "法定代表人")):
            if not name:
                continue
            ids["listing_subjects"] += 1
            rows["listing_subjects"].append({"id": ids["listing_subjects"], "listing_id": listing_id,
                                             "kind": kind, "name": name, "id_number": number or "",
                                             "position": position})

    def _hometown(self) -> _Region:
        i = bisect.bisect_right(self.hometown_cum, self.rng.random() * self.hometown_cum[-1])
        return self.counties[min(i, len(self.counties) - 1)]

    def _arrears(self, cw_id: int, ids: dict[str, int], period_from: date, last_month: date, n_months: int,
                 wage: int, construction: bool, *, individual: bool) -> list[dict]:
        rng = self.rng
        items = []

        def add(kind: ArrearsKind, start: date | None, end: date | None, yuan: int, note: str = "") -> None:
            ids["arrears_items"] += 1
            items.append({"id": ids["arrears_items"], "case_worker_id": cw_id, "kind": kind.value,
                          "period_from": start, "period_to": end, "amount_fen": yuan * 100, "note": note})

        paid = int(round(wage * rng.uniform(0.1, 0.6), -1)) if rng.random() < 0.3 else 0
        paid = max(0, min(paid, wage * n_months - 2000))  # at least 2,000 元 stays owed
        total = 0
        if individual and n_months <= 4:
            month = period_from
            for i in range(n_months):
                amount = wage - (paid if i == 0 else 0)
                add(ArrearsKind.WAGES, month, _month_end(month), amount, "已支付部分" if i == 0 and paid else "")
                total += amount
                month = _add_months(month, 1)
        else:
            amount = wage * n_months - paid
            add(ArrearsKind.WAGES, period_from, _month_end(last_month), amount, f"共{n_months}个月")
            total += amount
        room = 60000 - total
        if rng.random() < 0.12 and room > 500:
            extra = min(room, rng.randrange(5, 51) * 100)
            add(ArrearsKind.OVERTIME, period_from, _month_end(last_month), extra)
            room -= extra
        if not construction and rng.random() < 0.08 and room > wage:
            extra = min(room, wage * rng.randint(1, 5))
            add(ArrearsKind.SEVERANCE, None, None, extra)
            room -= extra
        if not construction and rng.random() < 0.04 and room > wage:
            add(ArrearsKind.DOUBLE_WAGES, period_from, _month_end(last_month), min(room, wage * rng.randint(1, 6)))
        return items

    def _status(self, case_type: CaseType, age: int) -> CaseStatus:
        for max_age, choices in _STATUS_BY_AGE[case_type]:
            if age <= max_age:
                return _weighted(self.rng, choices)
        raise AssertionError("unreachable")

    def _events(self, case_id: int, case_type: CaseType, status: CaseStatus, received_utc: datetime,
                officer: int | None, ids: dict[str, int], registered: str, payload: str
                ) -> tuple[list[dict], list[EventFact]]:
        """The timeline rows, and the same steps as the period rules read them."""
        events: list[dict] = []
        facts: list[EventFact] = []
        latest = self.now - timedelta(minutes=5)

        def add(kind, at: datetime, summary: str, anchor: dict[str, str] | None,
                text: str | None = None) -> datetime:
            at = min(max(at, received_utc), latest)
            ids["case_events"] += 1
            day = (at + _UTC_OFFSET).date()
            events.append({"id": ids["case_events"], "case_id": case_id, "kind": kind.value, "occurred_at": at,
                           "event_date": day, "actor_id": officer, "summary": summary,
                           "payload": text if text is not None else audit.canonical_json(anchor or {})})
            facts.append(EventFact(kind=kind.value, event_date=day, id=ids["case_events"], payload=anchor or {}))
            return at

        add(EventKind.REGISTERED, received_utc, registered, None, payload)
        procedural_steps(self.rng, case_type, status, received_utc, latest, add,
                         lambda after, days: _later_office_time(self.rng, after, days))
        return events, facts

    def _ini(self, text: str) -> str:
        # pypinyin is the slow part of a demo load; names repeat, so memoise beyond lru_cache's size
        value = self._initials.get(text)
        if value is None:
            value = self._initials[text] = initials(text)
        return value


# the half-days offices book hearings in (minutes after midnight)
_HEARING_SLOTS = ((9 * 60, 11 * 60), (14 * 60 + 30, 16 * 60 + 30), (11 * 60, 12 * 60), (16 * 60 + 30, 17 * 60 + 30))


def _period_text(last_month: date, months: int) -> str:
    start = _add_months(last_month, -(months - 1))
    if months == 1:
        return f"{start.year}年{start.month}月"
    return f"{start.year}年{start.month}月至{last_month.year}年{last_month.month}月"


def _weighted(rng: random.Random, choices):
    values = [c for c, _ in choices]
    weights = [w for _, w in choices]
    return rng.choices(values, weights=weights)[0]


def _skewed(rng: random.Random, pool: list):
    """A few employers and projects draw many cases, most draw a few."""
    return pool[int(len(pool) * rng.random() ** 2)]


def _cumulative(weights):
    total = 0
    for w in weights:
        total += w
        yield total


def _office_time(rng: random.Random) -> time:
    if rng.random() < 0.55:
        minutes = rng.randint(8 * 60 + 30, 11 * 60 + 50)
    else:
        minutes = rng.randint(14 * 60 + 30, 17 * 60 + 30)
    return time(minutes // 60, minutes % 60, rng.randrange(60))


def _later_office_time(rng: random.Random, after_utc: datetime, working_days: int) -> datetime:
    day = (after_utc + _UTC_OFFSET).date()
    while working_days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            working_days -= 1
    return datetime.combine(day, _office_time(rng)) - _UTC_OFFSET


def _add_months(first_of_month: date, delta: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + delta
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first_of_month: date) -> date:
    return _add_months(first_of_month, 1) - timedelta(days=1)
