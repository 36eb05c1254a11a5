"""Chinese sentences for the documents keys (form catalogue, template check, form inputs);
merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # forms/catalogue.json (documents/catalogue.py)
    "catalogue.unreadable": "无法读取文书目录 {path}：{reason}。请检查该文件是否存在、是否为 UTF-8 编码的 JSON。",
    "catalogue.not_an_object": "文书目录 {path} 的格式不对：{where}应为 JSON 对象（用花括号括起来）。",
    "catalogue.unknown_key": "文书目录中“{form}”的{where}含有无法识别的项目“{item}”，请检查是否拼写错误。",
    "catalogue.missing_key": "文书目录中“{form}”的{where}缺少必填项目“{item}”。",
    "catalogue.bad_value": "文书目录中“{form}”的“{item}”取值“{value}”无效，可选的值为：{choices}。",
    "catalogue.bad_type": "文书目录中“{form}”的“{item}”应为{expected}。",
    "catalogue.template_missing": "文书目录中“{form}”指定的模板文件 {template} 不存在，请把模板放入 {folder}。",
    "catalogue.choices_missing": "文书目录中“{form}”的输入项“{item}”是选择项，但没有列出可选的值。",
    "catalogue.duplicate_input": "文书目录中“{form}”的输入项“{item}”重复出现。",
    # choosing and filling a form
    "form.unknown": "没有编号为“{form_id}”的文书，可用 wagecase-cli forms 查看全部文书。",
    "form.not_for_case_type": "《{title}》不适用于{case_type}案件。",
    "form.input_required": "请填写“{label}”。",
    "form.input_choice": "“{label}”不能取“{value}”，可选的值为：{choices}。",
    "form.input_amount": "“{label}”的“{value}”不是有效的金额，请填写大于零、最多两位小数的数字，例如 50000。",
    "form.input_date": "“{label}”的“{value}”不是有效的日期，请按 2026-03-05 的格式填写。",
    "form.recipient_invalid": "该案件没有第{index}名受送达人（劳动者共{count}名），请重新选择。",
    "form.award_unknown": "本案没有编号为“{value}”的裁决，请在裁决编辑中作出裁决后再制作裁决书。",
    "form.award_part_mismatch": "所选裁决是{part}，应当制作《{title}》。",
    "form.listing_missing": "本案还没有失信联合惩戒名单程序，不能制作《{title}》。请先在“办理”中拟列入失信名单。",
    "form.listing_unknown": "本案没有编号为“{value}”的失信联合惩戒名单程序，请留空或者重新选择。",
    "form.referral_missing": "本案还没有法律援助转交记录，不能制作《{title}》。请先在“法律援助”中登记劳动者的申请。",
    "form.referral_unknown": "本案没有编号为“{value}”的法律援助转交记录，请留空或者重新选择。",
    "form.applicant_invalid": "该法律援助申请没有第{index}名申请人（劳动者共{count}名），请重新选择。",
    "form.subject_invalid": "该失信名单程序没有第{index}名当事人（当事人共{count}名），请重新选择。",
    "form.render_failed": "《{title}》的模板无法生成文书：{reason}。请用 wagecase-cli check-templates 检查模板。",
    # template check (documents/template_check.py); {where} is a paragraph excerpt
    "template.unreadable": "模板文件 {path} 无法打开：{reason}。请确认它是用 Word 保存的 .docx 文件。",
    "template.syntax": "模板中“{line}”附近的占位符写法有误：{reason}。请检查占位符的左右两个双花括号（或花括号加百分号）是否成对、拼写是否正确。",
    "template.unknown_placeholder": "模板使用了未知的占位符“{name}”，本文书没有这一项内容。请检查拼写，"
                                    "可用的占位符见 forms/README.md。",
    "template.split_placeholder": "占位符“{text}”被 Word 拆成了几段不同格式的文字（{where}），"
                                  "请在 Word 中删除整个占位符，再一次性重新输入。",
    "template.unclosed_placeholder": "段落“{where}”中的占位符没有结束符号，请补全右侧的结束符号。",
    "template.required_missing": "模板缺少本文书必须显示的内容“{name}”，请在模板中加上这个占位符（写法见 forms/README.md）。",
    "template.unused_key": "模板没有使用“{name}”（本文书可以显示这一项）。如确实不需要，可以忽略此提示。",
}
