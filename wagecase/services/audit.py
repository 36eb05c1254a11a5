"""操作日志: every write appends one entry, chained to the previous one by its hash.

hash = sha256(prev_hash + canonical JSON of the entry). Changing or deleting an old entry breaks
every hash after it, which ``verify_chain`` reports. Reading the latest hash and appending must
not be interleaved with another writer, or two entries would link to the same one and the chain
would fork: ``record`` holds the database's write lock (storage.uow.hold_write_lock; a write
unit of work has already taken it) until the transaction ends.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..storage import case_versions
from ..storage import repositories as repo
from ..storage.models import AuditEntry
from ..storage.uow import hold_write_lock


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, *, at: datetime, user_id: int | None, action: str, entity: str,
               entity_id: int | None, case_id: int | None, before: str, after: str) -> str:
    body = canonical_json({
        "at": at.isoformat(), "user_id": user_id, "action": action, "entity": entity,
        "entity_id": entity_id, "case_id": case_id, "before": before, "after": after,
    })
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def record(session, user_id: int | None, action: str, entity: str, entity_id: int | None,
           case_id: int | None, before: dict | None, after: dict | None,
           at: datetime) -> AuditEntry:
    """Append one entry in the caller's unit of work (committed with the change it describes)."""
    before_s = canonical_json(before) if before is not None else ""
    after_s = canonical_json(after) if after is not None else ""
    if case_id is not None:  # another workstation's change since the screen read the case is refused
        case_versions.touched(session, case_id, at)
    hold_write_lock(session)  # the latest hash stays the latest until this transaction ends
    prev = repo.latest_audit_hash(session)
    entry = AuditEntry(
        at=at, user_id=user_id, action=action, entity=entity, entity_id=entity_id,
        case_id=case_id, before=before_s, after=after_s, prev_hash=prev,
        hash=entry_hash(prev, at=at, user_id=user_id, action=action, entity=entity,
                        entity_id=entity_id, case_id=case_id, before=before_s, after=after_s),
    )
    session.add(entry)
    session.flush()  # the next record() in this unit of work must see this hash
    return entry


def verify_chain(session) -> int | None:
    """The id of the first entry whose hash or link is wrong, or None if the chain is intact."""
    prev = ""
    for e in repo.audit_entries(session):
        expected = entry_hash(prev, at=e.at, user_id=e.user_id, action=e.action, entity=e.entity,
                              entity_id=e.entity_id, case_id=e.case_id, before=e.before,
                              after=e.after)
        if e.prev_hash != prev or e.hash != expected:
            return e.id
        prev = e.hash
    return None


# ---- the chain walked for a report (wagecase-cli audit verify, 设置 → 操作日志) ------------------

EDITED = "edited"  # the entry's content no longer gives its hash: changed after it was written
UNLINKED = "unlinked"  # its prev_hash is not the previous entry's hash: one deleted, or it inserted


@dataclass(frozen=True)
class ChainFault:
    entry_id: int
    at: datetime  # UTC
    action: str
    user_id: int | None
    kind: str  # EDITED or UNLINKED
    previous_id: int | None  # the entry before it (None: it is the first one left)


@dataclass(frozen=True)
class ChainWalk:
    checked: int  # entries verified intact (all of them when ``fault`` is None)
    last_id: int | None  # the last intact entry
    last_hash: str
    fault: ChainFault | None
    cancelled: bool = False


def walk_chain(session, report: Callable[[int, int], bool] | None = None, total: int = 0) -> ChainWalk:
    """Like ``verify_chain``, but says what broke and where; ``report(done, total)`` returning
    False stops the walk (``cancelled``). Entries are read a batch at a time."""
    prev, prev_id, checked = "", None, 0
    for e in repo.audit_entries(session):
        expected = entry_hash(e.prev_hash, at=e.at, user_id=e.user_id, action=e.action, entity=e.entity,
                              entity_id=e.entity_id, case_id=e.case_id, before=e.before, after=e.after)
        kind = EDITED if e.hash != expected else UNLINKED if e.prev_hash != prev else None
        if kind is not None:
            return ChainWalk(checked, prev_id, prev, ChainFault(e.id, e.at, e.action, e.user_id, kind, prev_id))
        prev, prev_id, checked = e.hash, e.id, checked + 1
        if report is not None and checked % 1000 == 0 and not report(checked, total):
            return ChainWalk(checked, prev_id, prev, None, cancelled=True)
    return ChainWalk(checked, prev_id, prev, None)
