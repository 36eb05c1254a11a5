"""投诉登记 / 仲裁申请登记: validate everything at once, then write the case in one unit of work."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    EventKind,
    Industry,
    OPEN_STATUSES,
    ProceduralEvent,
    WorkerRole,
)
from ..domain import arbitration_rules
from ..domain.crime_rules import REMUNERATION_KINDS
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.identifiers import CreditCode, IdNumber
from ..domain.intake_rules import (
    CLOCK_SKEW_MINUTES,
    EARLIEST_RECEIPT_YEAR,
    check_choice,
    check_phone,
    check_text,
    parse_period_date,
)
from ..domain.money import format_yuan, parse_yuan, to_fen
from ..domain.permissions import Permission
from ..domain.pinyin import initials
from ..domain.search import case_search_text
from ..storage import case_queries, numbering
from ..storage import reference_data as rd
from ..storage import repositories as repo
from ..storage.models import (
    ArrearsItem,
    Attachment,
    Case,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    Project,
    Worker,
)
from . import attachments, audit, deadlines
from .arbitration import collective_minimum, representatives_range
from .context import ServiceContext, to_local, to_utc
from .dto import (
    ArrearsItemInput,
    Changes,
    EmployerInput,
    IntakeInput,
    PossibleDuplicate,
    Registered,
    WorkerInput,
)
from .permissions import requires

T = TypeVar("T")

# row ids come from the UI's choices; anything else (a stale or made-up number) is not found,
# and never reaches the database: the id columns are INTEGER, and PostgreSQL refuses a value
# beyond 32 bits in the comparison where SQLite just finds no row
_MAX_ROW_ID = 2**31 - 1


def _row_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= _MAX_ROW_ID


def _max(column) -> int:
    """The length a text column holds (storage/models.py): PostgreSQL refuses a longer value,
    SQLite would quietly keep it, so intake says so on both."""
    return column.property.columns[0].type.length


def _text_errors(errors: list[FieldError], path: str, value: str, column=None, *,
                 multiline: bool = False) -> None:
    _check(errors, path, check_text, value, _max(column) if column is not None else None,
           multiline=multiline)


def _is_file(path: str) -> bool:
    """A path too long for the file system, or with characters it cannot take, is no file."""
    try:
        return bool(path) and Path(path).is_file()
    except (OSError, ValueError):
        return False


def _region_code(code: str) -> bool:
    return len(code) == 6 and code.isascii() and code.isdigit()

# ---- checks shared with the roster import (no database) -------------------------------------


def _representative_errors(s, data: IntakeInput) -> list[FieldError]:
    """A collective dispute is argued by 3 to 5 elected representatives (调解仲裁法 Art. 7;
    办案规则 Arts. 62-67): marked ones must be that many; none marked means not elected yet."""
    if not arbitration_rules.collective_dispute(len(data.workers), collective_minimum(s)):
        return []
    low, high = representatives_range(s)
    count = sum(1 for w in data.workers if w.is_representative)
    if count and not low <= count <= high:
        return [FieldError("workers", "collective.representatives", {"count": count, "min": low, "max": high})]
    return []


def _check(errors: list[FieldError], path: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """``fn(*args, **kwargs)``, or None with its RuleError recorded against ``path``."""
    try:
        return fn(*args, **kwargs)
    except RuleError as e:
        errors.append(FieldError(path, e.key, dict(e.params)))
        return None


def item_errors(item: ArrearsItemInput, path: str, received: date) -> list[FieldError]:
    errors: list[FieldError] = []
    _check(errors, f"{path}.kind", check_choice, ArrearsKind, item.kind)
    _text_errors(errors, f"{path}.note", item.note, ArrearsItem.note)
    _check(errors, f"{path}.amount", parse_yuan, item.amount)
    start = _check(errors, f"{path}.period_from", parse_period_date, item.period_from)
    if start and start.start > received:
        errors.append(FieldError(f"{path}.period_from", "date.future", {"text": item.period_from}))
    end = _check(errors, f"{path}.period_to", parse_period_date, item.period_to)
    # "2026-03" received on 2026-03-05 is fine: the month has begun
    if end and end.start > received:
        errors.append(FieldError(f"{path}.period_to", "date.future", {"text": item.period_to}))
    if start and end and end.end < start.start:
        errors.append(FieldError(f"{path}.period_to", "date.order", {}))
    return errors


def worker_errors(w: WorkerInput, path: str, received: date, today: date) -> list[FieldError]:
    """The per-worker rules of intake; the roster import applies exactly these to each row."""
    errors: list[FieldError] = []
    if not (w.name or "").strip():
        errors.append(FieldError(f"{path}.name", "required", {}))
    else:
        _text_errors(errors, f"{path}.name", w.name, Worker.name)
    for name, column in (("hukou_place", Worker.hukou_place), ("bank_card", Worker.bank_card),
                         ("job", CaseWorker.job)):
        _text_errors(errors, f"{path}.{name}", getattr(w, name), column)
    if not (w.id_number or "").strip():
        errors.append(FieldError(f"{path}.id_number", "required", {}))
    else:
        _check(errors, f"{path}.id_number", IdNumber.parse, w.id_number, today=today)
    _check(errors, f"{path}.phone", check_phone, w.phone)
    left = _check(errors, f"{path}.employed_to", parse_period_date, w.employed_to)
    if left and left.start > received:
        errors.append(FieldError(f"{path}.employed_to", "date.future", {"text": w.employed_to}))
    for j, item in enumerate(w.items):
        errors += item_errors(item, f"{path}.items[{j}]", received)
    return errors


def _employer_errors(e: EmployerInput, path: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if not (e.name or "").strip():
        errors.append(FieldError(f"{path}.name", "required", {}))
    else:
        _text_errors(errors, f"{path}.name", e.name, Employer.name)
    for name in ("legal_representative", "address"):
        _text_errors(errors, f"{path}.{name}", getattr(e, name), getattr(Employer, name))
    if (e.credit_code or "").strip():
        _check(errors, f"{path}.credit_code", CreditCode.parse, e.credit_code)
    _check(errors, f"{path}.phone", check_phone, e.phone)
    if (e.legal_representative_id_number or "").strip():
        _check(errors, f"{path}.legal_representative_id_number", IdNumber.parse, e.legal_representative_id_number)
    return errors


def _normalised_id(text: str) -> str | None:
    try:
        return IdNumber.parse(text).value
    except RuleError:
        return None


def _normalised_code(text: str) -> str | None:
    if not (text or "").strip():
        return None
    try:
        return CreditCode.parse(text).value
    except RuleError:
        return None


def _employed_to(w: WorkerInput) -> date | None:
    left = parse_period_date(w.employed_to)
    return left.end if left else None


def period_dates(item: ArrearsItemInput) -> tuple[date | None, date | None]:
    start = parse_period_date(item.period_from)
    end = parse_period_date(item.period_to)
    return (start.start if start else None), (end.end if end else None)


class IntakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _local_now(self) -> datetime:
        return to_local(self.ctx.clock())

    # ---- validation ---------------------------------------------------------------------------

    def validate(self, data: IntakeInput) -> list[FieldError]:
        """Every bad field at once (field paths like ``workers[2].id_number``); writes nothing."""
        errors: list[FieldError] = []
        today = self._local_now().date()
        received = today
        if data.received_at is None:
            errors.append(FieldError("received_at", "required", {}))
        elif data.received_at.year < EARLIEST_RECEIPT_YEAR:
            errors.append(FieldError("received_at", "received_at.too_old", {"year": EARLIEST_RECEIPT_YEAR}))
        else:
            received = data.received_at.date()
            skew = timedelta(minutes=CLOCK_SKEW_MINUTES)
            if to_utc(data.received_at) > self.ctx.clock() + skew:
                errors.append(FieldError("received_at", "received_at.future", {}))
        for path, enum, value in (("case_type", CaseType, data.case_type),
                                  ("channel", Channel, data.channel),
                                  ("industry", Industry, data.industry)):
            _check(errors, path, check_choice, enum, value)

        errors += _employer_errors(data.employer, "employer")
        _text_errors(errors, "facts", data.facts, multiline=True)
        _text_errors(errors, "claims", data.claims, multiline=True)

        if not data.workers:
            errors.append(FieldError("workers", "workers.none", {}))
        elif data.is_collective and len(data.workers) < 2:
            errors.append(FieldError("workers", "collective.too_few", {"min": 2}))
        elif not data.is_collective and len(data.workers) > 1:
            errors.append(FieldError("workers", "individual.too_many", {"count": len(data.workers)}))
        seen: dict[str, int] = {}
        for i, w in enumerate(data.workers):
            path = f"workers[{i}]"
            errors += worker_errors(w, path, received, today)
            idn = _normalised_id(w.id_number)
            if idn is None:
                continue
            if idn in seen:
                first = seen[idn]
                errors.append(FieldError(f"{path}.id_number", "worker.duplicate_in_case",
                                         {"position": first + 1, "name": data.workers[first].name}))
            else:
                seen[idn] = i

        project = data.project
        if data.industry == Industry.CONSTRUCTION and (project is None or not project.name.strip()):
            errors.append(FieldError("project.name", "required", {}))
        if project is not None:
            if not project.name.strip() and data.industry != Industry.CONSTRUCTION and project.chain:
                errors.append(FieldError("project.name", "required", {}))
            _text_errors(errors, "project.name", project.name, Project.name)
            _text_errors(errors, "project.address", project.address, Project.address)
            for k, link in enumerate(project.chain):
                path = f"project.chain[{k}]"
                role = _check(errors, f"{path}.role", check_choice, ContractorRole, link.role)
                if role is None:
                    continue
                if role == ContractorRole.CREW_LEADER:
                    if not link.person_name.strip():
                        errors.append(FieldError(f"{path}.person_name", "required", {}))
                    else:
                        _text_errors(errors, f"{path}.person_name", link.person_name, ContractorLink.person_name)
                    if link.person_id_number.strip():
                        _check(errors, f"{path}.person_id_number", IdNumber.parse,
                               link.person_id_number, today=today)
                    _check(errors, f"{path}.person_phone", check_phone, link.person_phone)
                elif link.employer is None:
                    errors.append(FieldError(f"{path}.employer.name", "required", {}))
                else:
                    errors += _employer_errors(link.employer, f"{path}.employer")

        for i, a in enumerate(data.attachments):
            if not _is_file(a.path):
                errors.append(FieldError(f"attachments[{i}].path", "attachment.missing", {"path": a.path}))
            _text_errors(errors, f"attachments[{i}].description", a.description, Attachment.description)

        errors += self._database_errors(data)
        return errors

    def _database_errors(self, data: IntakeInput) -> list[FieldError]:
        """What only the database knows: regions, officers, chosen employers and workers."""
        regions: list[tuple[str, str]] = [("employer.county_code", data.employer.county_code),
                                          ("county_code", data.county_code)]
        employers: list[tuple[str, EmployerInput]] = [("employer", data.employer)]
        if data.project is not None:
            regions.append(("project.county_code", data.project.county_code))
            for k, link in enumerate(data.project.chain):
                if link.employer is not None and link.role != ContractorRole.CREW_LEADER:
                    path = f"project.chain[{k}].employer"
                    regions.append((f"{path}.county_code", link.employer.county_code))
                    employers.append((path, link.employer))
        regions = [(p, (c or "").strip()) for p, c in regions if (c or "").strip()]
        errors: list[FieldError] = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            # only what can be a code is looked up: other text never reaches the driver
            known = repo.known_region_codes(s, [c for _, c in regions if _region_code(c)])
            for path, code in regions:
                if code not in known:
                    errors.append(FieldError(path, "region.unknown", {"code": code}))
            if data.case_type == CaseType.ARBITRATION.value:
                errors += _representative_errors(s, data)
            if data.officer_id is not None and (not _row_id(data.officer_id)
                                                or not repo.active_user_ids(s, [data.officer_id])):
                errors.append(FieldError("officer_id", "officer.not_found", {}))
            for path, e in employers:
                if e.existing_employer_id is not None and (not _row_id(e.existing_employer_id)
                                                           or s.get(Employer, e.existing_employer_id) is None):
                    errors.append(FieldError(f"{path}.name", "employer.not_found", {}))
            for i, w in enumerate(data.workers):
                if w.existing_worker_id is None:
                    continue
                found = s.get(Worker, w.existing_worker_id) if _row_id(w.existing_worker_id) else None
                if found is None:
                    errors.append(FieldError(f"workers[{i}].name", "worker.not_found", {}))
                    continue
                idn = _normalised_id(w.id_number)
                if found.id_number and idn and idn != found.id_number:
                    errors.append(FieldError(f"workers[{i}].id_number", "worker.id_number_changed",
                                             {"existing": found.id_number}))
        return errors

    # ---- duplicates ---------------------------------------------------------------------------

    def find_possible_duplicates(self, data: IntakeInput) -> list[PossibleDuplicate]:
        """Open cases of any of these workers (by ID number) against the same employer."""
        id_numbers = [n for n in (_normalised_id(w.id_number) for w in data.workers) if n]
        worker_ids = [w.existing_worker_id for w in data.workers if w.existing_worker_id]
        with self.ctx.uow.read() as uow:
            rows = case_queries.open_cases_of_workers(
                uow.session, statuses=[s.value for s in OPEN_STATUSES], id_numbers=id_numbers,
                worker_ids=worker_ids, employer_id=data.employer.existing_employer_id,
                credit_code=_normalised_code(data.employer.credit_code),
                employer_name=(data.employer.name or "").strip() or None)
        return [PossibleDuplicate(case_id=r.id, case_number=r.case_number, worker_name=r.worker_name,
                                  employer_name=r.employer_name,
                                  status_label=CaseStatus(r.status).label,
                                  received_date=r.received_date)
                for r in rows]

    # ---- registration -------------------------------------------------------------------------

    @requires(Permission.REGISTER_CASE)
    def register(self, data: IntakeInput) -> Registered:
        """Raises ValidationFailed (all field errors) or RuleError('intake.possible_duplicates',
        duplicates=[...]) unless ``data.confirm_possible_duplicates``. All or nothing."""
        errors = self.validate(data)
        if errors:
            raise ValidationFailed(errors)
        if not data.confirm_possible_duplicates:
            dups = self.find_possible_duplicates(data)
            if dups:
                raise RuleError("intake.possible_duplicates", duplicates=dups, count=len(dups))

        now = self.ctx.clock()
        user_id = self.ctx.user_id
        case_type = CaseType(data.case_type)
        received_date = data.received_at.date()
        log: dict[str, Any] = {"employers_created": [], "employers_updated": {},
                               "workers_created": [], "workers_updated": {}}
        clock = deadlines.clock_inputs(self.ctx)  # the registration starts the acceptance period
        with self.ctx.uow.write() as uow:
            s = uow.session
            stored = [attachments.store(self.ctx.attachments_dir, a.path) for a in data.attachments]
            employer = self._employer(s, data.employer, now, log)
            project = self._project(s, data, now, log)
            number = numbering.next_case_number(s, case_type.value, received_date.year)
            people = [(self._worker(s, w, now, log), w) for w in data.workers]
            role = WorkerRole.COMPLAINANT if case_type == CaseType.INSPECTION else WorkerRole.CLAIMANT

            case = Case(
                case_number=number, case_type=case_type.value, status=CaseStatus.REGISTERED.value,
                is_collective=data.is_collective, channel=data.channel,
                received_at=to_utc(data.received_at), received_date=received_date,
                officer_id=data.officer_id, employer_id=employer.id,
                project_id=project.id if project else None, industry=data.industry,
                county_code=(data.county_code or "").strip() or employer.county_code or _office_county(s),
                facts=data.facts or "", claims=data.claims or "",
                worker_count=len(people), lead_worker_name=people[0][0].name,
                employer_name=employer.name, created_at=now, updated_at=now,
            )
            total = 0
            for pos, (worker, wi) in enumerate(people):
                cw = CaseWorker(worker_id=worker.id, position=pos, role=role.value,
                                is_representative=wi.is_representative, job=(wi.job or "").strip(),
                                employed_to=_employed_to(wi), claimed_fen=0)
                for item in wi.items:
                    start, end = period_dates(item)
                    fen = to_fen(parse_yuan(item.amount))
                    cw.items.append(ArrearsItem(kind=item.kind, period_from=start, period_to=end,
                                                amount_fen=fen, note=(item.note or "").strip()))
                    cw.claimed_fen += fen
                total += cw.claimed_fen
                case.workers.append(cw)
            case.claimed_fen = total
            case.green_channel = case_type == CaseType.ARBITRATION and arbitration_rules.green_channel(
                worker_count=len(people), collective_minimum=collective_minimum(s),
                migrant_wage_claim=any(w.is_migrant_worker and any(i.kind in REMUNERATION_KINDS for i in wi.items)
                                       for w, wi in people))
            case.search_text = case_search_text(
                case_number=number, employer_name=employer.name,
                credit_code=employer.credit_code or "",
                project_name=project.name if project else "",
                workers=[(w.name, w.id_number or "") for w, _ in people])
            s.add(case)
            s.flush()

            intake_word = "投诉" if case_type == CaseType.INSPECTION else "仲裁申请"
            s.add(CaseEvent(
                case_id=case.id, kind=EventKind.REGISTERED.value, occurred_at=now,
                event_date=received_date, actor_id=user_id,
                summary=(f"登记{intake_word}（{Channel(data.channel).label}），劳动者{len(people)}人，"
                         f"金额合计 {format_yuan(total)} 元"),
                payload=audit.canonical_json({"case_number": number}),
            ))
            if data.legal_aid_explained:
                who = repo.user_name(s, data.officer_id or user_id) or "承办人"
                s.add(CaseEvent(case_id=case.id, kind=ProceduralEvent.LEGAL_AID_EXPLAINED.value, occurred_at=now,
                                event_date=received_date, actor_id=user_id, summary=f"登记时由{who}告知",
                                payload=audit.canonical_json({"by": who})))
            for f, a in zip(stored, data.attachments, strict=True):
                self._attach(s, case.id, f, a.description, now, user_id)
            audit.record(s, user_id, "case.register", "case", case.id, case.id, None, {
                "case_number": number, "case_type": case_type.value,
                "is_collective": data.is_collective, "employer_id": employer.id,
                "project_id": project.id if project else None,
                "worker_ids": [w.id for w, _ in people], "claimed_fen": total,
                "attachments": [f.sha256 for f in stored], **log,
            }, now)
            s.flush()
            deadlines.recompute_case(s, case.id, *clock)
            uow.commit()
            return Registered(case_id=case.id, case_number=number,
                              changes=Changes(case_ids=(case.id,), employers=True, workers=True))

    @requires(Permission.REGISTER_CASE)
    def add_attachment(self, case_id: int, path: str, description: str = "") -> Changes:
        errors: list[FieldError] = []
        _text_errors(errors, "description", description, Attachment.description)
        if errors:
            raise ValidationFailed(errors)
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            case = s.get(Case, case_id)
            if case is None:
                raise RuleError("case.not_found", case_id=case_id)
            f = attachments.store(self.ctx.attachments_dir, path)
            att = self._attach(s, case.id, f, description, now, self.ctx.user_id)
            case.updated_at = now
            audit.record(s, self.ctx.user_id, "attachment.add", "attachment", att.id, case.id, None,
                         {"filename": f.filename, "sha256": f.sha256, "size": f.size,
                          "description": description}, now)
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- helpers inside the unit of work ------------------------------------------------------

    def _attach(self, s, case_id: int, f: attachments.StoredFile, description: str,
                now: datetime, user_id: int | None) -> Attachment:
        att = Attachment(case_id=case_id, filename=f.filename, sha256=f.sha256, size=f.size,
                         description=(description or "").strip(), added_at=now, added_by=user_id)
        s.add(att)
        s.flush()
        summary = f"添加证据材料：{f.filename}"
        if att.description:
            summary += f"（{att.description}）"
        s.add(CaseEvent(case_id=case_id, kind=EventKind.ATTACHMENT_ADDED.value, occurred_at=now,
                        event_date=to_local(now).date(), actor_id=user_id, summary=summary[:_max(CaseEvent.summary)],
                        payload=audit.canonical_json({"attachment_id": att.id, "sha256": f.sha256})))
        return att

    @staticmethod
    def _fill(obj: Any, values: dict[str, str]) -> dict[str, list[str]]:
        """Typed non-blank values win; a blank never clears what is already known."""
        changed: dict[str, list[str]] = {}
        for name, value in values.items():
            value = (value or "").strip()
            old = getattr(obj, name) or ""
            if value and value != old:
                changed[name] = [old, value]
                setattr(obj, name, value)
        return changed

    def _employer(self, s, inp: EmployerInput, now: datetime, log: dict) -> Employer:
        name = inp.name.strip()
        code = _normalised_code(inp.credit_code)
        emp = s.get(Employer, inp.existing_employer_id) if inp.existing_employer_id else None
        if emp is None and code:
            emp = repo.employer_by_credit_code(s, code)
        if emp is None:
            emp = repo.employer_by_name_without_code(s, name, code)
        fields = {"name": name, "legal_representative": inp.legal_representative,
                  "legal_representative_id_number": _normalised_id(inp.legal_representative_id_number) or "",
                  "address": inp.address, "phone": inp.phone, "county_code": inp.county_code}
        if emp is None:
            emp = Employer(credit_code=code, name_initials=initials(name), created_at=now,
                           **{k: (v or "").strip() for k, v in fields.items()})
            emp.county_code = emp.county_code or None
            emp.legal_representative_id_number = emp.legal_representative_id_number or None
            s.add(emp)
            s.flush()
            log["employers_created"].append(emp.id)
            return emp
        changed = self._fill(emp, fields)
        # the code identifies the employer: fill it in once, never replace it
        if code and not emp.credit_code and repo.employer_by_credit_code(s, code) is None:
            changed["credit_code"] = ["", code]
            emp.credit_code = code
        if "name" in changed:
            emp.name_initials = initials(emp.name)
        if changed:
            log["employers_updated"][str(emp.id)] = changed
        return emp

    def _worker(self, s, inp: WorkerInput, now: datetime, log: dict) -> Worker:
        idn = IdNumber.parse(inp.id_number)
        w = s.get(Worker, inp.existing_worker_id) if inp.existing_worker_id else None
        if w is None:
            w = repo.worker_by_id_number(s, idn.value)
        fields = {"name": inp.name, "phone": inp.phone, "hukou_place": inp.hukou_place,
                  "bank_card": inp.bank_card}
        if w is None:
            w = Worker(id_number=idn.value, sex=idn.sex.value, birth_date=idn.birth_date,
                       is_migrant_worker=bool(inp.is_migrant_worker), created_at=now,
                       **{k: (v or "").strip() for k, v in fields.items()})
            w.name_initials = initials(w.name)
            s.add(w)
            s.flush()
            log["workers_created"].append(w.id)
            return w
        changed = self._fill(w, fields)
        if not w.id_number and repo.worker_by_id_number(s, idn.value) is None:
            w.id_number, w.sex, w.birth_date = idn.value, idn.sex.value, idn.birth_date
            changed["id_number"] = ["", idn.value]
        if bool(inp.is_migrant_worker) != bool(w.is_migrant_worker):
            changed["is_migrant_worker"] = [str(w.is_migrant_worker), str(inp.is_migrant_worker)]
            w.is_migrant_worker = bool(inp.is_migrant_worker)
        if "name" in changed:
            w.name_initials = initials(w.name)
        if changed:
            log["workers_updated"][str(w.id)] = changed
        return w

    def _project(self, s, data: IntakeInput, now: datetime, log: dict) -> Project | None:
        p = data.project
        if p is None or not p.name.strip():
            return None
        name = p.name.strip()
        project = Project(name=name, address=(p.address or "").strip(),
                          county_code=(p.county_code or "").strip() or None,
                          name_initials=initials(name), created_at=now)
        s.add(project)
        s.flush()
        parent: ContractorLink | None = None
        for pos, link_in in enumerate(p.chain):
            link = ContractorLink(project_id=project.id, position=pos, role=link_in.role,
                                  parent_id=parent.id if parent else None)
            if link_in.role == ContractorRole.CREW_LEADER:
                link.person_name = link_in.person_name.strip()
                link.person_id_number = _normalised_id(link_in.person_id_number)
                link.person_phone = (link_in.person_phone or "").strip()
            else:
                assert link_in.employer is not None  # validate() guarantees it
                link.employer_id = self._employer(s, link_in.employer, now, log).id
            project.links.append(link)
            s.flush()
            parent = link
        return project


def _office_county(s) -> str | None:
    """The office's own county-level area (设置 → 参数, set by the 初始设置 wizard): where a case
    with no county of its own and an employer without one belongs. A city (…00) is not one."""
    code = (rd.get_setting(s, "office.county_code") or "").strip()
    return code if len(code) == 6 and not code.endswith("00") else None
