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

from .. import __version__
from ..domain.case import (
    CaseStatus,
    CaseType,
    ContractorRole,
    EventKind,
)
from ..domain.errors import RuleError
from ..domain.identifiers import IdNumber
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
from .context import ServiceContext, to_local
from .document_files import stored_path as document_path
from .exchange_manifest import (
    FORMAT,
    FORMAT_VERSION,
    Manifest,
    ManifestInvalid,
    PackedWorker,
    Party,
    is_hex,
    parse_manifest,
)
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


@dataclass
class _Checked:
    manifest: Manifest
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
            if isinstance(doc, dict) and is_hex(fp):
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
            manifest = parse_manifest(manifest_bytes, files)
        except ManifestInvalid as bad:
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


    def _plan(self, s, m: Manifest, fingerprint: str) -> _Plan:
        plan = _Plan()
        plan.lines.append(PlanLine("案件", f"{CaseType(m.case['case_type']).label}（原案号 {m.case['case_number']}）",
                                   "新建，按本机的案号规则编号"))

        def employer(p: Party, who: str) -> None:
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

        def employer(p: Party) -> Employer:
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

        people: list[tuple[Worker, PackedWorker]] = []
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

def _origin_key(fingerprint: str, case_number: str) -> str:
    return f"{fingerprint}:{case_number}"


def _origin_fragment(fingerprint: str, case_number: str) -> str:
    """The origin key as the import event's payload (canonical JSON) writes it."""
    return '"origin_key":' + json.dumps(_origin_key(fingerprint, case_number), ensure_ascii=False)


def package_id_of(signature_bytes: bytes) -> str:
    """A package's identity: the hash of its signature file, which covers the manifest and every
    file (two exports of one case differ: each has its own time)."""
    return package.sha256_bytes(signature_bytes)

