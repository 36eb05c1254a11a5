"""What a password must be, and how a username looks. Pure rules: the hashing is argon2id in the
services, the lockout limits are office settings."""
from __future__ import annotations

import re

MIN_LENGTH = 8
USERNAME = re.compile(r"[A-Za-z0-9_.]{3,30}")
DEFAULT_LOCKOUT_FAILURES = 5
DEFAULT_LOCKOUT_MINUTES = 15


def password_problems(password: str, username: str = "") -> list[tuple[str, dict]]:
    """Message keys (with parameters) of what is wrong; empty when the password will do.

    >>> password_problems("abc")[0][0]
    'password.too_short'
    >>> password_problems("abcdefgh")[0][0]
    'password.too_simple'
    >>> password_problems("lina2026", "lina2026")[0][0]
    'password.same_as_username'
    >>> password_problems("Zhengzhou2026")
    []
    """
    if len(password) < MIN_LENGTH:
        return [("password.too_short", {"length": MIN_LENGTH})]
    if not (re.search(r"[A-Za-z]", password) and re.search(r"[0-9]", password)):
        return [("password.too_simple", {})]
    if username and password.lower() == username.lower():
        return [("password.same_as_username", {})]
    return []


def valid_username(text: str) -> bool:
    return bool(USERNAME.fullmatch(text or ""))
