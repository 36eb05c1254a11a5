"""Chinese sentences for the blacklist procedure (domain.blacklist_path, services.blacklist);
merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "blacklist.action_not_allowed": "失信名单程序当前为“{status}”，不能{action}。",
    "blacklist.guard.not_eligible": "本案尚不符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。",
    "blacklist.guard.objection_late": "异议期已于{due}届满（事先告知后5个工作日），逾期提出的异议不再核实。",
    "blacklist.guard.no_objection": "没有待核实的异议。",
    "blacklist.guard.extended_once": "列入决定期限已延长过一次（人力资源社会保障部令第45号第八条）。",
    "blacklist.guard.objection_pending": "当事人提出的异议尚未核实并告知结果，不能作出列入决定。",
    "blacklist.guard.objection_running": "当事人的异议期（至{due}）尚未届满，届满后才能作出列入决定。",
    "blacklist.guard.early_removal_2017": "按2017年办法列入的，期满移出或延长，不适用提前移出。",
    "blacklist.guard.application_pending": "已有提前移出申请尚未作出决定。",
    "blacklist.guard.no_application": "没有待决定的提前移出申请。",
    "blacklist.guard.not_2017": "只有按2017年办法列入、未改正或又发生拖欠的，才延长两年；按第45号令列入的期限为三年。",
    "blacklist.guard.extended_2017": "列入期限已按2017年办法延长过。",
    "blacklist.guard.term_running": "列入期限至{ends}届满，期满后（或准予提前移出、撤销列入后）才能移出。",
    "blacklist.guard.incident_recorded": "本案已登记拖欠引发的群体性、极端事件。",
    "blacklist.guard.not_removed_early": "只有以欺骗等不正当手段取得提前移出的，才能撤销提前移出并恢复列入（人力资源社会保障部令第45号第十五条）。",
    "blacklist.refused": "不能执行此操作：{reason}",
    "blacklist.unknown_action": "不认识的失信名单办理事项“{action}”。",
    "blacklist.not_inspection_case": "失信联合惩戒名单只能依据劳动保障监察案件办理。",
    "blacklist.input.id_number": "直接责任人第{line}行的身份证号码“{text}”不正确，请核对。",
}
