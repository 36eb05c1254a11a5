"""What the document pipeline keeps between documents must never leak one document into another,
and must notice when a template changes."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx.shared import Pt

from tests.integration.docx_builders import gbt9704_document, notice_docx, para, service_table_docx, to_bytes
from wagecase.documents import docx_reader


def _python_docx_spec(data: bytes) -> docx_reader.DocSpec:
    reader = docx_reader._Reader(docx_reader._package_via_python_docx(data))
    section = reader.read_section()
    return docx_reader.DocSpec(section=section, blocks=reader.read_blocks(reader.pkg.body),
                               warnings=reader.warnings, default_tab=reader.default_tab or 36.0)


@pytest.mark.parametrize("data", [notice_docx(2), notice_docx(3, grid=True), service_table_docx(4)],
                         ids=["notice", "grid", "table"])
def test_the_zip_reader_reads_what_python_docx_reads(data):
    assert docx_reader.read_docx(data) == _python_docx_spec(data)


def _doc_with_normal_size(size: float) -> bytes:
    doc = gbt9704_document()
    doc.styles["Normal"].font.size = Pt(size)
    para(doc, "正文")
    return to_bytes(doc)


def test_documents_with_different_styles_do_not_share_the_cached_styles():
    small, large = _doc_with_normal_size(12), _doc_with_normal_size(16)
    for _ in range(2):  # the second round reads both from the cache
        assert docx_reader.read_docx(small).blocks[0].mark.size == 12
        assert docx_reader.read_docx(large).blocks[0].mark.size == 16


def test_the_styles_cache_is_bounded():
    for size in range(10, 10 + docx_reader._STYLES_CACHE_SIZE + 3):
        docx_reader.read_docx(_doc_with_normal_size(size))
    assert len(docx_reader._styles_cache) <= docx_reader._STYLES_CACHE_SIZE


def _with_main_content_type(data: bytes, content_type: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    content_type.encode())
            dst.writestr(info, blob)
    return out.getvalue()


def test_a_package_that_is_not_a_word_document_is_still_refused():
    data = _with_main_content_type(notice_docx(1), "application/vnd.ms-word.document.macroEnabled.main+xml")
    with pytest.raises(ValueError, match="not a Word file"):
        docx_reader.read_docx(data)


# --- the Word half: docxtpl's compiled templates ------------------------------------------------

def _template(path, *lines: str):
    doc = gbt9704_document()
    for line in lines:
        para(doc, line)
    doc.save(str(path))
    return path


def _texts(data: bytes) -> list[str]:
    import docx

    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text]


def test_two_contexts_rendered_from_one_template_do_not_leak_into_each_other(tmp_path):
    from wagecase.documents.docx_render import render_docx

    template = _template(tmp_path / "t.docx", "{{ name }}：", "{% if late %}逾期{% endif %}案号{{ number }}")
    first = render_docx(template, {"name": "张三", "number": "1号", "late": True})
    second = render_docx(template, {"name": "李四", "number": "2号"})
    assert _texts(first) == ["张三：", "逾期案号1号"]
    assert _texts(second) == ["李四：", "案号2号"]
    # the same document again, entry for entry (the zip's time stamps follow the clock)
    assert _entries(render_docx(template, {"name": "张三", "number": "1号", "late": True})) == _entries(first)


def test_an_edited_template_file_is_picked_up(tmp_path):
    from wagecase.documents.docx_render import render_docx

    template = _template(tmp_path / "t.docx", "{{ name }}：", "旧的措辞")
    assert _texts(render_docx(template, {"name": "张三"})) == ["张三：", "旧的措辞"]
    _template(template, "{{ name }}：", "新的措辞")  # the administrator saves it again in Word
    assert _texts(render_docx(template, {"name": "张三"})) == ["张三：", "新的措辞"]


def test_a_broken_template_fails_every_time(tmp_path):
    from wagecase.documents.docx_render import render_docx
    from wagecase.domain.errors import RuleError

    template = _template(tmp_path / "t.docx", "{% if name %}没有结束")
    for _ in range(2):
        with pytest.raises(RuleError):
            render_docx(template, {"name": "张三"})


def test_the_compiled_template_cache_is_bounded(monkeypatch):
    from wagecase.documents import docx_render

    monkeypatch.setattr(docx_render._ENV, "MAX_TEMPLATES", 3)
    for n in range(6):
        assert docx_render._ENV.from_string(f"{{{{ a }}}}{n}").render(a="x") == f"x{n}"
    assert len(docx_render._ENV._compiled) <= 3


# --- the PDF half: font subsets cut without copying the outline table --------------------------

def test_font_subsets_are_the_bytes_reportlab_itself_makes():
    import struct

    from reportlab.pdfbase import pdfmetrics

    from wagecase.documents import fonts as fontmod

    fs = fontmod.resolve_fonts()
    if not fs.embedded:
        pytest.skip("no embeddable TrueType CJK font on this machine")
    for name in sorted(set(fs.names.values())):
        face = pdfmetrics.getFont(name).face
        assert "get_table" in vars(face)  # the window is in place
        start, data = face.get_table_pos("glyf")[0], face._ttf_data
        codes = sorted(face.charToGlyph)

        def is_composite(code: int) -> bool:  # numberOfContours < 0
            g = face.charToGlyph[code]
            at = start + face.glyphPos[g]
            return face.glyphPos[g + 1] - face.glyphPos[g] > 2 and struct.unpack(">h", data[at:at + 2])[0] < 0

        composite = [c for c in codes if is_composite(c)]
        # composite glyphs (AR PL and WenQuanYi have some) have their references renumbered too
        subset = [*codes[::max(1, len(codes) // 200)][:200], *composite[:55]]  # ReportLab: ≤ 256 a subset
        windowed = face.makeSubset(subset)
        patched = vars(face).pop("get_table")
        try:
            assert windowed == face.makeSubset(subset)
        finally:
            face.get_table = patched


# --- the Word half: parts deflated once per distinct content ------------------------------------

def _entries(data: bytes) -> list[tuple]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return [(i.filename, i.compress_type, i.CRC, i.compress_size, i.file_size, i.flag_bits, i.external_attr,
                 i.extract_version, z.read(i.filename)) for i in z.infolist()]


def test_the_zip_writer_writes_what_python_docx_writes():
    import docx

    from wagecase.documents.docx_zip import save_document

    document = docx.Document(io.BytesIO(service_table_docx(3)))
    theirs = io.BytesIO()
    document.save(theirs)
    assert _entries(save_document(document)) == _entries(theirs.getvalue())
    assert _entries(save_document(document)) == _entries(theirs.getvalue())  # from the cache


def test_a_part_with_new_content_is_deflated_again():
    import docx

    from wagecase.documents.docx_zip import _CACHE_MIN, save_document

    document = docx.Document(io.BytesIO(notice_docx(1)))
    run = document.paragraphs[-1].add_run("甲" * _CACHE_MIN)  # document.xml large enough to be kept
    first = save_document(document)
    run.text = "乙" * _CACHE_MIN  # same length, other bytes
    second = save_document(document)
    assert "甲" * _CACHE_MIN in docx.Document(io.BytesIO(first)).paragraphs[-1].text
    assert "乙" * _CACHE_MIN in docx.Document(io.BytesIO(second)).paragraphs[-1].text
