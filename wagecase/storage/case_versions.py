"""Optimistic locking of cases between workstations (cases.version).

A case view registers the version it shows (``watch``). Every change to a case appends an audit
entry naming it, and that is where the version is checked and moved on (``touched``): under the
write lock, the version the case had when this transaction first read it must still be the one
the screen showed, or another workstation changed the case in between and the change is refused
with what the other user did. After the commit the screen's registration follows this process's
own change, so only other workstations' changes conflict.
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..domain.case import event_label
from ..domain.errors import RuleError
from .models import Case, CaseEvent, User

# engine -> case id -> (version shown, the last event id the screen had read)
_WATCHED: "WeakKeyDictionary[Engine, dict[int, tuple[int, int]]]" = WeakKeyDictionary()
_LOADED = "case_versions_at_load"
_TOUCHED = "cases_touched"


class CaseChanged(RuleError):
    """Another workstation changed the case after this screen read it; ``changes`` says how."""

    def __init__(self, case_id: int, changes: str) -> None:
        super().__init__("case.changed_elsewhere", case_id=case_id, changes=changes)
        self.case_id = case_id


def watch(engine: Engine, case_id: int, version: int, last_event_id: int) -> None:
    _WATCHED.setdefault(engine, {})[case_id] = (version, last_event_id)


def last_event_id(session: Session, case_id: int) -> int:
    return session.execute(select(func.max(CaseEvent.id)).where(CaseEvent.case_id == case_id)).scalar() or 0


def unwatch(engine: Engine, case_id: int) -> None:
    _WATCHED.get(engine, {}).pop(case_id, None)


def watched(engine: Engine, case_id: int) -> tuple[int, int] | None:
    return _WATCHED.get(engine, {}).get(case_id)


@event.listens_for(Case, "load")
def _remember_version(target: Case, context) -> None:
    # the version as this transaction first read it (a write transaction holds the write lock
    # from its start: nobody else can have changed it since)
    context.session.info.setdefault(_LOADED, {}).setdefault(target.id, target.version)


def touched(session: Session, case_id: int, at: datetime) -> None:
    """Called for each audited change of a case: checks the watched version, moves it on."""
    touched_here = session.info.setdefault(_TOUCHED, {})
    if case_id in touched_here:
        return
    case = session.get(Case, case_id)
    if case is None or inspect(case).pending:
        return
    start = session.info.get(_LOADED, {}).get(case_id, case.version)
    engine = session.get_bind()
    seen = watched(engine, case_id)
    if seen is not None and seen[0] != start:
        changes = _changes_since(session, case_id, seen[1])
        # the user is told what changed; trying again means acting on the case as it now is
        watch(engine, case_id, start, last_event_id(session, case_id))
        raise CaseChanged(case_id, changes)
    if case.id in session.info.get(_LOADED, {}):
        case.updated_at = at
        flag_modified(case, "updated_at")  # an UPDATE even at the same instant: the version moves on
    touched_here[case_id] = case
    if len(touched_here) == 1:
        event.listen(session, "after_commit", _follow, once=True)


def _follow(session: Session) -> None:
    """This process's own change: the screens watching the case now show its new version."""
    engine = session.get_bind()
    for case_id, case in session.info.pop(_TOUCHED, {}).items():
        seen = watched(engine, case_id)
        if seen is not None:
            with engine.connect() as conn:  # this process's own new events are not news to it
                newest = conn.execute(select(func.max(CaseEvent.id)).where(CaseEvent.case_id == case_id)).scalar()
            watch(engine, case_id, case.version, newest or 0)
    session.info.pop(_LOADED, None)


def _changes_since(session: Session, case_id: int, after_event_id: int) -> str:
    rows = session.execute(
        select(CaseEvent.occurred_at, CaseEvent.kind, CaseEvent.summary, User.display_name)
        .outerjoin(User, User.id == CaseEvent.actor_id)
        .where(CaseEvent.case_id == case_id, CaseEvent.id > after_event_id)
        .order_by(CaseEvent.occurred_at, CaseEvent.id).limit(10)).all()
    lines = []
    for at, kind, summary, who in rows:
        local = at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("Asia/Shanghai"))
        what = event_label(kind)
        if summary and summary != what:
            what = f"{what}（{summary}）"
        lines.append(f"{local:%m-%d %H:%M} {who or '其他用户'} {what}")
    return "；".join(lines) or "（办理记录中未见新的事项，可能修改了当事人或文书信息）"
