from wagecase.domain.pinyin import initials
from wagecase.domain.search import case_search_text, normalise_query


def test_initials():
    assert initials("张伟") == "zw"
    assert initials("河南中原建工集团有限公司") == "hnzyjgjtyxgs"
    assert initials("ABC劳务") == "abclw"


def test_search_text_holds_every_findable_field():
    text = case_search_text(
        case_number="郑人社监投字〔2026〕17号", employer_name="郑州宏达劳务有限公司",
        credit_code="91410105MA44XXXX1X", project_name="龙湖金融岛二期项目",
        workers=[("张伟", "41010219800101123X")],
    )
    for q in ["〔2026〕17号", "宏达", "zzhdlwyxgs", "龙湖", "zw", "张伟", "41010219800101123x"]:
        assert normalise_query(q) in text
