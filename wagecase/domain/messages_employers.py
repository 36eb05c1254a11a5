"""Chinese sentences of the employer view and the intake warning; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "employers.not_found": "找不到该用人单位（编号 {employer_id}），可能已被删除，请刷新列表。",
    "employers.warning.listed": "该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单（至{until}）",
    "employers.warning.listed_open": "该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单",
    "employers.warning.person_listed": "该用人单位的法定代表人{name}（身份证号{id_masked}）作为另一单位{employer}的{role}被列入失信名单",
    "employers.warning.open_cases": "该用人单位尚有{count}件未结案件（{numbers}）",
}
