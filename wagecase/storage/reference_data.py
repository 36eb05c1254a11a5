"""The reference tables of 0002 read and written inside the caller's unit of work.

Rows become the domain's values (``domain.reference_values``, ``domain.periods.PeriodRule``) and
back; nothing here validates what an administrator typed (services/reference.py does), except
that the period catalogue always goes through ``domain.periods.load_period_rows``, the one parser
of that catalogue.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.periods import PERIOD_COLUMNS, PeriodRule, load_period_rows, period_rule_to_row
from ..domain.reference_values import (
    AverageWage,
    CrimeThreshold,
    LocalNote,
    MinimumWageStandard,
    ReferenceBook,
    WageTierAssignment,
)
from .models import (
    AverageWageRecord,
    CrimeThresholdRecord,
    HolidayDay,
    LocalNoteRecord,
    MinimumWage,
    Setting,
    StatutoryPeriod,
    WageTier,
)

# ---- holidays entered by an administrator ---------------------------------------------------


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    is_workday: bool  # True: a 调休 make-up working day
    name: str  # the holiday it belongs to (春节); make-up days carry their holiday's name
    note: str = ""


def holiday_entries(session: Session) -> dict[int, list[HolidayEntry]]:
    """Every administrator year, its days in date order."""
    out: dict[int, list[HolidayEntry]] = {}
    for r in session.execute(select(HolidayDay).order_by(HolidayDay.day)).scalars():
        out.setdefault(r.year, []).append(HolidayEntry(r.day, bool(r.is_workday), r.name, r.note))
    return out


def admin_holiday_years(session: Session) -> dict[int, tuple[list[date], list[date]]]:
    """year -> (holidays, make-up workdays): the argument of ``HolidayData.merged``."""
    return {
        year: ([e.day for e in days if not e.is_workday], [e.day for e in days if e.is_workday])
        for year, days in holiday_entries(session).items()
    }


def replace_holiday_year(session: Session, year: int, entries: Iterable[HolidayEntry]) -> None:
    """The year as a whole: a notice replaces the previous one, it is never merged into it."""
    session.execute(delete(HolidayDay).where(HolidayDay.year == year))
    session.flush()  # the unique ``day`` must be free before the new rows go in
    session.add_all(HolidayDay(year=year, day=e.day, is_workday=e.is_workday, name=e.name,
                               note=e.note) for e in entries)
    session.flush()


def delete_holiday_year(session: Session, year: int) -> int:
    return session.execute(delete(HolidayDay).where(HolidayDay.year == year)).rowcount or 0


# ---- the period catalogue -------------------------------------------------------------------

def _period_row(r: StatutoryPeriod) -> dict[str, object]:
    return {c: getattr(r, c) for c in PERIOD_COLUMNS}


def period_catalogue(session: Session) -> list[tuple[PeriodRule, bool]]:
    """Every catalogue row as (rule, active), in code order.

    All rows are parsed together, inactive ones too, so that ``period:CODE`` triggers resolve.
    """
    rows = list(session.execute(select(StatutoryPeriod).order_by(StatutoryPeriod.code)).scalars())
    rules = load_period_rows([_period_row(r) for r in rows])
    return [(rule, bool(r.active)) for rule, r in zip(rules, rows, strict=True)]


def period_rules(session: Session) -> list[PeriodRule]:
    return [rule for rule, active in period_catalogue(session) if active]


def period_row_texts(session: Session) -> dict[str, tuple[dict[str, str], bool]]:
    """code -> (the row in CSV form, active): what the 设置 editor shows and edits."""
    return {rule.code: (period_rule_to_row(rule), active) for rule, active in period_catalogue(session)}


def save_period_rule(session: Session, rule: PeriodRule, *, active: bool = True) -> None:
    """Insert or update the row of ``rule.code``."""
    text = period_rule_to_row(rule)
    values: dict[str, object] = {
        **{c: text[c] for c in PERIOD_COLUMNS},
        "before": rule.before, "length": rule.length, "extension_length": rule.extension_length,
        "effective_from": rule.effective_from, "effective_to": rule.effective_to, "active": active,
    }
    record = session.get(StatutoryPeriod, rule.code)
    if record is None:
        session.add(StatutoryPeriod(**values))
    else:
        for k, v in values.items():
            setattr(record, k, v)
    session.flush()


def delete_period(session: Session, code: str) -> bool:
    return bool(session.execute(delete(StatutoryPeriod).where(StatutoryPeriod.code == code)).rowcount)


# ---- dated values: minimum wages, tiers, average wage, thresholds, notes --------------------

Value = TypeVar("Value", MinimumWageStandard, WageTierAssignment, AverageWage, CrimeThreshold,
                LocalNote)

# the dataclasses' fields are the tables' columns, by design
MODELS: dict[type, type] = {
    MinimumWageStandard: MinimumWage,
    WageTierAssignment: WageTier,
    AverageWage: AverageWageRecord,
    CrimeThreshold: CrimeThresholdRecord,
    LocalNote: LocalNoteRecord,
}
_ORDER = {
    MinimumWage: (MinimumWage.province_code, MinimumWage.effective_from, MinimumWage.tier),
    WageTier: (WageTier.county_code, WageTier.effective_from),
    AverageWageRecord: (AverageWageRecord.province_code, AverageWageRecord.year),
    CrimeThresholdRecord: (CrimeThresholdRecord.province_code, CrimeThresholdRecord.effective_from),
    LocalNoteRecord: (LocalNoteRecord.province_code, LocalNoteRecord.id),
}


def _to_value(kind: type[Value], record) -> Value:
    return kind(**{f.name: getattr(record, f.name) for f in dataclasses.fields(kind)})


def values(session: Session, kind: type[Value]) -> list[Value]:
    model = MODELS[kind]
    rows = session.execute(select(model).order_by(*_ORDER[model], model.id)).scalars()
    return [_to_value(kind, r) for r in rows]


def value(session: Session, kind: type[Value], row_id: int) -> Value | None:
    record = session.get(MODELS[kind], row_id)
    return None if record is None else _to_value(kind, record)


def save_value(session: Session, item: Value) -> Value | None:
    """Insert (``id`` 0) or update; the stored value with its id, None if the row is gone."""
    kind = type(item)
    model = MODELS[kind]
    columns = {f.name: getattr(item, f.name) for f in dataclasses.fields(kind) if f.name != "id"}
    if item.id:
        record = session.get(model, item.id)
        if record is None:
            return None
        for k, v in columns.items():
            setattr(record, k, v)
    else:
        record = model(**columns)
        session.add(record)
    session.flush()
    return _to_value(kind, record)


def delete_value(session: Session, kind: type, row_id: int) -> bool:
    model = MODELS[kind]
    return bool(session.execute(delete(model).where(model.id == row_id)).rowcount)


def reference_book(session: Session) -> ReferenceBook:
    return ReferenceBook(
        minimum_wages=tuple(values(session, MinimumWageStandard)),
        tiers=tuple(values(session, WageTierAssignment)),
        average_wages=tuple(values(session, AverageWage)),
        crime_thresholds=tuple(values(session, CrimeThreshold)),
        notes=tuple(values(session, LocalNote)),
    )


# ---- settings -------------------------------------------------------------------------------

def get_settings(session: Session, keys: Iterable[str]) -> dict[str, str]:
    wanted = list(keys)
    return dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted))).all())


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    return get_settings(session, [key]).get(key, default)


def set_settings(session: Session, items: Mapping[str, str]) -> None:
    for key, text in items.items():
        record = session.get(Setting, key)
        if record is None:
            session.add(Setting(key=key, value=text))
        else:
            record.value = text
    session.flush()
