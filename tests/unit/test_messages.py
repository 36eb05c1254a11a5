"""Every error key raised anywhere has a Chinese sentence; field paths read as the form does."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wagecase.domain.errors import FieldError
from wagecase.domain.messages import CATALOGUE, describe, field_label, message

SOURCE = Path(__file__).resolve().parents[2] / "wagecase"
_KEY = r"""["']([a-z_]+(?:\.[a-z_]+)*)["']"""
PATTERNS = [
    re.compile(r"RuleError\(\s*" + _KEY),
    re.compile(r"FieldError\(\s*[^,()]+,\s*" + _KEY, re.S),
    re.compile(r"\bmessage\(\s*" + _KEY),
    re.compile(r"super\(\)\.__init__\(\s*" + _KEY),  # RuleError subclasses
]


def keys_in_source() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            for m in pattern.finditer(text):
                found.setdefault(m.group(1), str(path.relative_to(SOURCE.parent)))
    return found


def test_every_key_in_the_code_has_a_sentence():
    found = keys_in_source()
    assert len(found) > 30  # the scan itself works
    missing = {k: where for k, where in found.items() if k not in CATALOGUE}
    assert not missing, f"add these keys to wagecase/domain/messages.py: {missing}"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_sentences_are_chinese_and_format_without_params(key):
    text = message(key)
    assert re.search(r"[\u4e00-\u9fff]", text) and "{" not in text


def test_parameters_are_filled_and_unknown_keys_never_raise():
    assert message("id_number.length", length=17) == "身份证号码应为18位，现在是17位，请核对后重新填写。"
    assert "3件" in message("intake.possible_duplicates", duplicates=[1, 2, 3])
    unknown = message("no.such.key", x=1)
    assert "no.such.key" in unknown and re.search(r"[\u4e00-\u9fff]", unknown)


@pytest.mark.parametrize("path, label", [
    ("workers[2].id_number", "第3名劳动者的身份证号码"),
    ("workers[0].name", "第1名劳动者的姓名"),
    ("workers[0].items[1].period_to", "第1名劳动者第2项欠薪的截止时间"),
    ("employer.credit_code", "用人单位的统一社会信用代码"),
    ("employer.name", "用人单位的名称"),
    ("project.name", "工程项目的名称"),
    ("project.chain[1].employer.name", "工程项目第2级承包单位的名称"),
    ("project.chain[3].person_id_number", "工程项目第4级班组长的身份证号码"),
    ("project.chain[2].role", "工程项目第3级承包单位的角色"),
    ("attachments[0].path", "第1个证据材料的文件"),
    ("received_at", "收到时间"),
    ("workers", "劳动者名单"),
    ("workers[4]", "第5名劳动者"),
    ("something.odd[", "something.odd["),
])
def test_field_labels(path, label):
    assert field_label(path) == label


def test_describe():
    err = FieldError("workers[0].items[0].amount", "amount.negative", {"text": "-5"})
    assert describe(err) == "第1名劳动者第1项欠薪的金额：金额不能为负数（“-5”），请填写拖欠的实际金额。"
