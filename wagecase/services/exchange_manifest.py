"""The manifest of a case package (exchange.py) read back: every value checked and typed.

A package comes from outside the office: nothing in it is trusted for its shape, only for its
content once the signature holds. Each value is read with its place named in Chinese, so a
refusal says which one is missing or wrong (exchange.manifest_invalid).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    Industry,
    WorkerRole,
)
from ..domain.errors import RuleError
from ..domain.identifiers import CreditCode, IdNumber
from ..domain.intake_rules import check_text
from ..storage.models import (
    ArrearsItem,
    Attachment,
    Case,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    Payment,
    Project,
    Worker,
)
from .context import to_utc

FORMAT = "wagecase-case-package"
FORMAT_VERSION = 1


class _Formats:
    """The file formats a package carries, in the shape Doc.choice reads an enum."""

    _value2member_map_ = {"pdf": "pdf", "docx": "docx"}


def is_hex(value: Any) -> bool:
    """A SHA-256 as the package writes it: 64 lowercase hex digits."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def safe_name(text: str) -> str:
    from .documents import safe_filename

    return safe_filename(text)


class ManifestInvalid(Exception):
    """A manifest value that is missing or of the wrong shape; ``where`` says which, in Chinese."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class Doc:
    """A JSON object of the manifest read with its place named, for the refusal's sentence."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ManifestInvalid(where)
        self.value = value
        self.where = where

    def _at(self, label: str) -> str:
        return f"{self.where}的{label}" if self.where else label

    def raw(self, key: str, label: str) -> Any:
        if key not in self.value:
            raise ManifestInvalid(self._at(label))
        return self.value[key]

    def text(self, key: str, label: str, column=None, *, multiline: bool = False, optional: bool = False) -> str:
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return ""
        if not isinstance(value, str):
            raise ManifestInvalid(self._at(label))
        try:
            limit = column.property.columns[0].type.length if column is not None else None
            return check_text(value, limit, multiline=multiline)
        except RuleError:
            raise ManifestInvalid(self._at(label)) from None

    def choice(self, key: str, label: str, enum) -> str:
        value = self.raw(key, label)
        if not isinstance(value, str) or value not in enum._value2member_map_:
            raise ManifestInvalid(self._at(label))
        return value

    def flag(self, key: str, label: str) -> bool:
        value = self.raw(key, label)
        if not isinstance(value, bool):
            raise ManifestInvalid(self._at(label))
        return value

    def integer(self, key: str, label: str, *, low: int = 0, high: int = 2**62) -> int:
        value = self.raw(key, label)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ManifestInvalid(self._at(label))
        return value

    def day(self, key: str, label: str, *, optional: bool = False) -> date | None:
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ManifestInvalid(self._at(label)) from None

    def moment(self, key: str, label: str, *, optional: bool = False) -> datetime | None:
        """Naive UTC, as the database keeps it."""
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise ManifestInvalid(self._at(label)) from None
        return to_utc(parsed) if parsed.tzinfo is not None else parsed

    def child(self, key: str, label: str) -> "Doc":
        return Doc(self.raw(key, label), self._at(label))

    def rows(self, key: str, label: str) -> list["Doc"]:
        value = self.raw(key, label)
        if not isinstance(value, list):
            raise ManifestInvalid(self._at(label))
        return [Doc(v, f"{self._at(label)}第{i + 1}项") for i, v in enumerate(value)]


@dataclass
class Party:
    """An employer as the package gives it; ``key`` identifies the same one twice in a package."""

    name: str
    credit_code: str | None
    legal_representative: str
    legal_representative_id_number: str
    address: str
    phone: str
    county_code: str

    @property
    def key(self) -> str:
        return f"code:{self.credit_code}" if self.credit_code else f"name:{self.name}"


@dataclass
class Person:
    name: str
    id_number: str
    phone: str
    hukou_place: str
    is_migrant_worker: bool
    bank_card: str


@dataclass
class Item:
    kind: str
    period_from: date | None
    period_to: date | None
    amount_fen: int
    note: str


@dataclass
class PackedWorker:
    position: int
    role: str
    is_representative: bool
    job: str
    employed_from: date | None
    employed_to: date | None
    person: Person
    items: list[Item]


@dataclass
class Link:
    position: int
    role: str
    parent_position: int | None
    employer: Party | None
    person_name: str
    person_id_number: str | None
    person_phone: str


@dataclass
class PackedProject:
    name: str
    address: str
    county_code: str
    chain: list[Link]


@dataclass
class Event:
    kind: str
    occurred_at: datetime
    event_date: date
    actor: str
    summary: str
    payload: dict


@dataclass
class PackedPayment:
    worker_position: int
    paid_on: date
    amount_fen: int
    payer: str
    method: str
    note: str
    recorded_at: datetime


@dataclass
class PackedFile:
    """A file of the package: ``member`` inside the zip, kept here under ``filename``."""

    member: str
    sha256: str
    size: int
    filename: str
    description: str
    added_at: datetime


@dataclass
class Manifest:
    format_version: int
    app_version: str
    office: dict[str, str]
    exported_at: datetime
    exported_by: str
    case: dict[str, Any]
    employer: Party
    project: PackedProject | None
    workers: list[PackedWorker]
    events: list[Event]
    payments: list[PackedPayment]
    attachments: list[PackedFile]
    documents: list[PackedFile]
    document_count: int

    @property
    def office_name(self) -> str:
        return self.office.get("agency_name") or "（未注明）"


def parse_manifest(data: bytes, files: dict[str, str]) -> Manifest:
    """The manifest's bytes as typed values, every one checked; ManifestInvalid names the first that is not."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ManifestInvalid("清单") from None
    top = Doc(raw, "")
    if top.raw("format", "格式") != FORMAT:
        raise ManifestInvalid("格式")
    office_doc = top.child("office", "导出机关")
    office = {k: v.strip() for k, v in office_doc.value.items() if isinstance(k, str) and isinstance(v, str)}
    c = top.child("case", "案件")
    case = {
        "case_number": c.text("case_number", "案号", Case.case_number),
        "case_type": c.choice("case_type", "案件类型", CaseType),
        "status": c.choice("status", "办理状态", CaseStatus),
        "is_collective": c.flag("is_collective", "个人/集体"),
        "channel": c.choice("channel", "来源渠道", Channel),
        "received_at": c.moment("received_at", "收到时间"),
        "received_date": c.day("received_date", "收到日期"),
        "industry": c.choice("industry", "行业", Industry),
        "county_code": c.text("county_code", "用工所在地", Case.county_code),
        "facts": c.text("facts", "事实与理由", multiline=True),
        "claims": c.text("claims", "请求事项", multiline=True),
        "procedure": c.text("procedure", "仲裁程序", Case.procedure),
        "green_channel": c.flag("green_channel", "绿色通道"),
        "closed_at": c.moment("closed_at", "结案时间", optional=True),
        "officer": c.text("officer", "承办人", optional=True),
    }
    if not case["case_number"]:
        raise ManifestInvalid("案件的案号")

    def party(d: Doc) -> Party:
        code = d.text("credit_code", "统一社会信用代码")
        if code:
            try:
                code = CreditCode.parse(code).value
            except RuleError:
                raise ManifestInvalid(d._at("统一社会信用代码")) from None
        rep_id = d.text("legal_representative_id_number", "法定代表人身份证号码")
        if rep_id:
            try:
                rep_id = IdNumber.parse(rep_id).value
            except RuleError:
                raise ManifestInvalid(d._at("法定代表人身份证号码")) from None
        name = d.text("name", "名称", Employer.name)
        if not name:
            raise ManifestInvalid(d._at("名称"))
        return Party(name=name, credit_code=code or None,
                      legal_representative=d.text("legal_representative", "法定代表人", Employer.legal_representative),
                      legal_representative_id_number=rep_id, address=d.text("address", "地址", Employer.address),
                      phone=d.text("phone", "联系电话", Employer.phone),
                      county_code=d.text("county_code", "所在区县", Employer.county_code))

    employer = party(top.child("employer", "用人单位"))
    project = None
    if top.value.get("project") is not None:
        p = top.child("project", "工程项目")
        chain = []
        for link in p.rows("chain", "承包链条"):
            role = link.choice("role", "角色", ContractorRole)
            parent = link.value.get("parent_position")
            if parent is not None and (not isinstance(parent, int) or isinstance(parent, bool)):
                raise ManifestInvalid(link._at("上级"))
            person_id = link.text("person_id_number", "班组长身份证号码")
            if person_id:
                try:
                    person_id = IdNumber.parse(person_id).value
                except RuleError:
                    raise ManifestInvalid(link._at("班组长身份证号码")) from None
            emp = link.value.get("employer")
            chain.append(Link(
                position=link.integer("position", "序号", high=10_000), role=role, parent_position=parent,
                employer=party(link.child("employer", "承包单位")) if emp is not None else None,
                person_name=link.text("person_name", "班组长姓名", ContractorLink.person_name),
                person_id_number=person_id or None,
                person_phone=link.text("person_phone", "班组长电话", ContractorLink.person_phone)))
            if role != ContractorRole.CREW_LEADER and chain[-1].employer is None:
                raise ManifestInvalid(link._at("承包单位"))
        project = PackedProject(p.text("name", "名称", Project.name), p.text("address", "地址", Project.address),
                           p.text("county_code", "所在区县", Project.county_code), chain)

    workers = []
    seen_ids: set[str] = set()
    for w in top.rows("workers", "劳动者"):
        person = w.child("person", "个人信息")
        try:
            idn = IdNumber.parse(person.text("id_number", "身份证号码")).value
        except RuleError:
            raise ManifestInvalid(person._at("身份证号码")) from None
        if idn in seen_ids:
            raise ManifestInvalid(person._at("身份证号码"))
        seen_ids.add(idn)
        name = person.text("name", "姓名", Worker.name)
        if not name:
            raise ManifestInvalid(person._at("姓名"))
        items = [Item(kind=i.choice("kind", "类别", ArrearsKind), period_from=i.day("period_from", "起始", optional=True),
                       period_to=i.day("period_to", "截止", optional=True),
                       amount_fen=i.integer("amount_fen", "金额", high=10**16), note=i.text("note", "备注", ArrearsItem.note))
                 for i in w.rows("items", "欠薪明细")]
        workers.append(PackedWorker(
            position=w.integer("position", "序号", high=100_000), role=w.choice("role", "身份", WorkerRole),
            is_representative=w.flag("is_representative", "代表"), job=w.text("job", "工种", CaseWorker.job),
            employed_from=w.day("employed_from", "入职日期", optional=True),
            employed_to=w.day("employed_to", "离职日期", optional=True),
            person=Person(name=name, id_number=idn, phone=person.text("phone", "联系电话", Worker.phone),
                           hukou_place=person.text("hukou_place", "户籍地", Worker.hukou_place),
                           is_migrant_worker=person.flag("is_migrant_worker", "是否农民工"),
                           bank_card=person.text("bank_card", "银行卡号", Worker.bank_card)),
            items=items))
    if not workers:
        raise ManifestInvalid("劳动者")
    positions = {w.position for w in workers}
    if len(positions) != len(workers):
        raise ManifestInvalid("劳动者的序号")

    events = []
    for e in top.rows("events", "办理记录"):
        payload = e.raw("payload", "内容")
        if not isinstance(payload, dict):
            raise ManifestInvalid(e._at("内容"))
        events.append(Event(kind=e.text("kind", "事项", CaseEvent.kind), occurred_at=e.moment("occurred_at", "时间"),
                             event_date=e.day("event_date", "日期"), actor=e.text("actor", "办理人", optional=True),
                             summary=e.text("summary", "摘要", CaseEvent.summary, multiline=True), payload=payload))
    payments = []
    for p in top.rows("payments", "支付记录"):
        pos = p.integer("worker_position", "劳动者", high=100_000)
        if pos not in positions:
            raise ManifestInvalid(p._at("劳动者"))
        payments.append(PackedPayment(worker_position=pos, paid_on=p.day("paid_on", "支付日期"),
                                 amount_fen=p.integer("amount_fen", "金额", high=10**16),
                                 payer=p.text("payer", "支付方", Payment.payer), method=p.text("method", "方式", Payment.method),
                                 note=p.text("note", "备注", multiline=True), recorded_at=p.moment("recorded_at", "登记时间")))

    def signed_file(d: Doc, member_key: str = "path") -> tuple[str, str, int]:
        member = d.text(member_key, "文件")
        sha = d.raw("sha256", "校验值")
        if files.get(member) != sha or not is_hex(sha):
            raise ManifestInvalid(d._at("校验值"))
        return member, sha, d.integer("size", "大小", high=2**50)

    description_max = Attachment.description.property.columns[0].type.length
    attachments = []
    for a in top.rows("attachments", "证据材料"):
        member, sha, size = signed_file(a)
        filename = a.text("filename", "文件名", Attachment.filename) or "证据材料"
        attachments.append(PackedFile(member, sha, size, filename, a.text("description", "说明", Attachment.description),
                                 a.moment("added_at", "添加时间")))
    documents = []
    document_rows = top.rows("documents", "文书")
    for d in document_rows:
        title = d.text("title", "名称") or d.text("form_id", "文书编号")
        number = d.text("number", "文号")
        recipient = d.text("recipient", "受送达人", optional=True)
        voided = d.text("status", "状态") == "voided"
        issued_at = d.moment("issued_at", "签发时间")
        for f in d.rows("files", "文件"):
            member, sha, size = signed_file(f)
            fmt = f.choice("format", "格式", _Formats)
            name = "-".join(x for x in (number, title, recipient) if x)
            description = f"原办案机关签发的文书：{title}（{number}）" + ("，已作废" if voided else "")
            documents.append(PackedFile(member, sha, size, f"{safe_name(name)}.{fmt}"[-200:],
                                   description[:description_max], issued_at))
    exported_by = top.child("exported_by", "导出人")
    return Manifest(
        format_version=top.integer("format_version", "格式版本"), app_version=top.text("app_version", "程序版本"),
        office=office, exported_at=top.moment("exported_at", "导出时间"),
        exported_by=exported_by.text("display_name", "导出人"), case=case, employer=employer, project=project,
        workers=workers, events=events, payments=payments, attachments=attachments, documents=documents,
        document_count=len(document_rows))

# ---- import: plan ---------------------------------------------------------------------------
