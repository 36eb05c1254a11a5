"""The English catalogue is complete and in step with the code, the UI writes no Chinese outside
``tr()``, and the translation never reaches what is recorded or printed."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from wagecase.domain import messages
from wagecase.domain.language import translated, translating
from wagecase.ui import i18n, translations

UI = Path(i18n.__file__).resolve().parent
# files that hold the languages' own names and the extractor's help: not screen text
NOT_SCREENS = {"i18n.py", "translations.py"}
# calls whose Chinese arguments are patterns or data to cut, and comparisons with what a
# service handed over: these must stay Chinese for the code to work
DATA_CALLS = translations.PATTERN_CALLS | {"replace", "removeprefix", "removesuffix"}
STAYS = re.compile(r"#.*stays Chinese")


@pytest.fixture(scope="module")
def catalogue() -> dict[str, str]:
    return translations.read_ts(translations.ts_path())


@pytest.fixture
def english(qapp):
    """The English catalogue installed for one test, and removed after it (the rest of the
    suite reads Chinese)."""
    translator = QTranslator()
    assert translator.load(str(translations.ts_path().with_suffix(".qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_catalogue_holds_exactly_what_the_code_says(catalogue):
    sources = translations.extract()
    missing = [s for s in sources if s not in catalogue]
    stale = [s for s in catalogue if s not in sources]
    assert not missing and not stale, (
        f"run `python -m wagecase.ui.translations`: {len(missing)} new, {len(stale)} gone; "
        f"new: {missing[:5]} gone: {stale[:5]}")


def test_every_source_has_an_english_translation_that_keeps_its_fields(catalogue):
    problems = []
    for source, english in catalogue.items():
        if not english:
            problems.append(f"untranslated: {source!r}")
        elif translations.CJK.search(english):
            problems.append(f"Chinese left in {english!r}")
        elif not set(translations.placeholders(english)) <= translations.allowed_fields(source):
            # a translation may leave a field out (人民币大写 in English), never invent one
            problems.append(f"fields differ: {source!r} -> {english!r}")
    assert not problems, "\n".join(problems[:40])


def test_the_compiled_catalogue_is_the_one_committed(tmp_path):
    ts = translations.ts_path()
    fresh = tmp_path / "fresh.qm"
    translations.compile_qm(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "wagecase_en.qm is older than wagecase_en.ts: run `python -m wagecase.ui.translations`"


def _is_inside(node: ast.AST, parents: dict, test) -> bool:
    while node in parents:
        node = parents[node]
        if test(node):
            return True
    return False


def _untranslated_literals(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and translations.CJK.search(node.value)) or id(node) in docstrings:
            continue
        if _is_inside(node, parents, lambda p: isinstance(p, ast.Call) and (
                (isinstance(p.func, ast.Name) and p.func.id == "tr")
                or (isinstance(p.func, ast.Attribute) and p.func.attr in DATA_CALLS))):
            continue
        if _is_inside(node, parents, lambda p: isinstance(p, ast.Compare)):
            continue
        if STAYS.search(lines[node.lineno - 1]):
            continue
        found.append(f"{path.name}:{node.lineno}: {node.value[:40]!r}")
    return found


def test_the_screens_write_no_chinese_outside_tr():
    found = [line for path in sorted(UI.glob("*.py")) if path.name not in NOT_SCREENS
             for line in _untranslated_literals(path)]
    assert not found, "wrap in tr(), or say why it stays Chinese (# stays Chinese: …):\n" + "\n".join(found)


def test_the_check_finds_chinese_outside_tr(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('from .i18n import tr\n\nA = tr("保存")\nB = "取消"\nC = x.replace("；", ";")\n'
                      'D = "名称"  # stays Chinese: written to the record\n', encoding="utf-8")
    assert _untranslated_literals(sample) == ["sample.py:4: '取消'"]


def test_english_reaches_the_screens_and_only_the_screens(english):
    assert i18n.tr("保存") == "Save"
    chinese = messages.message("amount.zero")
    assert "金额" in chinese  # what services record and documents print
    with translating(i18n.tr):
        shown = messages.message("amount.zero")
        assert translated("；") == "; "
    assert not translations.CJK.search(shown), shown
    assert messages.message("amount.zero") == chinese  # the block ends, the Chinese is back
    assert translated("；") == "；"


def test_labels_and_dates_in_a_sentence_follow_the_screens(english):
    with translating(i18n.tr):
        late = messages.message("hearing.notice_late", days=5, due="2026年12月11日")
        step = messages.message("legal_aid.step_not_now", status="已转交", action="受理")
        label = messages.field_label("workers[2].id_number")
    assert "12/11/2026" in late and not translations.CJK.search(late), late
    assert not translations.CJK.search(step), step
    assert not translations.CJK.search(label), label
    # outside the block the record's wording is untouched
    assert "2026年12月11日" in messages.message("hearing.notice_late", days=5, due="2026年12月11日")


def test_the_error_box_reads_english(english):
    from wagecase.domain.errors import FieldError, RuleError
    from wagecase.ui.error_text import error_lines, field_error_text

    lines = error_lines(RuleError("amount.zero")) + [
        field_error_text(FieldError("workers[0].items[1].amount", "amount.zero", {}))]
    assert all(line and not translations.CJK.search(line) for line in lines), lines


def test_the_language_is_chosen_by_setting_and_environment(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.chosen_language(settings) == i18n.CHINESE
    settings.setValue(i18n.SETTING, "en")
    assert i18n.chosen_language(settings) == i18n.ENGLISH
    monkeypatch.setenv(i18n.ENV, "zh_CN")
    assert i18n.chosen_language(settings) == i18n.CHINESE


def test_chinese_start_loads_qts_own_chinese(qapp):
    installed = i18n.install(qapp, i18n.CHINESE)
    try:
        assert installed, "qtbase_zh_CN.qm not found"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


@pytest.mark.parametrize("period", [
    ("month", 2026, 11), ("quarter", 2026, 2), ("year", 2026, None), ("day", 2026, 3), ("range", 2026, 3),
])
def test_report_periods_on_screen_read_as_the_report_in_chinese(period):
    """The statistics page words a period itself (to follow the screens' language); in Chinese
    it must say exactly what the exported report says (ReportPeriod.label)."""
    from datetime import date

    from wagecase.domain.statistics import PeriodKind, ReportPeriod, month_period
    from wagecase.ui.stats_table_model import period_text

    kind, year, n = period
    made = {
        "month": lambda: month_period(year, n),
        "quarter": lambda: ReportPeriod(date(year, 4, 1), date(year, 6, 30), PeriodKind.QUARTER),
        "year": lambda: ReportPeriod(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR),
        "day": lambda: ReportPeriod(date(year, n, 5), date(year, n, 5)),
        "range": lambda: ReportPeriod(date(year, n, 5), date(year, n + 1, 9)),
    }[kind]()
    assert period_text(made.start, made.end) == made.label


def test_report_periods_and_tables_in_english(english):
    from datetime import date

    from wagecase.ui.stats_table_model import period_text, table_title

    assert period_text(date(2026, 4, 1), date(2026, 6, 30)) == "Q2 2026"
    assert table_title("十六、文书送达情况", 16).startswith("16. ")
    assert not translations.CJK.search(table_title("十六、文书送达情况", 16))


def test_documents_stay_chinese_when_the_screens_are_english(english, demo_services):
    """The GUI process renders documents with the English catalogue installed: not a word of it
    may reach the page."""
    import io

    from pypdf import PdfReader

    from wagecase.services.dto import CaseFilter, CaseSort

    case_id = demo_services.cases.page(CaseFilter(case_type="inspection"), CaseSort(), 0, 1)[0].id
    form = demo_services.documents.form("inspection.acceptance_notice")
    pdf = demo_services.documents.preview(case_id, "inspection.acceptance_notice", "pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    english_title = i18n.tr(form.title)
    assert english_title != form.title  # the catalogue is really installed
    assert form.title.replace(" ", "") in text.replace(" ", "").replace("\n", "")
    assert english_title not in text


def test_nothing_is_translated_before_the_language_is_chosen():
    """The entry point imports these modules before make_application installs the language: a
    tr() run at their import would stay Chinese in English (start-up's own words live in
    startup_texts, read when a dialog needs them)."""
    early = ("app.py", "i18n.py", "__init__.py")
    found = []
    for name in early:
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for statement in tree.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            found += [f"{name}:{n.lineno}" for n in ast.walk(statement)
                      if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"]
        for cls in (s for s in tree.body if isinstance(s, ast.ClassDef)):
            found += [f"{name}:{n.lineno}" for s in cls.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
                      for n in ast.walk(s) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"]
    assert not found, found
