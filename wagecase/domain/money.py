"""Money in Decimal yuan, stored as integer fen; amounts in Chinese capitals (banking convention)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import RuleError

_FEN = Decimal("0.01")
# 99,999,999,999.99 yuan: far above any wage claim, and within a signed 64-bit fen column
MAX_YUAN = Decimal("99999999999.99")


def parse_yuan(text: str, *, allow_zero: bool = False) -> Decimal:
    """Parse what a clerk types ("12,345.6", "１２３４５", "12345元") into Decimal yuan.

    >>> parse_yuan("12,345.6")
    Decimal('12345.60')
    >>> parse_yuan("-5")
    Traceback (most recent call last):
    ...
    wagecase.domain.errors.RuleError: amount.negative
    """
    raw = (text or "").strip()
    if not raw:
        raise RuleError("amount.empty")
    norm = raw.translate(_FULLWIDTH).replace(",", "").replace("，", "").replace(" ", "")
    norm = norm.removesuffix("元")
    try:
        value = Decimal(norm)
    except InvalidOperation:
        raise RuleError("amount.not_a_number", text=raw) from None
    if not value.is_finite():
        raise RuleError("amount.not_a_number", text=raw)
    if value < 0:
        raise RuleError("amount.negative", text=raw)
    if value == 0 and not allow_zero:
        raise RuleError("amount.zero", text=raw)
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise RuleError("amount.too_precise", text=raw)
    if value > MAX_YUAN:
        raise RuleError("amount.too_large", text=raw)
    return value.quantize(_FEN)


_FULLWIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")


def to_fen(yuan: Decimal) -> int:
    return int((yuan * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(_FEN)


def format_yuan(fen: int) -> str:
    """Figures as printed: 12,345.67 (integer arithmetic: a list formats hundreds at a time).

    >>> format_yuan(1234567), format_yuan(5), format_yuan(-100050), format_yuan(0)
    ('12,345.67', '0.05', '-1,000.50', '0.00')
    """
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _four(group: int) -> str:
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = group // 10**pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + _SMALL_UNITS[pos]
    return out


def capitals(fen: int) -> str:
    """Amount in Chinese capitals by the banking convention.

    >>> capitals(1234567)
    '壹万贰仟叁佰肆拾伍元陆角柒分'
    >>> capitals(2520000)
    '贰万伍仟贰佰元整'
    >>> capitals(100005)
    '壹仟元零伍分'
    """
    if fen < 0:
        raise RuleError("amount.negative", text=str(fen))
    yuan, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "零元整"
    parts: list[str] = []
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        text, need_zero = "", False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(text)
                continue
            if text and (need_zero or g < 1000):
                text += "零"
            text += _four(g) + _BIG_UNITS[idx]
            need_zero = False
        parts.append(text + "元")
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif f and yuan:
        parts.append("零")
    if f:
        parts.append(_DIGITS[f] + "分")
    else:
        parts.append("整")
    return "".join(parts)
