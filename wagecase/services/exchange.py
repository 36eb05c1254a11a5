"""Case exchange between offices (跨区域协作): a case, its evidence and its documents as one
signed package, for transfer to the competent office.

The package (.wagecase) is a zip of ``manifest.json`` (the office, who exported it and when,
and the case's data: case, employer, project and contractor chain, workers and arrears items,
events, payments, the issued documents' and the attachments' metadata with their SHA-256),
the files themselves, and ``signature.json``: an Ed25519 signature over the manifest's SHA-256
and every file's SHA-256. Deadlines are not carried: the receiving office recomputes them from
the events and its own period catalogue and holidays.

Import checks, before anything is written: the signature, every file against its signed hash,
and that the signing key is one this office trusts (设置 → 案件交换; the fingerprint is read out
on the phone before trusting). It then creates the case under a new number of this office,
links the employer by credit code and the workers by ID number (the local record wins; every
difference is reported), copies the evidence and the documents (as received evidence, not
re-numbered) and records where the case came from, in one transaction.

Permission: both directions need REGISTER_CASE. Importing is registering a case in this office
(the 立案 side's work, like intake); and a package carries every ID number, phone and bank card
unmasked, which only roles that also hold VIEW_PERSONAL may take out of the system: every role
with REGISTER_CASE does, while ASSIGN_CASE would hand them to the 科室负责人, who sees them masked.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.case import (
    ArrearsKind,
    CaseStatus,
    CaseType,
    Channel,
    ContractorRole,
    EventKind,
    Industry,
    WorkerRole,
)
from ..domain.errors import RuleError
from ..domain.identifiers import CreditCode, IdNumber
from ..domain.intake_rules import check_text, mask_id_number
from ..domain.messages import message
from ..domain.money import format_yuan
from ..domain.permissions import Permission
from ..domain.pinyin import initials
from ..domain.search import case_search_text
from ..storage import case_queries, document_store, exchange_queries, numbering
from ..storage import exchange_package as package
from ..storage import repositories as repo
from ..storage.models import (
    ArrearsItem,
    Attachment,
    Case,
    CaseEvent,
    CaseWorker,
    ContractorLink,
    Employer,
    Payment,
    Project,
    User,
    Worker,
)
from . import audit, deadlines, exchange_keys
from .attachments import stored_path as attachment_path
from .case_facts import office_facts
from .context import ServiceContext, to_local, to_utc
from .document_files import stored_path as document_path
from .exchange_dto import (
    Exported,
    ImportPreview,
    Imported,
    KeyFileView,
    OfficeKeyView,
    PlanLine,
    TrustedOffice,
)
from .dto import Changes
from .permissions import requires

FORMAT = "wagecase-case-package"
FORMAT_VERSION = 1
SUFFIX = package.SUFFIX
Report = Callable[[int, int], bool]

_ROLE_WORDS = {r.value: r.label for r in ContractorRole}
_EMPLOYER_FIELDS = (("name", "名称"), ("legal_representative", "法定代表人"),
                    ("legal_representative_id_number", "法定代表人身份证号码"), ("address", "地址"),
                    ("phone", "联系电话"), ("county_code", "所在区县代码"))
_WORKER_FIELDS = (("name", "姓名"), ("phone", "联系电话"), ("hukou_place", "户籍地"), ("bank_card", "银行卡号"))
# payload keys that name rows of the exporting database (a listing, a user...): meaningless here
_FOREIGN_KEYS = ("member",)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---- the manifest as read back: checked, typed ------------------------------------------------

class _Bad(Exception):
    """A manifest value that is missing or of the wrong shape; ``where`` says which, in Chinese."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class _Doc:
    """A JSON object of the manifest read with its place named, for the refusal's sentence."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise _Bad(where)
        self.value = value
        self.where = where

    def _at(self, label: str) -> str:
        return f"{self.where}的{label}" if self.where else label

    def raw(self, key: str, label: str) -> Any:
        if key not in self.value:
            raise _Bad(self._at(label))
        return self.value[key]

    def text(self, key: str, label: str, column=None, *, multiline: bool = False, optional: bool = False) -> str:
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return ""
        if not isinstance(value, str):
            raise _Bad(self._at(label))
        try:
            limit = column.property.columns[0].type.length if column is not None else None
            return check_text(value, limit, multiline=multiline)
        except RuleError:
            raise _Bad(self._at(label)) from None

    def choice(self, key: str, label: str, enum) -> str:
        value = self.raw(key, label)
        if not isinstance(value, str) or value not in enum._value2member_map_:
            raise _Bad(self._at(label))
        return value

    def flag(self, key: str, label: str) -> bool:
        value = self.raw(key, label)
        if not isinstance(value, bool):
            raise _Bad(self._at(label))
        return value

    def integer(self, key: str, label: str, *, low: int = 0, high: int = 2**62) -> int:
        value = self.raw(key, label)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _Bad(self._at(label))
        return value

    def day(self, key: str, label: str, *, optional: bool = False) -> date | None:
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise _Bad(self._at(label)) from None

    def moment(self, key: str, label: str, *, optional: bool = False) -> datetime | None:
        """Naive UTC, as the database keeps it."""
        value = self.value.get(key) if optional else self.raw(key, label)
        if value is None and optional:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise _Bad(self._at(label)) from None
        return to_utc(parsed) if parsed.tzinfo is not None else parsed

    def child(self, key: str, label: str) -> "_Doc":
        return _Doc(self.raw(key, label), self._at(label))

    def rows(self, key: str, label: str) -> list["_Doc"]:
        value = self.raw(key, label)
        if not isinstance(value, list):
            raise _Bad(self._at(label))
        return [_Doc(v, f"{self._at(label)}第{i + 1}项") for i, v in enumerate(value)]


@dataclass
class _Party:
    """An employer as the package gives it; ``key`` identifies the same one twice in a package."""

    name: str
    credit_code: str | None
    legal_representative: str
    legal_representative_id_number: str
    address: str
    phone: str
    county_code: str

    @property
    def key(self) -> str:
        return f"code:{self.credit_code}" if self.credit_code else f"name:{self.name}"


@dataclass
class _Person:
    name: str
    id_number: str
    phone: str
    hukou_place: str
    is_migrant_worker: bool
    bank_card: str


@dataclass
class _Item:
    kind: str
    period_from: date | None
    period_to: date | None
    amount_fen: int
    note: str


@dataclass
class _CaseWorker:
    position: int
    role: str
    is_representative: bool
    job: str
    employed_from: date | None
    employed_to: date | None
    person: _Person
    items: list[_Item]


@dataclass
class _Link:
    position: int
    role: str
    parent_position: int | None
    employer: _Party | None
    person_name: str
    person_id_number: str | None
    person_phone: str


@dataclass
class _Project:
    name: str
    address: str
    county_code: str
    chain: list[_Link]


@dataclass
class _Event:
    kind: str
    occurred_at: datetime
    event_date: date
    actor: str
    summary: str
    payload: dict


@dataclass
class _Payment:
    worker_position: int
    paid_on: date
    amount_fen: int
    payer: str
    method: str
    note: str
    recorded_at: datetime


@dataclass
class _File:
    """A file of the package: ``member`` inside the zip, kept here under ``filename``."""

    member: str
    sha256: str
    size: int
    filename: str
    description: str
    added_at: datetime


@dataclass
class _Manifest:
    format_version: int
    app_version: str
    office: dict[str, str]
    exported_at: datetime
    exported_by: str
    case: dict[str, Any]
    employer: _Party
    project: _Project | None
    workers: list[_CaseWorker]
    events: list[_Event]
    payments: list[_Payment]
    attachments: list[_File]
    documents: list[_File]
    document_count: int

    @property
    def office_name(self) -> str:
        return self.office.get("agency_name") or "（未注明）"


@dataclass
class _Checked:
    manifest: _Manifest
    package_id: str
    fingerprint: str
    signer_office: str


@dataclass
class _Plan:
    """What an import does, worked out in the caller's unit of work (preview and import alike)."""

    employers: dict[str, Employer | None] = field(default_factory=dict)  # key -> local record or None: new
    workers: dict[str, Worker | None] = field(default_factory=dict)  # ID number -> local record
    lines: list[PlanLine] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _key_file(path: str | Path) -> tuple[str, bytes]:
    """(office named, raw public key) of a public-key file; RuleError in Chinese otherwise."""
    try:
        data = Path(path).read_bytes()[:1024 * 1024]  # a key file is a few hundred bytes
    except OSError as exc:
        raise RuleError("exchange.key_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    return exchange_keys.parse_key_file(data)


def _hex(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


# ---- the service -------------------------------------------------------------------------------

class ExchangeService:
    def __init__(self, ctx: ServiceContext, form_title: Callable[[str], str] | None = None) -> None:
        self.ctx = ctx
        self._form_title = form_title or (lambda form_id: form_id)

    # ---- this office's key and the offices it trusts -----------------------------------------

    def _key(self) -> exchange_keys.OfficeKey:
        return exchange_keys.load_or_create(self.ctx.data_dir)

    def _office_name(self) -> str:
        with self.ctx.uow.read() as uow:
            return office_facts(uow.session).agency_name

    def own_key(self) -> OfficeKeyView:
        """This workstation's key (made now if it has none yet)."""
        key = self._key()
        return OfficeKeyView(key.fingerprint, exchange_keys.display_fingerprint(key.fingerprint), self._office_name())

    def public_key_file(self) -> tuple[str, bytes]:
        """(suggested file name, content) of this workstation's public key, for other offices."""
        key = self._key()
        office = self._office_name()
        return f"{office}-公钥{exchange_keys.KEY_SUFFIX}", exchange_keys.key_file_bytes(office, key.public_raw)

    def _trusted(self, s) -> dict[str, dict]:
        out = {}
        for fp, raw in exchange_queries.trusted_keys(s).items():
            try:
                doc = json.loads(raw)
            except ValueError:
                continue
            if isinstance(doc, dict) and _hex(fp):
                out[fp] = doc
        return out

    def trusted_offices(self) -> list[TrustedOffice]:
        with self.ctx.uow.read() as uow:
            trusted = self._trusted(uow.session)
        out = []
        for fp, doc in trusted.items():
            try:
                added = to_local(datetime.fromisoformat(doc.get("added_at") or ""))
            except (TypeError, ValueError):
                added = None
            out.append(TrustedOffice(fp, exchange_keys.display_fingerprint(fp), str(doc.get("office") or ""),
                                     added, str(doc.get("added_by") or "")))
        return sorted(out, key=lambda t: (t.office, t.fingerprint))

    def read_key_file(self, path: str | Path) -> KeyFileView:
        """A public-key file as it would be trusted: who it names, its fingerprint."""
        office, public_raw = _key_file(path)
        fp = exchange_keys.fingerprint(public_raw)
        with self.ctx.uow.read() as uow:
            trusted = self._trusted(uow.session).get(fp)
        own = fp == self._key().fingerprint
        return KeyFileView(office, fp, exchange_keys.display_fingerprint(fp),
                           str(trusted.get("office") or "") if trusted else "", own)

    @requires(Permission.SETTINGS)
    def trust_office(self, path: str | Path, office: str, fingerprint: str | None = None) -> Changes:
        """Trust the key in the file at ``path`` under the name ``office``. ``fingerprint``: the
        one the user saw and confirmed (the file must still hold that key)."""
        _named, public_raw = _key_file(path)
        fp = exchange_keys.fingerprint(public_raw)
        if fingerprint is not None and fingerprint != fp:
            raise RuleError("exchange.key_file_changed")
        try:
            name = check_text(office, 100)
        except RuleError as exc:
            raise RuleError("exchange.office_name_invalid", reason=message(exc.key, **exc.params)) from None
        if not name:
            raise RuleError("exchange.office_name_required")
        if fp == self._key().fingerprint:
            raise RuleError("exchange.own_key")
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            before = self._trusted(s).get(fp)
            user = repo.user_name(s, self.ctx.user_id)
            value = {"office": name, "public_key": exchange_keys.b64(public_raw),
                     "added_at": now.isoformat(), "added_by": user}
            exchange_queries.put_trusted_key(s, fp, audit.canonical_json(value))
            audit.record(s, self.ctx.user_id, "exchange.trust", "office_key", None, None,
                         {"office": before.get("office")} if before else None,
                         {"office": name, "fingerprint": fp}, now)
            uow.commit()
        return Changes(settings=True)

    @requires(Permission.SETTINGS)
    def remove_trust(self, fingerprint: str) -> Changes:
        now = self.ctx.clock()
        with self.ctx.uow.write() as uow:
            s = uow.session
            before = self._trusted(s).get(fingerprint)
            if before is None or not exchange_queries.delete_trusted_key(s, fingerprint):
                raise RuleError("exchange.not_trusted_anymore")
            audit.record(s, self.ctx.user_id, "exchange.untrust", "office_key", None, None,
                         {"office": before.get("office"), "fingerprint": fingerprint}, None, now)
            uow.commit()
        return Changes(settings=True)

    # ---- export ------------------------------------------------------------------------------

    @requires(Permission.REGISTER_CASE)
    def export_case(self, case_id: int, dest: str | Path, report: Report | None = None) -> Exported:
        """Writes the signed package of ``case_id`` to ``dest`` (.wagecase added if missing)."""
        dest = Path(dest)
        if dest.suffix.lower() != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        key = self._key()
        now = self.ctx.clock()
        with self.ctx.uow.read() as uow:
            body, members = self._manifest(uow.session, case_id, now)
        writer = package.PackageWriter(dest)
        try:
            signed_files: dict[str, str] = {}
            sizes: dict[str, int] = {}
            total = len(members)
            for done, (member, (source, sha)) in enumerate(members.items()):
                sizes[member] = writer.add_file(member, source, sha)
                signed_files[member] = sha
                if report is not None and not report(done + 1, total):
                    raise RuleError("exchange.cancelled")
            for entry in body["attachments"]:
                entry["size"] = sizes[entry["path"]]
            for doc in body["documents"]:
                for f in doc["files"]:
                    f["size"] = sizes[f["path"]]
            manifest = (json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
            manifest_sha = writer.add_bytes(package.MANIFEST, manifest)
            signed = audit.canonical_json({"format": FORMAT, "format_version": FORMAT_VERSION,
                                           "manifest_sha256": manifest_sha, "files": signed_files})
            signature = {
                "algorithm": exchange_keys.ALGORITHM, "public_key": exchange_keys.b64(key.public_raw),
                "signed": signed, "signature": exchange_keys.b64(key.sign(signed.encode("utf-8"))),
            }
            sig_bytes = json.dumps(signature, ensure_ascii=False, indent=1).encode("utf-8")
            writer.add_bytes(package.SIGNATURE, sig_bytes)
            package_id = package_id_of(sig_bytes)
            with self.ctx.uow.write() as uow:
                audit.record(uow.session, self.ctx.user_id, "case.export", "case", case_id, case_id, None, {
                    "file": dest.name, "package_id": package_id, "fingerprint": key.fingerprint,
                    "attachments": len(body["attachments"]), "documents": len(body["documents"]),
                    "workers": len(body["workers"])}, now)
                uow.commit()
            written = writer.finish()
        except BaseException:
            writer.discard()
            raise
        return Exported(path=written, case_number=body["case"]["case_number"],
                        attachments=len(body["attachments"]), documents=len(body["documents"]),
                        size=written.stat().st_size, fingerprint=exchange_keys.display_fingerprint(key.fingerprint))

    def _manifest(self, s, case_id: int, now: datetime) -> tuple[dict, dict[str, tuple[Path, str]]]:
        """The manifest (sizes filled in as the files are written) and member -> (source, sha)."""
        case = case_queries.load_case(s, case_id)
        if case is None:
            raise RuleError("case.not_found", case_id=case_id)
        members: dict[str, tuple[Path, str]] = {}
        user = s.get(User, self.ctx.user_id) if self.ctx.user_id is not None else None

        def employer(e: Employer) -> dict:
            return {"name": e.name, "credit_code": e.credit_code or "", "legal_representative": e.legal_representative or "",
                    "legal_representative_id_number": e.legal_representative_id_number or "",
                    "address": e.address or "", "phone": e.phone or "", "county_code": e.county_code or ""}

        project = None
        if case.project is not None:
            positions = {link.id: link.position for link in case.project.links}
            project = {"name": case.project.name, "address": case.project.address or "",
                       "county_code": case.project.county_code or "", "chain": [
                           {"position": link.position, "role": link.role,
                            "parent_position": positions.get(link.parent_id),
                            "employer": employer(link.employer) if link.employer is not None else None,
                            "person_name": link.person_name or "", "person_id_number": link.person_id_number or "",
                            "person_phone": link.person_phone or ""}
                           for link in case.project.links]}
        positions_of_cw = {cw.id: cw.position for cw in case.workers}
        workers = [{
            "position": cw.position, "role": cw.role, "is_representative": bool(cw.is_representative),
            "job": cw.job or "", "employed_from": _iso(cw.employed_from), "employed_to": _iso(cw.employed_to),
            "claimed_fen": cw.claimed_fen,
            "person": {"name": cw.worker.name, "id_number": cw.worker.id_number or "", "phone": cw.worker.phone or "",
                       "hukou_place": cw.worker.hukou_place or "", "is_migrant_worker": bool(cw.worker.is_migrant_worker),
                       "bank_card": cw.worker.bank_card or ""},
            "items": [{"kind": i.kind, "period_from": _iso(i.period_from), "period_to": _iso(i.period_to),
                       "amount_fen": i.amount_fen, "note": i.note or ""} for i in cw.items],
        } for cw in case.workers]
        events = []
        for ev, actor in case_queries.case_events(s, case_id):
            try:
                payload = json.loads(ev.payload or "{}")
            except ValueError:
                payload = {"text": ev.payload}
            events.append({"kind": ev.kind, "occurred_at": _iso(ev.occurred_at), "event_date": _iso(ev.event_date),
                           "actor": actor or "", "summary": ev.summary or "",
                           "payload": payload if isinstance(payload, dict) else {"value": payload}})
        payments = [{"worker_position": positions_of_cw.get(p.case_worker_id), "paid_on": _iso(p.paid_on),
                     "amount_fen": p.amount_fen, "payer": p.payer, "method": p.method, "note": p.note or "",
                     "recorded_at": _iso(p.recorded_at)} for p in exchange_queries.case_payments(s, case_id)]
        attachments = []
        for a in case_queries.case_attachments(s, case_id):
            member = f"attachments/{a.sha256}"
            members[member] = (attachment_path(self.ctx.attachments_dir, a.sha256), a.sha256)
            attachments.append({"filename": a.filename, "sha256": a.sha256, "size": a.size,
                                "description": a.description or "", "added_at": _iso(a.added_at), "path": member})
        documents = []
        for doc, issuer in document_store.case_documents(s, case_id):
            files = []
            for fmt, sha in (("pdf", doc.pdf_sha256), ("docx", doc.docx_sha256)):
                member = f"documents/{sha}.{fmt}"
                members[member] = (document_path(self.ctx.data_dir / "documents", sha, fmt), sha)
                files.append({"format": fmt, "path": member, "sha256": sha, "size": 0})
            documents.append({"form_id": doc.form_id, "title": self._form_title(doc.form_id), "family": doc.family,
                              "number": doc.number, "recipient": doc.recipient or "", "status": doc.status,
                              "void_reason": doc.void_reason or "", "issued_at": _iso(doc.issued_at),
                              "issued_by": issuer or "", "files": files})
        body = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "office": asdict(office_facts(s)),
            "exported_at": to_local(now).replace(tzinfo=None).isoformat() + "+08:00",
            "exported_by": {"username": user.username if user else "", "display_name": user.display_name if user else ""},
            "case": {
                "case_number": case.case_number, "case_type": case.case_type, "status": case.status,
                "is_collective": bool(case.is_collective), "channel": case.channel,
                "received_at": _iso(case.received_at), "received_date": _iso(case.received_date),
                "industry": case.industry, "county_code": case.county_code or "", "facts": case.facts or "",
                "claims": case.claims or "", "procedure": case.procedure, "green_channel": bool(case.green_channel),
                "claimed_fen": case.claimed_fen, "created_at": _iso(case.created_at), "closed_at": _iso(case.closed_at),
                "officer": case.officer.display_name if case.officer else "",
            },
            "employer": employer(case.employer),
            "project": project,
            "workers": workers,
            "events": events,
            "payments": payments,
            "documents": documents,
            "attachments": attachments,
        }
        return body, members

    # ---- import: check ------------------------------------------------------------------------

    def _check(self, path: str | Path, report: Report | None, reader: package.PackageReader) -> _Checked:
        """Everything about the package that does not depend on this office's records; raises
        RuleError (in Chinese) for a package that must not be imported."""
        try:
            sig = json.loads(reader.read(package.SIGNATURE, package.MAX_SIGNATURE_BYTES).decode("utf-8"))
            public_raw = exchange_keys.unb64(sig["public_key"], 32)
            signature = exchange_keys.unb64(sig["signature"], 64)
            signed = sig["signed"]
            if sig.get("algorithm") != exchange_keys.ALGORITHM or not isinstance(signed, str):
                raise ValueError("algorithm")
        except RuleError as exc:
            if exc.key == "exchange.member_missing":
                raise RuleError("exchange.not_a_package", path=str(path)) from None
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            raise RuleError("exchange.signature_invalid") from None
        if not exchange_keys.verify(public_raw, signature, signed.encode("utf-8")):
            raise RuleError("exchange.signature_invalid")
        try:
            body = json.loads(signed)
            files = body["files"]
            manifest_sha = body["manifest_sha256"]
            version = body["format_version"]
            if body.get("format") != FORMAT or not isinstance(files, dict) or not isinstance(version, int):
                raise ValueError("format")
        except (ValueError, KeyError, TypeError, RecursionError):
            raise RuleError("exchange.signature_invalid") from None
        if version > FORMAT_VERSION:
            raise RuleError("exchange.format_too_new", version=version)

        manifest_bytes = reader.read(package.MANIFEST, package.MAX_MANIFEST_BYTES)
        if package.sha256_bytes(manifest_bytes) != manifest_sha:
            raise RuleError("exchange.manifest_tampered")
        expected = {package.MANIFEST, package.SIGNATURE} | set(files)
        extra = sorted(reader.names - expected)
        if extra:
            raise RuleError("exchange.unsigned_file", name=extra[0])
        missing = sorted(set(files) - reader.names)
        if missing:
            raise RuleError("exchange.member_missing", name=missing[0])
        total = len(files)
        for done, (member, sha) in enumerate(sorted(files.items())):
            got, _size = reader.hash_member(member)
            if got != sha:
                raise RuleError("exchange.file_tampered", name=self._file_label(manifest_bytes, member))
            if report is not None and not report(done + 1, total):
                raise RuleError("exchange.cancelled")

        fp = exchange_keys.fingerprint(public_raw)
        try:
            manifest = self._parse(manifest_bytes, files)
        except _Bad as bad:
            raise RuleError("exchange.manifest_invalid", where=bad.where) from None
        with self.ctx.uow.read() as uow:
            trusted = self._trusted(uow.session).get(fp)
        if trusted is None or trusted.get("public_key") != exchange_keys.b64(public_raw):
            raise RuleError("exchange.untrusted", office=manifest.office_name,
                            fingerprint=exchange_keys.display_fingerprint(fp))
        return _Checked(manifest, package_id_of(reader.read(package.SIGNATURE, package.MAX_SIGNATURE_BYTES)),
                        fp, str(trusted.get("office") or manifest.office_name))

    @staticmethod
    def _file_label(manifest_bytes: bytes, member: str) -> str:
        """The name the user knows a tampered member by (the manifest is intact by now)."""
        try:
            doc = json.loads(manifest_bytes)
            for a in doc.get("attachments") or ():
                if a.get("path") == member:
                    return f"证据材料“{a.get('filename')}”"
            for d in doc.get("documents") or ():
                for f in d.get("files") or ():
                    if f.get("path") == member:
                        return f"文书“{d.get('title')} {d.get('number')}”（{str(f.get('format')).upper()}）"
        except (ValueError, AttributeError, TypeError, RecursionError):
            pass
        return member

    def _parse(self, data: bytes, files: dict[str, str]) -> _Manifest:
        try:
            raw = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _Bad("清单") from None
        top = _Doc(raw, "")
        if top.raw("format", "格式") != FORMAT:
            raise _Bad("格式")
        office_doc = top.child("office", "导出机关")
        office = {k: v.strip() for k, v in office_doc.value.items() if isinstance(k, str) and isinstance(v, str)}
        c = top.child("case", "案件")
        case = {
            "case_number": c.text("case_number", "案号", Case.case_number),
            "case_type": c.choice("case_type", "案件类型", CaseType),
            "status": c.choice("status", "办理状态", CaseStatus),
            "is_collective": c.flag("is_collective", "个人/集体"),
            "channel": c.choice("channel", "来源渠道", Channel),
            "received_at": c.moment("received_at", "收到时间"),
            "received_date": c.day("received_date", "收到日期"),
            "industry": c.choice("industry", "行业", Industry),
            "county_code": c.text("county_code", "用工所在地", Case.county_code),
            "facts": c.text("facts", "事实与理由", multiline=True),
            "claims": c.text("claims", "请求事项", multiline=True),
            "procedure": c.text("procedure", "仲裁程序", Case.procedure),
            "green_channel": c.flag("green_channel", "绿色通道"),
            "closed_at": c.moment("closed_at", "结案时间", optional=True),
            "officer": c.text("officer", "承办人", optional=True),
        }
        if not case["case_number"]:
            raise _Bad("案件的案号")

        def party(d: _Doc) -> _Party:
            code = d.text("credit_code", "统一社会信用代码")
            if code:
                try:
                    code = CreditCode.parse(code).value
                except RuleError:
                    raise _Bad(d._at("统一社会信用代码")) from None
            rep_id = d.text("legal_representative_id_number", "法定代表人身份证号码")
            if rep_id:
                try:
                    rep_id = IdNumber.parse(rep_id).value
                except RuleError:
                    raise _Bad(d._at("法定代表人身份证号码")) from None
            name = d.text("name", "名称", Employer.name)
            if not name:
                raise _Bad(d._at("名称"))
            return _Party(name=name, credit_code=code or None,
                          legal_representative=d.text("legal_representative", "法定代表人", Employer.legal_representative),
                          legal_representative_id_number=rep_id, address=d.text("address", "地址", Employer.address),
                          phone=d.text("phone", "联系电话", Employer.phone),
                          county_code=d.text("county_code", "所在区县", Employer.county_code))

        employer = party(top.child("employer", "用人单位"))
        project = None
        if top.value.get("project") is not None:
            p = top.child("project", "工程项目")
            chain = []
            for link in p.rows("chain", "承包链条"):
                role = link.choice("role", "角色", ContractorRole)
                parent = link.value.get("parent_position")
                if parent is not None and (not isinstance(parent, int) or isinstance(parent, bool)):
                    raise _Bad(link._at("上级"))
                person_id = link.text("person_id_number", "班组长身份证号码")
                if person_id:
                    try:
                        person_id = IdNumber.parse(person_id).value
                    except RuleError:
                        raise _Bad(link._at("班组长身份证号码")) from None
                emp = link.value.get("employer")
                chain.append(_Link(
                    position=link.integer("position", "序号", high=10_000), role=role, parent_position=parent,
                    employer=party(link.child("employer", "承包单位")) if emp is not None else None,
                    person_name=link.text("person_name", "班组长姓名", ContractorLink.person_name),
                    person_id_number=person_id or None,
                    person_phone=link.text("person_phone", "班组长电话", ContractorLink.person_phone)))
                if role != ContractorRole.CREW_LEADER and chain[-1].employer is None:
                    raise _Bad(link._at("承包单位"))
            project = _Project(p.text("name", "名称", Project.name), p.text("address", "地址", Project.address),
                               p.text("county_code", "所在区县", Project.county_code), chain)

        workers = []
        seen_ids: set[str] = set()
        for w in top.rows("workers", "劳动者"):
            person = w.child("person", "个人信息")
            try:
                idn = IdNumber.parse(person.text("id_number", "身份证号码")).value
            except RuleError:
                raise _Bad(person._at("身份证号码")) from None
            if idn in seen_ids:
                raise _Bad(person._at("身份证号码"))
            seen_ids.add(idn)
            name = person.text("name", "姓名", Worker.name)
            if not name:
                raise _Bad(person._at("姓名"))
            items = [_Item(kind=i.choice("kind", "类别", ArrearsKind), period_from=i.day("period_from", "起始", optional=True),
                           period_to=i.day("period_to", "截止", optional=True),
                           amount_fen=i.integer("amount_fen", "金额", high=10**16), note=i.text("note", "备注", ArrearsItem.note))
                     for i in w.rows("items", "欠薪明细")]
            workers.append(_CaseWorker(
                position=w.integer("position", "序号", high=100_000), role=w.choice("role", "身份", WorkerRole),
                is_representative=w.flag("is_representative", "代表"), job=w.text("job", "工种", CaseWorker.job),
                employed_from=w.day("employed_from", "入职日期", optional=True),
                employed_to=w.day("employed_to", "离职日期", optional=True),
                person=_Person(name=name, id_number=idn, phone=person.text("phone", "联系电话", Worker.phone),
                               hukou_place=person.text("hukou_place", "户籍地", Worker.hukou_place),
                               is_migrant_worker=person.flag("is_migrant_worker", "是否农民工"),
                               bank_card=person.text("bank_card", "银行卡号", Worker.bank_card)),
                items=items))
        if not workers:
            raise _Bad("劳动者")
        positions = {w.position for w in workers}
        if len(positions) != len(workers):
            raise _Bad("劳动者的序号")

        events = []
        for e in top.rows("events", "办理记录"):
            payload = e.raw("payload", "内容")
            if not isinstance(payload, dict):
                raise _Bad(e._at("内容"))
            events.append(_Event(kind=e.text("kind", "事项", CaseEvent.kind), occurred_at=e.moment("occurred_at", "时间"),
                                 event_date=e.day("event_date", "日期"), actor=e.text("actor", "办理人", optional=True),
                                 summary=e.text("summary", "摘要", CaseEvent.summary, multiline=True), payload=payload))
        payments = []
        for p in top.rows("payments", "支付记录"):
            pos = p.integer("worker_position", "劳动者", high=100_000)
            if pos not in positions:
                raise _Bad(p._at("劳动者"))
            payments.append(_Payment(worker_position=pos, paid_on=p.day("paid_on", "支付日期"),
                                     amount_fen=p.integer("amount_fen", "金额", high=10**16),
                                     payer=p.text("payer", "支付方", Payment.payer), method=p.text("method", "方式", Payment.method),
                                     note=p.text("note", "备注", multiline=True), recorded_at=p.moment("recorded_at", "登记时间")))

        def signed_file(d: _Doc, member_key: str = "path") -> tuple[str, str, int]:
            member = d.text(member_key, "文件")
            sha = d.raw("sha256", "校验值")
            if files.get(member) != sha or not _hex(sha):
                raise _Bad(d._at("校验值"))
            return member, sha, d.integer("size", "大小", high=2**50)

        description_max = Attachment.description.property.columns[0].type.length
        attachments = []
        for a in top.rows("attachments", "证据材料"):
            member, sha, size = signed_file(a)
            filename = a.text("filename", "文件名", Attachment.filename) or "证据材料"
            attachments.append(_File(member, sha, size, filename, a.text("description", "说明", Attachment.description),
                                     a.moment("added_at", "添加时间")))
        documents = []
        document_rows = top.rows("documents", "文书")
        for d in document_rows:
            title = d.text("title", "名称") or d.text("form_id", "文书编号")
            number = d.text("number", "文号")
            recipient = d.text("recipient", "受送达人", optional=True)
            voided = d.text("status", "状态") == "voided"
            issued_at = d.moment("issued_at", "签发时间")
            for f in d.rows("files", "文件"):
                member, sha, size = signed_file(f)
                fmt = f.choice("format", "格式", _Formats)
                name = "-".join(x for x in (number, title, recipient) if x)
                description = f"原办案机关签发的文书：{title}（{number}）" + ("，已作废" if voided else "")
                documents.append(_File(member, sha, size, f"{_safe(name)}.{fmt}"[-200:],
                                       description[:description_max], issued_at))
        exported_by = top.child("exported_by", "导出人")
        return _Manifest(
            format_version=top.integer("format_version", "格式版本"), app_version=top.text("app_version", "程序版本"),
            office=office, exported_at=top.moment("exported_at", "导出时间"),
            exported_by=exported_by.text("display_name", "导出人"), case=case, employer=employer, project=project,
            workers=workers, events=events, payments=payments, attachments=attachments, documents=documents,
            document_count=len(document_rows))

    # ---- import: plan ---------------------------------------------------------------------------

    def _plan(self, s, m: _Manifest, fingerprint: str) -> _Plan:
        plan = _Plan()
        plan.lines.append(PlanLine("案件", f"{CaseType(m.case['case_type']).label}（原案号 {m.case['case_number']}）",
                                   "新建，按本机的案号规则编号"))

        def employer(p: _Party, who: str) -> None:
            if p.key in plan.employers:
                return
            local = (repo.employer_by_credit_code(s, p.credit_code) if p.credit_code
                     else repo.employer_by_name_without_code(s, p.name, None))
            plan.employers[p.key] = local
            if local is None:
                plan.lines.append(PlanLine(who, p.name, "新建"))
                return
            how = "按统一社会信用代码关联本地已有记录" if p.credit_code else "按名称关联本地已有记录（无统一社会信用代码）"
            plan.lines.append(PlanLine(who, local.name, how))
            for attr, label in _EMPLOYER_FIELDS:
                theirs, ours = getattr(p, attr) or "", getattr(local, attr) or ""
                if theirs and theirs != ours:
                    plan.conflicts.append(f"{who}{label}不同：本地“{ours or '（未填写）'}”，导入“{theirs}”")

        employer(m.employer, "用人单位")
        if m.project is not None:
            plan.lines.append(PlanLine("工程项目", m.project.name or "（未命名）",
                                       f"新建，承包链条{len(m.project.chain)}级"))
            for link in m.project.chain:
                if link.employer is not None and link.role != ContractorRole.CREW_LEADER:
                    employer(link.employer, _ROLE_WORDS[link.role])
        for n, w in enumerate(sorted(m.workers, key=lambda w: w.position), start=1):
            p = w.person
            local = repo.worker_by_id_number(s, p.id_number)
            plan.workers[p.id_number] = local
            masked = mask_id_number(p.id_number)
            if local is None:
                plan.lines.append(PlanLine(f"第{n}名劳动者", f"{p.name}（{masked}）", "新建"))
                continue
            plan.lines.append(PlanLine(f"第{n}名劳动者", f"{local.name}（{masked}）", "按身份证号码关联本地已有记录"))
            who = f"第{n}名劳动者（身份证号码 {masked}）"
            for attr, label in _WORKER_FIELDS:
                theirs, ours = getattr(p, attr) or "", getattr(local, attr) or ""
                if theirs and theirs != ours:
                    plan.conflicts.append(f"{who}{label}不同：本地“{ours or '（未填写）'}”，导入“{theirs}”")
            if p.is_migrant_worker != bool(local.is_migrant_worker):
                yes = {True: "是", False: "否"}
                plan.conflicts.append(f"{who}是否农民工不同：本地“{yes[bool(local.is_migrant_worker)]}”，"
                                      f"导入“{yes[p.is_migrant_worker]}”")
        if m.attachments:
            plan.lines.append(PlanLine("证据材料", f"{len(m.attachments)}件", "复制到本机"))
        if m.documents:
            plan.lines.append(PlanLine("文书", f"{m.document_count}份（{len(m.documents)}个文件）",
                                       "作为收到的证据材料保存，不重新编号"))
        if m.events:
            plan.lines.append(PlanLine("办理记录", f"{len(m.events)}条", "照录，并记下来源"))
        if m.payments:
            plan.lines.append(PlanLine("支付记录", f"{len(m.payments)}笔", "照录"))

        codes = {c for c in [m.case["county_code"], m.employer.county_code,
                             m.project.county_code if m.project else ""] if c}
        unknown = codes - repo.known_region_codes(s, [c for c in codes if c.isascii() and c.isdigit()])
        for code in sorted(unknown):
            plan.notes.append(f"行政区划代码“{code}”不在本机的区划表中，将照原样保存，界面上显示为代码。")
        for number, at in exchange_queries.earlier_imports(s, EventKind.CASE_IMPORTED.value, _origin_fragment(
                fingerprint, m.case["case_number"])):
            plan.notes.append(f"本机已于{to_local(at):%Y年%m月%d日}导入过同一案件，当时登记为{number}；"
                              "再次导入将另建一件案件。")
        plan.notes.append("导入后的案件尚未指定承办人，请在案件中指定。")
        return plan

    # ---- import: preview and import -------------------------------------------------------------

    @requires(Permission.REGISTER_CASE)
    def preview_import(self, path: str | Path, report: Report | None = None) -> ImportPreview:
        """What importing ``path`` would create and link, and the differences; writes nothing."""
        with package.PackageReader(Path(path)) as reader:
            checked = self._check(path, report, reader)
        m = checked.manifest
        with self.ctx.uow.read() as uow:
            plan = self._plan(uow.session, m, checked.fingerprint)
        total = sum(i.amount_fen for w in m.workers for i in w.items)
        return ImportPreview(
            package_id=checked.package_id, path=str(path), origin_office=m.office_name,
            signer_office=checked.signer_office,
            signer_fingerprint=exchange_keys.display_fingerprint(checked.fingerprint),
            exported_at=to_local(m.exported_at), exported_by=m.exported_by, app_version=m.app_version,
            case_number=m.case["case_number"], case_type_label=CaseType(m.case["case_type"]).label,
            status_label=CaseStatus(m.case["status"]).label, worker_count=len(m.workers),
            claimed_text=format_yuan(total), attachments=len(m.attachments), documents=m.document_count,
            events=len(m.events), payments=len(m.payments), lines=tuple(plan.lines),
            conflicts=tuple(plan.conflicts), notes=tuple(plan.notes))

    @requires(Permission.REGISTER_CASE)
    def import_package(self, path: str | Path, expected_package_id: str | None = None,
                       report: Report | None = None) -> Imported:
        """Imports the package in one transaction. ``expected_package_id``: the preview's, so the
        case confirmed is the case imported (RuleError if the file changed in between)."""
        rules, calendar, today = deadlines.clock_inputs(self.ctx)
        now = self.ctx.clock()
        with package.PackageReader(Path(path)) as reader:
            checked = self._check(path, report, reader)
            if expected_package_id is not None and checked.package_id != expected_package_id:
                raise RuleError("exchange.package_changed")
            staging = package.FileStaging(self.ctx.attachments_dir)
            try:
                with self.ctx.uow.write() as uow:
                    s = uow.session
                    plan = self._plan(s, checked.manifest, checked.fingerprint)
                    case = self._write(s, checked, plan, reader, staging, now, today)
                    s.flush()
                    deadlines.recompute_case(s, case.id, rules, calendar, today)
                    uow.commit()
            except BaseException:
                staging.discard()
                raise
            staging.publish()
        return Imported(case_id=case.id, case_number=case.case_number,
                        origin_case_number=checked.manifest.case["case_number"],
                        conflicts=tuple(plan.conflicts),
                        changes=Changes(case_ids=(case.id,), employers=True, workers=True))

    def _write(self, s, checked: _Checked, plan: _Plan, reader: package.PackageReader,
               staging: package.FileStaging, now: datetime, today: date) -> Case:
        m = checked.manifest
        user_id = self.ctx.user_id
        created: dict[str, list[int]] = {"employers": [], "workers": []}

        def employer(p: _Party) -> Employer:
            local = plan.employers.get(p.key)
            if local is None:
                local = Employer(name=p.name, credit_code=p.credit_code, legal_representative=p.legal_representative,
                                 legal_representative_id_number=p.legal_representative_id_number or None,
                                 address=p.address, phone=p.phone, county_code=p.county_code or None,
                                 name_initials=initials(p.name), created_at=now)
                s.add(local)
                s.flush()
                plan.employers[p.key] = local
                created["employers"].append(local.id)
            return local

        main = employer(m.employer)
        project = None
        if m.project is not None:
            project = Project(name=m.project.name, address=m.project.address,
                              county_code=m.project.county_code or None, name_initials=initials(m.project.name),
                              created_at=now)
            s.add(project)
            s.flush()
            by_position: dict[int, ContractorLink] = {}
            for link in sorted(m.project.chain, key=lambda k: k.position):
                row = ContractorLink(project_id=project.id, position=link.position, role=link.role,
                                     person_name=link.person_name, person_id_number=link.person_id_number,
                                     person_phone=link.person_phone)
                if link.employer is not None and link.role != ContractorRole.CREW_LEADER:
                    row.employer_id = employer(link.employer).id
                parent = by_position.get(link.parent_position) if link.parent_position is not None else None
                row.parent_id = parent.id if parent is not None else None
                project.links.append(row)
                s.flush()
                by_position[link.position] = row

        people: list[tuple[Worker, _CaseWorker]] = []
        for w in sorted(m.workers, key=lambda w: w.position):
            local = plan.workers.get(w.person.id_number)
            if local is None:
                idn = IdNumber.parse(w.person.id_number)
                p = w.person
                local = Worker(name=p.name, id_number=idn.value, sex=idn.sex.value, birth_date=idn.birth_date,
                               phone=p.phone, hukou_place=p.hukou_place, is_migrant_worker=p.is_migrant_worker,
                               bank_card=p.bank_card, name_initials=initials(p.name), created_at=now)
                s.add(local)
                s.flush()
                plan.workers[p.id_number] = local
                created["workers"].append(local.id)
            people.append((local, w))

        c = m.case
        number = numbering.next_case_number(s, c["case_type"], today.year)
        case = Case(
            case_number=number, case_type=c["case_type"], status=c["status"], is_collective=c["is_collective"],
            channel=c["channel"], received_at=c["received_at"], received_date=c["received_date"], officer_id=None,
            employer_id=main.id, project_id=project.id if project else None, industry=c["industry"],
            county_code=c["county_code"] or None, facts=c["facts"], claims=c["claims"],
            worker_count=len(people), lead_worker_name=people[0][0].name, employer_name=main.name,
            created_at=now, updated_at=now, closed_at=c["closed_at"], procedure=c["procedure"] or "general",
            green_channel=c["green_channel"])
        total = 0
        case_workers: dict[int, CaseWorker] = {}
        for pos, (worker, w) in enumerate(people):
            cw = CaseWorker(worker_id=worker.id, position=pos, role=w.role, is_representative=w.is_representative,
                            job=w.job, employed_from=w.employed_from, employed_to=w.employed_to, claimed_fen=0)
            for i in w.items:
                cw.items.append(ArrearsItem(kind=i.kind, period_from=i.period_from, period_to=i.period_to,
                                            amount_fen=i.amount_fen, note=i.note))
                cw.claimed_fen += i.amount_fen
            total += cw.claimed_fen
            case.workers.append(cw)
            case_workers[w.position] = cw
        case.claimed_fen = total
        case.search_text = case_search_text(
            case_number=number, employer_name=main.name, credit_code=main.credit_code or "",
            project_name=project.name if project else "",
            workers=[(wk.name, wk.id_number or "") for wk, _ in people])
        s.add(case)
        s.flush()

        for e in m.events:
            payload = {k: v for k, v in e.payload.items()
                       if not (k.endswith("_id") or k.endswith("_ids") or k in _FOREIGN_KEYS)}
            if e.actor:
                payload["imported_actor"] = e.actor
            s.add(CaseEvent(case_id=case.id, kind=e.kind, occurred_at=e.occurred_at, event_date=e.event_date,
                            actor_id=None, summary=e.summary, payload=audit.canonical_json(payload)))
        for p in m.payments:
            s.add(Payment(case_id=case.id, case_worker_id=case_workers[p.worker_position].id, paid_on=p.paid_on,
                          amount_fen=p.amount_fen, payer=p.payer, method=p.method, note=p.note,
                          recorded_at=p.recorded_at, recorded_by=None))
        for f in [*m.attachments, *m.documents]:
            staging.add(reader, f.member, f.sha256, attachment_path(self.ctx.attachments_dir, f.sha256))
            s.add(Attachment(case_id=case.id, filename=f.filename, sha256=f.sha256, size=f.size,
                             description=f.description, added_at=f.added_at, added_by=None))

        origin = {
            "origin_office": m.office_name, "origin_case_number": c["case_number"],
            "origin_key": _origin_key(checked.fingerprint, c["case_number"]), "signer": checked.signer_office,
            "signer_fingerprint": checked.fingerprint, "package_id": checked.package_id,
            "exported_at": m.exported_at.isoformat(), "exported_by": m.exported_by,
        }
        summary = (f"由{m.office_name}移交（原案号 {c['case_number']}），导入案件包：劳动者{len(people)}人，"
                   f"证据材料{len(m.attachments)}件，文书{m.document_count}份")
        s.add(CaseEvent(case_id=case.id, kind=EventKind.CASE_IMPORTED.value, occurred_at=now, event_date=today,
                        actor_id=user_id, summary=summary[:500], payload=audit.canonical_json(origin)))
        s.flush()
        audit.record(s, user_id, "case.import", "case", case.id, case.id, None, {
            **origin, "case_number": number, "employer_id": main.id,
            "project_id": project.id if project else None, "worker_ids": [w.id for w, _ in people],
            "employers_created": created["employers"], "workers_created": created["workers"],
            "attachments": [f.sha256 for f in m.attachments], "documents": [f.sha256 for f in m.documents],
            "conflicts": plan.conflicts, "claimed_fen": total,
        }, now)
        return case


# ---- helpers ---------------------------------------------------------------------------------------

class _Formats:
    _value2member_map_ = {"pdf": "pdf", "docx": "docx"}


def _safe(text: str) -> str:
    from .documents import safe_filename

    return safe_filename(text)


def _origin_key(fingerprint: str, case_number: str) -> str:
    return f"{fingerprint}:{case_number}"


def _origin_fragment(fingerprint: str, case_number: str) -> str:
    """The origin key as the import event's payload (canonical JSON) writes it."""
    return '"origin_key":' + json.dumps(_origin_key(fingerprint, case_number), ensure_ascii=False)


def package_id_of(signature_bytes: bytes) -> str:
    """A package's identity: the hash of its signature file, which covers the manifest and every
    file (two exports of one case differ: each has its own time)."""
    return package.sha256_bytes(signature_bytes)

