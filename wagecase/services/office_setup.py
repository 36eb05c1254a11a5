"""The first start of an office (设置向导): where it sits, its names, its number patterns and its
administrator's password, set in one unit of work before anybody has logged in. Everything here
is an ordinary parameter afterwards, changed in 设置 like the others.

Only a database nobody has ever logged in to can be set up this way: the wizard takes the place
of the first administrator's first password, and nothing else may act without a login.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.language import translated
from ..domain.case import Role
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.money import format_yuan
from ..domain.office_setup import PATTERNS, numbering_patterns, office_names, proposed_code
from ..domain.reference_values import minimum_wage_for, province_of
from ..storage import reference_data as rd
from ..storage import repositories as repo
from ..storage.models import Region
from . import audit
from .context import ServiceContext, to_local
from .dto import UserView
from .lookup import user_view
from .reference_form import Regions
from .reference_parameters import checked_parameter
from .users import new_password_hash

OFFICE_TEXTS = ("office.agency_name", "office.inspection_unit", "office.commission_name")
DISPLAY_NAME_MAX = 30


@dataclass(frozen=True)
class SetupProposal:
    """What the wizard fills in for a place; the office corrects any of it."""
    agency_name: str
    inspection_unit: str
    commission_name: str
    code: str  # 文号代字
    wage_text: str  # which minimum wage applies there, or where to enter it


@dataclass
class OfficeSetupInput:
    place_code: str
    agency_name: str
    inspection_unit: str
    commission_name: str
    patterns: dict[str, str] = field(default_factory=dict)  # parameter key -> pattern
    display_name: str = "系统管理员"
    password: str = ""
    again: str = ""


class OfficeSetupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def needed(self) -> bool:
        """Nobody has logged in to this database yet."""
        with self.ctx.uow.read() as uow:
            return not repo.any_password_set(uow.session)

    def administrator(self) -> str:
        """The username the wizard gives its password to (the default administrator's)."""
        with self.ctx.uow.read() as uow:
            admin = repo.first_active(uow.session, Role.ADMIN.value)
            return admin.username if admin is not None else ""

    def places(self) -> tuple[tuple[str, str], ...]:
        """(code, 河南省郑州市中牟县) of every city and county-level area, for the picker."""
        with self.ctx.uow.read() as uow:
            return Regions.read(uow.session).places

    def patterns(self, code: str) -> dict[str, str]:
        return numbering_patterns(code.strip())

    def proposal(self, place_code: str) -> SetupProposal:
        today = to_local(self.ctx.clock()).date()
        with self.ctx.uow.read() as uow:
            s = uow.session
            place = s.get(Region, place_code)
            if place is None or place.level not in (2, 3):
                raise RuleError("reference.place_unknown", code=place_code)
            name, level = place.name, place.level
            city = place if level == 2 else s.get(Region, place.parent_code or "")
            city_name = city.name if city is not None else ""
        if level == 2:
            names = office_names(name, county=False)
            code = proposed_code(name)
            wage = translated("市本级：各县（市、区）适用的最低工资档次见“设置 → 最低工资档次（县区）”。")
        else:
            # a city's district carries the city's name (郑州市金水区), a county does not (中牟县)
            district = name.endswith("区")
            names = office_names(city_name + name if district else name, county=True)
            code = proposed_code(city_name if district else name)
            wage = self._wage_text(place_code, today)
        return SetupProposal(*names, code=code, wage_text=wage)

    def _wage_text(self, place_code: str, today) -> str:
        from .reference import ReferenceService  # the reference book: not needed at start-up

        try:
            standard = minimum_wage_for(ReferenceService(self.ctx).book(), place_code, today)
        except RuleError:
            return translated("该地区的最低工资档次或标准尚未录入，请在“设置 → 最低工资档次（县区）”中补充。")
        # shown in the wizard only: in the screens' language when read for them (ui.error_text)
        return translated("该地区现行适用第{tier}档最低工资标准：每月 {monthly} 元（{document_no}）。").format(
            tier=standard.tier, monthly=format_yuan(standard.monthly_fen), document_no=standard.document_no)

    def apply(self, data: OfficeSetupInput) -> UserView:
        """All of it or nothing; every wrong field reported at once (ValidationFailed). Logs the
        administrator in."""
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            if repo.any_password_set(s):
                raise RuleError("setup.done")
            admin = repo.first_active(s, Role.ADMIN.value)
            if admin is None:
                raise RuleError("setup.no_administrator")
            values, errors = self._checked(s, data)
            hashed = None
            try:
                hashed = new_password_hash(data.password, data.again, admin.username,
                                           field="setup.password", again_field="setup.again")
            except ValidationFailed as exc:
                errors += exc.errors
            display_name = data.display_name.strip()
            if not display_name or len(display_name) > DISPLAY_NAME_MAX:
                errors.append(FieldError("setup.display_name", "user.display_name_missing"))
            if errors:
                raise ValidationFailed(errors)
            values["office.province_code"] = province_of(values["office.county_code"])
            before = rd.get_settings(s, values)
            rd.set_settings(s, values)
            admin.display_name = display_name
            admin.password_hash = hashed
            admin.password_changed_at = now
            admin.must_change_password = False
            admin.last_login_at = now
            audit.record(s, admin.id, "setup.apply", "reference:parameters", None, None, before, values, now)
            audit.record(s, admin.id, "user.first_password", "user", admin.id, None, None,
                         {"username": admin.username}, now)
            uow.commit()
            self.ctx.user_id = admin.id
            return user_view(admin)

    @staticmethod
    def _checked(s, data: OfficeSetupInput) -> tuple[dict[str, str], list[FieldError]]:
        """Each value through the same check as 设置 → 参数, each error naming its own field."""
        values: dict[str, str] = {}
        errors: list[FieldError] = []

        def check(key: str, text: str) -> None:
            try:
                values[key] = checked_parameter(s, key, text, field=key)
            except ValidationFailed as exc:
                errors.extend(exc.errors)

        if data.place_code.strip():
            check("office.county_code", data.place_code.strip())
        else:
            errors.append(FieldError("office.county_code", "required"))
        for key, text in zip(OFFICE_TEXTS, (data.agency_name, data.inspection_unit, data.commission_name)):
            check(key, text)
        for key in PATTERNS:
            check(key, data.patterns.get(key, ""))
        return values, errors

