"""The Chinese sentences behind every error key: what is wrong and how to fix it.

Rules and services raise ``RuleError(key, **params)`` / ``FieldError(field, key, params)``; the UI,
the CLI and the roster import turn them into text here, so one key reads the same everywhere.
``message`` never raises: an unknown key or a missing parameter still gives a readable sentence.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from .errors import FieldError
from .language import day_text, translated, translating_now

CATALOGUE: dict[str, str] = {
    # generic
    "required": "此项必须填写，请补充。",
    "choice.invalid": "“{value}”不是可选的值，请从下拉列表中选择。",
    "validation.failed": "有{count}处填写有误，请按提示逐项修改后再保存。",
    # resident ID number (domain/identifiers.py)
    "id_number.empty": "请填写18位居民身份证号码。",
    "id_number.length": "身份证号码应为18位，现在是{length}位，请核对后重新填写。",
    "id_number.characters": "身份证号码只能由数字组成，最后一位可以是X，请检查是否混入了空格、字母或其他符号。",
    "id_number.region": "身份证号码前6位“{region}”不是有效的行政区划代码，请核对。",
    "id_number.birth_date": "身份证号码中的出生日期“{text}”不是有效日期，请核对第7至14位。",
    "id_number.check_digit": "身份证号码校验位不对，可能有数字输错或顺序颠倒，请对照证件逐位核对。",
    # 统一社会信用代码 (domain/identifiers.py)
    "credit_code.empty": "请填写18位统一社会信用代码。",
    "credit_code.length": "统一社会信用代码应为18位，现在是{length}位，请对照营业执照核对。",
    "credit_code.characters": "统一社会信用代码中含有不允许的字符“{chars}”（不使用I、O、Z、S、V），请核对。",
    "credit_code.check_digit": "统一社会信用代码校验位不对，可能有字符输错，请对照营业执照逐位核对。",
    # amounts (domain/money.py)
    "amount.empty": "请填写金额（元）。",
    "amount.not_a_number": "“{text}”不是有效的金额，请只填写数字，例如 12345.67。",
    "amount.negative": "金额不能为负数（“{text}”），请填写拖欠的实际金额。",
    "amount.zero": "金额不能为零，请填写拖欠的实际金额。",
    "amount.too_precise": "金额最多精确到分（小数点后两位），“{text}”请改正。",
    "amount.too_large": "金额“{text}”超出了可登记的范围，请核对是否多输了数字。",
    # dates and periods
    "date.invalid": "“{text}”不是有效的日期，请按 2026-03-05 或 2026-03（整月）的格式填写。",
    "date.order": "截止时间早于起始时间，请检查两个日期是否填反。",
    "date.future": "日期“{text}”晚于收到投诉的日期，请核对。",
    "received_at.future": "收到时间晚于当前时间，请填写实际收到投诉的时间。",
    "received_at.too_old": "收到时间早于{year}年，请核对年份是否输错。",
    # free text (names, addresses, notes, facts): what a column can hold and what can be stored
    "text.too_long": "最多{max}个字，现在有{length}个字，请删减。",
    "text.bad_characters": "含有无法保存的不可见字符（{chars}），可能是从其他文件复制时带入的，请删去后重新输入。",
    # people and contacts
    "phone.invalid": "电话号码“{text}”格式不对，请填写7至20位数字（可含“-”或“+”）。",
    "workers.none": "至少需要登记一名劳动者。",
    # Intake accepts small group complaints of 2+ workers; the 10+ threshold of 集体争议 (调解仲裁法
    # Art. 7) governs representatives and the tribunal later, not whether a group may be registered.
    "collective.too_few": "集体案件至少需要{min}名劳动者；只有一人时请改为个人案件。",
    "collective.representatives": "集体劳动争议应推举{min}至{max}名代表参加仲裁活动，现在标记了{count}名代表；请改为{min}至{max}名，或在推举前都不标记。",
    "individual.too_many": "个人案件只能有一名劳动者，现在有{count}名；多人投诉请改为集体案件。",
    "worker.duplicate_in_case": "该身份证号码与第{position}名劳动者（{name}）重复，同一案件中每人只能登记一次。",
    "worker.not_found": "所选的劳动者已不存在，请重新选择或直接填写。",
    "worker.id_number_changed": "所选劳动者的身份证号码是 {existing}，与填写的不一致；如果是另一人，请不要选择已有记录。",
    "employer.not_found": "所选的用人单位已不存在，请重新选择或直接填写。",
    "officer.not_found": "所选的经办人不存在或已停用，请重新选择。",
    "region.unknown": "“{code}”不是已知的行政区划，请从列表中选择区县。",
    "case.not_found": "找不到该案件（编号 {case_id}），可能已被删除，请刷新列表。",
    "user.none_active": "系统中没有可用的用户，请由管理员启用一个账户。",
    "intake.possible_duplicates": "发现{count}件同一劳动者针对同一用人单位的未结案件，请先核对；确属新的投诉再确认登记。",
    # attachments
    "attachment.missing": "找不到文件“{path}”，可能已被移动或删除，请重新选择。",
    "attachment.unreadable": "无法读取文件“{path}”：{reason}。请确认文件未被其他程序占用。",
    # database and backup (storage)
    "holiday.wrong_year": "日期{date}不属于{year}年，请核对后重新填写。",
    "holiday.both": "{date}不能既是放假日又是调休上班日，请删去其中一项。",
    "holiday.workday_not_weekend": "调休上班日{date}不是周六或周日，请核对国务院办公厅的放假通知。",
    "database.too_new": "该数据库由更新版本的程序创建（数据库版本 {found_revision}，本程序支持到 {app_revision}），本程序无法打开。请升级程序后再试，数据库未作任何改动。",
    "database.foreign": "该数据库不是本系统的数据库（含有表：{tables}），为避免损坏数据，程序未作任何改动。请选择正确的数据库文件。",
    "database.migration_failed": "数据库升级失败（{detail}），已恢复到升级前的状态；升级前的备份在“{backup}”。请把这句话告诉系统管理员。",
    "database.migration_broke_keys": "数据库升级后表“{table}”有{count}处关联数据不一致，升级已撤销。请把这句话告诉系统管理员。",
    "database.unreachable": "无法连接数据库：{detail}。请检查数据库地址和网络。",
    "backup.unsupported_backend": "暂不支持备份“{backend}”类型的数据库，请使用数据库自带的备份工具。",
    "backup.failed": "备份数据库“{path}”失败：{detail}。请确认目标位置可写且磁盘空间充足。",
    "backup.source_missing": "要备份的数据库文件“{path}”不存在。",
    "backup.same_file": "备份文件“{path}”不能与数据库是同一个文件，请另选位置。",
    "backup.no_file": "数据库地址“{url}”没有对应的文件，无法备份。",
    "backup.integrity_failed": "备份文件“{path}”完整性检查未通过（{detail}），请重新备份。",
    "reference.bad_file": "参考数据文件“{file}”格式不对：{reason}。",
    "reference.bad_row": "参考数据文件“{file}”第{line}行有误：{reason}。",
    # roster import
    "roster.unreadable": "无法读取名册文件：{reason}。请确认是 .xlsx 格式且未被其他程序打开。",
    "roster.missing_column": "名册中没有找到“{column}”列，请在表头中加上该列（例如“{example}”）。",
    "roster.no_header": "名册前10行中找不到表头，请确认第一张工作表的表头含有“姓名”“身份证号码”“金额”等列。",
    "roster.id_number_as_number": "身份证号码被存成了数字，Excel 只保留15位有效数字，末尾几位已经丢失。请把该列设置为“文本”格式后重新录入。",
    "roster.duplicate_id": "身份证号码与第{row}行重复，同一名册中每人只能出现一次。",
    "roster.kind_unknown": "“{text}”不是可选的欠薪类别，请填写：{choices}。",
    "roster.bool_invalid": "“{text}”无法识别，请填写“是”或“否”。",
}

# Catalogues of later parts live in their own modules so they can grow without colliding here.
from . import (  # noqa: E402
    messages_arbitration,
    messages_audit,
    messages_awards,
    messages_blacklist,
    messages_deadlines,
    messages_documents,
    messages_employers,
    messages_exchange,
    messages_hearings,
    messages_inspection,
    messages_issuing,
    messages_legal_aid,
    messages_reference,
    messages_referrals,
    messages_rules,
    messages_safety,
    messages_saved_filters,
    messages_setup,
    messages_statistics,
    messages_users,
)

_PARTS = (messages_rules, messages_reference, messages_deadlines, messages_documents, messages_issuing,
          messages_inspection, messages_arbitration, messages_hearings, messages_awards, messages_employers,
          messages_blacklist, messages_legal_aid, messages_referrals, messages_saved_filters, messages_exchange,
          messages_statistics, messages_safety, messages_users, messages_audit, messages_setup)

for _part in _PARTS:
    _clash = CATALOGUE.keys() & _part.CATALOGUE.keys()
    assert not _clash, f"message keys defined twice: {_clash}"
    CATALOGUE.update(_part.CATALOGUE)
# whole field paths a later part names (event dialog: kind, payload.due_date ...)
_PART_FIELDS: dict[str, str] = {}
# rows of a list a later part names: award_items[3].awarded -> 第4项裁决事项的裁决金额
_PART_LISTS: dict[str, tuple[str, dict[str, str]]] = {}
for _part in _PARTS:
    _PART_FIELDS.update(getattr(_part, "FIELD_LABELS", {}))
    _PART_LISTS.update(getattr(_part, "FIELD_LISTS", {}))

_GENERIC = "操作未能完成（{key}），请检查填写的内容；如仍有问题，请把这句话告诉系统管理员。"


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def message(key: str, **params: Any) -> str:
    template = CATALOGUE.get(key)
    if template is None:
        return translated(_GENERIC).format(key=key)
    template = translated(template)
    # a status or an action named in the sentence reads in the sentence's language too; names,
    # numbers and dates are not in the catalogue and pass through unchanged
    if translating_now():
        params = {k: _param(v) for k, v in params.items()}
    if key == "intake.possible_duplicates" and "count" not in params:
        params["count"] = len(params.get("duplicates") or ())
    try:
        return template.format_map(_Lenient(params))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


_CHINESE_DATE = re.compile("(\\d{4})\u5e74(\\d{1,2})\u6708(\\d{1,2})\u65e5")  # 2026年3月5日


def _param(value: Any) -> Any:
    """A parameter as the screens read it: a label in their language, a date in their order."""
    if not isinstance(value, str):
        return value
    return _CHINESE_DATE.sub(_screen_day, translated(value))


def _screen_day(m: re.Match) -> str:
    try:
        return day_text(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except ValueError:  # not a real day: left as written
        return m.group(0)


# ---- field labels -----------------------------------------------------------------------

_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_PART_ROW = re.compile(r"([a-z_]+)\[(\d+)\](?:\.(\w+))?")
_NUMBERED = re.compile("\u7b2c(\\d+)(.+)")  # 第3名劳动者 (escaped: a pattern, not a sentence to translate)

_FIELDS_COMMON = {
    "name": "名称",
    "credit_code": "统一社会信用代码",
    "legal_representative": "法定代表人",
    "legal_representative_id_number": "法定代表人身份证号码",
    "address": "地址",
    "phone": "联系电话",
    "county_code": "所在区县",
    "role": "角色",
    "person_name": "姓名",
    "person_id_number": "身份证号码",
    "person_phone": "联系电话",
    "path": "文件",
    "description": "说明",
}
_FIELDS_WORKER = {
    "name": "姓名",
    "id_number": "身份证号码",
    "phone": "联系电话",
    "hukou_place": "户籍地",
    "bank_card": "银行卡号",
    "job": "工种",
    "employed_to": "离职日期",
    "is_migrant_worker": "是否农民工",
    "items": "欠薪明细",
}
_FIELDS_ITEM = {
    "kind": "类别",
    "period_from": "起始时间",
    "period_to": "截止时间",
    "amount": "金额",
    "note": "备注",
}
_TOP = {
    "case_type": "案件类型",
    "is_collective": "个人/集体",
    "channel": "来源渠道",
    "received_at": "收到时间",
    "officer_id": "经办人",
    "industry": "行业",
    "county_code": "用工所在地",
    "facts": "事实与理由",
    "claims": "请求事项",
    "workers": "劳动者名单",
    "employer": "用人单位",
    "project": "工程项目",
    "attachments": "证据材料",
}


def field_label(path: str) -> str:
    """``workers[2].id_number`` -> 第3名劳动者的身份证号码 (what the user sees on the form)."""
    if path in _PART_FIELDS:
        return translated(_PART_FIELDS[path])
    m = _PART_ROW.fullmatch(path)
    if m and m.group(1) in _PART_LISTS:
        noun, fields = _PART_LISTS[m.group(1)]
        row = translated("第{n}" + noun).format(n=int(m.group(2)) + 1)
        if m.group(3) is None:
            return row
        return _owned(row, translated(fields.get(m.group(3), m.group(3))))
    segments = path.split(".") if path else []
    parsed = []
    for seg in segments:
        m = _SEGMENT.fullmatch(seg)
        if not m:
            return path
        parsed.append((m.group(1), None if m.group(2) is None else int(m.group(2))))
    if not parsed:
        return path
    if len(parsed) == 1 and parsed[0][1] is None:
        return translated(_TOP[parsed[0][0]]) if parsed[0][0] in _TOP else path

    owner = ""
    fields = _FIELDS_COMMON
    for name, index in parsed[:-1]:
        n = (index or 0) + 1
        if name == "workers":
            part = _ELEMENT["workers"].format(n=n) if index is not None else "劳动者"
        elif name == "employer":
            part = "" if owner else "用人单位"
        elif name == "project":
            part = "工程项目"
        elif name in _ELEMENT:
            part = _ELEMENT[name].format(n=n)
        else:
            return path
        fields = _OWNER_FIELDS.get(name, _FIELDS_COMMON)
        if name == "chain" and parsed[-1][0].startswith("person_"):
            part = "第{n}级班组长".format(n=n)
        if part:
            part = translated_part(part)
            owner = translated("{owner}{part}").format(owner=owner, part=part) if owner else part
    last, index = parsed[-1]
    if index is not None:
        # a whole element: workers[2] -> 第3名劳动者
        if last not in _ELEMENT:
            return path
        element = translated(_ELEMENT[last]).format(n=index + 1)
        return translated("{owner}{part}").format(owner=owner, part=element) if owner else element
    label = fields.get(last) or _FIELDS_COMMON.get(last) or _FIELDS_WORKER.get(last)
    if label is None:
        return path
    return _owned(owner, translated(label)) if owner else translated(label)


# a numbered element of a list on a form, and the fields its rows carry
_ELEMENT = {
    "workers": "第{n}名劳动者",
    "items": "第{n}项欠薪",
    "chain": "第{n}级承包单位",
    "attachments": "第{n}个证据材料",
}
_OWNER_FIELDS = {"workers": _FIELDS_WORKER, "items": _FIELDS_ITEM}


def translated_part(part: str) -> str:
    """One piece of an owner chain; numbered ones are translated as their pattern."""
    m = _NUMBERED.fullmatch(part)
    if m:
        return translated("第{n}" + m.group(2)).format(n=m.group(1))
    return translated(part)


def _owned(owner: str, label: str) -> str:
    """第3名劳动者 + 身份证号码 -> 第3名劳动者的身份证号码 (in English: ID number of worker 3)."""
    return translated("{owner}的{label}").format(owner=owner, label=label)


def describe(error: FieldError) -> str:
    return translated("{field}：{message}").format(field=field_label(error.field),
                                                 message=message(error.key, **error.params))
