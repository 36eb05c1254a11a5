"""文书: render, number, issue, re-print, void and serve the official documents of a case.

Issuing is one transaction: the 文号, the rendered files, the register row, the timeline entry
and the audit entry commit together or not at all (document_files.Staging keeps the files
invisible until the commit). The renderers are imported on first use: ReportLab and docxtpl
cost a few hundred milliseconds that the first painted window must not pay.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from .. import paths
from ..documents.catalogue import (
    NUMBERING_AWARD,
    NUMBERING_OWN,
    NUMBERING_SERVED,
    FormSpec,
    load_catalogue,
)
from ..documents.context import clean_inputs, recipients
from ..documents.context_blacklist import subject_recipients
from ..documents.context_legal_aid import applicant_recipients
from ..documents.facts import CaseFacts, masked
from ..domain.case import EVENT_ANCHORS, CaseType, EventKind, ProceduralEvent, Role
from ..domain.dates import format_date
from ..domain.errors import FieldError, RuleError, ValidationFailed
from ..domain.permissions import Permission
from ..storage import deadline_queries as dq
from ..storage import document_store as store
from ..storage import numbering
from ..storage.models import CaseEvent, IssuedDocument, ServiceRecord, TemplateVersion, User
from . import audit
from .case_facts import load_case_facts
from .context import ServiceContext, to_local
from .deadlines import DeadlineService, clock_inputs, recompute_case, today_local
from .document_files import Staging, read_verified, sha256, stored_path
from .dto import (
    Changes,
    FormChoice,
    IssuedDocumentView,
    ReferenceColumn,
    RenderedFile,
    ServiceInput,
    ServiceView,
    TemplateVersionView,
)
from .permissions import holds, requires

SERVICE_METHODS: tuple[tuple[str, str], ...] = (
    ("direct", "直接送达"),
    ("post", "邮寄送达"),
    ("leave", "留置送达"),
    ("notice", "公告送达"),
    ("electronic", "电子送达"),
)
_METHOD_LABELS = dict(SERVICE_METHODS)
STATUS_ISSUED = "issued"
STATUS_VOIDED = "voided"
STATUS_LABELS = {STATUS_ISSUED: "已签发", STATUS_VOIDED: "已作废"}
DRAFT_MARK = "草稿"
DRAFT_BLANK = "（待填写）"
PER_LABELS = {"worker": "劳动者", "respondent": "被投诉人或被申请人", "case": "当事人", "recipient": "受送达人",
              "subject": "失信名单当事人", "applicant": "法律援助申请人"}
COPY_MARK = "副本"
FORMATS = ("pdf", "docx")
FONT_SETTING_PREFIX = "font."  # font.fangsong = a TrueType file the administrator chose
SHIPPED_NOTE = "随程序提供的模板"
TEXT_MAX = 2000
_PROCEDURAL = frozenset(m.value for m in ProceduralEvent)
_UNSAFE_FILENAME = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def safe_filename(text: str) -> str:
    return _UNSAFE_FILENAME.sub("_", text).strip(" .") or "文书"


class DocumentService:
    def __init__(self, ctx: ServiceContext, forms_dir: Path | None = None) -> None:
        self.ctx = ctx
        self._forms_dir = forms_dir
        self._catalogue: dict[str, FormSpec] | None = None

    # ---- where things are ----------------------------------------------------------------

    @property
    def forms_dir(self) -> Path:
        return self._forms_dir or paths.forms_dir()

    @property
    def documents_dir(self) -> Path:
        return self.ctx.data_dir / "documents"

    @property
    def templates_dir(self) -> Path:
        return self.ctx.data_dir / "templates"

    def catalogue(self) -> dict[str, FormSpec]:
        if self._catalogue is None:
            self._catalogue = load_catalogue(self.forms_dir)
        return self._catalogue

    def form(self, form_id: str) -> FormSpec:
        spec = self.catalogue().get(form_id)
        if spec is None:
            raise RuleError("form.unknown", form_id=form_id)
        return spec

    # ---- choosing and previewing ---------------------------------------------------------

    def forms_for_case(self, case_id: int) -> list[FormChoice]:
        with self.ctx.uow.read() as uow:
            header = dq.case_header(uow.session, case_id)
            if header is None:
                raise RuleError("case.not_found", case_id=case_id)
        return [FormChoice(
            form_id=f.id, title=f.title, family=f.family, per=f.per,
            inputs=tuple(ReferenceColumn(key=i.key, label=i.label, kind=i.kind, choices=i.choices,
                                         required=i.required, hint=i.hint) for i in f.inputs))
            for f in self.catalogue().values() if header.case_type in f.case_types]

    def service_methods(self) -> list[tuple[str, str]]:
        return list(SERVICE_METHODS)

    def preview(self, case_id: int, form_id: str, fmt: str = "pdf",
                inputs: dict[str, str] | None = None, recipient_index: int | None = None) -> RenderedFile:
        """A draft: same layout, number shown as （草稿）, nothing stored."""
        spec = self.form(form_id)
        _check_format(fmt)
        rules, calendar, today = clock_inputs(self.ctx)
        inputs = self._recorded_inputs(case_id, spec, inputs)
        clean = clean_inputs(spec, self._draft_inputs(spec, inputs, today))
        with self.ctx.uow.read() as uow:
            s = uow.session
            facts = load_case_facts(s, case_id, rules=rules, calendar=calendar, today=today, extra=clean)
            _check_case_type(spec, facts)
            if not holds(s, self.ctx.user_id, Permission.VIEW_PERSONAL):
                facts = masked(facts)  # a draft printed by the 科室负责人 is a printout too
            # "" prints as （草稿）: a draft never shows a number it has not been given
            number = "" if spec.numbering == NUMBERING_OWN else self._carried_number(spec, facts, clean)
            template = self._template_path(s, spec)
            fonts = self._fonts(s)
        index, recipient = self._recipients(spec, facts, recipient_index)[0]
        docx = self._render_docx(spec, template, facts, number, today, index, clean)
        name = number or DRAFT_MARK
        if fmt == "docx":
            return RenderedFile(self._filename(spec, name, recipient, "docx"), docx)
        pdf = self._to_pdf(docx, fonts, draft_mark=DRAFT_MARK)
        return RenderedFile(self._filename(spec, name, recipient, "pdf"), pdf.data, tuple(pdf.warnings))

    # ---- issuing -------------------------------------------------------------------------

    @requires(Permission.ISSUE_DOCUMENT)
    def issue(self, case_id: int, form_id: str, inputs: dict[str, str] | None = None,
              recipient_index: int | None = None) -> tuple[list[IssuedDocumentView], Changes]:
        """Number and store the document (one per worker/respondent when the form says so;
        ``recipient_index`` issues it to that one only)."""
        spec = self.form(form_id)
        clean = clean_inputs(spec, self._recorded_inputs(case_id, spec, inputs))
        rules, calendar, today = clock_inputs(self.ctx)
        staging = Staging(self.documents_dir)
        try:
            with self.ctx.uow.write() as uow:
                s = uow.session
                actor = self._actor(s)
                facts = load_case_facts(s, case_id, rules=rules, calendar=calendar, today=today,
                                        extra=clean)
                _check_case_type(spec, facts)
                _check_required_steps(spec, dq.event_facts(s, [case_id]))
                recipients = self._recipients(spec, facts, recipient_index)
                template = self._template_path(s, spec)
                fonts = self._fonts(s)
                now = self.ctx.clock()
                docs: list[IssuedDocument] = []
                for index, recipient in recipients:
                    if spec.numbering == NUMBERING_OWN:
                        number, seq = numbering.next_document_number(s, spec.family, today.year)
                    else:
                        number, seq = self._carried_number(spec, facts, clean), None
                    docx = self._render_docx(spec, template, facts, number, today, index, clean)
                    pdf = self._to_pdf(docx, fonts)
                    doc = IssuedDocument(
                        case_id=case_id, form_id=spec.id, family=spec.family, number=number,
                        number_year=today.year, number_seq=seq, recipient=recipient,
                        recipient_index=index, inputs=audit.canonical_json(clean), status=STATUS_ISSUED,
                        void_reason="", issued_at=now, issued_by=actor.id,
                        pdf_sha256=staging.add(pdf.data, "pdf"), docx_sha256=staging.add(docx, "docx"),
                        copies_printed=0)
                    s.add(doc)
                    docs.append(doc)
                s.flush()
                for doc in docs:
                    audit.record(s, actor.id, "document.issue", "issued_document", doc.id, case_id, None,
                                 _snapshot(doc), now)
                s.add(CaseEvent(
                    case_id=case_id, kind=EventKind.DOCUMENT_ISSUED.value, occurred_at=now, event_date=today,
                    actor_id=actor.id, summary=_issued_summary(spec, docs),
                    payload=audit.canonical_json({"form_id": spec.id,
                                                  "document_ids": [d.id for d in docs]})))
                s.flush()
                if self._record_issue_events(s, spec, facts, docs[0].number, today, now, actor.id):
                    recompute_case(s, case_id, rules, calendar, today)
                views = [self._view(d, actor.display_name, ()) for d in docs]
                uow.commit()
        except BaseException:
            staging.discard()
            raise
        staging.publish()
        return views, Changes(case_ids=(case_id,))

    def _recorded_inputs(self, case_id: int, spec: FormSpec,
                         inputs: Mapping[str, str] | None) -> dict[str, str]:
        """Inputs the case already knows, where the officer left them blank: the payment date
        of a 限期改正指令书 is the one recorded with the order (办理 → 下达限期改正指令书), so
        the document and the deadlines it starts can never disagree."""
        out = dict(inputs or {})
        wanted = {i.key for i in spec.inputs} - {k for k, v in out.items() if str(v).strip()}
        if not wanted:
            return out
        with self.ctx.uow.read() as uow:
            rows = dq.event_facts(uow.session, [case_id])
        for kind, anchor in EVENT_ANCHORS.items():
            key, _label = anchor
            if key not in wanted:
                continue
            recorded = [r for r in rows if r.kind == kind]
            if recorded:
                last = max(recorded, key=lambda r: (r.event_date, r.id))
                value = json.loads(last.payload or "{}").get(key, "")
                if value:
                    out[key] = value
        return out

    def _record_issue_events(self, s, spec: FormSpec, facts: CaseFacts, number: str, today: date,
                             now, actor_id: int) -> bool:
        """The steps the issuing is (受理 for a 受理通知书...), unless the officer recorded them."""
        recorded = {row.kind for row in dq.event_facts(s, [facts.case_id])}
        allowed = self._steps(facts.case_type)
        added = False
        for kind in spec.issue_events:
            if kind in recorded or kind not in allowed:
                continue
            s.add(CaseEvent(case_id=facts.case_id, kind=kind, occurred_at=now, event_date=today,
                            actor_id=actor_id, summary=f"制发《{spec.title}》{number}",
                            payload=audit.canonical_json({"form_id": spec.id})))
            added = True
        if added:
            s.flush()
        return added

    # ---- the register --------------------------------------------------------------------

    def documents(self, case_id: int) -> list[IssuedDocumentView]:
        with self.ctx.uow.read() as uow:
            s = uow.session
            if dq.case_header(s, case_id) is None:
                raise RuleError("case.not_found", case_id=case_id)
            rows = store.case_documents(s, case_id)
            services: dict[int, list[ServiceRecord]] = {}
            for rec in store.services_of(s, [d.id for d, _ in rows]):
                services.setdefault(rec.document_id, []).append(rec)
            return [self._view(d, name or "", services.get(d.id, ())) for d, name in rows]

    def document(self, document_id: int) -> IssuedDocumentView:
        with self.ctx.uow.read() as uow:
            s = uow.session
            doc = self._document(s, document_id)
            return self._view(doc, store.issuer_name(s, doc.issued_by), store.services_of(s, [doc.id]))

    @requires(Permission.ISSUE_DOCUMENT)
    def file(self, document_id: int, fmt: str = "pdf", copy: bool = False) -> RenderedFile:
        """The stored document as issued; ``copy=True`` is a re-print: the PDF rendered again
        from the stored DOCX (so the content is the same) and marked 副本, and counted."""
        _check_format(fmt)
        with self.ctx.uow.read() as uow:
            s = uow.session
            doc = self._document(s, document_id)
            fonts = self._fonts(s) if copy and fmt == "pdf" else None
            s.expunge(doc)  # a plain record from here on: the unit of work ends below
        title = self._title(doc.form_id)
        if copy and doc.status == STATUS_VOIDED:
            raise RuleError("document.voided", number=doc.number)
        if fmt == "pdf" and not copy:
            data = self._stored(doc, doc.pdf_sha256, "pdf")
        else:
            data = self._stored(doc, doc.docx_sha256, "docx")
        warnings: tuple[str, ...] = ()
        if copy:
            if fmt == "pdf":
                pdf = self._to_pdf(data, fonts, copy_mark=COPY_MARK)
                data, warnings = pdf.data, tuple(pdf.warnings)
            with self.ctx.uow.write() as uow:
                s = uow.session
                count = store.count_copies(s, document_id)
                audit.record(s, self.ctx.user_id, "document.reprint", "issued_document", document_id,
                             doc.case_id, None, {"copies_printed": count, "format": fmt}, self.ctx.clock())
                uow.commit()
        name = f"{doc.number}-{title}" + (f"-{doc.recipient}" if doc.recipient else "")
        if copy:
            name += f"（{COPY_MARK}）"
        return RenderedFile(f"{safe_filename(name)}.{fmt}", data, warnings)

    @requires(Permission.ISSUE_DOCUMENT)
    def record_print(self, document_id: int, copies: int = 1, pages: int = 0, copy: bool = False) -> None:
        """The document went to a printer (the preview's 打印, a batch): which one, how many copies.
        Called after the printer took it, so a cancelled print dialog leaves no entry."""
        details: dict = {"copies": max(int(copies), 1), "pages": int(pages)}
        if copy:
            details["copy"] = True  # a re-print marked 副本 (its making is document.reprint)
        self._record_output(document_id, "document.print", details)

    @requires(Permission.ISSUE_DOCUMENT)
    def record_saved(self, document_id: int, fmt: str, filename: str, opened: bool = False) -> None:
        """The stored file left the system: saved where the user chose (另存为), or written to the
        temp folder and handed to Word or a PDF reader (打开), which can print or forward it."""
        action = "document.open" if opened else "document.save"
        self._record_output(document_id, action, {"format": fmt, "filename": filename})

    def record_draft_print(self, case_id: int, form_id: str, copies: int = 1, pages: int = 0) -> None:
        """A draft (预览, no number) went to a printer: on paper it carries the case's people as
        the document would. Anyone who may preview may print it; each print is recorded."""
        spec = self.form(form_id)
        self._record_output(None, "document.print_draft", {
            "form_id": form_id, "title": spec.title, "copies": max(int(copies), 1), "pages": int(pages)},
            case_id=case_id)

    def _record_output(self, document_id: int | None, action: str, details: dict, case_id: int | None = None) -> None:
        from ..storage.case_versions import CaseChanged

        for attempt in (1, 2):
            try:
                with self.ctx.uow.write() as uow:
                    s = uow.session
                    if document_id is None:  # a draft: the case is what was printed
                        audit.record(s, self.ctx.user_id, action, "case", case_id, case_id, None, details,
                                     self.ctx.clock())
                    else:
                        doc = self._document(s, document_id)
                        audit.record(s, self.ctx.user_id, action, "issued_document", doc.id, doc.case_id, None,
                                     {"number": doc.number, "form_id": doc.form_id,
                                      "title": self._title(doc.form_id), "recipient": doc.recipient, **details},
                                     self.ctx.clock())
                    uow.commit()
                return
            except CaseChanged:
                # the paper is printed whatever another workstation did to the case meanwhile:
                # recorded against the case as it now is (the failed try re-read its version)
                if attempt == 2:
                    raise

    @requires(Permission.VOID_DOCUMENT)
    def void(self, document_id: int, reason: str) -> Changes:
        reason = (reason or "").strip()
        if not reason:
            raise ValidationFailed([FieldError("reason", "required")])
        if len(reason) > TEXT_MAX:
            raise ValidationFailed([FieldError("reason", "service.text_too_long",
                                               {"max": TEXT_MAX, "length": len(reason)})])
        with self.ctx.uow.write() as uow:
            s = uow.session
            actor = self._actor(s)
            doc = self._document(s, document_id)
            if doc.status == STATUS_VOIDED:
                raise RuleError("document.already_voided", number=doc.number)
            before = _snapshot(doc)
            now = self.ctx.clock()
            doc.status = STATUS_VOIDED
            doc.void_reason = reason
            doc.voided_at = now
            doc.voided_by = actor.id
            s.add(CaseEvent(
                case_id=doc.case_id, kind=EventKind.DOCUMENT_VOIDED.value, occurred_at=now,
                event_date=today_local(self.ctx), actor_id=actor.id,
                summary=f"作废《{self._title(doc.form_id)}》{doc.number}：{reason}"[:500],
                payload=audit.canonical_json({"document_id": doc.id})))
            s.flush()
            audit.record(s, actor.id, "document.void", "issued_document", doc.id, doc.case_id, before,
                         _snapshot(doc), now)
            case_id = doc.case_id
            uow.commit()
        return Changes(case_ids=(case_id,))

    @requires(Permission.ISSUE_DOCUMENT)
    def record_service(self, document_id: int, data: ServiceInput) -> Changes:
        """Record how the document was served. A form whose service starts periods (its
        ``service_event``) adds that step to the case on the service date, in the same
        transaction, and the deadlines are recomputed."""
        rules, calendar, today = clock_inputs(self.ctx)
        with self.ctx.uow.write() as uow:
            s = uow.session
            actor = self._actor(s)
            doc = self._document(s, document_id)
            if doc.status == STATUS_VOIDED:
                raise RuleError("document.voided", number=doc.number)
            issued_on = to_local(doc.issued_at).date()
            self._check_service(data, today, issued_on)
            spec = self.catalogue().get(doc.form_id)
            title = spec.title if spec else doc.form_id
            now = self.ctx.clock()
            method_label = _METHOD_LABELS[data.method]
            recipient = data.recipient.strip()
            summary = f"《{title}》{doc.number}{method_label}{recipient}"[:500]
            header = dq.case_header(s, doc.case_id)
            step = spec.service_event if spec else ""
            # the officer may already have recorded the step (办理 → 事先告知) since the document
            # was issued: the service then only confirms it, it does not record it a second time
            already = any(r.kind == step and r.event_date >= issued_on
                          for r in dq.event_facts(s, [doc.case_id]))
            starts_periods = (step in _PROCEDURAL and step in self._steps(header.case_type)
                              and not already)
            event = CaseEvent(
                case_id=doc.case_id,
                kind=step if starts_periods else EventKind.DOCUMENT_SERVED.value,
                occurred_at=now, event_date=data.served_on, actor_id=actor.id, summary=summary,
                payload=audit.canonical_json({"document_id": str(doc.id)}))
            s.add(event)
            s.flush()
            rec = ServiceRecord(
                document_id=doc.id, method=data.method, recipient=recipient, served_on=data.served_on,
                proof=(data.proof or "").strip(), note=(data.note or "").strip(), event_id=event.id,
                recorded_at=now, recorded_by=actor.id)
            s.add(rec)
            s.flush()
            audit.record(s, actor.id, "document.serve", "document_service", rec.id, doc.case_id, None, {
                "document_id": doc.id, "method": rec.method, "recipient": rec.recipient,
                "served_on": rec.served_on.isoformat(), "proof": rec.proof, "note": rec.note,
                "event_kind": event.kind}, now)
            if starts_periods:
                recompute_case(s, doc.case_id, rules, calendar, today)
            case_id = doc.case_id
            uow.commit()
        return Changes(case_ids=(case_id,))

    # ---- templates (administrator) -------------------------------------------------------

    def template_path(self, form_id: str) -> Path:
        """The template file in use for a form: the active upload, or the shipped one."""
        spec = self.form(form_id)
        with self.ctx.uow.read() as uow:
            return self._template_path(uow.session, spec)

    def template_versions(self, form_id: str) -> list[TemplateVersionView]:
        spec = self.form(form_id)
        shipped = self.forms_dir / "templates" / spec.template
        with self.ctx.uow.read() as uow:
            s = uow.session
            rows = store.template_versions(s, form_id)
            names = {r.uploaded_by: store.issuer_name(s, r.uploaded_by) for r in rows}
            uploaded = [TemplateVersionView(
                form_id=form_id, version=r.version, sha256=r.sha256, filename=r.filename,
                active=bool(r.active), uploaded_at=to_local(r.uploaded_at),
                uploaded_by=names.get(r.uploaded_by, ""), note=r.note) for r in rows]
        try:
            shipped_sha = sha256(shipped.read_bytes())
        except OSError:
            shipped_sha = ""
        return [TemplateVersionView(
            form_id=form_id, version=0, sha256=shipped_sha, filename=spec.template,
            active=not any(v.active for v in uploaded), uploaded_at=None, uploaded_by="",
            note=SHIPPED_NOTE), *uploaded]

    def replace_template(self, form_id: str, docx_bytes: bytes, note: str = "",
                         filename: str = "") -> TemplateVersionView:
        """Check the new template and, if it passes, make it the one in use (the old one is
        kept and can be restored). Raises RuleError("template.rejected") listing the problems."""
        spec = self.form(form_id)
        with self.ctx.uow.read() as uow:
            self._admin(uow.session)
        problems = self._template_problems(spec, docx_bytes)
        if problems:
            raise TemplateRejected(problems)
        staging = Staging(self.templates_dir)
        try:
            with self.ctx.uow.write() as uow:
                s = uow.session
                actor = self._admin(s)
                digest = staging.add(docx_bytes, "docx")
                now = self.ctx.clock()
                row = TemplateVersion(
                    form_id=form_id, version=store.next_template_version(s, form_id), sha256=digest,
                    filename=filename or spec.template, active=True, uploaded_at=now, uploaded_by=actor.id,
                    note=(note or "").strip())
                s.add(row)
                s.flush()
                store.activate_template(s, form_id, row.version)
                audit.record(s, actor.id, "template.replace", "template_version", row.id, None, None,
                             {"form_id": form_id, "version": row.version, "sha256": digest,
                              "note": row.note}, now)
                view = TemplateVersionView(
                    form_id=form_id, version=row.version, sha256=digest, filename=row.filename, active=True,
                    uploaded_at=to_local(now), uploaded_by=actor.display_name, note=row.note)
                uow.commit()
        except BaseException:
            staging.discard()
            raise
        staging.publish()
        return view

    def restore_template(self, form_id: str, version: int) -> Changes:
        """Use an earlier version again (0: the template shipped with the program)."""
        spec = self.form(form_id)
        with self.ctx.uow.write() as uow:
            s = uow.session
            actor = self._admin(s)
            rows = {r.version: r for r in store.template_versions(s, form_id)}
            if version != 0:
                row = rows.get(version)
                if row is None:
                    raise RuleError("template.version_unknown", title=spec.title, version=version)
                path = stored_path(self.templates_dir, row.sha256, "docx")
                if not path.exists():
                    raise RuleError("template.file_missing", version=version, path=str(path))
            before = next((v for v, r in rows.items() if r.active), 0)
            store.activate_template(s, form_id, version)
            audit.record(s, actor.id, "template.restore", "template_version",
                         rows[version].id if version in rows else None, None,
                         {"form_id": form_id, "version": before}, {"form_id": form_id, "version": version},
                         self.ctx.clock())
            uow.commit()
        return Changes(settings=True)

    # ---- helpers -------------------------------------------------------------------------

    def _actor(self, s) -> User:
        user = s.get(User, self.ctx.user_id) if self.ctx.user_id is not None else None
        if user is None or not user.active:
            raise RuleError("document.user_required")
        return user

    def _admin(self, s) -> User:
        user = self._actor(s)
        if user.role != Role.ADMIN.value:
            raise RuleError("template.admin_only")
        return user

    def _steps(self, case_type: str) -> set[str]:
        """The procedural steps the rules library knows for this type of case."""
        return {c.kind for c in DeadlineService(self.ctx).event_choices(case_type)}

    @staticmethod
    def _document(s, document_id: int) -> IssuedDocument:
        doc = store.document(s, document_id)
        if doc is None:
            raise RuleError("document.not_found", document_id=document_id)
        return doc

    def _title(self, form_id: str) -> str:
        spec = self.catalogue().get(form_id)
        return spec.title if spec else form_id

    def _stored(self, doc: IssuedDocument, digest: str, kind: str) -> bytes:
        path = stored_path(self.documents_dir, digest, kind)
        try:
            data = read_verified(path, digest)
        except ValueError:
            raise RuleError("document.file_changed", number=doc.number) from None
        if data is None:
            raise RuleError("document.file_missing", number=doc.number, path=str(path))
        return data

    def _template_path(self, s, spec: FormSpec) -> Path:
        active = store.active_template(s, spec.id)
        if active is not None:
            path = stored_path(self.templates_dir, active.sha256, "docx")
            if path.exists():
                return path
        return self.forms_dir / "templates" / spec.template

    @staticmethod
    def _fonts(s):
        configured = {k[len(FONT_SETTING_PREFIX):]: v.strip()
                      for k, v in store.settings_with_prefix(s, FONT_SETTING_PREFIX).items() if v.strip()}
        from ..documents.fonts import resolve_fonts

        return resolve_fonts(configured or None)

    @staticmethod
    def _recipients(spec: FormSpec, facts: CaseFacts, only: int | None) -> list[tuple[int | None, str]]:
        """(worker index, name) of each copy the form is made for. The index picks the worker a
        per-worker form (or a 送达回证) is addressed to; None: the case's side as a whole, or the
        respondent."""
        if spec.per == "subject":  # each 当事人 of the listing (失信名单事先告知书)
            found: list[tuple[int | None, str]] = list(enumerate(subject_recipients(facts, spec.title)))
            if only is not None:
                if not 0 <= only < len(found):
                    raise RuleError("form.subject_invalid", index=only + 1, count=len(found))
                found = [found[only]]
            return found
        if spec.per == "applicant":  # each applicant of the legal-aid referral (法律援助申请表)
            named = applicant_recipients(facts, spec.title)
            if only is not None:
                named = [(i, n) for i, n in named if i == only]
                if not named:
                    raise RuleError("form.applicant_invalid", index=only + 1, count=len(facts.workers))
            return list(named)
        names = recipients(spec, facts)
        if spec.per == "worker":
            found = list(enumerate(names))
        else:
            found = [(None, names[0] if names else "")]
        if only is not None:
            if not 0 <= only < len(facts.workers):
                raise RuleError("form.recipient_invalid", index=only + 1, count=len(facts.workers))
            found = [(only, facts.workers[only].name)]
        if not found:
            raise RuleError("document.no_recipient", per=PER_LABELS.get(spec.per, spec.per), title=spec.title)
        return found

    @staticmethod
    def _carried_number(spec: FormSpec, facts: CaseFacts, inputs: Mapping[str, str]) -> str:
        if spec.numbering == NUMBERING_SERVED:
            return (inputs.get("served_number") or "").strip() or facts.case_number
        if spec.numbering == NUMBERING_AWARD:
            return (facts.award.number if facts.award else "") or facts.case_number
        return facts.case_number  # NUMBERING_CASE

    def _render_docx(self, spec: FormSpec, template: Path, facts: CaseFacts, number: str, issued_on: date,
                     recipient_index: int | None, inputs: dict[str, str]) -> bytes:
        from ..documents.context import build_context
        from ..documents.docx_render import render_docx

        context = build_context(spec, facts, number=number, issued_on=issued_on,
                                recipient_index=recipient_index, inputs=inputs)
        return render_docx(template, context)

    @staticmethod
    def _to_pdf(docx: bytes, fonts, *, copy_mark: str = "", draft_mark: str = ""):
        from ..documents.pdf_render import docx_to_pdf

        return docx_to_pdf(docx, fonts=fonts, copy_mark=copy_mark, draft_mark=draft_mark)

    @staticmethod
    def _filename(spec: FormSpec, number: str, recipient: str, fmt: str) -> str:
        name = f"{number}-{spec.title}" + (f"-{recipient}" if recipient else "")
        return f"{safe_filename(name)}.{fmt}"

    @staticmethod
    def _draft_inputs(spec: FormSpec, inputs: Mapping[str, str] | None, today: date) -> dict[str, str]:
        """A draft may be looked at before everything is typed: a required input left blank
        prints as （待填写） (a choice as its first value, a date as today)."""
        out = {k: v for k, v in (inputs or {}).items()}
        for item in spec.inputs:
            if item.required and not str(out.get(item.key) or "").strip():
                if item.kind == "choice" and item.choices:
                    out[item.key] = item.choices[0][0]
                elif item.kind == "date":
                    out[item.key] = today.isoformat()
                else:
                    out[item.key] = DRAFT_BLANK
        return out

    @staticmethod
    def _check_service(data: ServiceInput, today: date, issued_on: date) -> None:
        errors: list[FieldError] = []
        if not data.method:
            errors.append(FieldError("method", "required"))
        elif data.method not in _METHOD_LABELS:
            errors.append(FieldError("method", "service.method_invalid", {
                "value": data.method, "choices": "、".join(_METHOD_LABELS.values())}))
        if not (data.recipient or "").strip():
            errors.append(FieldError("recipient", "required"))
        if data.served_on is None:
            errors.append(FieldError("served_on", "required"))
        elif data.served_on > today:
            errors.append(FieldError("served_on", "service.date_future", {
                "date": format_date(data.served_on), "today": format_date(today)}))
        elif data.served_on < issued_on:
            errors.append(FieldError("served_on", "service.date_before_issue", {
                "date": format_date(data.served_on), "issued": format_date(issued_on)}))
        for name in ("recipient", "proof", "note"):
            text = getattr(data, name) or ""
            if len(text) > TEXT_MAX:
                errors.append(FieldError(name, "service.text_too_long", {"max": TEXT_MAX, "length": len(text)}))
        if errors:
            raise ValidationFailed(errors)

    @staticmethod
    def _template_problems(spec: FormSpec, docx_bytes: bytes) -> list[str]:
        """The Chinese sentences of the errors the template check finds (warnings pass)."""
        from ..documents.samples import sample_context
        from ..documents.template_check import check_template

        with tempfile.TemporaryDirectory(prefix="wagecase-template-") as folder:
            path = Path(folder) / "template.docx"
            path.write_bytes(docx_bytes)
            problems = check_template(path, spec, sample_context(spec))
        return [p.message for p in problems if p.is_error]

    def _view(self, doc: IssuedDocument, issuer: str, services) -> IssuedDocumentView:
        return IssuedDocumentView(
            id=doc.id, case_id=doc.case_id, form_id=doc.form_id, title=self._title(doc.form_id),
            number=doc.number, recipient=doc.recipient, issued_at=to_local(doc.issued_at), issued_by=issuer,
            status=doc.status, status_label=STATUS_LABELS.get(doc.status, doc.status),
            void_reason=doc.void_reason,
            services=tuple(ServiceView(
                id=r.id, method=r.method, method_label=_METHOD_LABELS.get(r.method, r.method),
                recipient=r.recipient, served_on=r.served_on, proof=r.proof, note=r.note) for r in services))


class TemplateRejected(RuleError):
    """A replacement template failed the check: ``problems`` are the Chinese sentences."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("template.rejected", count=len(problems), problems="；".join(problems))
        self.problems = problems


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise RuleError("document.format_unknown", fmt=fmt)


def _check_case_type(spec: FormSpec, facts: CaseFacts) -> None:
    if facts.case_type not in spec.case_types:
        raise RuleError("form.not_for_case_type", title=spec.title,
                        case_type=CaseType(facts.case_type).label.removesuffix("案件"))


def _check_required_steps(spec: FormSpec, events) -> None:
    """Issuing (never previewing) waits for the steps the form stands on: the approval of a
    transfer before the 移送书, the 事先告知 before a 行政处罚决定书 (行政处罚法 Art. 44)."""
    recorded = {e.kind for e in events}
    missing = [kind for kind in spec.requires if kind not in recorded]
    if missing:
        raise RuleError("document.requires_step", form=spec.title,
                        steps="、".join(ProceduralEvent(k).label for k in missing))


def _issued_summary(spec: FormSpec, docs: list[IssuedDocument]) -> str:
    if len(docs) == 1:
        d = docs[0]
        return (f"签发《{spec.title}》{d.number}" + (f"（{d.recipient}）" if d.recipient else ""))[:500]
    return f"签发《{spec.title}》{len(docs)}份：{docs[0].number}至{docs[-1].number}"[:500]


def _snapshot(doc: IssuedDocument) -> dict:
    return {"case_id": doc.case_id, "form_id": doc.form_id, "number": doc.number,
            "recipient": doc.recipient, "status": doc.status, "void_reason": doc.void_reason,
            "pdf_sha256": doc.pdf_sha256, "docx_sha256": doc.docx_sha256,
            "inputs": json.loads(doc.inputs or "{}")}
