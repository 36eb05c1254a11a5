"""设置 → 法律援助机构: the centres and on-site workstations workers are referred to, and which
one a case's place calls for.

A centre serves counties written as GB/T 2260 codes or their prefixes (410105 one county, 4101
all of Zhengzhou, 41 the whole province). The proposal takes the most specific match; at the
same specificity an on-site 工作站 wins, because the one at the 仲裁院 takes a referral the same
day (人社部发〔2020〕52号) while a centre needs the papers carried over.
"""
from __future__ import annotations

import re

from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..storage import legal_aid_queries as q
from ..storage.models import LegalAidCentre
from . import audit
from .context import ServiceContext
from .permissions import is_admin
from .dto import Changes, LegalAidCentreInput, LegalAidCentreView

KIND_LABELS = {"centre": "法律援助中心", "workstation": "法律援助工作站"}
NAME_MAX = 100
ADDRESS_MAX = 200
PHONE_MAX = 50
_SEPARATORS = re.compile(r"[,，、;；\s]+")
# digits with the usual dressing of Chinese numbers: 0371-12348, (0371)6888xxxx, 12348、0371-…
_PHONE = re.compile(r"[0-9\-+()（） 、,，/转]+")


def split_counties(text: str) -> list[str]:
    """The codes typed, in order, each once; 410100 and 410000 (a city's or province's own
    code) read as the prefixes they stand for, 4101 and 41."""
    seen: list[str] = []
    for part in _SEPARATORS.split((text or "").strip()):
        if not part:
            continue
        code = part
        if len(code) == 6 and code.isdigit():
            if code.endswith("0000"):
                code = code[:2]
            elif code.endswith("00"):
                code = code[:4]
        if code not in seen:
            seen.append(code)
    return seen


def match_length(counties: str, county_code: str) -> int:
    """How specifically a centre's stored ``counties`` cover ``county_code``: the length of the
    longest code or prefix it starts with (6, 4 or 2), 0 when it does not."""
    best = 0
    for code in split_counties(counties):
        if county_code.startswith(code) and len(code) > best:
            best = len(code)
    return best


class LegalAidCentreService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading ----------------------------------------------------------------------------

    def centres(self, active_only: bool = False) -> list[LegalAidCentreView]:
        with self.ctx.uow.read() as uow:
            s = uow.session
            rows = q.centres(s, active_only)
            names = _names_for(s, rows)
            return [_view(r, names) for r in rows]

    def centre(self, centre_id: int) -> LegalAidCentreView:
        with self.ctx.uow.read() as uow:
            s = uow.session
            row = _centre(s, centre_id)
            return _view(row, _names_for(s, [row]))

    def can_edit(self) -> bool:
        with self.ctx.uow.read() as uow:
            return self._is_admin(uow.session)

    def propose(self, county_code: str | None) -> LegalAidCentreView | None:
        """The active centre serving ``county_code`` (the case's place), most specific first."""
        code = (county_code or "").strip()
        if not code:
            return None
        with self.ctx.uow.read() as uow:
            s = uow.session
            best: tuple[int, int, int] | None = None
            chosen: LegalAidCentre | None = None
            for row in q.centres(s, active_only=True):
                length = match_length(row.counties, code)
                if not length:
                    continue
                # longer match, then workstation, then the one entered first
                key = (length, 1 if row.kind == "workstation" else 0, -row.id)
                if best is None or key > best:
                    best, chosen = key, row
            return None if chosen is None else _view(chosen, _names_for(s, [chosen]))

    # ---- changing ---------------------------------------------------------------------------

    def save(self, centre_id: int | None, data: LegalAidCentreInput) -> Changes:
        """Adds (``centre_id`` None) or changes a centre; every field's problem at once."""
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._require_admin(s)
            row = None if centre_id is None else _centre(s, centre_id)
            values = self._clean(s, data, centre_id)
            if row is None:
                row = q.add_centre(s, LegalAidCentre(**values))
                before = None
                action = "legal_aid_centre.add"
            else:
                before = _audit_values(row)
                q.update_centre(s, row, **values)
                action = "legal_aid_centre.change"
            audit.record(s, self.ctx.user_id, action, "legal_aid_centre", row.id, None, before,
                         _audit_values(row), self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    def set_active(self, centre_id: int, active: bool) -> Changes:
        """A stopped centre keeps its referrals; it is only no longer proposed or offered."""
        with self.ctx.uow.write() as uow:
            s = uow.session
            self._require_admin(s)
            row = _centre(s, centre_id)
            before = {"active": bool(row.active)}
            q.update_centre(s, row, active=bool(active))
            audit.record(s, self.ctx.user_id, "legal_aid_centre.active", "legal_aid_centre", row.id, None,
                         before, {"active": bool(active)}, self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    # ---- helpers ----------------------------------------------------------------------------

    def _is_admin(self, s) -> bool:
        return is_admin(s, self.ctx.user_id)

    def _require_admin(self, s) -> None:
        if not self._is_admin(s):
            raise RuleError("legal_aid.centre.admin_only")

    @staticmethod
    def _clean(s, data: LegalAidCentreInput, centre_id: int | None) -> dict:
        errors: list[FieldError] = []
        name = " ".join((data.name or "").split())
        if not name:
            errors.append(FieldError("centre_name", "legal_aid.centre.name_empty"))
        elif len(name) > NAME_MAX:
            errors.append(FieldError("centre_name", "legal_aid.centre.name_too_long",
                                     {"max": NAME_MAX, "length": len(name)}))
        else:
            other = q.centre_named(s, name)
            if other is not None and other.id != centre_id:
                errors.append(FieldError("centre_name", "legal_aid.centre.name_taken", {"name": name}))
        kind = (data.kind or "").strip()
        if kind not in KIND_LABELS:
            # the label typed or picked is as good as the key
            kind = next((k for k, label in KIND_LABELS.items() if label == kind), kind)
        if kind not in KIND_LABELS:
            errors.append(FieldError("centre_kind", "legal_aid.centre.kind_invalid", {"value": data.kind}))
        address = " ".join((data.address or "").split())
        if len(address) > ADDRESS_MAX:
            errors.append(FieldError("centre_address", "legal_aid.centre.address_too_long",
                                     {"max": ADDRESS_MAX, "length": len(address)}))
        phone = " ".join((data.phone or "").split())
        if len(phone) > PHONE_MAX:
            errors.append(FieldError("centre_phone", "legal_aid.centre.phone_too_long",
                                     {"max": PHONE_MAX, "length": len(phone)}))
        elif phone and not (_PHONE.fullmatch(phone) and any(c.isdigit() for c in phone)):
            errors.append(FieldError("centre_phone", "legal_aid.centre.phone_invalid", {"text": phone}))
        codes = split_counties(data.counties)
        for code in codes:
            if not (code.isdigit() and len(code) in (2, 4, 6)):
                errors.append(FieldError("centre_counties", "legal_aid.centre.county_format", {"code": code}))
            elif not q.region_prefix_known(s, code):
                errors.append(FieldError("centre_counties", "legal_aid.centre.county_unknown", {"code": code}))
        if errors:
            raise ValidationFailed(errors)
        return {"name": name, "kind": kind, "address": address, "phone": phone,
                "counties": ",".join(codes), "active": bool(data.active)}


def counties_text(counties: str, names: dict[str, tuple[str, int, str | None]]) -> str:
    """郑州市金水区、郑州市中原区; a city prefix as 郑州市（全市）, a province as 河南省（全省）."""
    parts = []
    for code in split_counties(counties):
        if len(code) == 2:
            found = names.get(code + "0000")
            parts.append(f"{found[0] if found else code}（全省）")
        elif len(code) == 4:
            found = names.get(code + "00")
            parts.append(f"{found[0] if found else code}（全市）")
        else:
            found = names.get(code)
            if found is None:
                parts.append(code)
                continue
            name, _, parent = found
            city = names.get(parent or "")
            # a county straight under its province (济源市) has no city to name
            parts.append(f"{city[0]}{name}" if city and city[1] == 2 else name)
    return "、".join(parts)


def _names_for(s, rows: list[LegalAidCentre]) -> dict[str, tuple[str, int, str | None]]:
    wanted: set[str] = set()
    for row in rows:
        for code in split_counties(row.counties):
            wanted.add(code.ljust(6, "0"))
    return q.regions_named(s, wanted)


def _view(row: LegalAidCentre, names: dict[str, tuple[str, int, str | None]]) -> LegalAidCentreView:
    return LegalAidCentreView(
        id=row.id, name=row.name, kind=row.kind, kind_label=KIND_LABELS.get(row.kind, row.kind),
        address=row.address or "", phone=row.phone or "", counties=row.counties or "",
        counties_text=counties_text(row.counties or "", names), active=bool(row.active),
    )


def _centre(s, centre_id: int) -> LegalAidCentre:
    row = q.centre(s, centre_id)
    if row is None:
        raise RuleError("legal_aid.centre.unknown")
    return row


def _audit_values(row: LegalAidCentre) -> dict:
    return {"name": row.name, "kind": row.kind, "address": row.address, "phone": row.phone,
            "counties": row.counties, "active": bool(row.active)}


def demo_centres() -> list[LegalAidCentreInput]:
    """Three sample centres for the demo data (clearly marked 示例: not real addresses)."""
    return [
        LegalAidCentreInput(name="郑州市法律援助中心（示例）", kind="centre",
                            address="郑州市某某路1号（示例）", phone="0371-12348", counties="4101"),
        LegalAidCentreInput(name="金水区法律援助工作站（示例）", kind="workstation",
                            address="郑州市金水区劳动人事争议仲裁院一楼（示例）", phone="0371-12348",
                            counties="410105"),
        LegalAidCentreInput(name="开封市法律援助中心（示例）", kind="centre",
                            address="开封市某某街2号（示例）", phone="0378-12348", counties="4102"),
    ]
