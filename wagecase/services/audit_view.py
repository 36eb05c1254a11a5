"""Reading the 操作日志: a filtered page for 设置 → 操作日志, one case's entries for its 办理记录,
the integrity check (wagecase-cli audit verify and the page's 核验完整性), and the export.

Who may read it: Permission.AUDIT, held by the 科室负责人 (who oversees the officers) and the
管理员 (who answers for the system). A whole-office record of who looked at whose ID numbers is
not for every officer. A case's own entries are part of its file and show to whoever opens the
case (any active user).

The check walks the hash chain (an edited entry, a deleted or inserted one breaks it) and, since
a chain whose tail was cut off is still a valid chain, compares it with the checkpoint the last
successful check left in the settings table (key ``audit.checkpoint``: the last entry's id, its
hash and the number of entries): a shorter log, or a checkpoint entry gone or different, is
reported too. Whoever may write the database may also rewrite the checkpoint; the checkpoint
catches an honest mistake or a careless hand, and the CLI's output (kept elsewhere) carries the
same figures for a careful one.
"""
from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..domain import audit_labels as labels
from ..domain.errors import RuleError
from ..domain.permissions import Permission
from ..storage import audit_queries as aq
from ..storage.models import User
from . import audit
from .context import ServiceContext, to_local, to_utc
from .permissions import requires

log = logging.getLogger(__name__)

PAGE_SIZE = 100
EXPORT_HEADERS = ("编号", "时间", "用户", "操作", "对象", "案号", "内容", "修改前（原始记录）",
                  "修改后（原始记录）", "校验值")
EXPORT_WIDTHS = (8, 18, 12, 18, 30, 22, 60, 40, 40, 20)
SYSTEM = "系统"


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None  # local dates, both inclusive
    date_to: date | None = None
    user_id: int | None = None
    group: str = ""  # domain.audit_labels.ACTION_GROUPS key; "" for every action
    case_number: str = ""  # part of a 案号
    case_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # local time
    user_name: str
    action: str
    action_label: str
    entity_text: str
    case_id: int | None
    case_number: str
    summary: str
    before: str  # the stored JSON, for the export and a tooltip
    after: str
    hash: str


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    page: int  # from 0
    size: int
    has_more: bool

    @property
    def first(self) -> int:
        """The 1-based number of the page's first row in the filtered log, newest first."""
        return self.page * self.size + 1 if self.rows else 0


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    count: int  # entries in the log now
    text: str  # the whole finding, in Chinese
    fault_id: int | None = None
    unverifiable: int = 0  # entries after the fault that cannot be vouched for
    problem: str = ""  # "", audit.EDITED, audit.UNLINKED, "truncated", "rewritten"
    checkpoint_written: bool = False


def _when(utc: datetime) -> str:
    return f"{to_local(utc):%Y-%m-%d %H:%M:%S}"


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._forms: dict[str, str] | None = None

    def _form_titles(self) -> dict[str, str]:
        """form id -> title, for entries that name a form (签发文书, 更换文书模板 ...)."""
        if self._forms is None:
            try:
                from .. import paths
                from ..documents.catalogue import load_catalogue

                self._forms = {k: spec.title for k, spec in load_catalogue(paths.forms_dir()).items()}
            except Exception:  # noqa: BLE001 - without the catalogue an entry shows the form's id
                log.exception("reading the form catalogue for the audit log failed")
                self._forms = {}
        return self._forms

    # ---- who may -----------------------------------------------------------------------------

    def may_read(self) -> bool:
        from .permissions import holds

        with self.ctx.uow.read() as uow:
            return holds(uow.session, self.ctx.user_id, Permission.AUDIT)

    @staticmethod
    def groups() -> list[tuple[str, str]]:
        return [(key, label) for key, label, _actions in labels.ACTION_GROUPS]

    @requires(Permission.AUDIT)
    def users(self) -> list[tuple[int, str]]:
        with self.ctx.uow.read() as uow:
            return aq.users(uow.session)

    # ---- reading -----------------------------------------------------------------------------

    @requires(Permission.AUDIT)
    def page(self, flt: AuditFilter, page: int = 0, size: int = PAGE_SIZE) -> AuditPage:
        page, size = max(page, 0), max(1, min(size, 1000))
        with self.ctx.uow.read() as uow:
            s = uow.session
            f = self._entry_filter(s, flt)
            if f is None:
                return AuditPage((), page, size, False)
            rows = aq.page(s, f, page * size, size + 1)  # one more: is there a next page?
            views = self._views(s, rows[:size])
        return AuditPage(tuple(views), page, size, len(rows) > size)

    def case_entries(self, case_id: int) -> list[AuditRow]:
        """The case's entries, oldest first, for its 办理记录."""
        with self.ctx.uow.read() as uow:
            s = uow.session
            self._check_active(s)
            return self._views(s, aq.case_entries(s, case_id))

    def _check_active(self, s) -> None:
        if self.ctx.user_id is None:
            raise RuleError("permission.not_logged_in")
        user = s.get(User, self.ctx.user_id)
        if user is None or not user.active:
            raise RuleError("permission.inactive")

    def _entry_filter(self, s, flt: AuditFilter) -> aq.EntryFilter | None:
        """None: nothing can match (a 案号 no case has)."""
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            raise RuleError("audit.range_reversed", start=flt.date_from.isoformat(), end=flt.date_to.isoformat())
        since = to_utc(datetime.combine(flt.date_from, time())) if flt.date_from else None
        until = to_utc(datetime.combine(flt.date_to + timedelta(days=1), time())) if flt.date_to else None
        actions, prefixes = labels.group_actions(flt.group) if flt.group else ((), ())
        if flt.group and not (actions or prefixes):
            return None
        case_ids = None
        if flt.case_id is not None:
            case_ids = [flt.case_id]
        elif flt.case_number.strip():
            case_ids = aq.case_ids_like(s, flt.case_number.strip())
            if not case_ids:
                return None
        return aq.EntryFilter(since=since, until=until, user_id=flt.user_id, actions=actions,
                              prefixes=prefixes, case_ids=case_ids)

    def _views(self, s, rows) -> list[AuditRow]:
        parsed = [(e, name, number, labels.parse_json(e.before), labels.parse_json(e.after))
                  for e, name, number in rows]
        names = labels.Names(people=aq.user_names(s, sorted(labels.people_ids(v for p in parsed for v in p[3:]))),
                             forms=self._form_titles())
        return [AuditRow(
            id=e.id, at=to_local(e.at), user_name=name or SYSTEM, action=e.action,
            action_label=labels.action_label(e.action),
            entity_text=labels.entity_text(e.entity, before, after),
            case_id=e.case_id, case_number=number or "",
            summary=labels.summary(before, after, names), before=e.before, after=e.after, hash=e.hash,
        ) for e, name, number, before, after in parsed]

    # ---- the integrity check -----------------------------------------------------------------

    @requires(Permission.AUDIT)
    def verify(self, report: Callable[[int, int], bool] | None = None) -> ChainCheck:
        return verify_log(self.ctx, report)

    # ---- the export --------------------------------------------------------------------------

    def export_xlsx(self, flt: AuditFilter) -> bytes:
        return self.export(flt)[0]

    @requires(Permission.AUDIT)
    def export(self, flt: AuditFilter) -> tuple[bytes, int]:
        """The filtered log as a workbook (oldest first) and its number of entries; streamed, so a
        long log never sits in memory as rows. The export is itself recorded."""
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("操作日志")
        ws.freeze_panes = "A2"
        for i, width in enumerate(EXPORT_WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8E8E8")
        centre = Alignment(horizontal="center", vertical="center")
        wrap = Alignment(vertical="top", wrap_text=True)

        def header(text: str):
            cell = WriteOnlyCell(ws, value=text)
            cell.font, cell.fill, cell.alignment = bold, fill, centre
            return cell

        def wrapped(text: str):
            cell = WriteOnlyCell(ws, value=text)
            cell.alignment = wrap
            return cell

        ws.append([header(h) for h in EXPORT_HEADERS])
        count = 0
        with self.ctx.uow.read() as uow:
            s = uow.session
            f = self._entry_filter(s, flt)
            if f is not None:
                batch: list = []
                for row in aq.stream(s, f):
                    batch.append(row)
                    if len(batch) == 500:
                        count += self._append(ws, self._views(s, batch), wrapped)
                        batch = []
                count += self._append(ws, self._views(s, batch), wrapped)
            user = dict(aq.users(s)).get(flt.user_id, "") if flt.user_id else ""
        buf = io.BytesIO()
        wb.save(buf)
        group = dict(self.groups()).get(flt.group, "") if flt.group else ""
        with self.ctx.uow.write() as uow:
            audit.record(uow.session, self.ctx.user_id, "audit.export", "audit_log", None, None, None, {
                "date_from": flt.date_from.isoformat() if flt.date_from else "",
                "date_to": flt.date_to.isoformat() if flt.date_to else "",
                "user": user, "group": group, "case": flt.case_number.strip(), "rows": count,
                "format": "xlsx"}, self.ctx.clock())
            uow.commit()
        return buf.getvalue(), count

    @staticmethod
    def _append(ws, rows: list[AuditRow], wrapped) -> int:
        for r in rows:
            ws.append([r.id, f"{r.at:%Y-%m-%d %H:%M:%S}", r.user_name, r.action_label, r.entity_text,
                       r.case_number, wrapped(r.summary), wrapped(r.before), wrapped(r.after), r.hash])
        return len(rows)


# ---- the check itself (the CLI and the page) --------------------------------------------------

def _checkpoint(raw: str | None) -> dict | None:
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value if isinstance(value, dict) and isinstance(value.get("count"), int) else None


def _describe(s, entry_id: int | None) -> str:
    """第 12 号（2026-03-10 10:00:00，李娜，登记案件）"""
    e = aq.entry(s, entry_id) if entry_id else None
    if e is None:
        return f"第 {entry_id} 号"
    who = aq.user_names(s, [e.user_id]).get(e.user_id, SYSTEM) if e.user_id else SYSTEM
    return f"第 {e.id} 号（{_when(e.at)}，{who}，{labels.action_label(e.action)}）"


def verify_log(ctx: ServiceContext, report: Callable[[int, int], bool] | None = None) -> ChainCheck:
    """Walks the chain, compares it with the checkpoint, and moves the checkpoint on when both
    hold. RuleError("audit.cancelled") when ``report`` says stop."""
    with ctx.uow.read() as uow:
        s = uow.session
        walk = audit.walk_chain(s, report, aq.entry_count(s))
        if walk.cancelled:
            raise RuleError("audit.cancelled")
        if walk.fault is not None:
            return _fault(s, walk)
        # entries appended while the walk ran are in it: the count is what was verified
        total = walk.checked
        cp = _checkpoint(aq.checkpoint(s))
        problem = _checkpoint_problem(s, cp, total) if cp else None
        if problem is not None:
            kind, text = problem
            return ChainCheck(ok=False, count=total, text=text, problem=kind)
        last = _describe(s, walk.last_id) if walk.last_id else ""
    written = _write_checkpoint(ctx, walk, total)
    text = (f"操作日志完整：共 {total} 条，最后一条为{last}。" if total
            else "操作日志完整：共 0 条（尚无记录）。")
    return ChainCheck(ok=True, count=total, text=text, checkpoint_written=written)


def _fault(s, walk: audit.ChainWalk) -> ChainCheck:
    f = walk.fault
    assert f is not None
    later = aq.count_after(s, f.entry_id)
    total = walk.checked + 1 + later
    where = _describe(s, f.entry_id)
    if f.kind == audit.EDITED:
        text = f"操作日志已被改动：{where}的内容与其校验值不符，该条记录写入后被修改过。"
    elif f.previous_id is None:
        text = (f"操作日志已被改动：{where}是现存的第一条记录，但它之前原有记录（它所链接的前一条已不存在）："
                "日志开头的记录被删除了。")
    else:
        gap = ""
        if f.entry_id - f.previous_id == 2:
            gap = f"（第 {f.previous_id + 1} 号已不存在）"
        elif f.entry_id - f.previous_id > 2:
            gap = f"（第 {f.previous_id + 1} 号至第 {f.entry_id - 1} 号已不存在）"
        text = (f"操作日志已被改动：{where}与前一条记录（第 {f.previous_id} 号）衔接不上{gap}："
                "两条之间有记录被删除，或该条是后来插入的。")
    text += f"此前的 {walk.checked} 条完好；" + (f"该条及其后的 {later + 1} 条记录均无法核验。")
    return ChainCheck(ok=False, count=total, text=text, fault_id=f.entry_id, unverifiable=later + 1,
                      problem=f.kind)


def _checkpoint_problem(s, cp: dict, total: int) -> tuple[str, str] | None:
    cp_id, cp_count, cp_hash = cp.get("id") or 0, cp["count"], cp.get("hash") or ""
    when = cp.get("checked_at", "")
    before = f"上次核验（{when}）时" if when else "上次核验时"
    if not cp_id:
        return None
    e = aq.entry(s, cp_id)
    if e is None:
        return ("truncated",
                f"操作日志末尾的记录被删除了：{before}共有 {cp_count} 条，最后一条为第 {cp_id} 号"
                f"（{cp.get('action_label', '')}），现在该条已不存在，日志只有 {total} 条。")
    if e.hash != cp_hash:
        return ("rewritten",
                f"操作日志被改写过：{before}第 {cp_id} 号记录的校验值为 {cp_hash[:16]}…，现在为 {e.hash[:16]}…；"
                "该条及之前的记录被修改后重新计算了校验值。")
    upto = aq.count_upto(s, cp_id)
    if upto < cp_count:
        return ("truncated",
                f"操作日志中有记录被删除：{before}截至第 {cp_id} 号共有 {cp_count} 条，现在只有 {upto} 条。")
    return None


def _write_checkpoint(ctx: ServiceContext, walk: audit.ChainWalk, total: int) -> bool:
    """The state just verified, unless a later check already recorded a longer log."""
    with ctx.uow.write() as uow:
        s = uow.session
        old = _checkpoint(aq.checkpoint(s))
        if old is not None and old["count"] > total:
            return False
        last = aq.entry(s, walk.last_id) if walk.last_id else None
        value = {"id": walk.last_id or 0, "hash": walk.last_hash, "count": total,
                 "action_label": labels.action_label(last.action) if last else "",
                 "checked_at": f"{to_local(ctx.clock()):%Y-%m-%d %H:%M}"}
        aq.set_checkpoint(s, json.dumps(value, ensure_ascii=False))
        uow.commit()
    return True
