"""Chinese sentences for the arbitration path (domain.arbitration_path, services.arbitration);
merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # guards (arbitration_path.available_actions): the disabled button's tooltip
    "arbitration.action_not_allowed": "案件当前处于“{status}”状态，不能{action}。",
    "arbitration.guard.served_already": "仲裁申请书副本已经送达被申请人。",
    "arbitration.guard.not_served": "尚未向被申请人送达仲裁申请书副本。",
    "arbitration.guard.defence_received_already": "已登记收到答辩书。",
    "arbitration.guard.no_defence": "尚未收到被申请人的答辩书。",
    "arbitration.guard.defence_copy_served_already": "答辩书副本已经送达申请人。",
    "arbitration.guard.simple_already": "本案已适用简易处理。",
    "arbitration.guard.simple_after_hearing": "本案已按一般程序开庭审理，不再适用简易处理。",
    "arbitration.guard.not_simple": "本案未适用简易处理。",
    "arbitration.guard.limit_expired": "审理期限已于{due}届满，不能再转为一般程序（《劳动人事争议仲裁办案规则》第六十一条）。",
    "arbitration.guard.hearing_pending": "本案已安排开庭，尚未开庭；如需改期请办理“延期开庭”。",
    "arbitration.guard.no_hearing": "本案没有待开庭的排期。",
    "arbitration.guard.extended_once": "审理期限已延长过，不能再次延长（《中华人民共和国劳动争议调解仲裁法》第四十三条）。",
    "arbitration.guard.signed_already": "调解书已由双方当事人签收。",
    "arbitration.guard.signed_effective": "调解书已经双方当事人签收，发生法律效力，不能反悔。",
    "arbitration.guard.mediation_not_signed": "调解书尚未经双方当事人签收，不能结案。",
    "arbitration.guard.award_not_served": "裁决书尚未送达，不能结案。",
    "arbitration.guard.pending": "已提交审批，正在等待负责人审批。",
    # the service
    "arbitration.refused": "不能执行此操作：{reason}",
    "arbitration.unknown_action": "不认识的办理事项“{action}”。",
    "arbitration.not_arbitration_case": "本案不是仲裁案件，不能办理仲裁程序事项。",
    "arbitration.use_schedule_dialog": "请在“安排开庭”窗口中选择仲裁庭室和时间。",
    "arbitration.use_award_editor": "请在裁决编辑窗口中逐项填写裁决金额后作出裁决。",
    "arbitration.input.same_arbitrator": "同一名仲裁员不能在仲裁庭中担任两个席位。",
    "arbitration.input.amount_over": "请求金额{amount}元超过本省{year}年度职工年平均工资{cap}元，不能以此情形适用简易处理。",
    "arbitration.input.average_wage_missing": "本省上年度职工年平均工资尚未录入，不能以此情形适用简易处理，请管理员在“设置”中录入。",
    "arbitration.input.notice_unconfirmed": "简易处理中以电话、短信等方式发出且未经当事人确认的开庭通知，不能作为按撤回申请处理或缺席裁决的依据（《劳动人事争议仲裁办案规则》第五十九条）。",
}
