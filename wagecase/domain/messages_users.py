"""Chinese sentences of login, users and permissions; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "permission.not_logged_in": "尚未登录，请先登录。",
    "permission.inactive": "当前用户已被停用，请联系管理员。",
    "permission.denied": "当前用户（{role}）无权{action}；{roles}可以办理。",
    "login.failed": "用户名或密码不正确。连续输错{limit}次将锁定{minutes}分钟（还可尝试{left}次）。",
    "login.locked": "该用户因连续输错密码已被锁定，请于{until}后再试，或请管理员解锁。",
    "login.inactive": "该用户已被停用，请联系管理员。",
    "login.no_password": "该用户尚未设置密码，请管理员为其设置初始密码。",
    "password.too_short": "密码至少{length}个字符。",
    "password.too_simple": "密码应同时包含字母和数字。",
    "password.same_as_username": "密码不能与用户名相同。",
    "password.mismatch": "两次输入的新密码不一致。",
    "password.wrong_old": "原密码不正确。",
    "password.same_as_old": "新密码不能与原密码相同。",
    "user.username_invalid": "用户名应为3至30位字母、数字、下划线或点，例如 lina 或 wang.qiang。",
    "user.username_taken": "用户名“{username}”已被使用，请换一个。",
    "user.display_name_missing": "请填写姓名。",
    "user.role_unknown": "请选择角色。",
    "user.not_found": "找不到该用户（编号 {user_id}），请刷新列表。",
    "user.last_admin": "不能停用或改变最后一名管理员的角色，否则将无人能管理系统。",
    "user.self_deactivate": "不能停用正在使用的本人账号。",
    "case.changed_elsewhere": "本案已被其他工作站的用户修改：{changes}。请核对最新情况后再办理；您填写的内容已保留。",
    "assign.officer_invalid": "所选承办人不存在或已停用，请重新选择。",
    "assign.same_officer": "该案件的承办人已是{name}。",
    "assign.reason_missing": "变更承办人时请填写变更原因。",
}
