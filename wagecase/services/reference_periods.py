"""The period catalogue as a 设置 table: its columns, its rows as text, and saving or deleting a
row so that the catalogue as a whole still loads (no period starting from one that is gone)."""
from __future__ import annotations

from collections.abc import Mapping

from ..domain.case import ANCHOR_CHOICES, CaseType, EventKind, ProceduralEvent
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.periods import (
    KNOWN_EVENTS,
    PERIOD_COLUMN_LABELS,
    PERIOD_COLUMNS,
    PERIOD_TRIGGER_PREFIX,
    Duty,
    PeriodUnit,
    Roll,
    load_period_rows,
)
from ..storage import reference_data as rd
from .dto import ReferenceColumn, ReferenceRow
from .reference_form import CODE, Form, date_text, yes_text

UNIT_CHOICES = tuple((u.value, u.label) for u in PeriodUnit)
ROLL_CHOICES = ((Roll.NEXT_WORKING_DAY.value, "末日为休息日的，顺延至下一个工作日"),
                (Roll.NONE.value, "不顺延"))
DUTY_CHOICES = tuple((d.value, d.label) for d in Duty)
EVENT_CHOICES = tuple((e.value, e.label) for e in (*EventKind, *ProceduralEvent))

# the catalogue's own labels: its load errors name a column by them, and period_error maps back
PERIOD_LABELS = {**PERIOD_COLUMN_LABELS, "active": "启用"}
_EVENT_LIST_COLUMNS = ("met_by", "suspended_by", "resumed_by", "restarted_by")


def period_columns(s) -> tuple[ReferenceColumn, ...]:
    codes = tuple((PERIOD_TRIGGER_PREFIX + code, f"{row['name']}届满")
                  for code, (row, _) in rd.period_row_texts(s).items())
    events_hint = "程序事件代码，多个用分号“;”分隔"
    L = PERIOD_LABELS
    return (
        ReferenceColumn("code", L["code"], hint="例如 inspection.acceptance；保存后不能修改"),
        ReferenceColumn("name", L["name"]),
        ReferenceColumn("case_types", L["case_types"], required=False,
                        choices=tuple((t.value, t.label) for t in CaseType), hint="留空表示全部案件；多个用分号分隔"),
        ReferenceColumn("trigger", L["trigger"], choices=EVENT_CHOICES + codes,
                        hint="程序事件代码，或 period:期限代码（该期限届满时起算）；多个用分号分隔"),
        ReferenceColumn("anchor", L["anchor"], "choice", ANCHOR_CHOICES, required=False,
                        hint="从起算事件中另行登记的日期起算时选择，如限期改正指令书的支付期限"),
        ReferenceColumn("before", L["before"], "bool", required=False, hint="如开庭前5日送达开庭通知"),
        ReferenceColumn("length", L["length"], "int"),
        ReferenceColumn("unit", L["unit"], "choice", UNIT_CHOICES),
        ReferenceColumn("roll", L["roll"], "choice", ROLL_CHOICES),
        ReferenceColumn("duty", L["duty"], "choice", DUTY_CHOICES),
        ReferenceColumn("met_by", L["met_by"], required=False, choices=EVENT_CHOICES, hint=events_hint),
        ReferenceColumn("extension_length", L["extension_length"], "int", required=False),
        ReferenceColumn("extension_event", L["extension_event"], "choice", EVENT_CHOICES, required=False),
        ReferenceColumn("extension_approver", L["extension_approver"], required=False),
        ReferenceColumn("suspended_by", L["suspended_by"], required=False, choices=EVENT_CHOICES, hint=events_hint),
        ReferenceColumn("resumed_by", L["resumed_by"], required=False, choices=EVENT_CHOICES, hint=events_hint),
        ReferenceColumn("restarted_by", L["restarted_by"], required=False, choices=EVENT_CHOICES, hint=events_hint),
        ReferenceColumn("basis", L["basis"], hint="法律名称和条款"),
        ReferenceColumn("effective_from", L["effective_from"], "date", required=False, hint="留空表示一直有效"),
        ReferenceColumn("effective_to", L["effective_to"], "date", required=False, hint="留空表示现行有效"),
        ReferenceColumn("note", L["note"], required=False),
        ReferenceColumn("active", L["active"], "bool", required=False),
    )


def period_rows(s) -> tuple[ReferenceRow, ...]:
    out = []
    for code, (row, active) in rd.period_row_texts(s).items():
        texts = dict(row)
        texts["before"] = yes_text(row["before"] == "1")
        texts["active"] = yes_text(active)
        out.append(ReferenceRow(code, texts))
    return tuple(out)


def save_period(s, row_id: str | None, values: Mapping[str, str]):
    """Insert or update one catalogue row; returns the audit entry's parts."""
    catalogue = rd.period_row_texts(s)
    form = Form(values)
    code = form.text("code", max_len=60)
    if code and not CODE.fullmatch(code):
        form.fail("code", "reference.code_invalid", text=code)
    if row_id is not None:
        if row_id not in catalogue:
            raise RuleError("reference.row_missing", row_id=row_id)
        if code and code != row_id:
            form.fail("code", "reference.code_changed", code=row_id)
    elif code in catalogue:
        form.fail("code", "reference.code_taken", code=code)
    # an editor that leaves the column out keeps the row's state
    active = form.flag("active") if "active" in form.raw else catalogue.get(code, ({}, True))[1]
    row = _form_row(form, code, catalogue, active)
    form.check()
    # cross-row checks and the final parse: the catalogue as it would be after this save
    after = {c: r for c, (r, _) in catalogue.items()}
    after[code] = row
    users = _period_users(code, {c: (r, a) for c, (r, a) in catalogue.items() if c != code})
    if users and not active:
        form.fail("active", "reference.period_in_use", code=code, users="、".join(users))
    form.check()
    try:
        rules = {r.code: r for r in load_period_rows(list(after.values()))}
    except RuleError as e:
        raise ValidationFailed([_period_error(e)]) from None
    rd.save_period_rule(s, rules[code], active=active)
    before = catalogue.get(code)
    action = "reference.update" if before else "reference.create"
    return (action, None, {**before[0], "active": before[1]} if before else None,
            {**row, "active": active})


def delete_period(s, code: str):
    catalogue = rd.period_row_texts(s)
    if code not in catalogue:
        raise RuleError("reference.row_missing", row_id=code)
    users = _period_users(code, {c: v for c, v in catalogue.items() if c != code})
    if users:
        raise RuleError("reference.period_in_use", code=code, users="、".join(users))
    row, active = catalogue[code]
    rd.delete_period(s, code)
    return "reference.delete", None, {**row, "active": active}, None


def _form_row(form: Form, code: str, catalogue: Mapping[str, tuple[dict, bool]],
              active: bool) -> dict[str, str]:
    """The row in catalogue (CSV) form, after checking each column the way the editor names it."""
    active_codes = {c for c, (_, a) in catalogue.items() if a}
    row: dict[str, str] = {"code": code}
    row["name"] = form.text("name", max_len=100)
    types = _split(form.raw.get("case_types", ""))
    by_label = {t.label: t.value for t in CaseType}
    types = [by_label.get(t, t) for t in types]
    for t in types:
        if t not in {c.value for c in CaseType}:
            form.fail("case_types", "reference.case_type_unknown", text=t)
    row["case_types"] = ";".join(types)
    triggers = _split(form.text("trigger", max_len=80))
    for t in triggers:
        if t.startswith(PERIOD_TRIGGER_PREFIX):
            target = t[len(PERIOD_TRIGGER_PREFIX):]
            if target == code:
                form.fail("trigger", "reference.period_self")
            elif target not in catalogue or (active and target not in active_codes):
                form.fail("trigger", "reference.period_unknown", code=t)
        elif t not in KNOWN_EVENTS:
            form.fail("trigger", "reference.event_unknown", code=t)
    row["trigger"] = ";".join(triggers)
    anchor = form.choice("anchor", ANCHOR_CHOICES, required=False)
    before = form.flag("before")
    if before and not anchor:
        form.fail("anchor", "reference.anchor_missing")
    length = form.integer("length", 0, 100000)
    if "length" not in {e.field for e in form.errors} and length <= 0 and not anchor:
        form.fail("length", "reference.length_not_positive")
    row.update(anchor=anchor, before="1" if before else "0", length=str(length))
    row["unit"] = form.choice("unit", UNIT_CHOICES)
    row["roll"] = form.choice("roll", ROLL_CHOICES, required=False) or Roll.NEXT_WORKING_DAY.value
    row["duty"] = form.choice("duty", DUTY_CHOICES, required=False) or Duty.AGENCY.value
    for column in _EVENT_LIST_COLUMNS:
        events = _split(form.text(column, required=False, max_len=400))
        for e in events:
            if e not in KNOWN_EVENTS:
                form.fail(column, "reference.event_unknown", code=e)
        row[column] = ";".join(events)
    extension = form.integer("extension_length", 0, 100000, required=False)
    extension_event = form.text("extension_event", required=False, max_len=60)
    if extension_event and extension_event not in KNOWN_EVENTS:
        form.fail("extension_event", "reference.event_unknown", code=extension_event)
    if extension and not extension_event:
        form.fail("extension_event", "reference.extension_event_missing")
    row.update(extension_length=str(extension), extension_event=extension_event,
               extension_approver=form.text("extension_approver", required=False, max_len=100))
    row["basis"] = form.text("basis", max_len=200)
    start, end = form.effective(required=False)
    row.update(effective_from=date_text(start), effective_to=date_text(end),
               note=form.text("note", required=False))
    return {c: row.get(c, "") for c in PERIOD_COLUMNS}


def _split(text: str) -> list[str]:
    return list(dict.fromkeys(p.strip() for p in text.replace("；", ";").split(";") if p.strip()))


def _period_users(code: str, others: Mapping[str, tuple[dict, bool]]) -> list[str]:
    """Names of active periods that start when ``code`` ends."""
    ref = PERIOD_TRIGGER_PREFIX + code
    return [row["name"] for row, active in others.values()
            if active and ref in _split(row["trigger"])]


def _period_error(e: RuleError) -> FieldError:
    reason = str(e.params.get("reason", ""))
    field = next((c for c, label in PERIOD_LABELS.items() if reason.startswith(f"“{label}”")), "code")
    return FieldError(field, "reference.period_invalid", {"reason": reason})
