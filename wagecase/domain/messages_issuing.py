"""Chinese sentences for issuing documents: 文号, storage, re-prints, voiding, service (送达),
template versions; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "document.not_found": "找不到该文书（编号 {document_id}），可能已被删除，请刷新案件。",
    "document.already_voided": "文书{number}已经作废，不能重复作废。",
    "document.voided": "文书{number}已作废，不能再登记送达或作为原件打印；如需送达，请重新制发。",
    "document.file_missing": "文书{number}的存档文件找不到了（{path}），请从备份中恢复数据文件夹。",
    "document.file_changed": "文书{number}的存档文件与签发时不一致（可能被改动或损坏），不能作为原件打印。请从备份中恢复数据文件夹。",
    "document.format_unknown": "不支持“{fmt}”格式，请选择 PDF 或 Word（docx）。",
    "document.user_required": "当前没有有效的用户身份，不能签发文书。请由管理员启用账户后再试。",
    "document.store_failed": "文书文件无法保存到“{path}”：{reason}。文书未签发，请确认数据文件夹可写、磁盘空间充足。",
    "document.no_recipient": "该案件没有可送达的对象（{per}），无法制发《{title}》。请先补充案件当事人。",
    "document.requires_step": "制作《{form}》前须先办理：{steps}。请在“办理”页完成该步骤后再制作。",
    "document.served_number_missing": "请选择或填写所送达文书的文号。",
    "service.method_invalid": "“{value}”不是可选的送达方式，请选择：{choices}。",
    "service.date_future": "送达日期{date}晚于今天（{today}），请填写受送达人实际签收的日期。",
    "service.date_before_issue": "送达日期{date}早于文书签发日期{issued}，请核对。",
    "service.text_too_long": "最多{max}个字，现在有{length}个字，请删减。",
    "template.admin_only": "只有管理员可以更换或恢复文书模板。",
    "template.rejected": "新模板未通过检查，没有采用（共{count}处问题）：{problems}",
    "template.version_unknown": "《{title}》没有第{version}版模板，请刷新后重新选择。",
    "template.file_missing": "第{version}版模板文件找不到了（{path}），无法恢复。请从备份中恢复数据文件夹。",
}

# field paths of the issue / void / service dialogs -> what the dialogs call them
FIELD_LABELS: dict[str, str] = {
    "reason": "作废原因",
    "method": "送达方式",
    "recipient": "受送达人",
    "served_on": "送达日期",
    "proof": "送达凭证",
    "note": "备注",
}
