"""Chinese sentences for the labour-inspection path (domain.inspection_path, services.inspection);
merged into messages.CATALOGUE. Dates arrive as 2026年3月20日, amounts as 25,200.00."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # guards (inspection_path.available_actions): the disabled button's tooltip
    "inspection.action_not_allowed": "案件当前处于“{status}”状态，不能{action}。",
    "inspection.guard.extended_once": "调查期限已延长过一次，不能再次延长（《劳动保障监察条例》第十七条）。",
    "inspection.guard.nothing_owed": "劳动者的工资已全部支付，没有尚欠金额。",
    "inspection.guard.no_order": "尚未下达限期改正指令书，不能进行此项操作。",
    "inspection.guard.order_running": "限期改正指令书的支付期限（{due}）尚未届满，不能{action}。",
    "inspection.guard.paid_in_full": "用人单位已在期限内全部支付，不存在逾期不支付的情形。",
    "inspection.guard.not_notified": "尚未进行事先告知，当事人的陈述、申辩权利尚未保障。",
    "inspection.guard.representation_running": "{notified}事先告知后，当事人陈述、申辩的期限尚未届满。",
    "inspection.guard.threshold_unknown": "本省拒不支付劳动报酬罪的数额标准尚未录入，无法判断是否移送，请管理员在“设置”中录入。",
    "inspection.guard.threshold_not_met": "尚欠金额未达到拒不支付劳动报酬罪“数额较大”的标准，不能移送公安机关。",
    "inspection.guard.transferred_already": "本案已移送公安机关。",
    "inspection.guard.blacklist_proposed": "本案已提请列入失信联合惩戒名单，不能重复提请。",
    "inspection.guard.listing_unknown": "尚不能确定是否符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。",
    "inspection.guard.listing_not_met": "不符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。",
    "inspection.guard.close_owed": "仍有工资尚未支付，且未作出处理决定或移送，不能结案。",
    "inspection.guard.withdraw_owed": "仍有工资尚未支付，违法行为未改正，不能撤销立案。",
    "inspection.guard.pending": "已提交审批，正在等待负责人审批。",
    # service
    "inspection.not_inspection_case": "本案不是劳动保障监察案件，不能按监察程序办理。",
    "inspection.refused": "不能执行此操作：{reason}",
    "inspection.use_payment_form": "支付情况请在“登记支付”中逐人登记。",
    "inspection.unknown_action": "无法识别的操作“{action}”。",
    "inspection.approval_not_found": "找不到该审批事项，可能已被删除。",
    "inspection.approval_decided": "该审批事项已经处理过了。",
    "inspection.approval_forbidden": "只有负责人或系统管理员可以审批。",
    "inspection.input.required": "请填写“{label}”。",
    "inspection.input.date": "“{label}”应为日期，如2026-03-20。",
    "inspection.input.choice": "“{label}”只能从列表中选择。",
    "inspection.input.due_past": "支付期限不能早于今天。",
    "inspection.input.percent": "加付赔偿金比例应在50%至100%之间（《劳动保障监察条例》第二十六条）。",
    "inspection.input.amount": "“{label}”应为大于0的金额。",
    "payment.worker_unknown": "该劳动者不在本案中。",
    "payment.amount_invalid": "支付金额应大于0。",
    "payment.amount_over": "支付金额超过该劳动者尚欠的{outstanding}元。",
    "payment.date_future": "支付日期不能晚于今天。",
    "payment.date_before_receipt": "支付日期不能早于投诉受理登记日期（{received}）。",
    "payment.payer_unknown": "支付方只能从列表中选择。",
    "payment.method_unknown": "支付方式只能从列表中选择。",
}

# "reason" and "method" are left to messages_issuing (作废原因, 送达方式): the sentences here
# name their field themselves
FIELD_LABELS: dict[str, str] = {
    "worker_id": "劳动者",
    "paid_on": "支付日期",
    "amount": "支付金额",
    "payer": "支付方",
    "due_date": "支付期限",
    "ground": "不予受理理由",
    "percent": "加付赔偿金比例",
    "article": "处罚依据",
    "missing": "需补正的材料",
}
