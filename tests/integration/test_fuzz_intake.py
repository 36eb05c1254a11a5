"""Fuzzing intake and the roster import (Hypothesis) on a real SQLite database.

Every field of IntakeInput and what it holds (workers, arrears items, the employer, the project
and its contractor chain, attachments) gets arbitrary text: empty, blanks, any Unicode (control
characters, lone surrogates, right-to-left marks), very long, malformed dates, amounts, ID
numbers and credit codes, ids that point nowhere. Rosters are real .xlsx files written by
openpyxl from generated rows: random headers, cell types, merged cells, empty rows, huge
numbers, dates as text, and files damaged after writing.

The outcome is always one of: a registered case, whole (its workers, items, total, event and
audit entry, every text within its column), or ValidationFailed / RuleError whose every error
reads as a Chinese sentence naming the field, with nothing written. Never another exception.

The runs are derandomized so that the suite sees the same examples every time; set
WAGECASE_FUZZ_RANDOM=1 (and WAGECASE_FUZZ_EXAMPLES=N) to explore new ones.
"""
from __future__ import annotations

import os
import re
import zipfile
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from sqlalchemy import String, func, select

from wagecase.domain.case import ArrearsKind, CaseType, Channel, ContractorRole, Industry
from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.identifiers import credit_check_char, id_check_char
from wagecase.domain.messages import CATALOGUE, describe, field_label, message
from wagecase.domain.money import parse_yuan, to_fen
from wagecase.services import Services
from wagecase.services.dto import (
    ArrearsItemInput,
    AttachmentInput,
    ChainLinkInput,
    EmployerInput,
    IntakeInput,
    ProjectInput,
    WorkerInput,
)
from wagecase.storage.models import (
    ArrearsItem,
    Attachment,
    AuditEntry,
    Case,
    CaseDeadline,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    Project,
    Worker,
)

from tests.databases import Databases

from .intake_support import NOW_UTC, RECEIVED, REGIONS, schema_services

RANDOM = os.environ.get("WAGECASE_FUZZ_RANDOM") == "1"
EXAMPLES = int(os.environ.get("WAGECASE_FUZZ_EXAMPLES") or 0)


def fuzz_settings(examples: int):
    # deadline=None: the first example pays for imports and the first connection; a fixed
    # derandomized sequence keeps the suite stable (random exploration on request, above)
    from hypothesis import Phase

    phases = [p for p in Phase if p != Phase.shrink or not RANDOM]  # exploring: report, not shrink
    return settings(max_examples=EXAMPLES or examples, deadline=None, derandomize=not RANDOM,
                    database=None, phases=phases, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                        HealthCheck.too_slow,
                                                        HealthCheck.data_too_large])


CJK = re.compile(r"[\u4e00-\u9fff]")
COUNTED = (Case, Worker, Employer, Project, ContractorLink, CaseWorker, ArrearsItem, Attachment,
           CaseEvent, AuditEntry, CaseDeadline)
# the tables a registration writes, whose text columns must hold what was typed (PostgreSQL
# refuses a value longer than its column where SQLite quietly stores it)
WRITTEN = (Case, Worker, Employer, Project, ContractorLink, CaseWorker, ArrearsItem, Attachment, CaseEvent)


# ---- the database -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def fuzz(tmp_path_factory, backend, postgres_server):
    """One database for the module's examples (a fresh one per example would cost more than
    the registration itself); each example compares counts before and after. On PostgreSQL
    too: it refuses what SQLite stores (a NUL, a value longer than its column)."""
    folder = tmp_path_factory.mktemp("fuzz")
    dbs = Databases(backend, folder, postgres_server)
    svc = schema_services(dbs.new("schema", name="fuzz.sqlite3"), folder / "data")
    evidence = folder / "证据.txt"
    evidence.write_bytes("工资条".encode())
    yield svc, folder, evidence
    svc.ctx.uow.engine.dispose()
    dbs.close()


def counts(svc: Services) -> dict[str, int]:
    with svc.ctx.uow.read() as uow:
        return {m.__tablename__: uow.session.scalar(select(func.count()).select_from(m)) for m in COUNTED}


def attachment_files(svc: Services) -> set[str]:
    folder = svc.ctx.attachments_dir
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def too_long_columns(svc: Services) -> list[str]:
    """``table.column (n > max)`` for every stored text longer than its column allows."""
    found = []
    with svc.ctx.uow.read() as uow:
        for model in WRITTEN:
            for col in model.__table__.columns:
                if isinstance(col.type, String) and col.type.length:
                    longest = uow.session.scalar(select(func.max(func.length(col))))
                    if longest and longest > col.type.length:
                        found.append(f"{model.__tablename__}.{col.name} ({longest} > {col.type.length})")
    return found


def chinese(text: str) -> bool:
    return bool(CJK.search(text))


def assert_explained(exc: RuleError) -> None:
    """Every problem is a Chinese sentence from the catalogue, naming the field it is about."""
    if isinstance(exc, ValidationFailed):
        assert exc.errors, "ValidationFailed without errors"
        for e in exc.errors:
            assert e.key in CATALOGUE, f"no sentence for {e.key!r} ({e.field})"
            label = field_label(e.field)
            assert chinese(label), f"field {e.field!r} has no Chinese label"
            assert chinese(describe(e)), describe(e)
    else:
        assert exc.key in CATALOGUE, f"no sentence for {exc.key!r}"
        assert chinese(message(exc.key, **exc.params))


def expected_total(data: IntakeInput) -> int:
    return sum(to_fen(parse_yuan(i.amount)) for w in data.workers for i in w.items)


def register_and_check(svc: Services, data: IntakeInput) -> str:
    """Registers ``data`` and checks the outcome; 'registered' or the refusal's key."""
    before = counts(svc)
    files_before = attachment_files(svc)
    try:
        done = svc.intake.register(data)
    except (ValidationFailed, RuleError) as exc:
        assert_explained(exc)
        assert counts(svc) == before, f"{exc.key}: something was written"
        assert attachment_files(svc) == files_before, "evidence copied for a refused case"
        return exc.key
    after = counts(svc)
    assert after["cases"] == before["cases"] + 1
    with svc.ctx.uow.read() as uow:
        s = uow.session
        case = s.get(Case, done.case_id)
        assert case is not None and case.case_number == done.case_number
        assert case.worker_count == len(data.workers)
        assert case.claimed_fen == expected_total(data)
        cws = s.scalars(select(CaseWorker).where(CaseWorker.case_id == case.id)).all()
        assert len(cws) == len(data.workers)
        assert sum(len(cw.items) for cw in cws) == sum(len(w.items) for w in data.workers)
        assert sum(cw.claimed_fen for cw in cws) == case.claimed_fen
        for cw in cws:
            number = cw.worker.id_number
            assert number and re.fullmatch(r"[0-9]{17}[0-9X]", number), repr(number)
        code = case.employer.credit_code
        assert code is None or re.fullmatch(r"[0-9A-Z]{18}", code), repr(code)
        kinds = s.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id)).all()
        assert "registered" in kinds
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.case_id == case.id, AuditEntry.action == "case.register")) == 1
        assert s.scalar(select(func.count()).select_from(Attachment).where(
            Attachment.case_id == case.id)) == len(data.attachments)
    assert too_long_columns(svc) == []
    return "registered"


# ---- strategies ---------------------------------------------------------------------------------

def id_number(n: int, region: str = "410122", birth: str = "19850312") -> str:
    first17 = f"{region}{birth}{n % 1000:03d}"
    return first17 + id_check_char(first17)


def credit_code(n: int) -> str:
    first17 = f"91410100MA{n % 10_000_000:07d}"
    return first17 + credit_check_char(first17)


FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
BLANKS = st.sampled_from(["", " ", "   ", "\u3000", "\t", "\n", " \u3000\t\n ", "\u00a0"])
ODD = st.sampled_from([
    "\x00", "\x07", "a\x00b", "\u200b", "\u202e张三", "\ufeff", "\ud800", "张\ud83d三", "\U0001f600",
    "NULL", "None", "' OR 1=1 --", "<b>粗</b>", "{name}", "%s", "\\", "\r\n", "ﾃｽﾄ", "ǅ", "İ", "ß",
])
CONTROL_OR_SURROGATE = st.characters(categories=["Cc", "Cs", "Cf", "Zl", "Zp"])


@st.composite
def long_text(draw) -> str:
    n = draw(st.integers(40, 2000))
    return draw(st.sampled_from(["张", "a", "工", " ", "𠮷", "x\u0301"])) * n


ANY_TEXT = st.one_of(
    BLANKS,
    ODD,
    st.text(max_size=30),
    st.text(st.characters(codec="utf-8"), max_size=8),
    st.text(CONTROL_OR_SURROGATE, min_size=1, max_size=4),
    st.text(st.sampled_from("张三李四王五河南郑州金水区有限公司 ·-—"), max_size=60),
    long_text(),
)


def _person(w: WorkerInput) -> str:
    from wagecase.domain.identifiers import IdNumber

    try:
        return IdNumber.parse(w.id_number).value
    except (RuleError, ValueError):
        return w.id_number


class Fields:
    """The strategies of every intake field. ``odds``: how many times in ``odds + 1`` a field
    gets a value a clerk would type (valid or an everyday slip) instead of anything at all.
    With high odds most examples register or fail on one or two fields; with odds 1 nearly
    every field is wild at once."""

    def __init__(self, odds: int) -> None:
        self.odds = odds

    def field(self, usual, wild=None, *, text: bool = True):
        """``usual``, or once in ``odds + 1`` ``wild`` (and, for a text field, any text at all)."""
        odd = st.one_of(*[s for s in (wild, ANY_TEXT if text else None) if s is not None])
        return st.integers(0, self.odds).flatmap(lambda n: odd if n == 0 else usual)

    def choice(self, enum) -> st.SearchStrategy[str]:
        return self.field(st.sampled_from([m.value for m in enum]))

    def items(self):
        return st.builds(
            ArrearsItemInput, kind=self.choice(ArrearsKind), period_from=self.field(GOOD_STARTS, DATES),
            period_to=self.field(GOOD_ENDS, DATES), amount=self.field(GOOD_AMOUNTS, AMOUNTS),
            note=self.field(st.sampled_from(["", "周末加班"])))

    def workers(self):
        return st.builds(
            WorkerInput, name=self.field(NAMES), id_number=self.field(GOOD_ID_NUMBERS, ID_NUMBERS),
            phone=self.field(GOOD_PHONES, PHONES),
            hukou_place=self.field(st.sampled_from(["", "河南省周口市郸城县", "河南省"])),
            is_migrant_worker=st.booleans(),
            bank_card=self.field(st.sampled_from(["", "6222021234567890123"])),
            job=self.field(st.sampled_from(["", "钢筋工"])), is_representative=st.booleans(),
            items=self.field(st.lists(self.items(), min_size=1, max_size=3), st.just([]), text=False),
            employed_to=self.field(st.sampled_from(["", "2025-12", "2026-01-15"]), DATES),
            existing_worker_id=self.field(st.none(), ROW_IDS, text=False))

    def employers(self):
        return st.builds(
            EmployerInput, name=self.field(st.sampled_from(["郑州宏远建筑劳务有限公司", "河南中原建工集团有限公司",
                                                            "个体户王某"])),
            credit_code=self.field(GOOD_CREDIT_CODES, CREDIT_CODES), legal_representative=self.field(NAMES),
            address=self.field(st.sampled_from(["", "郑州市金水区花园路1号"])),
            phone=self.field(GOOD_PHONES, PHONES), county_code=self.field(GOOD_COUNTIES, COUNTIES),
            existing_employer_id=self.field(st.none(), ROW_IDS, text=False),
            legal_representative_id_number=self.field(st.just(""), ID_NUMBERS))

    def links(self):
        return st.builds(
            ChainLinkInput, role=self.choice(ContractorRole), employer=self.field(self.employers(), st.none(), text=False),
            person_name=self.field(NAMES), person_id_number=self.field(st.just(""), ID_NUMBERS),
            person_phone=self.field(GOOD_PHONES, PHONES))

    def projects(self):
        return st.builds(
            ProjectInput, name=self.field(st.just("中牟县绿博园安置房项目"), st.just("")),
            address=self.field(st.just("中牟县绿博大道")), county_code=self.field(GOOD_COUNTIES, COUNTIES),
            chain=st.lists(self.links(), max_size=4))

    def attachments(self, evidence: Path):
        usual = st.just(str(evidence))
        wild = st.sampled_from([str(evidence.parent), "/nonexistent/证据.pdf", "/tmp/" + "张" * 300])
        return st.lists(st.builds(AttachmentInput, path=self.field(usual, wild),
                                  description=self.field(st.sampled_from(["", "工资条"]))), max_size=2)

    @st.composite
    def intakes(draw, self, evidence: Path) -> IntakeInput:
        # different people, as a clerk would list them (the same one twice is a wild case)
        people = draw(self.field(st.lists(self.workers(), min_size=1, max_size=4, unique_by=_person),
                                 st.lists(self.workers(), max_size=4), text=False))
        collective = draw(self.field(st.just(len(people) > 1), st.booleans(), text=False))
        industry = draw(self.choice(Industry))
        project = draw(self.projects() if industry == "construction" else st.none() | self.projects())
        return IntakeInput(
            case_type=draw(self.choice(CaseType)), is_collective=collective, channel=draw(self.choice(Channel)),
            received_at=draw(self.field(st.just(RECEIVED), RECEIVED_TIMES, text=False)),
            officer_id=draw(self.field(st.sampled_from([None, 2]), ROW_IDS, text=False)),
            employer=draw(self.employers()), workers=people, industry=industry,
            county_code=draw(self.field(GOOD_COUNTIES, COUNTIES)), project=project,
            facts=draw(self.field(st.just("拖欠工资"))), claims=draw(self.field(st.just("支付工资"))),
            attachments=draw(self.attachments(evidence)),
            confirm_possible_duplicates=draw(self.field(st.just(True), st.booleans(), text=False)),
            legal_aid_explained=draw(st.booleans()))


NAMES = st.sampled_from(["张三", "李四", "王小五", "欧阳娜娜", "阿卜杜拉·买买提", "Zhang San", "赵"])
GOOD_ID_NUMBERS = st.one_of(
    st.integers(0, 999).map(id_number),
    st.integers(0, 999).map(lambda n: id_number(n, "410105", "19700101")),
    st.integers(0, 999).map(lambda n: id_number(n).lower()),
    st.integers(0, 999).map(lambda n: id_number(n).translate(FULLWIDTH)),  # typed with a Chinese IME
    st.integers(0, 999).map(lambda n: " " + id_number(n, "110105", "19491231") + " "),
    st.integers(0, 999).map(lambda n: id_number(n)[:6] + id_number(n)[8:17]),  # 15-digit (old) form
)
ID_NUMBERS = st.one_of(
    GOOD_ID_NUMBERS,
    st.integers(0, 999).map(lambda n: id_number(n)[:-1] + "Y"),
    st.integers(0, 999).map(lambda n: id_number(n, birth="20991231")),  # born in the future
    st.integers(0, 999).map(lambda n: id_number(n, region="990000")),
    st.text("0123456789Xx", min_size=14, max_size=20),
    st.text("0123456789²³¹٠١٢٣٤٥٦٧٨٩", min_size=18, max_size=18),
    st.integers(0, 10**20).map(str),
)
GOOD_CREDIT_CODES = st.one_of(
    st.just(""),
    st.integers(0, 50).map(credit_code),
    st.integers(0, 50).map(lambda n: credit_code(n).lower()),
    st.integers(0, 50).map(lambda n: credit_code(n).translate(FULLWIDTH)),
)
CREDIT_CODES = st.one_of(
    BLANKS,
    GOOD_CREDIT_CODES,
    st.integers(0, 9_999_999).map(credit_code),
    st.integers(0, 9_999_999).map(lambda n: credit_code(n)[:-1] + "I"),
    st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=16, max_size=20),
)
GOOD_STARTS = st.sampled_from(["", "2025-10", "2025-10-01", "2025年10月", "2025/10/1", "20251001", "202510",
                               "２０２５－１０"])
GOOD_ENDS = st.sampled_from(["", "2026-01", "2026-02-28", "2026年1月", "20260131", "２０２６－０１", "2026-03"])
DATES = st.one_of(
    st.sampled_from(["2025-02-29", "2024-02-29", "2025-13", "2025-00", "0000-01", "1899-12", "9999-12-31",
                     "2026-12", "2030-01-01", "10000-01-01", "2025-10-01-01", "--", "年月日", "2025—10",
                     "٢٠٢٥-١٠", "2025-1e1", "2025-10-01T00:00", "-2025-10", "2025- 10", "1e9-01"]),
    st.dates().map(lambda d: d.isoformat()),
    st.tuples(st.integers(-10, 100_000), st.integers(-5, 40)).map(lambda t: f"{t[0]}-{t[1]}"),
)
GOOD_AMOUNTS = st.one_of(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2).map(str),
    st.integers(1, 10**6).map(str),
    st.sampled_from(["12,345.6", "12，345.6元", "１２３４５", " 5 ", "99999999999.99"]),
)
AMOUNTS = st.one_of(
    st.sampled_from(["0", "-5", "0.001", "1e3", "1E+999999", "1e-999999", "NaN", "-NaN", "sNaN",
                     "Infinity", "-inf", "١٢٣", "100000000000", "0.00", "5元元", "五千", "$5", "1_000",
                     "0x10", "--5", "5.", ".5", "+5"]),
    st.integers(10**11, 10**40).map(str),
)
GOOD_PHONES = st.sampled_from(["", "13800138000", "0371-65551234", "+86 138 0013 8000"])
PHONES = st.sampled_from(["１３８００１３８０００", "138", "1" * 21, "电话", "138-0013-800a"])
GOOD_COUNTIES = st.sampled_from([""] + [c for c, *_ in REGIONS])
COUNTIES = st.sampled_from(["999999", "41012", "4101220", "４１０１０５", "410105 "])
ROW_IDS = st.one_of(st.integers(1, 30), st.integers(-2**70, 2**70))
RECEIVED_TIMES = st.one_of(
    st.none(),
    st.datetimes(),  # year 1 to 9999
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 3, 11)),
    st.datetimes(min_value=datetime(2026, 3, 1), max_value=datetime(2026, 3, 11), timezones=st.just(timezone.utc)),
    st.just(NOW_UTC + timedelta(hours=8, minutes=4)), st.just(NOW_UTC + timedelta(hours=8, minutes=6)),
)


# ---- intake -------------------------------------------------------------------------------------

def test_every_intake_is_registered_whole_or_refused_in_chinese(fuzz):
    """Mostly what a clerk types, with a slip or something strange in one field or two."""
    svc, _folder, evidence = fuzz
    outcomes: dict[str, int] = {}

    @fuzz_settings(250)
    @given(data=Fields(odds=100).intakes(evidence))
    def run(data: IntakeInput) -> None:
        key = register_and_check(svc, data)
        outcomes[key] = outcomes.get(key, 0) + 1

    run()
    # a meaningful share of the examples got all the way through, and many did not
    assert outcomes.get("registered", 0) >= 25, outcomes
    assert outcomes.get("validation.failed", 0) >= 50, outcomes


def test_anything_at_all_in_every_field_is_refused_in_chinese(fuzz):
    svc, _folder, evidence = fuzz

    @fuzz_settings(150)
    @given(data=Fields(odds=1).intakes(evidence))
    def run(data: IntakeInput) -> None:
        register_and_check(svc, data)

    run()


def test_validate_alone_never_raises_and_names_every_field(fuzz):
    """What the intake dialog calls on every 保存 before registering."""
    svc, _folder, evidence = fuzz

    @fuzz_settings(100)
    @given(data=Fields(odds=3).intakes(evidence))
    def run(data: IntakeInput) -> None:
        before = counts(svc)
        errors = svc.intake.validate(data)
        for e in errors:
            assert e.key in CATALOGUE and chinese(field_label(e.field)), e
        if not errors:  # the dialog asks about duplicates once the form is valid
            for d in svc.intake.find_possible_duplicates(data):
                assert d.case_number and d.status_label
        assert counts(svc) == before

    run()


# ---- the roster import --------------------------------------------------------------------------

HEADERS = ["姓名", "身份证号码", "欠薪金额（元）", "联系电话", "工种", "起始月份", "截止月份", "类别",
           "是否农民工", "离职日期", "银行卡号", "户籍地", "序号", "备注", "金额", "身份证", "*姓名:",
           "公民身份号码（必填）", "", None, 17, "姓名", "拖欠工资(元)"]
CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2**63, 2**63 - 1),
    st.integers(10**17, 10**18 - 1),  # an ID number typed into a number cell
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**12, min_value=-10**12),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=datetime(1900, 3, 1).date()),
    st.integers(0, 999).map(id_number),
    st.sampled_from(["2025-10", "2025年10月", "2026/1/1", "工资", "加班费", "奖金", "是", "否", "也许",
                     "3000", "1,234.50", "#DIV/0!", "=1+1", "张三", "13800138000", "   ", ""]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=20),
)


@st.composite
def rosters(draw) -> dict:
    width = draw(st.integers(1, 10))
    header = [draw(st.sampled_from(HEADERS)) for _ in range(width)]
    if draw(st.booleans()):  # most real rosters have the three required columns
        header[:3] = ["姓名", "身份证号码", "欠薪金额（元）"][:width] + header[3:3]
    rows = draw(st.lists(st.lists(CELLS, max_size=width + 2), max_size=12))
    return {
        "title": draw(st.one_of(st.none(), st.just("农民工欠薪名册"), st.text(max_size=5))),
        "header": header,
        "blank_rows": draw(st.integers(0, 3)),
        "rows": rows,
        "merge": draw(st.lists(st.tuples(st.integers(1, 12), st.integers(1, width), st.integers(0, 2),
                                         st.integers(0, 2)), max_size=3)),
        "damage": draw(st.one_of(st.none(), st.none(), st.none(), st.sampled_from(
            ["truncate", "garbage", "bad_xml", "no_sheets", "empty"]))),
        "second_sheet_first": draw(st.booleans()),
    }


def write_workbook(path: Path, spec: dict) -> None:
    wb = Workbook()
    ws = wb.active
    if spec["second_sheet_first"]:
        other = wb.create_sheet("说明", 0)
        other.append(["本表说明"])
    for _ in range(spec["blank_rows"]):
        ws.append([])
    if spec["title"] is not None:
        ws.append([spec["title"]])
    ws.append(spec["header"])
    for row in spec["rows"]:
        ws.append(row)
    for r, c, dr, dc in spec["merge"]:
        ws.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
    wb.save(path)
    damage = spec["damage"]
    if damage == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"PK\x03\x04" + os.urandom(64))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage in ("bad_xml", "no_sheets"):
        with zipfile.ZipFile(path) as z:
            members = {n: z.read(n) for n in z.namelist()}
        sheets = [n for n in members if n.startswith("xl/worksheets/sheet")]
        if damage == "bad_xml":
            for n in sheets:
                members[n] = members[n][: len(members[n]) * 2 // 3]
        else:
            for n in sheets:
                del members[n]
        with zipfile.ZipFile(path, "w") as z:
            for n, data in members.items():
                z.writestr(n, data)


def test_every_roster_is_read_or_refused_in_chinese_and_its_rows_register_whole(fuzz):
    svc, folder, _evidence = fuzz
    outcomes: dict[str, int] = {}

    @fuzz_settings(150)
    @given(spec=rosters(), collective=st.booleans())
    def run(spec: dict, collective: bool) -> None:
        path = folder / "名册.xlsx"
        try:
            write_workbook(path, spec)
        except (ValueError, IllegalCharacterError):
            return  # openpyxl refuses a value it cannot write (a character XML forbids)
        before = counts(svc)
        try:
            preview = svc.roster.read(path)
        except RuleError as exc:
            assert_explained(exc)
            assert counts(svc) == before
            outcomes[exc.key] = outcomes.get(exc.key, 0) + 1
            return
        assert counts(svc) == before  # reading saves nothing
        for p in preview.problems:
            assert p.row >= 1 and chinese(p.message), p
            assert "操作未能完成" not in p.message, p
        assert len(preview.workers) <= preview.rows_read
        outcomes["read"] = outcomes.get("read", 0) + 1
        if preview.workers:
            data = IntakeInput(
                case_type="inspection", is_collective=collective or len(preview.workers) > 1,
                channel="visit", received_at=RECEIVED, officer_id=None,
                employer=EmployerInput(name="郑州宏远建筑劳务有限公司", credit_code=credit_code(1)),
                workers=list(preview.workers), confirm_possible_duplicates=True)
            key = register_and_check(svc, data)
            outcomes[key] = outcomes.get(key, 0) + 1

    run()
    assert outcomes.get("read", 0) >= 20, outcomes
    assert outcomes.get("roster.unreadable", 0) >= 3, outcomes
