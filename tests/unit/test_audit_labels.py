"""Every action the services record has a Chinese name: the log screen, the export and the
case timeline never show an action code. The services are read as source (ast), so an action
added anywhere, in any form the services use, is found."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from wagecase.domain import audit_labels as labels
from wagecase.domain.arbitration_path import ArbitrationAction
from wagecase.domain.blacklist_path import BlacklistAction
from wagecase.domain.inspection_path import InspectionAction

SERVICES = Path(__file__).resolve().parents[2] / "wagecase" / "services"
ACTION = re.compile(r"[a-z_]+(\.[a-z_]+)+")


def _families() -> dict[str, list[str]]:
    from wagecase.services.legal_aid import STEPS

    return {"inspection.": [a.value for a in InspectionAction], "arbitration.": [a.value for a in ArbitrationAction],
            "blacklist.": [a.value for a in BlacklistAction], "legal_aid.": [step[0] for step in STEPS]}


def _constants(node: ast.AST) -> list[str] | None:
    """The action strings an expression can take: a literal, or either branch of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _constants(node.body), _constants(node.orelse)
        return a + b if a is not None and b is not None else None
    return None


def _assigned(function: ast.AST, name: str) -> list[str] | None:
    """Strings assigned to ``name`` in ``function``; None when it comes from elsewhere (unpacked
    from a call: the change callbacks of services.reference, checked through their returns)."""
    found: list[str] = []
    unpacked = False
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    values = _constants(node.value)
                    assert values is not None, f"{name} = {ast.unparse(node.value)}: not a literal action"
                    found += values
                elif isinstance(target, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name
                                                           for e in target.elts):
                    unpacked = True
    if unpacked and not found:
        return None
    return found


def _passed(tree: ast.AST, function: ast.FunctionDef, name: str) -> list[str]:
    """The literals callers in the same module pass for ``function``'s parameter ``name``."""
    params = [a.arg for a in function.args.args]
    position = params.index(name) - (1 if params and params[0] == "self" else 0)
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
        if callee != function.name:
            continue
        arg = call.args[position] if len(call.args) > position else next(
            (k.value for k in call.keywords if k.arg == name), None)
        values = _constants(arg) if arg is not None else None
        if values is None and isinstance(arg, ast.Name):
            caller = next(f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                          and any(n is call for n in ast.walk(f)))
            values = _assigned(caller, arg.id)
        assert values, f"{function.name}({name}=...) called with {ast.unparse(arg)}: not a literal action"
        found += values
    return found


def _returned_actions(tree: ast.AST) -> list[str]:
    """First elements of returned 4-tuples (action, entity_id, before, after) of change callbacks."""
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 4:
                first = node.value.elts[0]
                values = _constants(first)
                if values is None and isinstance(first, ast.Name) and first.id == "action":
                    values = _assigned(function, first.id)
                found += [v for v in values or () if ACTION.fullmatch(v)]
    return found


def recorded_actions() -> tuple[set[str], set[str]]:
    """(actions, f-string prefixes) passed to audit.record anywhere in the services."""
    actions: set[str] = set()
    prefixes: set[str] = set()
    opaque = False
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "record" and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "audit"):
                continue
            arg = call.args[2] if len(call.args) > 2 else next(k.value for k in call.keywords if k.arg == "action")
            where = f"{path.name}:{call.lineno}"
            values = _constants(arg)
            if values is not None:
                actions.update(values)
            elif isinstance(arg, ast.JoinedStr):
                head = arg.values[0]
                assert isinstance(head, ast.Constant), f"{where}: an action must start with a literal prefix"
                prefixes.add(head.value)
            elif isinstance(arg, ast.Name):
                function = call
                while not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    function = parents[function]
                got = _assigned(function, arg.id)
                if not got and arg.id in [a.arg for a in function.args.args]:
                    got = _passed(tree, function, arg.id)  # a helper's parameter: its callers' literals
                if got is None:
                    opaque = True  # from a change callback: its returns are collected below
                else:
                    assert got, f"{where}: {arg.id} is never given a literal action"
                    actions.update(got)
            else:
                raise AssertionError(f"{where}: action {ast.unparse(arg)} cannot be read from the source")
        actions.update(_returned_actions(tree))
    assert opaque, "services.reference passes actions from its change callbacks"
    return actions, prefixes


def test_every_recorded_action_has_a_chinese_label():
    actions, prefixes = recorded_actions()
    assert {"case.register", "user.login", "user.login_failed", "document.issue", "statistics.export",
            "case.view_personal", "reference.holidays.save", "reference.create", "saved_filter.add",
            "award.partial", "document.print", "audit.export"} <= actions
    missing = sorted(a for a in actions if a not in labels.ACTION_LABELS)
    assert not missing, f"actions without a label in domain/audit_labels.py: {missing}"
    families = _families()
    assert prefixes <= set(families), f"unknown action families: {prefixes - set(families)}"
    for prefix in prefixes:
        for value in families[prefix]:
            label = labels.action_label(prefix + value)
            assert label != prefix + value and re.search(r"[\u4e00-\u9fff]", label), prefix + value


def test_labels_are_chinese_and_groups_name_only_known_actions():
    for action, label in labels.ACTION_LABELS.items():
        assert re.search(r"[\u4e00-\u9fff]", label) and not re.search(r"[A-Za-z]", label), (action, label)
    known = set(labels.ACTION_LABELS)
    for key, label, members in labels.ACTION_GROUPS:
        for m in members:
            assert (m in known) if not m.endswith(".") else any(a.startswith(m) for a in known), (key, m)
    assert labels.action_label("some.future_action") == "some.future_action"


@pytest.mark.parametrize("before, after, said", [
    ({"status": "registered"}, {"status": "accepted", "inputs": {}}, "状态：已登记 → 已受理"),
    (None, {"username": "lina", "display_name": "李娜", "role": "inspector"}, "用户名：lina；姓名：李娜；角色：监察员"),
    (None, {"claimed_fen": 1234500, "worker_ids": [1, 2, 3], "employer_id": 7}, "请求金额：12,345.00元；劳动者：3人"),
    ({"active": True}, {"active": False}, "启用：是 → 否"),
    ({"name": "第一仲裁庭"}, None, "删除前：名称：第一仲裁庭"),
    (None, {"id_number": "410105198001011239", "phone": "13803712345"},
     "身份证号码：410105********1239；电话：138****2345"),
    (None, {"format": "xlsx", "rows": 12}, "格式：Excel；行数：12"),
])
def test_summaries_say_before_and_after_in_words(before, after, said):
    assert labels.summary(before, after) == said


def test_officers_and_forms_are_named_when_the_service_knows_them():
    names = labels.Names(people={7: "李娜"}, forms={"case_cover": "案卷封面"})
    assert labels.summary({"officer_id": None}, {"officer_id": 7, "reason": ""}, names) == "承办人：（空） → 李娜"
    assert labels.summary(None, {"form_id": "case_cover"}, names) == "文书：案卷封面"
    assert labels.entity_text("issued_document", None, {"number": "郑人社监〔2026〕3号"}) == "文书 郑人社监〔2026〕3号"
    assert labels.entity_text("reference:minimum_wages", None, None) == "参考数据 最低工资标准"
