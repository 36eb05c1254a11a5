"""Suggestions while typing (existing employers and workers), regions, officers."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..domain.case import Role
from ..domain.errors import RuleError
from ..domain.intake_rules import mask_id_number
from ..storage import repositories as repo
from ..storage.models import Employer, Worker
from .context import ServiceContext, to_local
from .dto import EmployerInput, RegionView, Suggestion, UserView, WorkerInput

HENAN = "410000"
T = TypeVar("T")


def user_view(u) -> UserView:
    try:
        role_label = Role(u.role).label
    except ValueError:
        role_label = u.role
    def local(at):
        return to_local(at) if at is not None else None

    return UserView(id=u.id, username=u.username, display_name=u.display_name, role=u.role,
                    role_label=role_label, active=bool(u.active), has_password=bool(u.password_hash),
                    locked_until=local(u.locked_until), must_change_password=bool(u.must_change_password),
                    last_login_at=local(u.last_login_at))


def _employer_suggestion(e: Employer) -> Suggestion:
    return Suggestion(id=e.id, name=e.name, code=e.credit_code or "",
                      title=f"{e.name}（{e.credit_code}）" if e.credit_code else e.name)


def _worker_suggestion(w: Worker) -> Suggestion:
    return Suggestion(id=w.id, name=w.name, code=w.id_number or "",
                      title=f"{w.name}（{mask_id_number(w.id_number)}）" if w.id_number else w.name)


class LookupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # GB/T 2260 regions are reference data that only change with a migration: read them once
        self._regions: dict[str, RegionView] | None = None
        self._children: dict[str, list[RegionView]] = {}

    def employers(self, text: str, limit: int = 10) -> list[Suggestion]:
        """By name fragment, credit-code prefix or pinyin initials."""
        return self._suggest(text, limit, repo.search_employers, _employer_suggestion)

    def workers(self, text: str, limit: int = 10) -> list[Suggestion]:
        """By name fragment, ID-number fragment or pinyin initials."""
        return self._suggest(text, limit, repo.search_workers, _worker_suggestion)

    def _suggest(self, text: str, limit: int, search: Callable[[Any, str, int], list[T]],
                 suggestion: Callable[[T], Suggestion]) -> list[Suggestion]:
        t = (text or "").strip()
        if not t:
            return []
        with self.ctx.uow.read() as uow:
            return [suggestion(x) for x in search(uow.session, t, limit)]

    def employer_input(self, employer_id: int) -> EmployerInput:
        with self.ctx.uow.read() as uow:
            e = uow.session.get(Employer, employer_id)
            if e is None:
                raise RuleError("employer.not_found", employer_id=employer_id)
            return EmployerInput(name=e.name, credit_code=e.credit_code or "",
                                 legal_representative=e.legal_representative, address=e.address,
                                 phone=e.phone, county_code=e.county_code or "",
                                 existing_employer_id=e.id,
                                 legal_representative_id_number=e.legal_representative_id_number or "")

    def worker_input(self, worker_id: int) -> WorkerInput:
        with self.ctx.uow.read() as uow:
            w = uow.session.get(Worker, worker_id)
            if w is None:
                raise RuleError("worker.not_found", worker_id=worker_id)
            return WorkerInput(name=w.name, id_number=w.id_number or "", phone=w.phone,
                               hukou_place=w.hukou_place,
                               is_migrant_worker=bool(w.is_migrant_worker),
                               bank_card=w.bank_card, existing_worker_id=w.id)

    def _load_regions(self) -> dict[str, RegionView]:
        if self._regions is None:
            with self.ctx.uow.read() as uow:
                rows = repo.all_regions(uow.session)
                regions = {r.code: RegionView(code=r.code, name=r.name, full_name=r.full_name,
                                              level=r.level) for r in rows}
                parents = {r.code: r.parent_code for r in rows}
            children: dict[str, list[RegionView]] = {}
            for code, view in regions.items():
                children.setdefault(parents[code] or "", []).append(view)
            if not regions:
                return regions  # not loaded yet (fresh database): try again next time
            self._regions, self._children = regions, children
        return self._regions

    def regions(self, parent_code: str | None = None) -> list[RegionView]:
        """Children of a region; None gives Henan's prefecture-level cities."""
        self._load_regions()
        return list(self._children.get(parent_code or HENAN, []))

    def region_name(self, code: str) -> str:
        view = self._load_regions().get((code or "").strip())
        return view.full_name if view else ""

    def officers(self) -> list[UserView]:
        with self.ctx.uow.read() as uow:
            return [user_view(u) for u in repo.active_users(uow.session)]
