"""设置 → 文书模板: every form with the version in use; export, a refused replacement listed
problem by problem in Chinese (nothing replaced), a good one replaced and restored."""
from __future__ import annotations

import io

import pytest

from wagecase.ui.settings_page import SettingsPage
from wagecase.ui.template_page import TemplatePage


@pytest.fixture
def page(qtbot, services, prompts):
    p = TemplatePage(services, prompts)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    return p


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def broken_docx() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("{{ organ_name }}")
    doc.add_paragraph("投诉人：{{ no_such_field_anywhere }}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_page_lists_every_form_with_its_template(page, services):
    titles = column(page.forms_table, 0)
    assert "投诉受理通知书" in titles and "送达回证" in titles and "案卷封面" in titles
    assert len(titles) == len(services.documents.catalogue())
    assert set(column(page.forms_table, 3)) == {"随程序提供"}
    assert page.read_only_note.isHidden()  # the default user is the administrator
    assert page.export_button.isEnabled() and page.replace_button.isEnabled()
    assert column(page.versions_table, 0) == ["随程序提供（使用中）"]
    assert not page.restore_button.isEnabled()  # the version in use cannot be "restored"


def test_broken_template_is_refused_with_chinese_problems(page, services, prompts, tmp_path):
    page.select_form("inspection.acceptance_notice")
    bad = tmp_path / "受理通知书.docx"
    bad.write_bytes(broken_docx())
    prompts.files = [str(bad)]
    prompts.texts = ["改了落款"]
    assert page.replace_template() is False
    assert not page.problems.isHidden() and page.problems.count() >= 1
    problems = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any("no_such_field_anywhere" in p for p in problems)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in p) for p in problems)
    assert "未通过模板检查" in page.problems_caption.text()
    # nothing replaced
    versions = services.documents.template_versions("inspection.acceptance_notice")
    assert [v.version for v in versions] == [0] and versions[0].active

    not_docx = tmp_path / "随便.docx"
    not_docx.write_bytes(b"this is not a word file")
    prompts.files = [str(not_docx)]
    prompts.texts = [""]
    assert page.replace_template() is False
    assert page.problems.count() >= 1


def test_export_replace_and_restore(page, services, prompts, tmp_path):
    page.select_form("case_cover")
    exported = tmp_path / "封面.docx"
    prompts.files = [str(exported)]
    assert page.export_template() == exported
    assert exported.read_bytes() == services.documents.template_path("case_cover").read_bytes()

    prompts.files = [str(exported)]
    prompts.texts = ["调整页边距"]
    assert page.replace_template() is True
    assert page.problems.isHidden()
    assert column(page.versions_table, 0) == ["第1版（使用中）", "随程序提供"]
    assert column(page.versions_table, 4)[0] == "调整页边距"
    row = page.forms_table.currentRow()
    assert page.forms_table.item(row, 3).text().startswith("第1版")

    page.versions_table.selectRow(1)
    assert page.restore_button.isEnabled()
    prompts.answers = [True]
    assert page.restore_version() is True
    assert column(page.versions_table, 0) == ["第1版", "随程序提供（使用中）"]


def test_registered_in_settings(qtbot, services, prompts):
    settings = SettingsPage(services, prompts)
    qtbot.addWidget(settings)
    settings.show()
    page = settings.show_page("templates")
    assert isinstance(page, TemplatePage)
    assert settings.stack.currentWidget() is page


def test_read_only_for_non_administrators(qtbot, services, prompts):
    from tests.ui.test_settings_pages import become_clerk

    become_clerk(services, "wangfang", "王芳")
    page = TemplatePage(services, prompts)
    qtbot.addWidget(page)
    page.show()
    assert not page.read_only_note.isHidden()
    assert page.export_button.isHidden() and page.replace_button.isHidden() and page.restore_button.isHidden()
    assert page.forms_table.rowCount() > 0 and page.versions_table.rowCount() == 1
