"""Chinese line breaking: closers never start a line, openers never end one."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wagecase.documents.cjk_wrap import CANNOT_END, CANNOT_START, break_lines, patch_reportlab

HANZI = "劳动保障监察条例工资支付暂行规定农民工拖欠"
PUNCT = "，。、；：？！）》”（《“〔〕"


def _texts():
    # at most two punctuation marks in a row: longer runs have no legal break at all
    unit = st.one_of(
        st.text(alphabet=HANZI, min_size=1, max_size=6),
        st.tuples(st.text(alphabet=HANZI, min_size=1, max_size=4), st.text(alphabet=PUNCT, min_size=1, max_size=2)).map("".join),
    )
    return st.lists(unit, min_size=1, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_texts(), chars_per_line=st.integers(min_value=5, max_value=40), hang=st.booleans())
def test_no_line_starts_with_a_closer_or_ends_with_an_opener(text, chars_per_line, hang):
    lines = break_lines(text, lambda i, x, n: 16.0, 16.0 * chars_per_line, 16.0 * chars_per_line, hang=hang)
    assert "".join(text[ln.start:ln.end] for ln in lines) == text
    for k, ln in enumerate(lines):
        piece = text[ln.start:ln.end]
        if k:
            assert piece[0] not in CANNOT_START, (piece, [text[x.start:x.end] for x in lines])
        if k < len(lines) - 1:
            assert piece[-1] not in CANNOT_END, piece
        # a hung mark is the only thing allowed past the right edge
        assert len(piece) <= chars_per_line + (1 if ln.hang else 0)
        assert hang or not ln.hang


def test_forced_breaks_and_latin_words_stay_whole():
    text = "金额：123,456.00元\n第二行"
    lines = break_lines(text, lambda i, x, n: 8.0 if text[i].isascii() else 16.0, 16.0 * 6, 16.0 * 6)
    pieces = [text[ln.start:ln.end] for ln in lines]
    assert pieces[0] == "金额：" and pieces[1].startswith("123,456.00")
    assert pieces[-1] == "第二行" and lines[-2].forced


def test_reportlab_tables_are_extended_once():
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    patch_reportlab()
    before = textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START, textsplit.ALL_CANNOT_END
    patch_reportlab()
    assert (textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START, textsplit.ALL_CANNOT_END) == before
    for ch in "、，。：；？！）》」』】〕”’…％":
        assert ch in textsplit.ALL_CANNOT_START and ch in paragraph.ALL_CANNOT_START
    for ch in "（《「『【〔“‘":
        assert ch in textsplit.ALL_CANNOT_END
