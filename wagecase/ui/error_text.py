"""Errors from the services turned into the Chinese sentences a clerk reads.

The sentences themselves live in wagecase.domain.messages (one table for UI, CLI and
documents); this module only picks the right function and never lets a missing translation
turn into a traceback on screen.
"""
from __future__ import annotations

import logging

from ..domain import messages
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.language import translating
from .i18n import tr

log = logging.getLogger(__name__)

UNEXPECTED = tr("保存时发生意外错误，已填写的内容没有丢失，也没有写入数据库。请稍后重试，或联系系统管理员。")
# the same, for a named step (签发时…, 送达时…)
UNEXPECTED_DOING = tr("{what}时发生意外错误，已填写的内容没有丢失，也没有写入数据库。请稍后重试，或联系系统管理员。")


def in_screen_language():
    """Around a read of a view for display: the sentences the domain composes while the view is
    built (a rule's reasons, why a step is not available now) come out in the language of the
    screens. Only on this thread, only inside the block: nothing recorded or printed is built
    here, so official text stays Chinese."""
    return translating(tr)


def say(key: str, **params) -> str:
    """The domain's sentence for ``key`` in the language of the screens."""
    with translating(tr):
        return messages.message(key, **params)


def field_error_text(err: FieldError) -> str:
    try:
        with translating(tr):
            return messages.describe(err)
    except Exception:  # a key without a sentence must still tell the clerk where to look
        log.exception("no message for %s", err)
        try:
            with translating(tr):
                label = messages.field_label(err.field)
        except Exception:
            label = err.field
        return tr("{label}：填写有误，请核对后重新输入").format(label=label)


def rule_error_text(err: RuleError) -> str:
    if isinstance(err, ValidationFailed):
        return "\n".join(field_error_text(e) for e in err.errors)
    try:
        return say(err.key, **err.params)
    except Exception:
        log.exception("no message for %s", err.key)
        return tr("操作未能完成，请核对填写的内容后重试。")


def error_lines(exc: BaseException) -> list[str]:
    """One line per problem, for an error list."""
    if isinstance(exc, ValidationFailed):
        return [field_error_text(e) for e in exc.errors]
    if isinstance(exc, RuleError):
        return [rule_error_text(exc)]
    return [UNEXPECTED]
