"""The legal-aid documents (issue 8, forms.md §4; 法律援助法): the 转交函 with its 回执 and the
pre-filled 法律援助申请表 pass the template check and render to DOCX and PDF; the 函 gives the
Art. 42(3) exemption, the stage (监察 case number, or arbitration case number and hearing), the
urgency of Art. 44 and the attachments; the 申请表 is made once per applicant of the referral;
the referral and its lawyer are read from rows of a real database."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import docx
import pytest
from pypdf import PdfReader

from wagecase.documents.context import build_context
from wagecase.documents.docx_render import render_docx
from wagecase.documents.facts import ReferralFacts
from wagecase.documents.pdf_render import docx_to_pdf
from wagecase.documents.samples import sample_context, sample_inputs
from wagecase.documents.template_check import check_template
from wagecase.domain.errors import RuleError, ValidationFailed

from .intake_support import intake, migrated_services, worker  # noqa: F401  (fixture)
from .test_templates import ISSUED, OFFICE, TEMPLATES, catalogue, facts, text_of  # noqa: F401

FORMS = ["legal_aid.transfer_letter", "legal_aid.application_form"]
NUMBER = "洛人社函〔2026〕12号"
NOW = datetime(2026, 3, 10, 2, 0)


def referral(f, **kw) -> ReferralFacts:
    base = dict(id=4, status="drafted", for_representatives=False, applicants=f.workers[:1],
                centre_name="洛阳市法律援助中心", centre_address="洛阳市洛龙区", centre_phone="0379-12348",
                urgent=False, urgency="", applied_on=date(2026, 3, 4))
    base.update(kw)
    return ReferralFacts(**base)


def la_facts(case_type: str = "inspection", amounts=(1_260_000, 1_260_000), **kw):
    f = facts(case_type, amounts)
    return replace(f, referral=referral(f, **kw))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("　", "")


def _render(catalogue, form_id, f=None, inputs=None, index=None):  # noqa: F811
    form = catalogue[form_id]
    context = build_context(form, f or la_facts(), number=NUMBER, issued_on=ISSUED, recipient_index=index,
                            inputs=sample_inputs(form) if inputs is None else inputs)
    data = render_docx(TEMPLATES / form.template, context)
    return context, data, _flat(text_of(docx.Document(io.BytesIO(data))))


def _pdf_text(data: bytes) -> str:
    return _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _pdf(data: bytes):
    result = docx_to_pdf(data)
    return result, _flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages))


@pytest.mark.parametrize("form_id", FORMS)
def test_template_passes_the_check_and_renders_to_pdf(catalogue, form_id, tmp_path):  # noqa: F811
    form = catalogue[form_id]
    assert form.family == "legal_aid" and form.case_types == {"inspection", "arbitration"}
    assert check_template(TEMPLATES / form.template, form, sample_context(form)) == []
    for case_type in ("inspection", "arbitration"):
        _, data, text = _render(catalogue, form_id, la_facts(case_type, amounts=(1_260_000,)))
        assert "{{" not in text and "{%" not in text
        result, pdf = _pdf(data)
        assert form.title in pdf or "法律援助申请的函" in pdf
        assert result.pages <= 2, (form_id, case_type, result.pages)
        assert not re.search(r"[A-Za-z_]{4,}", pdf.replace("MA", "")), "no English or raw keys on the page"
        (tmp_path / f"{form_id}-{case_type}.pdf").write_bytes(result.data)


def test_transfer_letter_states_exemption_stage_attachments_and_receipt(catalogue):  # noqa: F811
    form = catalogue["legal_aid.transfer_letter"]
    assert form.numbering == "own" and form.per == "case"
    _, data, text = _render(catalogue, "legal_aid.transfer_letter")
    for words in ("洛阳市法律援助中心：", NUMBER, "关于转交", "法律援助申请的函", "第三十一条第（五）项", "第四十二条第三项",
                  "免予核查经济困难状况", "监察投诉案件", "洛人社监投字〔2026〕9号", "附件：1．法律援助申请表1份",
                  "申请人身份证明复印件", "劳动关系及欠薪证明材料", "投诉登记表复印件", "证据清单", "回执",
                  "沿此线剪开", "收到日期", "收件人", "盖章", "联系人：郭敏", "0379-63900000", "2026年3月5日",
                  "洛阳市人力资源和社会保障局"):
        assert words in text, words
    assert "第四十四条" not in text, "no urgency unless the referral is urgent"
    _, pdf = _pdf(data)
    assert "第四十二条" in pdf and "回执" in pdf and "免予核查" in pdf


def test_transfer_letter_in_arbitration_gives_case_number_hearing_and_urgency(catalogue):  # noqa: F811
    from wagecase.documents.facts import HearingFacts

    f = replace(la_facts("arbitration", urgent=True, urgency="申请人的仲裁时效将于2026年3月9日届满"),
                hearing=HearingFacts(date(2026, 3, 16), 14 * 60 + 30, 16 * 60, "第二仲裁庭", "scheduled"))
    _, _, text = _render(catalogue, "legal_aid.transfer_letter", f)
    for words in ("洛阳市劳动人事争议仲裁委员会", "本委", "洛劳人仲案字〔2026〕31号", "劳动人事争议仲裁案件",
                  "定于2026年3月16日（星期一）下午2时30分开庭审理", "仲裁时效将于2026年3月9日届满",
                  "第四十四条第一项", "先行提供法律援助", "仲裁申请书及受理通知书复印件", "2026年3月5日"):
        assert words in text, words
    assert "二〇二六" not in text, "a 函 is a 公文: Arabic dates"


def test_not_a_migrant_worker_is_not_exempt(catalogue):  # noqa: F811
    f = facts("inspection", (1_260_000,))
    f = replace(f, workers=(replace(f.workers[0], is_migrant_worker=False),))
    f = replace(f, referral=referral(f))
    _, _, letter = _render(catalogue, "legal_aid.transfer_letter", f)
    assert "免予核查" not in letter and "审查其经济困难状况" in letter
    _, _, form = _render(catalogue, "legal_aid.application_form", f)
    assert "属于进城务工人员请求支付劳动报酬" not in form and "家庭月人均收入" in form and "□是■否" in form


def test_application_form_is_pre_filled_per_applicant(catalogue):  # noqa: F811
    form = catalogue["legal_aid.application_form"]
    assert form.per == "applicant"
    f = la_facts(for_representatives=True)
    f = replace(f, referral=replace(f.referral, applicants=f.workers[:1]))
    w = f.workers[0]
    _, data, text = _render(catalogue, "legal_aid.application_form", f, index=0)
    for words in ("法律援助申请表", "洛阳市法律援助中心", w.name, w.id_number, w.phone, "■是", "■追索劳动报酬",
                  "属于进城务工人员请求支付劳动报酬，免予核查经济困难状况", "第四十二条第三项", f.employer.name,
                  "洛人社监投字〔2026〕9号", "申请人（签名或按指印）", "援申字", "劳动者代表"):
        assert words in text, words
    _, pdf = _pdf(data)
    assert "免予核查" in pdf and w.name in pdf
    with pytest.raises(RuleError) as err:
        _render(catalogue, "legal_aid.application_form", f, index=1)  # not an applicant of this referral
    assert err.value.key == "form.applicant_invalid"


@pytest.mark.parametrize("form_id", FORMS)
def test_a_case_without_a_referral_names_the_field(catalogue, form_id):  # noqa: F811
    with pytest.raises(ValidationFailed) as err:
        _render(catalogue, form_id, facts("inspection"))
    (error,) = err.value.errors
    assert error.field == "inputs.referral_id" and error.key == "form.referral_missing"


# ---- through the services, on a real database ----------------------------------------------

def add_referral(svc, case_id: int, *, worker_name: str | None = None, status: str = "drafted",
                 lawyer: tuple[str, str] = ("", ""), urgent: bool = False) -> int:
    """A referral row (and its centre) inserted directly: the referral steps are the lead's service."""
    from wagecase.storage.models import Case, LegalAidCentre, Referral

    with svc.ctx.uow.write() as uow:
        s = uow.session
        centre = s.query(LegalAidCentre).filter(LegalAidCentre.name == "郑州市法律援助中心（测试）").first()
        if centre is None:
            centre = LegalAidCentre(name="郑州市法律援助中心（测试）", kind="centre", address="郑州市金水区经三路15号",
                                    phone="0371-12348", counties="4101", active=True)
            s.add(centre)
            s.flush()
        cw_id = None
        if worker_name is not None:
            cw_id = next(cw.id for cw in s.get(Case, case_id).workers if cw.worker.name == worker_name)
        row = Referral(case_id=case_id, case_worker_id=cw_id, centre_id=centre.id, status=status, urgent=urgent,
                       urgency="仲裁时效将于2026年3月14日届满" if urgent else "", applied_on=date(2026, 3, 9),
                       sent_on=date(2026, 3, 9) if status != "drafted" else None,
                       lawyer_name=lawyer[0], lawyer_firm=lawyer[1], created_at=NOW, updated_at=NOW)
        s.add(row)
        s.flush()
        referral_id = row.id
        uow.commit()
    return referral_id


def test_referral_rows_make_the_letter_and_one_form_per_representative(migrated_services, tmp_path):  # noqa: F811
    svc = migrated_services
    case_id = svc.intake.register(intake([worker(0, "9000", is_representative=True),
                                          worker(1, "8000", is_representative=True), worker(2, "7000")])).case_id
    with pytest.raises(ValidationFailed) as err:
        svc.documents.preview(case_id, "legal_aid.transfer_letter", "pdf")
    assert err.value.errors[0].field == "inputs.referral_id"
    referral_id = add_referral(svc, case_id, urgent=True)  # for the representatives

    letter = svc.documents.preview(case_id, "legal_aid.transfer_letter", "pdf")
    text = _pdf_text(letter.data)
    assert "郑州市法律援助中心（测试）" in text and "劳动者代表" in text and "第四十四条" in text and "回执" in text
    (tmp_path / "letter.pdf").write_bytes(letter.data)

    views, _ = svc.documents.issue(case_id, "legal_aid.transfer_letter", inputs={})
    assert len(views) == 1 and views[0].number == "郑人社函〔2026〕1号"
    forms, _ = svc.documents.issue(case_id, "legal_aid.application_form", inputs={"referral_id": str(referral_id)})
    names = [v.recipient for v in forms]
    assert len(names) == 2 and all(n for n in names)
    pdf = _pdf_text(svc.documents.file(forms[1].id, "pdf").data)
    assert names[1] in pdf and "免予核查经济困难状况" in pdf

    with pytest.raises(ValidationFailed) as err:
        svc.documents.preview(case_id, "legal_aid.application_form", "pdf", inputs={"referral_id": "999"})
    assert err.value.errors[0].field == "inputs.referral_id" and err.value.errors[0].key == "form.referral_unknown"

    # a later referral for one worker only: the latest is the default, one form for that worker
    own = add_referral(svc, case_id, worker_name=names[0])
    forms, _ = svc.documents.issue(case_id, "legal_aid.application_form", inputs={})
    assert [v.recipient for v in forms] == [names[0]]
    assert own != referral_id
