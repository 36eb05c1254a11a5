"""What the first-start wizard proposes for an office: its names from where it sits, and its
number patterns from its 代字 (the one or two characters that open every number it gives, 郑 in
郑人社监通字〔2026〕5号). Proposals only: the office corrects them in the wizard or later in 设置.

    >>> office_names("郑州市", county=False)
    ('郑州市人力资源和社会保障局', '郑州市劳动保障监察支队', '郑州市劳动人事争议仲裁委员会')
    >>> office_names("中牟县", county=True)[1]
    '中牟县劳动保障监察大队'
    >>> numbering_patterns("汴")["document_number_pattern.inspection.order"]
    '汴人社监令字〔{year}〕{seq}号'
"""
from __future__ import annotations

# each number the office gives: (what it numbers, the words after the 代字); GB/T 9704 puts the
# year in 〔〕
PATTERNS: dict[str, tuple[str, str]] = {
    "case_number_pattern.inspection": ("监察案件案号格式", "人社监投字"),
    "case_number_pattern.arbitration": ("仲裁案件案号格式", "劳人仲案字"),
    "document_number_pattern.inspection.notice": ("监察通知类文号格式", "人社监通字"),
    "document_number_pattern.inspection.inquiry": ("调查询问书文号格式", "人社监询字"),
    "document_number_pattern.inspection.order": ("限期改正指令书文号格式", "人社监令字"),
    "document_number_pattern.inspection.penalty_notice": ("事先告知书文号格式", "人社监罚先告字"),
    "document_number_pattern.inspection.penalty": ("行政处罚决定书文号格式", "人社监罚字"),
    "document_number_pattern.inspection.decision": ("行政处理决定书文号格式", "人社监处字"),
    "document_number_pattern.inspection.transfer": ("涉嫌犯罪案件移送书文号格式", "人社监移字"),
    "document_number_pattern.blacklist": ("失信名单文书文号格式", "人社失信列字"),
    "document_number_pattern.legal_aid": ("法律援助转介函文号格式", "人社函"),
}
PATTERN_LABELS = {key: label for key, (label, _words) in PATTERNS.items()}

def numbering_patterns(code: str) -> dict[str, str]:
    return {key: f"{code}{words}〔{{year}}〕{{seq}}号" for key, (_label, words) in PATTERNS.items()}


def proposed_code(city_name: str) -> str:
    """The city's first character (郑州市 → 郑). Many cities use another (开封 汴, 南阳 宛): the
    wizard says so and the office types its own."""
    return city_name.strip()[:1]


def office_names(place: str, *, county: bool) -> tuple[str, str, str]:
    """(发文机关, 劳动保障监察机构, 仲裁委员会) of the bureau of ``place``: a city's inspection
    is a 支队, a county's a 大队."""
    unit = "大队" if county else "支队"
    return (f"{place}人力资源和社会保障局", f"{place}劳动保障监察{unit}", f"{place}劳动人事争议仲裁委员会")
