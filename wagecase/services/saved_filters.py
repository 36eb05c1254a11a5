"""我的工作队列: each user's named case-list filters, kept per list (all cases, the inspection
list, the arbitration list) and shown in that list's filter bar.

A filter is stored as JSON of the CaseFilter fields a user sets in the filter bar, dates as ISO
text. Only those fields are written and read back: a field added to CaseFilter later (a
drill-down from a statistic, say) is neither saved nor expected, and a key this version does
not know, or a value of the wrong kind, is skipped on reading, so an old or hand-edited row still
opens with the rest of its conditions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..domain.errors import RuleError
from ..storage import saved_filter_queries as q
from ..storage.models import SavedFilter
from . import audit
from .context import ServiceContext
from .dto import CaseFilter, Changes

LIST_KEYS = ("all", "inspection", "arbitration")
NAME_MAX = 50

# the CaseFilter fields a saved filter keeps, and the kind of value each holds
_TEXT = ("case_type", "status", "county_code")
_DATES = ("received_from", "received_to")
SAVED_FIELDS = ("case_type", "status", "officer_id", "county_code", "received_from", "received_to",
                "is_collective", "search")


@dataclass(frozen=True)
class SavedFilterView:
    id: int
    name: str
    list_key: str
    filter: CaseFilter
    position: int


# ---- JSON ---------------------------------------------------------------------------------------

def filter_to_dict(flt: CaseFilter) -> dict:
    """The saved fields of ``flt`` as JSON-ready values (dates as 2026-03-05, absent as null)."""
    out: dict = {}
    for name in SAVED_FIELDS:
        value = getattr(flt, name, None)
        if name in _DATES:
            out[name] = value.isoformat() if isinstance(value, date) else None
        elif name == "officer_id":
            out[name] = value if isinstance(value, int) and not isinstance(value, bool) else None
        elif name == "is_collective":
            out[name] = value if isinstance(value, bool) else None
        elif name == "search":
            out[name] = value if isinstance(value, str) else ""
        else:
            out[name] = value if isinstance(value, str) and value else None
    return out


def filter_to_json(flt: CaseFilter) -> str:
    return json.dumps(filter_to_dict(flt), ensure_ascii=False, sort_keys=True)


def filter_from_dict(data: object) -> CaseFilter:
    """A CaseFilter from stored values; unknown keys and values of the wrong kind are left out."""
    if not isinstance(data, dict):
        return CaseFilter()
    values: dict = {}
    for name in _TEXT:
        value = data.get(name)
        if isinstance(value, str) and value:
            values[name] = value
    officer = data.get("officer_id")
    if isinstance(officer, int) and not isinstance(officer, bool):
        values["officer_id"] = officer
    for name in _DATES:
        value = data.get(name)
        if isinstance(value, str):
            try:
                values[name] = date.fromisoformat(value)
            except ValueError:
                pass
    collective = data.get("is_collective")
    if isinstance(collective, bool):
        values["is_collective"] = collective
    search = data.get("search")
    if isinstance(search, str):
        values["search"] = search
    return CaseFilter(**values)


def filter_from_json(text: str | None) -> CaseFilter:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return CaseFilter()
    return filter_from_dict(data)


def clean_name(name: str | None) -> str:
    """Spaces trimmed and runs of blanks made one; empty or over 50 characters is refused."""
    text = " ".join((name or "").split())
    if not text:
        raise RuleError("saved_filters.name_empty")
    if len(text) > NAME_MAX:
        raise RuleError("saved_filters.name_too_long", max=NAME_MAX, length=len(text))
    return text


# ---- the service --------------------------------------------------------------------------------

class SavedFilterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ----------------------------------------------------------------------------

    def list(self, list_key: str) -> list[SavedFilterView]:
        """The current user's filters of one list, in their order (none without a user)."""
        key = _list_key(list_key)
        if self.ctx.user_id is None:
            return []
        with self.ctx.uow.read() as uow:
            return [_view(r) for r in q.filters_of(uow.session, self.ctx.user_id, key)]

    def named(self, list_key: str, name: str) -> SavedFilterView | None:
        """The current user's filter of that name on that list: the UI asks before replacing it."""
        key = _list_key(list_key)
        text = " ".join((name or "").split())
        if self.ctx.user_id is None or not text:
            return None
        with self.ctx.uow.read() as uow:
            row = q.named(uow.session, self.ctx.user_id, key, text)
            return None if row is None else _view(row)

    # ---- changing ---------------------------------------------------------------------------

    def save(self, list_key: str, name: str, flt: CaseFilter, replace: bool = False) -> SavedFilterView:
        """Saves ``flt`` under ``name`` at the end of the user's list. A name already used on
        this list is refused unless ``replace`` (the user confirmed): then that filter takes the
        new conditions and keeps its place."""
        key = _list_key(list_key)
        text = clean_name(name)
        user_id = self._user()
        criteria = filter_to_json(flt)
        with self.ctx.uow.write() as uow:
            s = uow.session
            row = q.named(s, user_id, key, text)
            if row is not None and not replace:
                raise RuleError("saved_filters.name_taken", name=text)
            if row is None:
                row = q.add(s, SavedFilter(user_id=user_id, name=text, list_key=key, criteria=criteria,
                                           position=q.next_position(s, user_id, key),
                                           created_at=self.ctx.clock()))
                before = None
                action = "saved_filter.add"
            else:
                before = _audit_values(row)
                row.criteria = criteria
                s.flush()
                action = "saved_filter.replace"
            audit.record(s, user_id, action, "saved_filter", row.id, None, before, _audit_values(row),
                         self.ctx.clock())
            view = _view(row)
            uow.commit()
        return view

    def rename(self, filter_id: int, name: str) -> SavedFilterView:
        text = clean_name(name)
        user_id = self._user()
        with self.ctx.uow.write() as uow:
            s = uow.session
            row = self._own(s, filter_id)
            other = q.named(s, user_id, row.list_key, text)
            if other is not None and other.id != row.id:
                raise RuleError("saved_filters.name_taken", name=text)
            before = {"name": row.name}
            row.name = text
            s.flush()
            audit.record(s, user_id, "saved_filter.rename", "saved_filter", row.id, None, before,
                         {"name": text}, self.ctx.clock())
            view = _view(row)
            uow.commit()
        return view

    def delete(self, filter_id: int) -> Changes:
        user_id = self._user()
        with self.ctx.uow.write() as uow:
            s = uow.session
            row = self._own(s, filter_id)
            before = _audit_values(row)
            q.delete(s, row)
            audit.record(s, user_id, "saved_filter.delete", "saved_filter", filter_id, None, before, None,
                         self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    def move(self, filter_id: int, step: int) -> list[SavedFilterView]:
        """Moves a filter ``step`` places (-1 up, +1 down) in its list, stopping at either end;
        the list in its new order."""
        user_id = self._user()
        with self.ctx.uow.write() as uow:
            s = uow.session
            row = self._own(s, filter_id)
            rows = q.filters_of(s, user_id, row.list_key)
            old = rows.index(row)
            new = max(0, min(len(rows) - 1, old + step))
            if new != old:
                rows.insert(new, rows.pop(old))
                for position, r in enumerate(rows):
                    r.position = position
                s.flush()
                audit.record(s, user_id, "saved_filter.move", "saved_filter", row.id, None,
                             {"position": old}, {"position": new}, self.ctx.clock())
            views = [_view(r) for r in rows]
            uow.commit()
        return views

    def move_up(self, filter_id: int) -> list[SavedFilterView]:
        return self.move(filter_id, -1)

    def move_down(self, filter_id: int) -> list[SavedFilterView]:
        return self.move(filter_id, 1)

    # ---- helpers ----------------------------------------------------------------------------

    def _user(self) -> int:
        if self.ctx.user_id is None:
            raise RuleError("saved_filters.no_user")
        return self.ctx.user_id

    def _own(self, s, filter_id: int) -> SavedFilter:
        """The current user's filter; another user's is as good as missing."""
        row = q.saved_filter(s, filter_id)
        if row is None or row.user_id != self.ctx.user_id:
            raise RuleError("saved_filters.not_found")
        return row


def _list_key(list_key: str) -> str:
    if list_key not in LIST_KEYS:
        raise RuleError("saved_filters.list_unknown", list_key=list_key)
    return list_key


def _view(row: SavedFilter) -> SavedFilterView:
    return SavedFilterView(id=row.id, name=row.name, list_key=row.list_key,
                           filter=filter_from_json(row.criteria), position=row.position)


def _audit_values(row: SavedFilter) -> dict:
    return {"name": row.name, "list_key": row.list_key,
            "criteria": filter_to_dict(filter_from_json(row.criteria))}
