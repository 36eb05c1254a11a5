"""Login on a real database: argon2id hashes, the first administrator's first password, the
lockout after repeated failures (and its end), password changes, the administrator's user
management, and every step in the 操作日志."""
from __future__ import annotations

from datetime import timedelta

import pytest

from wagecase.domain.errors import RuleError, ValidationFailed
from wagecase.domain.messages import message
from wagecase.services import audit
from wagecase.storage.models import AuditEntry, User
from .intake_support import NOW_UTC, migrated_services  # noqa: F401

PASSWORD = "Zhengzhou2026"


def _text(e: RuleError) -> str:
    if isinstance(e, ValidationFailed):
        return message(e.errors[0].key, **e.errors[0].params)
    return message(e.key, **e.params)


@pytest.fixture
def office(migrated_services):
    svc = migrated_services
    svc.users.set_first_password("admin", PASSWORD, PASSWORD)
    lina = next(u for u in svc.users.all() if u.username == "lina")  # 李娜, inspector, no password yet
    svc.users.reset_password(lina.id, "Initial2026")  # the administrator gives an initial one
    return svc


def _actions(svc) -> list[str]:
    with svc.ctx.uow.read() as uow:
        return [a for (a,) in uow.session.query(AuditEntry.action).order_by(AuditEntry.id)]


def test_the_first_administrator_sets_the_password_once(migrated_services):
    svc = migrated_services
    assert svc.users.needs_first_password("admin") and svc.users.needs_first_password("ADMIN")
    with pytest.raises(ValidationFailed) as e:
        svc.users.set_first_password("admin", "short1", "short1")
    assert _text(e.value) == "密码至少8个字符。"
    with pytest.raises(ValidationFailed) as e:
        svc.users.set_first_password("admin", PASSWORD, PASSWORD + "x")
    assert _text(e.value) == "两次输入的新密码不一致。"
    view = svc.users.set_first_password("admin", PASSWORD, PASSWORD)
    assert view.has_password and svc.ctx.user_id == view.id
    assert not svc.users.needs_first_password("admin")
    with pytest.raises(RuleError):  # never a second time, nor for another user
        svc.users.set_first_password("admin", "Another2026", "Another2026")
    with svc.ctx.uow.read() as uow:
        stored = uow.session.query(User).filter_by(username="admin").one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_login_and_the_lockout(office):
    svc = office
    svc.ctx.user_id = None
    user = svc.users.authenticate("LiNa", "Initial2026")  # usernames are not case-sensitive
    assert user.display_name == "李娜" and svc.ctx.user_id == user.id and user.must_change_password
    svc.ctx.user_id = None
    for left in (4, 3, 2, 1):
        with pytest.raises(RuleError) as e:
            svc.users.authenticate("lina", "wrong-password1")
        assert _text(e.value) == f"用户名或密码不正确。连续输错5次将锁定15分钟（还可尝试{left}次）。"
    with pytest.raises(RuleError) as e:
        svc.users.authenticate("lina", "wrong-password1")
    assert e.value.key == "login.locked" and "10:15后再试" in _text(e.value)  # NOW is 10:00 local
    with pytest.raises(RuleError) as e:  # the right password does not open a locked account
        svc.users.authenticate("lina", "Initial2026")
    assert e.value.key == "login.locked"
    assert svc.ctx.user_id is None
    svc.ctx.clock = lambda: NOW_UTC + timedelta(minutes=16)
    assert svc.users.authenticate("lina", "Initial2026").username == "lina"
    # an unknown username reads exactly like a wrong password
    svc.ctx.user_id = None
    with pytest.raises(RuleError) as e:
        svc.users.authenticate("nobody", "whatever1")
    assert e.value.key == "login.failed"
    actions = _actions(svc)
    assert actions.count("user.login_failed") == 5 and actions.count("user.login") == 2
    with svc.ctx.uow.read() as uow:
        assert audit.verify_chain(uow.session) is None


def test_the_lockout_follows_the_parameters_the_administrator_sets(office):
    svc = office
    svc.reference.save_row("parameters", "login.lockout_failures", {"value": "3"})
    svc.reference.save_row("parameters", "login.lockout_minutes", {"value": "60"})
    with pytest.raises(RuleError):
        svc.reference.save_row("parameters", "login.lockout_failures", {"value": "1"})  # 3..20
    svc.ctx.user_id = None
    for left in (2, 1):
        with pytest.raises(RuleError) as e:
            svc.users.authenticate("lina", "wrong-password1")
        assert _text(e.value) == f"用户名或密码不正确。连续输错3次将锁定60分钟（还可尝试{left}次）。"
    with pytest.raises(RuleError) as e:
        svc.users.authenticate("lina", "wrong-password1")
    assert e.value.key == "login.locked" and "11:00后再试" in _text(e.value)
    svc.ctx.clock = lambda: NOW_UTC + timedelta(minutes=59)
    with pytest.raises(RuleError):
        svc.users.authenticate("lina", "Initial2026")
    svc.ctx.clock = lambda: NOW_UTC + timedelta(minutes=61)
    assert svc.users.authenticate("lina", "Initial2026").username == "lina"


def test_the_administrator_unlocks_resets_and_deactivates(office):
    svc = office
    admin = svc.ctx.user_id
    lina = next(u for u in svc.users.all() if u.username == "lina")
    svc.ctx.user_id = None
    for _ in range(5):
        with pytest.raises(RuleError):
            svc.users.authenticate("lina", "wrong-password1")
    svc.ctx.user_id = admin
    assert svc.users.unlock(lina.id).locked_until is None
    svc.users.reset_password(lina.id, "Reset2026ok")
    svc.ctx.user_id = None
    assert svc.users.authenticate("lina", "Reset2026ok").must_change_password
    with pytest.raises(ValidationFailed) as e:
        svc.users.change_password("Wrong2026xx", "Mine2026abc", "Mine2026abc")
    assert _text(e.value) == "原密码不正确。"
    with pytest.raises(ValidationFailed) as e:
        svc.users.change_password("Reset2026ok", "abcdefghij", "abcdefghij")
    assert _text(e.value) == "密码应同时包含字母和数字。"
    svc.users.change_password("Reset2026ok", "Mine2026abc", "Mine2026abc")
    assert not svc.users.current().must_change_password
    # an inspector may not manage users
    with pytest.raises(RuleError) as e:
        svc.users.reset_password(lina.id, "Other2026ab")
    assert e.value.key == "permission.denied"
    svc.ctx.user_id = admin
    svc.users.update(lina.id, "李娜", "inspector", False)
    svc.ctx.user_id = None
    with pytest.raises(RuleError) as e:
        svc.users.authenticate("lina", "Mine2026abc")
    assert _text(e.value) == "该用户已被停用，请联系管理员。"


def test_new_users_are_checked_and_the_last_administrator_is_kept(office):
    svc = office
    admin = svc.ctx.user_id
    with pytest.raises(ValidationFailed) as e:
        svc.users.create("LINA", "另一个李娜", "clerk", "Initial2026")
    assert _text(e.value) == "用户名“LINA”已被使用，请换一个。"
    with pytest.raises(ValidationFailed) as e:
        svc.users.create("李", "", "nobody", "x")
    keys = {err.field: err.key for err in e.value.errors}
    assert keys == {"username": "user.username_invalid", "display_name": "user.display_name_missing",
                    "role": "user.role_unknown", "password": "password.too_short"}
    with pytest.raises(RuleError) as e:
        svc.users.update(admin, "系统管理员", "inspector", True)
    assert e.value.key == "user.last_admin"
    with pytest.raises(RuleError) as e:
        svc.users.update(admin, "系统管理员", "admin", False)
    assert e.value.key in ("user.self_deactivate", "user.last_admin")
    other = svc.users.create("wang.admin", "王管理", "admin", "Initial2026")
    svc.users.update(other.id, "王管理", "supervisor", True)  # another admin remains: allowed
    assert {a for a in _actions(svc) if a.startswith("user.")} >= {"user.create", "user.update",
                                                                  "user.first_password"}
