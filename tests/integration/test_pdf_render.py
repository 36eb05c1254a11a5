"""The PDF renderer lays out filled .docx files; read the PDFs back with pypdf."""
from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from pypdf import PdfReader

from tests.integration.docx_builders import (
    BODY,
    gbt9704_document,
    notice_docx,
    para,
    service_table_docx,
    to_bytes,
)
from wagecase.documents import fonts as fontmod
from wagecase.documents.cjk_wrap import CANNOT_START
from wagecase.documents.docx_reader import read_docx
from wagecase.documents.pdf_flowables import DocParagraph, LayoutContext
from wagecase.documents.pdf_render import PdfRenderError, docx_to_pdf

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
needs_uming = pytest.mark.skipif(not UMING.exists(), reason="AR PL UMing (fonts-arphic-uming) not installed")


def _pages_text(data: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_notice_text_round_trips_with_brackets_and_ling():
    result = docx_to_pdf(notice_docx(1))
    text = "".join(_pages_text(result.data))
    assert result.pages == 1
    for expected in ("投诉受理通知书", "郑人社监受字〔2026〕17号", "二〇二六年三月十日", "张三：",
                     "联系电话：0371-12345678", "郑州市人力资源和社会保障局"):
        assert expected in text
    assert _squash(BODY) in text


@needs_uming
def test_fonts_are_embedded_subsets_when_a_truetype_cjk_font_exists():
    fs = fontmod.resolve_fonts()
    assert fs.embedded and not fs.warnings
    assert "AR PL UMing CN" in fontmod.ttc_family_names(fs.sources[fontmod.SONG].split("#")[0])
    data = docx_to_pdf(notice_docx(1), fonts=fs).data
    assert b"/FontFile2" in data
    reader = PdfReader(io.BytesIO(data))
    base_fonts = {str(f["/BaseFont"]) for f in _font_dicts(reader)}
    assert any(name.split("+")[-1].startswith("UMingCN") for name in base_fonts)
    assert all("+" in name for name in base_fonts if "UMing" in name)  # subset tag AAAAAA+


def _font_dicts(reader):
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            yield ref.get_object()


def test_table_with_merged_cells_renders_its_cells():
    result = docx_to_pdf(service_table_docx())
    text = "".join(_pages_text(result.data))
    for cell in ("送达回证", "案由", "拖欠劳动报酬", "受送达人", "某建筑劳务有限公司", "郑人社监受字〔2026〕17号",
                 "送达地点", "直接送达", "受送达人签收", "王五、赵六", "二〇二六年三月十日"):
        assert cell in text, cell
    assert text.count("拖欠劳动报酬") == 1  # a merged cell prints once
    assert not result.warnings


def test_long_table_repeats_its_header_row_on_the_next_page():
    result = docx_to_pdf(service_table_docx(extra_rows=20))
    pages = _pages_text(result.data)
    assert result.pages == 2
    assert pages[1].startswith("案由拖欠劳动报酬")


def test_a_cell_taller_than_a_page_splits_inside_the_row():
    doc = gbt9704_document()
    table = doc.add_table(rows=2, cols=2)
    table.style = doc.styles["Table Grid"]
    table.cell(0, 0).text = "处理意见"
    table.cell(0, 1).text = BODY * 3
    table.cell(1, 0).text = "备注"
    result = docx_to_pdf(to_bytes(doc))
    text = "".join(_pages_text(result.data))
    assert result.pages == 2
    assert text.count("经审查") == 3 and text.count("视为放弃") == 3 and "备注" in text


def test_page_numbers_only_on_documents_of_several_pages():
    one = docx_to_pdf(notice_docx(1))
    assert one.pages == 1
    assert "—1—" not in _pages_text(one.data)[0]
    several = docx_to_pdf(notice_docx(6))
    pages = _pages_text(several.data)
    assert several.pages >= 2
    assert "—1—" in pages[0] and "—2—" in pages[1]


def test_seal_zone_is_never_alone_at_the_top_of_a_page():
    organ = "郑州市人力资源和社会保障局"
    seen_split = False
    for body_lines in range(10, 24):
        doc = gbt9704_document()
        para(doc, "投诉受理通知书", align=WD_ALIGN_PARAGRAPH.CENTER)
        for i in range(body_lines):
            para(doc, f"第{i + 1}项，经查属实。", first_chars=2)
        para(doc)
        para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT)
        para(doc, "二〇二六年三月十日", align=WD_ALIGN_PARAGRAPH.RIGHT)
        result = docx_to_pdf(to_bytes(doc))
        pages = _pages_text(result.data)
        if result.pages > 1:
            seen_split = True
            assert pages[-1].split(organ)[0].endswith(f"第{body_lines}项，经查属实。"), (body_lines, pages[-1][:30])
    assert seen_split


def test_copy_and_draft_marks_print_on_every_page():
    result = docx_to_pdf(notice_docx(6), copy_mark="副本", draft_mark="草稿")
    pages = _pages_text(result.data)
    assert len(pages) >= 2
    assert all("副本" in p and "草稿" in p for p in pages)


def test_metadata():
    data = docx_to_pdf(service_table_docx(), author="郑州市劳动保障监察支队").data
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "送达回证"
    assert meta.author == "郑州市劳动保障监察支队"
    assert meta.creator == "wagecase"


def test_same_input_gives_the_same_bytes():
    docx = notice_docx(1)
    assert docx_to_pdf(docx).data == docx_to_pdf(docx).data


@pytest.mark.parametrize("width_chars", [6, 7, 9, 11, 13, 17, 19, 23, 27, 28])
def test_rendered_lines_never_start_with_closing_punctuation(width_chars):
    text = ("根据《劳动保障监察条例》，本机关认为，你单位拖欠工资、克扣工资，"
            "情节严重；现责令改正（限期五日）。“工资”，即劳动报酬！是否属实？") * 6
    doc = gbt9704_document()
    para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    spec = read_docx(to_bytes(doc))
    ctx = LayoutContext(fontmod.resolve_fonts(), spec.section, 36.0, 640.0, set())
    paragraph = DocParagraph(spec.blocks[0], ctx)
    paragraph.wrap(16.0 * width_chars + 3, 1e6)
    lines = paragraph.line_texts()
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in CANNOT_START, lines
    assert not any(line[0] in "，。、；：？！）》”" for line in lines[1:])


def test_rendered_pdf_lines_never_start_with_closing_punctuation():
    text = ("本机关认为，你单位拖欠工资、克扣工资，情节严重；责令改正（限期五日）。"
            "请于收到本通知之日起，到本机关说明情况！逾期不说明的，依法处理。") * 4
    doc = gbt9704_document()
    for _ in range(3):
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    data = docx_to_pdf(to_bytes(doc)).data
    for page in PdfReader(io.BytesIO(data)).pages:
        for line in (page.extract_text() or "").splitlines():
            line = line.strip()
            assert not line or line[0] not in "，。、；：？！）》”", line


def test_missing_fonts_fall_back_to_the_builtin_cid_font_with_a_warning(tmp_path):
    fs = fontmod.resolve_fonts(search_dirs=[tmp_path], system=False)
    assert not fs.embedded
    assert fs.name(fontmod.FANGSONG) == fontmod.CID_FALLBACK
    assert any("未找到可嵌入的中文字体（仿宋）" in w and "在设置中指定字体文件" in w for w in fs.warnings)
    result = docx_to_pdf(notice_docx(1), fonts=fs)
    assert any("未找到可嵌入的中文字体" in w for w in result.warnings)
    assert b"/FontFile2" not in result.data
    assert "郑人社监受字〔2026〕17号" in "".join(_pages_text(result.data))


@needs_uming
def test_configured_font_file_comes_first_and_bad_ones_are_reported(tmp_path):
    fs = fontmod.resolve_fonts({fontmod.KAI: str(UMING), fontmod.HEI: str(tmp_path / "nope.ttf")})
    assert fs.sources[fontmod.KAI] == str(UMING)
    assert any("nope.ttf" in w for w in fs.warnings)
    assert fs.embedded


@pytest.mark.parametrize(
    ("name", "role"),
    [("仿宋_GB2312", "fangsong"), ("FangSong", "fangsong"), ("宋体", "song"), ("SimSun", "song"),
     ("楷体_GB2312", "kai"), ("KaiTi", "kai"), ("黑体", "hei"), ("SimHei", "hei"),
     ("方正小标宋简体", "xiaobiaosong"), ("Calibri", "fangsong"), (None, "fangsong")],
)
def test_word_font_names_map_to_roles(name, role):
    assert fontmod.role_for_font_name(name) == role


def _tiny_png() -> bytes:
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def test_unsupported_content_is_skipped_with_a_warning():
    doc = gbt9704_document()
    para(doc, "正文在图片之前。")
    doc.add_picture(io.BytesIO(_tiny_png()), width=Mm(10))
    para(doc, "正文在图片之后。")
    result = docx_to_pdf(to_bytes(doc))
    text = "".join(_pages_text(result.data))
    assert "正文在图片之前。" in text and "正文在图片之后。" in text
    assert any("图片" in w for w in result.warnings)


def test_a_broken_file_is_a_clear_error():
    with pytest.raises(PdfRenderError, match="文书文件无法读取"):
        docx_to_pdf(b"not a docx")


def test_layout_follows_the_section_and_the_character_grid():
    spec = read_docx(notice_docx(1, grid=True))
    sect = spec.section
    assert round(sect.top / 72 * 25.4) == 37 and round(sect.left / 72 * 25.4) == 28
    assert round(sect.right / 72 * 25.4) == 26 and round(sect.bottom / 72 * 25.4) == 35
    ctx = LayoutContext(fontmod.resolve_fonts(), sect, 36.0, 640.0, set())
    body = next(b for b in spec.blocks if b.text.startswith("经审查"))
    paragraph = DocParagraph(body, ctx)
    paragraph.wrap(sect.width - sect.left - sect.right, 1e6)
    lines = paragraph.line_texts()
    # 28 characters a line (26 after the two-character first-line indent); a hung mark may add one
    wide = [line for line in lines[1:-1] if not any(c.isascii() for c in line)]
    assert wide and all(len(line) in (28, 29) for line in wide), lines
    assert paragraph.heights[0] == pytest.approx(28.95)
