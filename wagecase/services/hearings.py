"""Hearing scheduling: rooms, bookings without double booking, the week calendar, 本周开庭.

Booking is a step of the arbitration path (安排开庭 / 延期开庭): the path's guard is asked first
(``arbitration.check_action``), and the step is recorded with ``record_step`` in the same unit of
work as the booking, so the 开庭通知 deadline (counted back from the payload's hearing_date)
moves with it. A slot is refused with the reason under the field it concerns: the room or an
arbitrator already sitting then, a rest day, a time outside the office's hours.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..domain.language import day_text
from ..domain import hearing_slots as hs
from ..domain.case import CaseType
from ..domain.dates import format_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.messages import message
from ..domain.permissions import Permission
from ..storage import hearing_queries as q
from ..storage import reference_data as rd
from ..storage.models import Hearing, HearingRoom
from . import audit
from .context import ServiceContext
from .permissions import is_admin, requires
from .deadlines import clock_inputs, parties_text, recompute_case
from .dto import Changes, HearingInput, HearingView, RoomView

ROOM_NAME_MAX = 50
NOTE_MAX = 500
NOTICE_PERIOD = "arbitration.hearing_notice"
POSTPONE_PERIOD = "arbitration.postponement_request"
STATUS_LABELS = {"scheduled": "已排期", "held": "已开庭", "postponed": "已延期", "cancelled": "已取消"}
_ROLE_ORDER = {"sole": 0, "presiding": 0, "member": 1}
UPCOMING_DAYS = 7


class HearingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- rooms -----------------------------------------------------------------------------

    def rooms(self, active_only: bool = False) -> list[RoomView]:
        with self.ctx.uow.read() as uow:
            return [RoomView(r.id, r.name, bool(r.active)) for r in q.rooms(uow.session, active_only)]

    def can_edit_rooms(self) -> bool:
        with self.ctx.uow.read() as uow:
            return self._is_admin(uow.session)

    @requires(Permission.SETTINGS)
    def add_room(self, name: str) -> Changes:
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._require_admin(s)
            clean = self._room_name(s, name, None)
            row = HearingRoom(name=clean, active=True)
            q.add(s, row)
            audit.record(s, self.ctx.user_id, "hearing_room.add", "hearing_room", row.id, None, None,
                         {"name": clean, "active": True}, self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    @requires(Permission.SETTINGS)
    def rename_room(self, room_id: int, name: str) -> Changes:
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._require_admin(s)
            row = self._room(s, room_id)
            clean = self._room_name(s, name, room_id)
            before = {"name": row.name}
            row.name = clean
            s.flush()
            audit.record(s, self.ctx.user_id, "hearing_room.rename", "hearing_room", row.id, None, before,
                         {"name": clean}, self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    @requires(Permission.SETTINGS)
    def set_room_active(self, room_id: int, active: bool) -> Changes:
        """A deactivated room keeps its past and booked hearings; it only takes no new ones."""
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._require_admin(s)
            row = self._room(s, room_id)
            before = {"active": bool(row.active)}
            row.active = bool(active)
            s.flush()
            audit.record(s, self.ctx.user_id, "hearing_room.active", "hearing_room", row.id, None, before,
                         {"active": bool(active)}, self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    def office_hours(self) -> tuple[str, str]:
        """("08:30", "18:00"): the hours hearings may be booked in (设置 hearing.day_start/end)."""
        with self.ctx.uow.read() as uow:
            lo, hi = self._hours(uow.session)
        return hs.time_text(lo), hs.time_text(hi)

    # ---- booking ---------------------------------------------------------------------------

    @requires(Permission.ARBITRATION)
    def schedule(self, case_id: int, data: HearingInput) -> Changes:
        from .arbitration import check_action, record_step

        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._arbitration_case(s, case_id)
            check_action(s, self.ctx, case_id, "schedule_hearing", today)
            row, room = self._book(s, case_id, data, calendar, today)
            record_step(s, self.ctx, case_id, "schedule_hearing", today,
                        f"安排开庭：{_slot_summary(row, room)}", _payload(row, room),
                        ("hearing_scheduled",))
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.ARBITRATION)
    def postpone(self, case_id: int, data: HearingInput, reason: str) -> Changes:
        """The booked hearing becomes 已延期 and the new one is booked the same way."""
        from .arbitration import check_action, record_step

        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._arbitration_case(s, case_id)
            check_action(s, self.ctx, case_id, "postpone_hearing", today)
            old = q.pending_hearing(s, case_id)
            if old is None:
                raise RuleError("hearing.none_pending")
            why = (reason or "").strip()[:NOTE_MAX]
            # the old slot is freed first (moving a hearing later the same morning is fine); a
            # refused booking rolls this back with everything else
            old.status = "postponed"
            s.flush()
            row, room = self._book(s, case_id, data, calendar, today, reason_missing=not why)
            old_text = hs.span_text(old.hearing_date, old.start_minute, old.end_minute)
            payload = {**_payload(row, room), "postponed_hearing_id": old.id,
                       "previous_date": old.hearing_date.isoformat(), "reason": why}
            record_step(s, self.ctx, case_id, "postpone_hearing", today,
                        f"延期开庭：原定{old_text}，改为{_slot_summary(row, room)}；理由：{why}", payload,
                        ("hearing_postponed", "hearing_scheduled"))
            recompute_case(s, case_id, rules, calendar, today)
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- warnings the dialog shows ---------------------------------------------------------

    def notice_warning(self, hearing_date: date) -> str:
        """"" when the 开庭通知书 can still be served in time; else the sentence saying it cannot
        (a warning, not a refusal: the parties may have agreed to a shorter notice)."""
        rules, calendar, today = clock_inputs(self.ctx)
        rule = next((r for r in rules if r.code == NOTICE_PERIOD), None)
        if rule is None or hearing_date < today:
            return ""
        due = hs.notice_due(calendar, hearing_date, rule.length)
        if due >= today:
            return ""
        return message("hearing.notice_late", days=rule.length, due=format_date(due))

    def postpone_warning(self, case_id: int) -> str:
        """"" when a postponement request is still in time (3 working days before the booked
        hearing, 调解仲裁法 Art. 35); else the sentence the dialog shows."""
        rules, calendar, today = clock_inputs(self.ctx)
        rule = next((r for r in rules if r.code == POSTPONE_PERIOD), None)
        if rule is None:
            return ""
        with self.ctx.uow.read() as uow:
            old = q.pending_hearing(uow.session, case_id)
            day = old.hearing_date if old is not None else None
        if day is None:
            return ""
        due = hs.notice_due(calendar, day, rule.length)
        if today <= due:
            return ""
        return message("hearing.postpone_late", days=rule.length, due=format_date(due))

    def suggested_date(self) -> date:
        """The first day a hearing can be booked with the notice served in time: 5 working days
        after today (the notice goes out today), plus one for the post."""
        rules, calendar, today = clock_inputs(self.ctx)
        rule = next((r for r in rules if r.code == NOTICE_PERIOD), None)
        days = rule.length if rule is not None else 5
        return calendar.add_working_days(today, days + 1).date

    # ---- reading ---------------------------------------------------------------------------

    def week(self, monday: date, room_id: int | None = None,
             arbitrator_id: int | None = None) -> list[HearingView]:
        """Scheduled and held hearings of the week starting ``monday``, by day and time."""
        with self.ctx.uow.read() as uow:
            rows = q.bookings_between(uow.session, monday, monday + timedelta(days=6), room_id=room_id,
                                      arbitrator_id=arbitrator_id)
            return self._views(uow.session, rows)

    def for_case(self, case_id: int) -> list[HearingView]:
        with self.ctx.uow.read() as uow:
            return self._views(uow.session, q.case_hearings(uow.session, case_id))

    def this_week(self, user_id: int | None = None) -> list[HearingView]:
        """工作台's 本周开庭: hearings from today to 7 days on, of the cases the user sits on (the
        clerk too) or handles."""
        who = user_id if user_id is not None else self.ctx.user_id
        if who is None:
            return []
        _rules, _calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.read() as uow:
            rows = q.bookings_for_user(uow.session, who, today, today + timedelta(days=UPCOMING_DAYS))
            return self._views(uow.session, rows)

    def arbitrators(self) -> list[tuple[int, str]]:
        """(user id, name) for the calendar's arbitrator filter."""
        with self.ctx.uow.read() as uow:
            return q.arbitrators(uow.session)

    # ---- the pieces ------------------------------------------------------------------------

    def _book(self, s, case_id: int, data: HearingInput, calendar, today: date, *,
              reason_missing: bool = False) -> tuple[Hearing, HearingRoom]:
        tribunal = q.tribunals(s, [case_id])[case_id]
        arbitrator_ids = frozenset(uid for uid, _n, role in tribunal if role in q.ARBITRATOR_ROLES)
        if not arbitrator_ids:
            raise RuleError("hearing.no_tribunal")
        errors: list[FieldError] = []
        room = None
        if not data.room_id:
            errors.append(FieldError("room_id", "hearing.room.required"))
        else:
            room = q.room(s, data.room_id)
            if room is None:
                errors.append(FieldError("room_id", "hearing.room.unknown"))
            elif not room.active:
                errors.append(FieldError("room_id", "hearing.room.inactive", {"room": room.name}))
        start, end, slot_errors = hs.check_slot(data.hearing_date, data.start, data.end, calendar=calendar,
                                                hours=self._hours(s), today=today)
        errors.extend(slot_errors)
        if reason_missing:
            errors.append(FieldError("postpone_reason", "hearing.reason_required"))
        if not errors and room is not None and start is not None and end is not None:
            slot = hs.Slot(room.id, data.hearing_date, start, end, arbitrator_ids, case_id)
            candidates = q.overlapping(s, data.hearing_date, start, end, room.id, arbitrator_ids)
            found = hs.conflicts(slot, self._bookings(s, candidates))
            errors.extend(c.as_field_error() for c in found)
        if errors:
            raise ValidationFailed(errors)
        assert room is not None and start is not None and end is not None
        row = Hearing(case_id=case_id, room_id=room.id, hearing_date=data.hearing_date, start_minute=start,
                      end_minute=end, status="scheduled", note=(data.note or "").strip()[:NOTE_MAX],
                      created_at=self.ctx.clock(), created_by=self.ctx.user_id)
        q.add(s, row)
        return row, room

    @staticmethod
    def _bookings(s, rows: Sequence) -> list[hs.Booking]:
        sitting = q.tribunals(s, [r.case_id for r in rows])
        return [hs.Booking(hearing_id=r.id, case_id=r.case_id, case_number=r.case_number, room_id=r.room_id,
                           room_name=r.room_name, day=r.hearing_date, start=r.start_minute, end=r.end_minute,
                           arbitrators=tuple((uid, name) for uid, name, _role in _ordered(sitting[r.case_id])))
                for r in rows]

    @staticmethod
    def _views(s, rows: Sequence) -> list[HearingView]:
        sitting = q.tribunals(s, [r.case_id for r in rows])
        return [HearingView(
            id=r.id, case_id=r.case_id, case_number=r.case_number,
            parties=parties_text(r.case_type, r.lead_worker_name, r.worker_count, bool(r.is_collective),
                                 r.employer_name),
            room_id=r.room_id, room_name=r.room_name, hearing_date=r.hearing_date,
            start_minute=r.start_minute, end_minute=r.end_minute,
            time_text=f"{day_text(r.hearing_date)} {hs.time_text(r.start_minute)}—{hs.time_text(r.end_minute)}",
            status=r.status, status_label=STATUS_LABELS.get(r.status, r.status),
            arbitrators=tuple(name for _uid, name, _role in _ordered(sitting[r.case_id])),
            green_channel=bool(r.green_channel)) for r in rows]

    @staticmethod
    def _hours(s) -> tuple[int, int]:
        values = rd.get_settings(s, [hs.DAY_START_SETTING, hs.DAY_END_SETTING])
        return hs.office_hours(values.get(hs.DAY_START_SETTING), values.get(hs.DAY_END_SETTING))

    @staticmethod
    def _arbitration_case(s, case_id: int) -> None:
        case = q.case_row(s, case_id)
        if case is None:
            raise RuleError("case.not_found", case_id=case_id)
        if case.case_type != CaseType.ARBITRATION:
            raise RuleError("hearing.not_arbitration")

    def _is_admin(self, s) -> bool:
        return is_admin(s, self.ctx.user_id)

    def _require_admin(self, s) -> None:
        if not self._is_admin(s):
            raise RuleError("hearing.room.admin_only")

    @staticmethod
    def _room(s, room_id: int) -> HearingRoom:
        row = q.room(s, room_id)
        if row is None:
            raise RuleError("hearing.room.unknown")
        return row

    @staticmethod
    def _room_name(s, name: str, room_id: int | None) -> str:
        clean = " ".join((name or "").split())
        if not clean:
            raise ValidationFailed([FieldError("room_name", "hearing.room.name_empty")])
        if len(clean) > ROOM_NAME_MAX:
            raise ValidationFailed([FieldError("room_name", "hearing.room.name_too_long",
                                               {"max": ROOM_NAME_MAX, "length": len(clean)})])
        other = q.room_named(s, clean)
        if other is not None and other.id != room_id:
            raise ValidationFailed([FieldError("room_name", "hearing.room.name_taken", {"name": clean})])
        return clean


def _ordered(members: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The arbitrators, presiding (or sole) first; the clerk is not one."""
    sitting = [m for m in members if m[2] in _ROLE_ORDER]
    return sorted(sitting, key=lambda m: _ROLE_ORDER[m[2]])


def _payload(row: Hearing, room: HearingRoom) -> dict:
    return {"hearing_date": row.hearing_date.isoformat(), "hearing_id": row.id, "room": room.name,
            "start": hs.time_text(row.start_minute), "end": hs.time_text(row.end_minute)}


def _slot_summary(row: Hearing, room: HearingRoom) -> str:
    return f"{hs.span_text(row.hearing_date, row.start_minute, row.end_minute)}，{room.name}"
